"""A bulk run's folder on the desk: its settings, its work as a job of ``desk/jobs.py``, and
how it ended, kept beside the settings so that its page still gives the downloads once the
desk has restarted."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from ntm_docgen import api
from ntm_docgen.bulk.layoutread import addressee_name
from ntm_docgen.bulk.runner import ListShort
from ntm_docgen.desk.config import office_count
from ntm_docgen.desk.jobs import Cancelled, Jobs, Run
from ntm_docgen.desk.retold import told_error
from ntm_docgen.desk.uploads import named_as_uploaded
from ntm_docgen.errors import RowsError, SpecError
from ntm_docgen.i18n import N_, Said, _, ngettext

#: The run's settings, in its folder.
SETTINGS = "chuan-bi.json"


def keep_settings(folder: Path, settings: dict[str, Any]) -> None:
    """Write the run's settings whole: a page reading them meanwhile (its run's thread
    writes what it made) reads the old ones or the new, never half."""
    part = folder / f".{SETTINGS}.{uuid.uuid4().hex[:8]}"
    part.write_text(json.dumps(settings, ensure_ascii=False), encoding="utf-8")
    os.replace(part, folder / SETTINGS)


def settings_of(folder: Path) -> dict[str, Any]:
    return json.loads((folder / SETTINGS).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def has_stopped(job: Run, settings: dict[str, Any]) -> bool:
    """Whether the run was cancelled and has stopped, what it made removed: its page is the
    check again, saying so, from which it is run again."""
    return job.cancelled and job.finished and bool(settings.get("ended", {}).get("cancelled"))


def job_of(jobs: Jobs, folder: Path, settings: dict[str, Any]) -> Run | None:
    """The run of ``folder``: the job running or kept, or, once the desk has restarted, the
    run as it ended (None: never run, or stopped by the restart before it ended)."""
    found = jobs.get(settings.get("job", ""))
    if found is not None or "ended" not in settings:
        return found
    ended = settings["ended"]
    return Run(settings["job"], settings["owner"], folder=folder, finished=True,
               error=ended.get("error", ""), cancelled=bool(ended.get("cancelled")))


def run_work(folder: Path, settings: dict[str, Any], db: str | None) -> Any:
    """The run's work; as it ends, what it made is written beside its settings, so that its
    page still gives the downloads once the desk has restarted."""

    def work(job: Run) -> Any:
        out = folder / "thu"
        ended: dict[str, Any] = {}
        try:
            if job.cancelled:  # cancelled as its turn came
                raise job.stopped()
            with named_as_uploaded(folder):
                report = api.run_bulk(
                    folder / settings["spec"], out, today=date.today(),
                    recipients=folder / settings["recipients"] if settings.get("recipients")
                    else None, province=settings.get("province"),
                    pdf=settings.get("pdf", False),
                    merged=folder / "tat-ca.docx" if settings.get("merge") else None,
                    db=db, progress=job.progress, stop=job.halt,
                    pdf_jobs=max(1, office_count() - 1))  # one office stays for previews
            if job.cancelled:  # cancelled after its last letter: stopped all the same
                raise job.stopped()
            ended = {"letters": len(report.summary.letters), "failures": report.failures,
                     "merged": bool(report.merged), "pdfs": bool(report.pdf_targets)}
            return report
        except Cancelled:
            ended = {"cancelled": True, "written": remove_letters(folder),
                     "by_desk": job.by_desk}
            raise
        except Exception as e:
            ended = {"error": job.failed(e)}
            raise
        finally:
            if ended:
                keep_end(folder, ended)

    return work


def keep_end(folder: Path, ended: dict[str, Any]) -> None:
    """Write how the run ended beside its settings."""
    kept = settings_of(folder)
    kept["ended"] = ended
    keep_settings(folder, kept)


def remove_letters(folder: Path) -> int:
    """Remove what a stopped run made (its letters, their PDFs, the merged file): a part of a
    run is no set to send, and running it again writes every letter. The letters removed."""
    letters = folder / "thu"
    written = len(list(letters.glob("*.docx"))) if letters.is_dir() else 0
    shutil.rmtree(letters, ignore_errors=True)
    (folder / "tat-ca.docx").unlink(missing_ok=True)
    return written


#: The file the recipients typed on the page are kept in for the run.
LIST_TYPED = "danh-sach-da-go.csv"


def typed_list(text: str) -> str:
    """The recipients typed or pasted one a line, as the CSV of contract §4 (one column,
    ``kinh_gui``): a line's leading dash and closing ``;`` or ``.`` dropped, as a Nơi nhận
    list is written, by the rule a list file's addressee column is read with
    (:func:`~ntm_docgen.bulk.layoutread.addressee_name`); blank lines skipped; "" when none."""
    names = []
    for line in text.splitlines():
        name = addressee_name(" ".join(line.split()))
        if name:
            names.append([name])
    if not names:
        return ""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([["kinh_gui"], *names])
    return out.getvalue()


#: The library's message for a placeholder no column of the list fills (``bulk/runner.py``).
NO_COLUMN = N_("placeholder {placeholder} has no column in {source} ({rows} cannot be written); "
               "add the column or use one of: {columns}")


def told_of_typed(error: BaseException) -> str:
    """An error of a run on the list typed on the page told of that list, not of the file it
    is kept in: its lines counted as she typed them (the check's table counts so), and a
    placeholder no column fills told as needing a list file, since the box gives only the
    recipients."""
    each = getattr(error, "told_each", None)  # a list's problems of several kinds: each
    if each is not None:
        return each(told_of_typed)  # type: ignore[no-any-return]
    if isinstance(error, RowsError):
        error = RowsError(_("the list you typed"), [(row - 1, problems)
                                                    for row, problems in error.rows])
    elif isinstance(error, ListShort):
        error = ListShort(error.problems, str(error.source), _("the list you typed"))
    return told_error(error, _no_column_typed)


def _no_column_typed(message: Said) -> str | None:
    if message.msgid != NO_COLUMN:
        return None
    return ngettext("the list you typed (line 1) gives only the recipient: a placeholder such "
                    "as {placeholder} needs a CSV or XLSX list with a column {column}; upload "
                    "such a list in place of the typed one",
                    "the list you typed (lines 1-{count}) gives only the recipients: a "
                    "placeholder such as {placeholder} needs a CSV or XLSX list with a column "
                    "{column}; upload such a list in place of the typed one",
                    int(str(message.values.get("count", 2))))


def of_typed(text: str) -> str:
    """A warning of the list typed on the page said of that list, its line counted as in the
    box, not of the file the desk keeps it in (contract13 #19: “danh-sach-da-go.csv: dòng 5”).

    >>> from ntm_docgen.i18n import language_kept, said, set_language
    >>> with language_kept():
    ...     set_language("en")
    ...     of_typed(said("{path}: row {row} is odd", path="/tmp/x/" + LIST_TYPED, row=5))
    ...     of_typed(said("{path}: rows {rows}", path=LIST_TYPED, rows="2-4, … (9 more rows)"))
    'the list you typed: row 4 is odd'
    'the list you typed: rows 1-3, … (9 more rows)'
    """
    if not isinstance(text, Said) or not any(
            isinstance(v, str) and v.endswith(LIST_TYPED) for v in text.values.values()):
        return text
    values = {k: _("the list you typed") if isinstance(v, str) and v.endswith(LIST_TYPED)
              else v - 1 if k == "row" and isinstance(v, int)
              else _box_lines(v) if k == "rows" and isinstance(v, str) else v
              for k, v in text.values.items()}
    return Said(text.catalogs().format(**values), text.msgid, values, text.plural, text.n)


#: A row's number in a list of rows (``2-4, 6``, ``2 and 4``), not a count in brackets.
_ROW_NUMBER = re.compile(r"\([^()]*\)|\d+")


def _box_lines(rows: str) -> str:
    """The rows of the typed list's file (its first row the column's name) as the box's
    lines; a count in brackets (``(9 more rows)``) left as it is (review12 #7)."""
    return _ROW_NUMBER.sub(lambda m: m.group() if m.group().startswith("(")
                           else str(int(m.group()) - 1), rows)


def list_short(error: BaseException, typed: bool = False, draft: bool = False) -> str | None:
    """A run refused only because the list lacks columns the letter's placeholders fill from,
    told as the list's to mend (contract13 #4: “fix it on the letter's page” sent her to an
    issued letter, which cannot change), or, for the list ``typed`` on the page, which has no
    columns, and a ``draft``'s letter, as placeholders to write as words or a list file to
    upload (a spec file's: ``told_of_typed``); None for any other error."""
    if typed and not draft:
        return None
    from ntm_docgen.desk.labels import label_of

    problems = getattr(error, "problems", None) if isinstance(error, SpecError) else None
    said = [p.expected for p in problems or ()]
    if not said or any(getattr(s, "msgid", None) != NO_COLUMN for s in said):
        return None
    if typed:  # a draft's placeholders were told of “danh-sach-da-go.csv” and kinh_gui
        found = sorted({f"{s.values['placeholder']} ({label_of(p.path)})"  # type: ignore
                        for p, s in zip(problems or (), said, strict=True)})
        return ngettext(
            "The letter has a placeholder, {found}, which the list you typed cannot fill: each "
            "line typed gives only a recipient, printed after Kính gửi. Write it as words on "
            "the letter's page, or upload a CSV or XLSX list with a column of its name.",
            "The letter has placeholders, {found}, which the list you typed cannot fill: each "
            "line typed gives only a recipient, printed after Kính gửi. Write them as words on "
            "the letter's page, or upload a CSV or XLSX list with a column of each one's name.",
            len(found)).format(found="; ".join(found))
    first = said[0].values  # type: ignore[union-attr]
    names = sorted({str(s.values["column"]) for s in said})  # type: ignore[union-attr]
    # her header “Kính gửi” as she typed it, not the key the list is read into (kinh_gui)
    have = ", ".join("Kính gửi" if c == "kinh_gui" else c
                     for c in str(first["columns"]).split(", "))
    return ngettext(
        "{source} has no column {columns}, which the letter fills its placeholders from: add "
        "it to {source} (its name in the first row, each recipient's value on their row) and "
        "choose the file again. The first row of {source} has: {have}.",
        "{source} has no columns {columns}, which the letter fills its placeholders from: add "
        "them to {source} (their names in the first row, each recipient's values on their "
        "row) and choose the file again. The first row of {source} has: {have}.",
        len(names)).format(source=first["source"], columns=", ".join(names), have=have)


def unnumbered(folder: Path, settings: dict[str, Any]) -> bool:
    """Whether the run's letter has no number (a draft not issued, a spec without ``so``), so
    that every letter of the run leaves its Số blank; False when its spec cannot be read (the
    check says why)."""
    from ntm_docgen.errors import DocgenError

    try:
        data = api.read_spec_data(folder / settings["spec"])
    except (DocgenError, KeyError):
        return False
    return data.get("so") in (None, "")


def number_said(config: Any, state: Any, folder: Path,
                settings: dict[str, Any]) -> tuple[str, bool] | None:
    """What the register says of the number every letter of the run would print
    (``desk/issued.sent_number``), of the draft it was made from as issued (if it was) or of
    its spec file; None when it says nothing, or the spec cannot be read."""
    from ntm_docgen.desk.issued import sent_number
    from ntm_docgen.errors import DocgenError

    try:
        data = api.read_spec_data(folder / settings["spec"])
    except (DocgenError, KeyError):
        return None
    draft = state.draft(settings["draft"]) if settings.get("draft") else None
    issued = draft.issued if draft is not None else None
    return sent_number(config, data, getattr(issued, "nam", None), getattr(issued, "dong", None))
