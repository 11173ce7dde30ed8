"""A draft seen through a request: found, allowed to this clerk, checked and rendered."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from ntm_docgen import api
from ntm_docgen.desk import forms, labels
from ntm_docgen.desk import issued as issued_letters
from ntm_docgen.desk.filenames import STEM_LENGTH as STEM_LENGTH  # the tests read it here
from ntm_docgen.desk.filenames import ascii_name
from ntm_docgen.desk.records import DraftLine
from ntm_docgen.desk.state import Draft, Issued
from ntm_docgen.desk.web import Clerk, desk
from ntm_docgen.errors import DocgenError, Problem, SpecError
from ntm_docgen.i18n import _, ngettext


def find(request: Request, clerk: Clerk) -> Draft | None:
    """The draft of the URL, if this clerk may see it (its owner, or a văn thư who issues)."""
    found = desk(request).state.draft(request.path_params["draft"])
    if found is None:
        return None
    if found.owner != clerk.name and not clerk.may("cap_so"):
        return None
    return found


def listed(request: Request, clerk: Clerk) -> dict[str, Any]:
    """The list of drafts as the clerk sees it: her own; in an office, a văn thư's every draft
    (she issues them), each with the name of the clerk who wrote it (``writers``)."""
    d = desk(request)
    everyone = clerk.may("cap_so") and d.config.office
    writers = {u.name: u.full_name or u.name for u in d.state.users()} if everyone else {}
    return {"drafts": marked(d.config, d.state.drafts(None if everyone else clerk.name)),
            "writers": writers}


def marked(config: Any, lines: list[DraftLine]) -> list[DraftLine]:
    """The drafts of a list, those issued with a number the register cancelled since marked
    so: a list read “đã phát hành: 02/UBND-KGVX” of a letter whose number was cancelled."""
    if not any(line.dong is not None for line in lines):
        return lines
    gone = issued_letters.cancelled_lines(config)
    return [replace(line, cancelled=True) if line.dong in gone else line for line in lines]


async def issued(request: Request, draft: Draft) -> Issued | None:
    """The register line the draft was issued with, or None. The desk writes it down as it
    issues a draft; a draft issued before it did (its data holds the number) is looked up in
    the register by the file written for it, and written down once found (so is the line of
    one issued while the register could not be read back). A register that cannot be read
    leaves the draft as it was (issuing it then fails on the register too)."""
    if draft.issued is not None and draft.issued.dong is not None:
        return draft.issued
    so = draft.data.get("so")
    if not isinstance(so, int) or isinstance(so, bool):
        return draft.issued
    d = desk(request)
    try:
        row = await run_in_threadpool(issued_letters.line_of, d.config, draft.id, so,
                                      _year(draft.data.get("ngay")))
    except DocgenError:
        return draft.issued
    if row is None:
        return draft.issued
    found = Issued(row.so_hieu, row.nam, row.id)
    d.state.mark_issued(draft.id, found)
    return found


def _year(day: Any) -> int | None:
    """The year of an ISO date as a draft holds it, or None.

    >>> _year("2026-01-05"), _year("05/01/2026"), _year(None)
    (2026, None, None)
    """
    try:
        return date.fromisoformat(str(day)).year if day else None
    except ValueError:
        return None


def started_from(data: dict[str, Any]) -> dict[str, Any]:
    """A new draft's data from an issued letter's: without its number and date, nor its copy
    block's (the văn thư gives both when the new letter is issued).

    >>> started_from({"loai": "KH", "so": 2, "ngay": "2026-01-05", "trich_yeu": "Tổng kết",
    ...               "ban_sao": {"hinh_thuc": "SAO Y", "so": 3, "ngay": "2026-01-06"}})
    {'loai': 'KH', 'trich_yeu': 'Tổng kết', 'ban_sao': {'hinh_thuc': 'SAO Y'}}
    """
    new = {k: v for k, v in data.items() if k not in ("so", "ngay")}
    if isinstance(new.get("ban_sao"), dict):
        new["ban_sao"] = {k: v for k, v in new["ban_sao"].items() if k not in ("so", "ngay")}
    return new


#: What the importer writes in a required field it could not read (a note says so): the
#: letter model's UNREAD, written again here to keep the package's import light.
PLACEHOLDER = "..."
#: The fields it writes it in (``letter/unread.py``'s FIELDS, which ``render --allocate`` refuses
#: to number a letter with; the desk reaches the letter's modules through the api only, so the
#: list is written again, and a test holds the two alike): a "..." typed elsewhere is her text.
READ_FIELDS = ("co_quan.ten", "dia_danh", "trich_yeu", "ky.chuc_vu", "ky.ho_ten")


@dataclass
class Checked:
    """A draft's data with what the validation says: problems by field, warnings. ``guide``:
    a fresh draft, whose problems are told as what is still to fill, never at the fields."""

    data: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    spec: Any = None
    guide: bool = False

    def at(self, path: str) -> list[Problem]:
        return [] if self.guide else [p for p in self.problems if p.path == path]

    def to_fill(self) -> list[str]:
        """The labels of the fields a fresh draft still needs, each once, in the form's order
        of its problems (a key the letter does not know is none of them: ``unknown``)."""
        return list(dict.fromkeys(labels.label_of(p.path) or p.path for p in self.to_fix()))

    def to_fix(self) -> list[Problem]:
        """The problems of the letter's fields."""
        return [p for p in self.problems if p.close is None]

    def unread(self) -> list[str]:
        """The labels of the fields that still hold the importer's PLACEHOLDER (what the
        file read did not give), which no letter is issued with.

        >>> Checked({"co_quan": {"ten": "..."}, "dia_danh": "Hải Dương"}).unread()
        ['Issuing body']
        """
        values = forms.form_values(self.data)
        return [labels.label_of(path) or path for path in READ_FIELDS
                if str(values.get(path) or "").strip() == PLACEHOLDER]

    def unknown(self) -> list[Problem]:
        """The keys of the draft no letter has (from a file opened), which ``render``
        refuses: kept, and told, until the clerk removes them."""
        return [p for p in self.problems if p.close is not None]


