"""What a copy reads of a PDF original's text: its pages' lines, page 1's header, its Số line."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from ntm_docgen.copies.pdforiginal import Measured, file_key, measured_document, reader_of
from ntm_docgen.copies.pdfstamp import form_words
from ntm_docgen.files.pdffields import first_page_drawn


def pdf_lines(path: Path | str, pages: int | None = None) -> list[str]:
    """The text lines of the PDF's first ``pages`` pages (all when None); each page's text is
    read once, and only when asked for (a SAO LỤC looks for the SAO Y block)."""
    key = file_key(path)
    total = len(reader_of(*key).pages)
    count = total if pages is None else min(pages, total)
    return [line for index in range(count) for line in _page_lines(key, index)]


#: How much of page 1, from its top edge, holds the header with the ``Số:`` line.
HEADER_PART = 1 / 3


@lru_cache(maxsize=8)
def header_lines(key: tuple[str, str, int, int]) -> tuple[str, ...]:
    """The text lines of page 1's top third (the header, where the Số line is), read by pdfium
    from that region alone, once however often it is asked for."""
    with measured_document(key) as measured:
        if measured is None:
            return ()
        try:
            page = measured.first_page()  # kept: measured next (where the content ends)
            left, bottom, right, top = page.get_cropbox()
            text = page.get_textpage()
            try:
                return tuple(text.get_text_bounded(left, top - (top - bottom) * HEADER_PART,
                                                   right, top).splitlines())
            finally:
                text.close()
        except pdfium.PdfiumError:
            return ()


def first_page_header(path: Path | str) -> tuple[str, ...]:
    """Page 1's header lines (see :func:`header_lines`)."""
    return header_lines(file_key(path))


_T = TypeVar("_T")


def stamped_number(path: Path | str) -> str | None:
    """The number a form field draws on page 1's ``Số:`` line, None when none does. A letter
    issued through an e-office system carries its number and day in the pictures of the văn
    thư's signature fields, which are no part of the page's text: Lào Cai's công văn 7432 reads
    ``Số: /UBND-XD`` until its fields are drawn into the page."""
    return _drawn(path, _number_on_so_line)


def drawn_lines(path: Path | str) -> tuple[str, ...]:
    """Page 1's text lines once its form fields are drawn into it: a received electronic copy
    carries its ``SAO Y; <copying body>; Thời gian ký: ...`` in a signature field, no part of
    the page's text until drawn; () when page 1 has no field."""
    return _drawn(path, lambda text: tuple(text.get_text_range().splitlines())) \
        or ()


def _drawn(path: Path | str, read: Callable[[pdfium.PdfTextPage], _T]) -> _T | None:
    """``read`` of page 1's text with its form fields drawn flat, None when it has none
    (``files/pdffields``, which the importer's reading shares)."""
    return first_page_drawn(reader_of(*file_key(path)), read)


def _number_on_so_line(text: pdfium.PdfTextPage) -> str | None:
    """The digits that stand between ``Số:`` and the ``/`` after it, on that line."""
    chars = _chars(text)
    found = re.search(r"Số\s*:", chars)
    slash = chars.find("/", found.end()) if found else -1
    if found is None or slash < 0:
        return None
    return _digits_between(text, chars, found.end() - 1, slash)


def stamped_date(path: Path | str) -> tuple[int, int, int] | None:
    """The day, month and year a form field draws into page 1's place-and-date line (``Vũng
    Tàu, ngày 18 tháng 3 năm 2025`` where the page's text reads ``ngày tháng năm 2025``), None
    when no field draws both."""
    return _drawn(path, _date_on_date_line)


def _date_on_date_line(text: pdfium.PdfTextPage) -> tuple[int, int, int] | None:
    chars = _chars(text)
    found = re.search(r",\s*ngày([\s\d]*)tháng([\s\d]*)năm\s+(\d{4})", chars)
    if found is None:
        return None
    day = _digits_between(text, chars, found.start(1) - 1, found.end(1))
    month = _digits_between(text, chars, found.start(2) - 1, found.end(2))
    if day is None or month is None:
        return None
    return int(day), int(month), int(found[3])


