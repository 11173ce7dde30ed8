"""What a file already in a bulk run's folder under a letter's name is: a letter this tool wrote
(its templates name the tool as the document's author, which Word keeps when the file is edited
and saved), with the number on its Số line, or a file put there by hand."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ntm_docgen.errors import DocgenError

#: The author every template's ``docProps/core.xml`` names, and so every letter made from one.
AUTHOR = "ntm-docgen"
_CORE = "docProps/core.xml"
#: The most bytes a document's properties take (a few hundred in Word's files).
_CORE_MOST = 1 << 20
_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def written_by_tool(path: Path) -> bool:
    """Whether the Word file at ``path`` names this tool as its author: its properties read
    alone, not the letter (a rerun of thousands of letters asks it of each one that differs);
    a file that is no zip, or holds no properties, is not the tool's."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        with zipfile.ZipFile(path) as package:
            info = package.getinfo(_CORE)
            if info.file_size > _CORE_MOST:
                return False
            root = etree.fromstring(package.read(info), parser)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return False
    creator = root.find(_CREATOR) if root is not None else None
    return creator is not None and (creator.text or "").strip() == AUTHOR


def number_there(path: Path) -> str | None:
    """The number on the Số line of the letter at ``path`` (``05/SNNMT-CCPTNT``), or None: no
    number there, or no Word file to read."""
    from ntm_docgen.files.wordfile import open_word

    try:
        body = open_word(path).element.body
    except (DocgenError, OSError):
        return None
    for paragraph in body.iter(f"{_W}p"):
        text = "".join(t.text or "" for t in paragraph.iter(f"{_W}t")).strip()
        if text.startswith("Số:"):
            found = text[3:].split()
            return found[0] if found and found[0][:1].isdigit() else None
    return None