def check(data: dict[str, Any], guide: bool = False) -> Checked:
    """Validate as ``render`` does, once: the same problems, in the same words (``guide``:
    told as what is still to fill). The validation raises SpecError alone, its problems
    each with its path and said by its id; no other error stands for a problem here."""
    result = Checked(data, guide=guide)
    try:
        result.spec = api.parse_spec(data)
    except SpecError as e:
        result.problems = list(e.problems)
    else:
        result.problems = api.copy_problems(result.spec)
        # the fields still “...” are said above the form, where the reading's notes are
        result.warnings = api.spec_warnings(result.spec, unread=False)
    return result


def spec_text(checked: Checked, name: str) -> str:
    """The draft as a spec file's text (``name``: its suffix, .yaml or .json). A draft with
    problems, in YAML: the problems listed at its head and each noted above its field, in the
    form's words, a required field it lacks written empty to carry its note, so that the file
    says why ``ntm-docgen render`` refuses it and where to type (a JSON file holds no note:
    the desk gives it for a complete letter only)."""
    header = _("# Saved from the desk of ntm-docgen.\n")
    if not checked.problems or name.lower().endswith(".json"):
        return api.spec_file_text(checked.data, name, header)
    count = len(checked.problems)
    header += "# " + ngettext(
        "This draft is not a letter yet: {count} problem to fix, noted above its field; "
        "ntm-docgen renders it once it is fixed:",
        "This draft is not a letter yet: {count} problems to fix, each noted above its field; "
        "ntm-docgen renders it once they are fixed:", count).format(count=count) + "\n"
    header += "".join(f"#   - {line}\n" for p in checked.problems
                      for line in labels.named(p).splitlines())
    notes: dict[str, str] = {}
    for p in checked.problems:
        notes[p.path] = "\n".join(filter(None, [notes.get(p.path), labels.named(p)]))
    return api.spec_file_text(checked.data, name, header, notes)


def render(checked: Checked, today: date) -> bytes:
    """The letter's .docx bytes (a valid draft only)."""
    return api.render_bytes(checked.spec, today=today)


def file_stem(data: dict[str, Any]) -> str:
    """A file name for a draft's downloads: its type and summary, without diacritics.

    >>> file_stem({"loai": "KH", "trich_yeu": "Tổ chức hội nghị sơ kết"})
    'KH-To-chuc-hoi-nghi-so-ket'
    >>> file_stem({"loai": "CV", "trich_yeu": "Hưởng ứng phong trào thi đua cả nước chung sức "
    ...                                      "xây dựng nông thôn mới"})
    'CV-Huong-ung-phong-trao-thi-dua-ca-nuoc-chung-suc-xay-dung'
    """
    return ascii_name(f"{data.get('loai') or ''} {data.get('trich_yeu') or ''}") or "van-ban"