def _chars(text: pdfium.PdfTextPage) -> str:
    return "".join(chr(pdfium_c.FPDFText_GetUnicode(text.raw, i))
                   for i in range(text.count_chars()))


def _digits_between(text: pdfium.PdfTextPage, chars: str, before: int, after: int) -> str | None:
    """The digits drawn on the line of ``chars[before]`` between its right edge and the left
    edge of ``chars[after]``, in order from left to right. The line is as tall as its font
    (the loose box): a colon's own ink is low, and a field's digits set a point or two higher
    than the printed text (Quảng Ngãi's 542/TB-UBND) stand on the line all the same."""
    start = text.get_charbox(before)[2]
    bottom, top = text.get_charbox(before, loose=True)[1::2]
    end = text.get_charbox(after)[0]
    digits = []
    for index, char in enumerate(chars):
        if char.isdigit():
            left, low, right, high = text.get_charbox(index)
            # by its middle: a field's digit may reach over the "/" printed after it
            if start <= (left + right) / 2 <= end and bottom <= (low + high) / 2 <= top:
                digits.append((left, char))
    return "".join(char for _x, char in sorted(digits)) or None


def copy_block_pages(path: Path | str) -> Iterator[tuple[str, ...]]:
    """Each page's text lines: those where a copy puts its block first (:func:`end_pages`),
    then the others (:func:`middle_pages`); read as they are asked for, so a search that finds
    what it looks for stops there."""
    yield from end_pages(path)
    yield from middle_pages(path)


def end_pages(path: Path | str) -> Iterator[tuple[str, ...]]:
    """First the form words that this tool's own blocks on the last and first pages name (read
    from their form dictionaries: no text extracted), then the last page's text lines and the
    first's (a paper copy's block stands under the content, an electronic copy's ô 14 at the
    top of page 1), then page 1's lines once its fields are drawn (a received electronic copy's
    block, in a signature field)."""
    key = file_key(path)
    reader = reader_of(*key)
    order = _ends(len(reader.pages))
    words = _block_words(reader, order)
    if words:
        yield words
    for index in order:
        yield _page_lines(key, index)
    yield drawn_lines(key[0])


def middle_pages(path: Path | str) -> Iterator[tuple[str, ...]]:
    """The text lines of the pages between the first and the last, in order."""
    key = file_key(path)
    total = len(reader_of(*key).pages)
    for index in range(1, total - 1):
        yield _page_lines(key, index)


def _ends(total: int) -> list[int]:
    """The last page's index, then the first's (one page: one)."""
    return list(dict.fromkeys([total - 1, 0]))


def page_text(path: Path | str, index: int) -> tuple[str, ...]:
    """The text lines of one page (from 0), read once."""
    return _page_lines(file_key(path), index)


def _block_words(reader: PdfReader, indexes: list[int]) -> tuple[str, ...]:
    try:
        return tuple(word for index in indexes for word in form_words(reader.pages[index]))
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError):
        return ()  # a damaged resource dictionary: the pages' text is read instead


@lru_cache(maxsize=256)
def _page_lines(key: tuple[str, str, int, int], index: int) -> tuple[str, ...]:
    """A page's text read by pdfium (in C: pypdf's extraction of one page costs more than
    copying the whole file), once the file has passed ``read_pdf``'s checks."""
    with measured_document(key) as measured:
        return () if measured is None else _lines(measured, index)


def _lines(measured: Measured, index: int) -> tuple[str, ...]:
    """A page's lines, then each run of text that stands apart on its line (a block's words in
    a column of their own are a line of their own even when the other column's text shares
    their baseline). Page 1 is the one kept, loaded once (:meth:`Measured.first_page`)."""
    page = None
    try:
        page = measured.first_page() if index == 0 else measured.document[index]
        text = page.get_textpage()
        try:
            lines = text.get_text_range().splitlines()
            runs = [text.get_text_bounded(*text.get_rect(i)) for i in range(text.count_rects())]
        finally:
            text.close()
    except pdfium.PdfiumError:
        return ()  # a page whose text cannot be read: it holds no earlier copy block
    finally:
        if page is not None and index != 0:
            page.close()
    return (*lines, *runs)

