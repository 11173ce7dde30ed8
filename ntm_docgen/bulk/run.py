"""A whole bulk run as the command line and the desk start it: letters, then PDFs, then merge.

``run_bulk`` returns a ``BulkReport`` (what was done and what went wrong, as data); the caller
prints it or shows it. Progress is reported through ``progress(label, total)``, a context
manager yielding a ``step(n)`` function, so each front end draws its own bar.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ntm_docgen.bulk.fill import lookalikes
from ntm_docgen.bulk.letters import BAD, KEPT, UNCHANGED, WRITTEN, LetterMaker, Outcome
from ntm_docgen.bulk.preview import refuse_bad_rows
from ntm_docgen.bulk.recipients import RecipientList
from ntm_docgen.bulk.runner import Summary
from ntm_docgen.errors import DocgenError, InputFileError
from ntm_docgen.files.stop import Stop
from ntm_docgen.i18n import N_, _, ngettext, said

if TYPE_CHECKING:  # the merge's modules load for a run that merges
    from ntm_docgen.bulk.again import Held as Numbers
    from ntm_docgen.bulk.merge import Held

Step = Callable[[int], None]
ProgressFactory = Callable[[str, int], AbstractContextManager[Step]]


@contextlib.contextmanager
def no_progress(label: str, total: int) -> Iterator[Step]:
    """The progress reporter of a caller that shows none."""
    yield lambda n: None


@dataclass
class BulkReport:
    """What a bulk run did: the letters' summary, the PDFs and the merged file, and failures."""

    summary: Summary
    pdf_targets: list[Path] = field(default_factory=list)
    #: whole PDFs left as they were though their letter was written again (``--force`` not given)
    pdf_kept: int = 0
    pdf_problems: list[tuple[Path, str]] = field(default_factory=list)
    merged: Path | None = None
    merged_status: str | None = None
    failures: list[str] = field(default_factory=list)
    #: what the run did but the clerk should know: a spec's so replaced, another province
    warnings: list[str] = field(default_factory=list)

    @property
    def bad(self) -> list[Outcome]:
        return self.summary.of(BAD)

    @property
    def kept(self) -> list[Outcome]:
        return self.summary.of(KEPT)

    @property
    def numbers(self) -> list[str]:
        """The numbers this run took from the register, in letter order (``--so-rieng``)."""
        return [number for outcome in self.summary.outcomes for number in outcome.numbers]

    @property
    def numbers_again(self) -> list[str]:
        """The numbers an earlier run took, under which this run wrote letters again."""
        return [number for outcome in self.summary.outcomes for number in outcome.again]


#: The lock file a bulk run holds in its folder while it runs (files/folderlock.py).
LOCK_NAME = ".ntm-docgen-bulk.lock"


@contextlib.contextmanager
def folder_lock(out_dir: Path) -> Iterator[None]:
    """Hold the folder; a second run into it meanwhile would remove this run's temporary files."""
    from ntm_docgen.files.folderlock import FolderLocked
    from ntm_docgen.files.folderlock import folder_lock as locked

    try:
        with locked(out_dir / LOCK_NAME):
            yield
    except FolderLocked as e:
        if e.pid:
            reason = _("another bulk run (process {pid}) is writing letters into this folder; "
                       "wait for it to finish, or give another -o").format(pid=e.pid)
        else:
            reason = _("another bulk run is writing letters into this folder; wait for it to "
                       "finish, or give another -o")
        raise InputFileError(out_dir, reason) from None


def read_bulk_spec(spec: Path) -> object:
    """The spec's plain data (a value that starts with ``{{`` unquoted gets a hint there)."""
    from ntm_docgen.letter.spec import read_data

    return read_data(spec)


