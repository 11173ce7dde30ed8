"""Where the header of a Word original ends when it is not set in a table: typed line by line,
the issuer's lines and the Quốc hiệu's on one paragraph parted by a tab ("UBND TỈNH A<TAB>CỘNG
HÒA …", "Số: 15/UBND-VP<TAB>Tân Thành, ngày …"), as many commune letters are. The header is
found by the importer's own reading (``importer/header.py``) of the paragraphs' text, and the
paragraph where the text starts is the one holding the first line it reads after the header.
"""

from __future__ import annotations

from lxml import etree

from ntm_docgen.copies import NAMES
from ntm_docgen.copies.package import w
from ntm_docgen.errors import FieldError
from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.text import nfc

#: The paragraphs read for the header: a header has far fewer (the importer reads 60 lines).
_HEAD = 60


def typed_header_end(items: list[etree._Element], source: str) -> int:
    """The index of the first item after a header typed without a table; refused when the
    importer finds no number, date nor issuer there (an extract must carry them)."""
    from ntm_docgen.importer.cleanlines import clean_lines
    from ntm_docgen.importer.columns import date_over_gui
    from ntm_docgen.importer.header import read_header
    from ntm_docgen.importer.numberdate import split_cells
    from ntm_docgen.importer.reflow import expand_flat

    texts = [_typed(e) if e.tag == w("p") else "" for e in items[:_HEAD]]
    lines = date_over_gui(split_cells(clean_lines(expand_flat(texts), typed=True)))
    head = read_header(lines)
    after = [_flat(line) for line in lines[head.body:] if _flat(line)]
    if not {"so", "ngay", "issuer"} & head.found or not after:
        raise FieldError("trich", _("no header (issuer, number and date) was found at the top "
                                    "of {source}, and a TRÍCH SAO must carry the original's: "
                                    "make the copy from a file of the letter whose header "
                                    "reads right (its PDF, or the Word file with the header "
                                    "in a table)"), NAMES, source=source)
    first = after[0]
    for index, text in enumerate(texts):
        flat = _flat(text)
        if flat and (flat == first or flat.startswith(first)):
            return index
    raise FieldError("trich", _("the header of {source} was read, but not where its text "
                                "starts, and a TRÍCH SAO must keep the original's header "
                                "above its parts: make the copy from the letter's PDF"),
                     NAMES, source=source)


def _typed(p: etree._Element) -> str:
    """A paragraph's text as typed: its runs' text, a tab as a tab (not the tab stops)."""
    return "".join((node.text or "") if node.tag == w("t") else "\t"
                   for node in p.iter(w("t"), w("tab")) if node.getparent().tag == w("r"))


def _flat(text: str) -> str:
    """``text`` with its spaces and tabs as one space and its bold marks gone, for matching.

    >>> _flat("  Kính gửi:\\tTrưởng  thôn **A**")
    'Kính gửi: Trưởng thôn A'
    """
    return " ".join(nfc(text).replace("**", "").split())
