"""A draft seen through a request: found, allowed to this clerk, checked and rendered."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from starlette.requests import Request

from ntm_docgen import api
from ntm_docgen.desk import labels
from ntm_docgen.desk.state import Draft
from ntm_docgen.desk.web import Clerk, desk
from ntm_docgen.errors import Problem, SpecError
from ntm_docgen.i18n import _, ngettext


def find(request: Request, clerk: Clerk) -> Draft | None:
    """The draft of the URL, if this clerk may see it (its owner, or a văn thư who issues)."""
    found = desk(request).state.draft(request.path_params["draft"])
    if found is None:
        return None
    if found.owner != clerk.name and not clerk.may("cap_so"):
        return None
    return found


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
        result.warnings = api.spec_warnings(result.spec)
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


#: The longest download name before its suffix, cut at a word's end.
STEM_LENGTH = 60


def file_stem(data: dict[str, Any]) -> str:
    """A file name for a draft's downloads: its type and summary, without diacritics.

    >>> file_stem({"loai": "KH", "trich_yeu": "Tổ chức hội nghị sơ kết"})
    'KH-To-chuc-hoi-nghi-so-ket'
    >>> file_stem({"loai": "CV", "trich_yeu": "Hưởng ứng phong trào thi đua cả nước chung sức "
    ...                                      "xây dựng nông thôn mới"})
    'CV-Huong-ung-phong-trao-thi-dua-ca-nuoc-chung-suc-xay-dung'
    """
    import unicodedata

    words = unicodedata.normalize("NFD", f"{data.get('loai') or ''} {data.get('trich_yeu') or ''}")
    words = "".join(c for c in words if not unicodedata.combining(c))
    words = words.replace("Đ", "D").replace("đ", "d")
    stem = re.sub(r"[^A-Za-z0-9]+", "-", words).strip("-")
    if len(stem) > STEM_LENGTH:  # cut at a word's end, never inside one ("...-xay-dung-no")
        head = stem[:STEM_LENGTH + 1].rsplit("-", 1)[0]
        stem = head if len(head) >= STEM_LENGTH // 2 else stem[:STEM_LENGTH]  # one long word
    return stem or "van-ban"