def run_bulk(spec: Path, out_dir: Path, *, recipients: Path | None = None,
             province: str | None = None, pdf: bool = False, merged: Path | None = None,
             jobs: int | None = None, so_rieng: bool = False, db: str | None = None,
             force: bool = False, today: date, pdf_jobs: int | None = None,
             progress: ProgressFactory = no_progress, stop: Stop | None = None) -> BulkReport:
    """One letter per recipient (a file, or every commune of ``province``), then the PDFs and
    the merged file when asked. Problems with single rows, PDFs or the merge are collected in
    the report's ``failures``; a problem with the spec or the recipients raises. The folder is
    held for the run (a second run into it is refused). ``pdf_jobs``: the LibreOffices making
    the PDFs at once (default ``jobs``, else one per core). ``stop``, asked from another thread,
    kills the LibreOffices making this run's PDFs at once and raises its error (between
    letters, ``progress``'s step raises to stop the run)."""
    from ntm_docgen.bulk.listcheck import read_list, refuse_list_problems
    from ntm_docgen.bulk.onenumber import one_number
    from ntm_docgen.bulk.recipients import list_notes
    from ntm_docgen.bulk.specnotes import spec_notes
    from ntm_docgen.letter.spec import unissued_copy

    workers = jobs or 0  # 0: each stage's own default (letters: cores - 1; PDFs: cores)
    converters = pdf_jobs or workers
    data = read_bulk_spec(spec)
    from ntm_docgen.bulk.specnotes import replaced_numbers

    notes: list[str] = replaced_numbers(data) if so_rieng else []
    notes += [_("{path}: {text} is no placeholder (only {example} with a column's name is "
                "filled), so every letter prints it as written").format(
        path=path, text=text, example="{{ ten }}") for path, text in lookalikes(data)]
    unread = None
    if recipients is not None:
        people, unread = read_list(recipients)
        notes += list_notes(people, data, so_rieng)
    else:  # the 2025 list is loaded only for --xa-cua
        from ntm_docgen.bulk.communes import province_people

        people, told = province_people(data, province or "")
        notes += told
    notes += [] if so_rieng else one_number(data, people)
    if not people.recipients and unread is not None:
        raise unread
    if not people.recipients and people.header_row > 1:
        raise InputFileError(people.source, _(
            "has no recipient under the column names in row {row}, so no letter would be "
            "written; add one row per letter under them").format(row=people.header_row))
    if not people.recipients:
        raise InputFileError(people.source, _("has no recipient under its header row, so no "
                                              "letter would be written; add one row per letter"))
    maker = LetterMaker(data, str(spec), out_dir, today=today, force=force)
    try:  # all at once: cells, columns and rows; every row checked before a letter is written
        refuse_list_problems(maker, people, unread)
        refuse_bad_rows(maker, people)
    except DocgenError as e:
        e.warnings = notes  # type: ignore[attr-defined]  # told with the refusal
        raise
    first = next(iter(maker.checked.values()), None)
    notes += spec_notes(maker, first)  # as render tells
    if first is not None and not so_rieng and unissued_copy(first):
        notes.append(said(N_("ban_sao: the letters are drafts (no so yet), and a copy is made "
                             "only of an issued letter: each letter's copy block copies a "
                             "draft; give each letter its number with --so-rieng, or leave out "
                             "ban_sao and copy the issued letters")))
    from ntm_docgen.bulk.naming import former_names, width
    from ntm_docgen.bulk.runner import plan
    from ntm_docgen.bulk.written import another_list

    addressees = [r.kinh_gui for r in people.recipients]
    renamed = former_names(addressees, width(len(addressees)))
    stale = another_list(out_dir, plan(people), numbered=so_rieng, force=force, renamed=renamed)
    held, stale_merge = None, False  # stale_merge: the merged file a run left, replaced
    if merged is not None:  # a --merge file not this run's is refused before a letter is
        from ntm_docgen.bulk.merge import its_own  # written, as it would be after them
        from ntm_docgen.bulk.written import left_behind
        stale_merge = left_behind(out_dir, merged)
        there = [out_dir / job.name for job in plan(people)]
        held = its_own(merged, [letter for letter in there if letter.is_file()],
                       force=force or stale_merge)
    out_dir.mkdir(parents=True, exist_ok=True)
    with folder_lock(out_dir):
        from ntm_docgen.bulk.written import earlier_merged, merged_behind, remember, set_apart

        behind = None if merged is not None else earlier_merged(out_dir)
        numbers = None  # whose earlier letter each letter is, found before any is deleted
        if so_rieng:
            from ntm_docgen.bulk import again
            from ntm_docgen.bulk.written import recipients_before

            numbers = again.Held.of(db, out_dir, stale, plan(people), recipients_before(out_dir))
        notes += set_apart(out_dir, stale, renamed)  # with --force, as said
        remember(out_dir, plan(people), merged or behind)
        report = _run(maker, people, notes, pdf=pdf, merged=merged, workers=workers,
                      converters=converters, so_rieng=so_rieng, db=db, force=force,
                      progress=progress, stop=stop, held=held, deleted=stale,
                      stale_merge=stale_merge, numbers=numbers)
        if so_rieng:  # whom each letter now in the folder goes to
            from ntm_docgen.bulk.written import wrote_to

            wrote_to(out_dir, plan(people), {o.name for o in report.summary.outcomes
                                             if o.status in (WRITTEN, UNCHANGED)})
        report.warnings += merged_behind(behind, changed=bool(
            stale or report.summary.of(WRITTEN)))
        return report


