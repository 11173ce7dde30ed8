"""What a file already in a bulk run's folder under a letter's name is: a letter this tool wrote
(its templates name the tool as the document's author, which Word keeps when the file is edited
and saved), with the number on its Số line, or a file put there by hand."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ntm_docgen.errors import DocgenError

#: The author every template's ``docProps/core.xml`` names, and so every letter made from one.
AUTHOR = "ntm-docgen"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class FoundThere:
    """A file in the folder: whether this tool made it, and the number on its Số line."""

    ours: bool
    number: str | None = None


def found_there(path: Path) -> FoundThere:
    """The Word file at ``path`` as this tool finds it; a file no Word can open is not ours."""
    from ntm_docgen.files.wordfile import open_word

    try:
        document = open_word(path)
    except (DocgenError, OSError):
        return FoundThere(ours=False)
    ours = (document.core_properties.author or "").strip() == AUTHOR
    return FoundThere(ours, _number(document.element.body))


def _number(body: object) -> str | None:
    """The number on the Số line (``05/SNNMT-CCPTNT``), or None: no number there."""
    for paragraph in body.iter(f"{_W}p"):  # type: ignore[attr-defined]
        text = "".join(t.text or "" for t in paragraph.iter(f"{_W}t")).strip()
        if text.startswith("Số:"):
            found = text[3:].split()
            return found[0] if found and found[0][:1].isdigit() else None
    return None
