"""The blank last page of a letter Word laid out on more than two pages, told without laying it
out: from the last page Word marked the beginning of, the letter's last words fit on that page
and the empty paragraphs after them run past it (a Thông báo whose 14 empty lines after its
signature's table print page 4 blank)."""

from __future__ import annotations

from ntm_docgen.check.fits import height_of, page_room
from ntm_docgen.check.paras import Para
from ntm_docgen.check.props import NS, w
from ntm_docgen.check.reader import Document


def after_last_mark(doc: Document, tail: list[Para], pages: int) -> bool:
    """True when the empty paragraphs ``tail`` that end a letter of one section print a page of
    their own, the last of the ``pages`` Word counted: Word marked where it began every page but
    that one (each page break and each page it began, ``w:lastRenderedPageBreak``, one page
    each: its count is theirs and two), and from the last it marked, the words up to ``tail``,
    measured high, fit on that page, while with ``tail``, measured low, they run past it. The
    paragraph (or the table's row) of that mark is left out of the low measure: what of it
    stands before the mark printed on the page before."""
    marks = [p for p in doc.paras if _marks(p)]
    room = page_room(doc)
    if not marks or room is None or sum(_marks(p) for p in marks) + 2 != pages:
        return False
    last = marks[-1]
    words = doc.paras[last.index:tail[0].index]
    high = height_of(doc, words)
    if _opens_page(last):  # the page begins with the paragraph: all of it is on that page
        after = words
    else:
        row = last.cell.getparent() if last.cell is not None else None
        after = [p for p in words[1:]
                 if row is None or p.cell is None or p.cell.getparent() is not row]
    low = height_of(doc, [*after, *tail], low=True)
    return high is not None and high <= room and low is not None and low > room


def _marks(para: Para) -> int:
    """The pages ``para`` begins: each page Word began in it when it last laid the file out,
    or one for a page break (a page break Word also marked is counted once)."""
    laid = len(para.el.findall(f".//{w('lastRenderedPageBreak')}", NS))
    return laid or int(para.page_break)


def _opens_page(para: Para) -> bool:
    """True when Word's last page mark in ``para`` stands before any of its text, the paragraph
    outside a table (a row's other cells may have begun on the page before)."""
    if para.cell is not None or para.page_break:
        return False
    mark = para.el.findall(f".//{w('lastRenderedPageBreak')}", NS)[-1]
    for el in para.el.iter(w("t"), w("lastRenderedPageBreak")):
        if el is mark:
            return True
        if (el.text or "").strip():
            return False
    return False