def _run(maker: LetterMaker, people: RecipientList, notes: list[str], *, pdf: bool,
         merged: Path | None, workers: int, converters: int, so_rieng: bool, db: str | None,
         force: bool, progress: ProgressFactory, stop: Stop | None,
         held: Held | None = None, deleted: list[str] | None = None,
         stale_merge: bool = False, numbers: Numbers | None = None) -> BulkReport:
    """The letters, PDFs and merged file of a run that holds the folder's lock; ``deleted``: the
    letters of the list as it was before, deleted (``--force``); ``stale_merge``: replace it;
    ``numbers``: the register's lines each letter keeps (``--so-rieng``)."""
    from ntm_docgen.bulk.runner import make_letters, pdf_targets

    with progress(N_("Letters"), len(people.recipients)) as step:
        if so_rieng:
            from ntm_docgen.bulk.numbering import make_numbered_letters

            summary = make_numbered_letters(maker, people, db=db, progress=step,
                                            deleted=deleted or [], held=numbers)
        else:
            summary = make_letters(maker, people, jobs=workers, progress=step)
    report = BulkReport(summary, warnings=notes + summary.notes)
    if report.bad:
        report.failures.append(ngettext(
            "{bad} of {count} rows made no letter (see above); fix it and run again: letters "
            "already written are kept",
            "{bad} of {count} rows made no letter (see above); fix them and run again: letters "
            "already written are kept", len(report.bad)).format(
            bad=len(report.bad), count=len(summary.outcomes)))
    if numbered := [o for o in report.kept if o.numbered]:  # not --force: it drops numbers
        report.failures.append(ngettext(
            "{count} letter in the folder carries a number the register gave and was not "
            "replaced: run again with --so-rieng to make it again under its number",
            "{count} letters in the folder carry numbers the register gave and were not "
            "replaced: run again with --so-rieng to make them again under their numbers",
            len(numbered)).format(count=len(numbered)))
    if foreign := [o for o in report.kept if o.foreign]:
        report.failures.append(ngettext(
            "{count} file in the folder has the name of a letter of this list but was not "
            "written by this tool, and was kept: write the letters into another folder, or "
            "pass --force to write the letter over it",
            "{count} files in the folder have the names of letters of this list but were not "
            "written by this tool, and were kept: write the letters into another folder, or "
            "pass --force to write the letters over them", len(foreign)).format(
            count=len(foreign)))
    if differ := len(report.kept) - len(numbered) - len(foreign):
        report.failures.append(ngettext(
            "{count} letter differs from the file in the folder and was not replaced; pass "
            "--force to write it again",
            "{count} letters differ from the files in the folder and were not replaced; pass "
            "--force to write them again", differ).format(count=differ))
    if pdf:
        report.pdf_targets, pdf_kept = pdf_targets(summary, force)
        if pdf_kept:
            # named, to move aside: --force would make every PDF again, a signed one too
            report.failures.append(ngettext(
                "{count} PDF in the folder was made before its letter was written by this run "
                "and was not replaced: {names}; move it out of the folder and run again to make "
                "it from the letter",
                "{count} PDFs in the folder were made before their letters were written by this "
                "run and were not replaced: {names}; move them out of the folder and run again "
                "to make them from the letters",
                len(pdf_kept)).format(count=len(pdf_kept),
                                      names=", ".join(p.name for p in pdf_kept)))
            report.pdf_kept = len(pdf_kept)
        with progress(N_("PDF"), len(report.pdf_targets)) as step:
            from ntm_docgen.bulk.pdfbatch import letters_to_pdf
            from ntm_docgen.bulk.runner import cores

            report.pdf_problems = letters_to_pdf(report.pdf_targets, jobs=converters or cores(),
                                                 progress=step, stop=stop)
        if report.pdf_problems:
            report.failures.append(ngettext(
                "{count} PDF could not be made (see above)",
                "{count} PDFs could not be made (see above)", len(report.pdf_problems))
                .format(count=len(report.pdf_problems)))
    if merged is not None and summary.letters:
        from ntm_docgen.bulk.merge import ForeignMergeError, merge

        report.merged = merged
        try:
            report.merged_status = merge(summary.letters, merged, force=force or stale_merge,
                                         earlier=summary.earlier, stop=stop, held=held)
        except ForeignMergeError as e:
            report.failures.append(str(e))
    return report
