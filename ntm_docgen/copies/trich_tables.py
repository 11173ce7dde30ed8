"""A TRÍCH SAO of a PDF refused for a part, or a phụ lục, holding a table the reader could read
only as running text: its cells one after another, the copy would not say what the original
says."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ntm_docgen.copies.trich import Layout


def unread_tables(layout: Layout, kept: list[Any], trich: str, tables: tuple[str, ...],
                  original: Path) -> None:
    """Refuse a TRÍCH SAO keeping a part of the letter in which the reader found a table it
    could read only as running text (``tables``: their first rows), or the part after it: its
    cells came one after another, those of a column perhaps under the next heading, and a
    TRÍCH SAO must say exactly what the original says (contract8 finding 2); or keeping (a part
    of) a phụ lục holding such a table, whose cells the reading ran across its title and its
    note (review of 6 December 2026, finding 2)."""
    from ntm_docgen.copies.package import paragraph_text
    from ntm_docgen.copies.trich import heading_key

    content = layout.content
    texts = [" ".join(paragraph_text(e).split()) for e in content]
    headings = [i for i, t in enumerate(texts) if heading_key(t) is not None]
    held = {id(e) for e in kept}
    in_letter = []
    for row in tables:
        at = _table_at(texts, row)
        if at is None:
            continue
        in_letter.append(row)
        above = [i for i in headings if i <= at]
        below = [i for i in headings if i > at]
        start = above[-1] if above else 0
        end = below[1] if len(below) > 1 else len(content)
        if any(id(content[i]) in held for i in range(start, end)):
            _refuse(texts[start] if above else texts[at], row, original)
    rest = tuple(row for row in tables if row not in in_letter)
    if rest and layout.appendices:
        _in_appendices(layout, trich, rest, original)
    if layout.appendices:
        _empty_appendices(layout, trich, original)


def _empty_appendices(layout: Layout, trich: str, original: Path) -> None:
    """Refuse when a phụ lục that ``trich`` keeps holds nothing but its heading, title and
    note as read (review11 #1: a phụ lục page's repeated ô 1 and Quốc hiệu read as a phụ lục of
    their own, whose TRÍCH SAO certified an empty page)."""
    from ntm_docgen.copies import NAMES
    from ntm_docgen.copies.package import paragraph_text
    from ntm_docgen.copies.trich_phuluc import chosen_appendices
    from ntm_docgen.errors import FieldError
    from ntm_docgen.i18n import _

    kept = {id(e) for e in chosen_appendices(layout, trich, str(original))}
    for number, appendix in enumerate(layout.appendices, 1):
        if not any(id(e) in kept for e in appendix.elements):
            continue
        heading = {" ".join(t.split()) for t in appendix.title}
        texts = [" ".join(paragraph_text(e).split()) for e in appendix.elements]
        if not any(_notes_left_out(texts, heading)):
            raise FieldError("trich", _(
                "the part “{part}” of {source} holds nothing as read from the PDF but its "
                "heading: its content was not found (a page's repeated header may have been "
                "taken for it), so a TRÍCH SAO of it would certify an empty page; make the "
                "TRÍCH SAO from the letter's Word file, or copy the whole letter: set "
                "{hinh_thuc} to SAO Y"), NAMES, part=appendix.name(number), source=original.name)


def _in_appendices(layout: Layout, trich: str, tables: tuple[str, ...],
                   original: Path) -> None:
    """Refuse when a phụ lục that ``trich`` keeps, whole or in part, holds one of ``tables``."""
    from ntm_docgen.copies.package import paragraph_text
    from ntm_docgen.copies.trich_phuluc import chosen_appendices

    kept = {id(e) for e in chosen_appendices(layout, trich, str(original))}
    for number, appendix in enumerate(layout.appendices, 1):
        if not any(id(e) in kept for e in appendix.elements):
            continue
        texts = [" ".join(paragraph_text(e).split()) for e in appendix.elements]
        for row in tables:
            if _table_at(texts, row) is not None:
                _refuse(appendix.name(number), row, original)


def _refuse(part: str, row: str, original: Path) -> None:
    from ntm_docgen.copies import NAMES
    from ntm_docgen.errors import FieldError
    from ntm_docgen.i18n import _

    raise FieldError("trich", _(
        "the part “{part}” of {source} holds a table that could not be read from the "
        "PDF as a table (it begins “{row}”): its cells were read one after another and "
        "may have run into the next part, so a TRÍCH SAO of it would not say exactly "
        "what the original says; make the TRÍCH SAO from the letter's Word file, or "
        "copy the whole letter: set {hinh_thuc} to SAO Y"), NAMES,
        part=part, source=original.name, row=row)


def _table_at(texts: list[str], row: str) -> int | None:
    """The paragraph in which a table's first row (its cells parted by `` | ``) begins."""
    cells = [c for c in (x.strip() for x in row.split(" | ")) if c]
    if not cells:
        return None
    for n, text in enumerate(texts):
        if text.startswith(cells[0]) and all(c in text for c in cells[1:2]):
            return n
    return next((n for n, text in enumerate(texts) if cells[0] in text), None)


#: An item numbered in brackets: ``(1)``, ``(a)``, ``(IV)``.
_ITEM = re.compile(r"\(\s*(?:\d+|[a-zđ]|[IVXLC]+)\s*\)")


def _notes_left_out(texts: list[str], heading: set[str]) -> list[str]:
    """A phụ lục's lines but its heading, title and bracketed note (over one line or more).

    The note stands before the content, and an item numbered ``(1)`` or ``(a)`` is content
    (review12 #6: a phụ lục of “(1) Xã …” lines was refused as empty).

    >>> _notes_left_out(["Phụ lục I", "DANH SÁCH", "(Kèm theo Quyết định số 5", "của UBND)",
    ...                  "1. Thôn A"], {"DANH SÁCH"})
    ['1. Thôn A']
    >>> _notes_left_out(["Phụ lục", "DANH SÁCH", "(1) Xã A", "(2) Xã B"], {"DANH SÁCH"})
    ['(1) Xã A', '(2) Xã B']
    """
    out: list[str] = []
    in_note = False
    for text in texts:
        if in_note or (not out and text.startswith("(") and not _ITEM.match(text)):
            in_note = not text.endswith(")")
            continue
        if text and text not in heading and not text.casefold().startswith("phụ lục"):
            out.append(text)
    return out
