"""Whether the pages after a letter's first print anything, as LibreOffice lays the letter out:
asked only where Word counted a page the text does not tell the beginning of (a blank last page
to tell, or a table's last row run onto page 2)."""

from __future__ import annotations

import io
import re
from typing import Any

from ntm_docgen.check.props import w
from ntm_docgen.check.reader import Document

_SPACE = re.compile(r"\s+")
#: what a page-number field prints on a page the letter's words left: its digits
_DIGITS = re.compile(r"\d+")
#: the pages laid out of each Document, kept while it is checked (one layout, not one a rule)
_SEEN: dict[int, tuple[Document, bool | None]] = {}


def words_on_page_one(doc: Document) -> bool | None:
    """True when LibreOffice prints everything of the letter on its first page: each later
    page, if any, prints nothing but what its header and footer hold (their words, a page
    number); False when a later page prints more (a table's row, a line, a drawing); None
    when LibreOffice cannot lay the letter out (not there, or the file refused)."""
    seen = _SEEN.get(id(doc))
    if seen is not None and seen[0] is doc:
        return seen[1]
    answer = _laid_out(doc)
    _SEEN.clear()  # one letter at a time: the last one's answer only
    _SEEN[id(doc)] = (doc, answer)
    return answer


def _laid_out(doc: Document) -> bool | None:
    import pypdfium2 as pdfium

    from ntm_docgen.errors import DocgenError
    from ntm_docgen.files.pdf import pdf_bytes

    saved = io.BytesIO()
    doc.doc.save(saved)
    try:
        return _later_pages_empty(pdf_bytes(saved.getvalue()), _margin_words(doc))
    except (DocgenError, pdfium.PdfiumError):  # no LibreOffice, or a PDF pdfium cannot read
        return None


def _later_pages_empty(pdf: bytes, margins: str) -> bool:
    """True when every page of ``pdf`` after the first prints only text that the headers and
    footers hold (``margins``, their words without spaces or digits) or a page number."""
    import pypdfium2 as pdfium

    from ntm_docgen.files.pages import PDFIUM

    with PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            return all(page_empty(document[index], margins)
                       for index in range(1, len(document)))
        finally:
            document.close()


def page_empty(page: Any, margins: str) -> bool:
    """True when ``page`` (pypdfium2's) prints only text that ``margins`` holds, or digits:
    no line, border or picture, no word of the letter's."""
    import pypdfium2 as pdfium

    if any(o.type != pdfium.raw.FPDF_PAGEOBJ_TEXT for o in page.get_objects()):
        return False  # a line, a border, a picture: something prints there
    textpage = page.get_textpage()
    text = _SPACE.sub("", textpage.get_text_range())
    textpage.close()
    words = _DIGITS.sub("", text)
    return not words or words in margins


def _margin_words(doc: Document) -> str:
    """The text every header and footer of the file holds, without spaces or digits."""
    held = []
    for part in doc.doc.part.package.iter_parts():
        name = str(part.partname)
        if "/header" in name or "/footer" in name:
            element = getattr(part, "element", None)
            if element is not None:
                held.append("".join(t.text or "" for t in element.iter(w("t"))))
    return _DIGITS.sub("", _SPACE.sub("", "".join(held)))
