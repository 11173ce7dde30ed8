"""Copies of a PDF original: the paper block under the last page's content (or on an added
page), the electronic copy's ô 14 stamp on page 1, and the copying body's digital signature.

Where the content ends is measured from the rendered page (pypdfium2), so scanned originals
are measured like typeset ones.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import threading
import weakref
from collections.abc import Iterator
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import cast

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf import PdfReader, PdfWriter
from pypdf.errors import LimitReachedError, PyPdfError
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ntm_docgen.copies.pdfappend import Update
from ntm_docgen.copies.pdfblock import (
    HEADER_DISTANCE,
    draw_block,
    draw_page_number,
    draw_stamp,
    face,
    first_baseline,
    layout,
    settings,
    stamp_lines,
)
from ntm_docgen.copies.pdfdrawn import copy_resources, read_drawn
from ntm_docgen.copies.pdfink import Ink, ink, open_document, page_ink
from ntm_docgen.copies.pdfstamp import Rewrite, form_words, paint, stamp
from ntm_docgen.errors import InputFileError
from ntm_docgen.files.limits import PDF_PAGES
from ntm_docgen.files.pages import PDFIUM
from ntm_docgen.files.pdfinput import check_pdf, claimed_pages, damaged_pdf, open_pdf
from ntm_docgen.i18n import _
from ntm_docgen.letter import layout_rules as L
from ntm_docgen.letter.spec import BanSao

MIN_VERSION = "1.4"
#: An original from this version on gets its copy appended as an incremental update: the update
#: writes its cross-reference as the original's last one is written (a table, or a stream in a
#: file that already uses them), so a PDF 1.4 original, as scanners and signing tools often
#: leave the header, keeps its bytes and its signature too.
APPEND_FROM = MIN_VERSION

#: Originals that pypdf had to mend while reading them (a wrong ``startxref``, no ``%%EOF``):
#: their copy is written whole, never appended to the damaged file.
_MENDED: weakref.WeakSet[PdfReader] = weakref.WeakSet()


class _Mended(logging.Handler):
    """Notes that pypdf warned while reading (it warns for every repair it makes)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen = False

    def emit(self, record: logging.LogRecord) -> None:
        self.seen = True


@contextlib.contextmanager
def quiet_pypdf(mended: _Mended | None = None) -> Iterator[None]:
    """Hold back pypdf's own warnings (``EOF marker not found``) while it reads an original:
    a damaged file gets our one message, a mended one no noise (``mended`` notes them)."""
    logger = logging.getLogger("pypdf")
    level, propagate = logger.level, logger.propagate
    handler = mended or _Mended()
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate


def read_pdf(path: Path | str) -> PdfReader:
    """Open and check a PDF original: present, readable, not password-protected. A file is
    read once however many times a copy asks for it (checks, its number, the copy itself)."""
    return _read_pdf(*_identity(path))


def _identity(path: Path | str) -> tuple[str, str, int, int]:
    """The file as given, where it is, and what tells a changed file from the same one."""
    path = Path(path)
    if not path.is_file():
        raise InputFileError(path, _("no such file") if not path.exists() else _("is not a file"))
    found = path.stat()
    return str(path), str(path.resolve()), found.st_mtime_ns, found.st_size


@lru_cache(maxsize=2)
def _read_pdf(shown: str, name: str, mtime: int, size: int) -> PdfReader:
    mended = _Mended()
    try:
        with quiet_pypdf(mended):
            reader, _data = open_pdf(name)
            if reader.is_encrypted:
                raise InputFileError(shown, _(
                    "opens without a password but its author locked it against changes (an "
                    "owner password); a copy adds its block to the file: ask the sender for a "
                    "copy without the lock") if _opens_without_password(reader) else _(
                    "is password-protected (encrypted); ask the sender for an unprotected copy "
                    "or remove the password first"))
            if len(reader.pages) == 0:
                raise InputFileError(shown, _("has no pages"))
            check_pdf(reader, shown)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as e:
        count = claimed_pages(name) if isinstance(e, LimitReachedError) else None
        if count is not None:
            PDF_PAGES.check(count, shown)  # pypdf gives up on a page list that long
        raise damaged_pdf(shown) from e
    except RecursionError:
        raise damaged_pdf(shown) from None
    if mended.seen:
        _MENDED.add(reader)
    return reader


def _opens_without_password(reader: PdfReader) -> bool:
    """Whether an encrypted PDF opens with the empty password (a viewer asks for none): its
    author set only an owner password, which locks changes, printing or copying."""
    try:
        return bool(reader.decrypt(""))
    except (PyPdfError, ValueError, NotImplementedError):
        return False


def pdf_lines(path: Path | str, pages: int | None = None) -> list[str]:
    """The text lines of the PDF's first ``pages`` pages (all when None); each page's text is
    read once, and only when asked for (a SAO LỤC looks for the SAO Y block)."""
    key = _identity(path)
    total = len(_read_pdf(*key).pages)
    count = total if pages is None else min(pages, total)
    return [line for index in range(count) for line in _page_lines(key, index)]


#: How much of page 1, from its top edge, holds the header with the ``Số:`` line.
HEADER_PART = 1 / 3


@lru_cache(maxsize=8)
def header_lines(key: tuple[str, str, int, int]) -> tuple[str, ...]:
    """The text lines of page 1's top third (the header, where the Số line is), read by pdfium
    from that region alone, once however often it is asked for."""
    with _document(key) as measured:
        if measured is None:
            return ()
        try:
            page = measured.document[0]
            left, bottom, right, top = page.get_cropbox()
            text = page.get_textpage()
            try:
                return tuple(text.get_text_bounded(left, top - (top - bottom) * HEADER_PART,
                                                   right, top).splitlines())
            finally:
                text.close()
                measured.keep_first(page)  # measured next (where the content ends)
        except pdfium.PdfiumError:
            return ()


def first_page_header(path: Path | str) -> tuple[str, ...]:
    """Page 1's header lines (see :func:`header_lines`)."""
    return header_lines(_identity(path))


def stamped_number(path: Path | str) -> str | None:
    """The number a form field draws on page 1's ``Số:`` line, None when none does. A letter
    issued through an e-office system carries its number and day in the pictures of the văn
    thư's signature fields, which are no part of the page's text: Lào Cai's công văn 7432 reads
    ``Số: /UBND-XD`` until its fields are drawn into the page."""
    key = _identity(path)
    reader = _read_pdf(*key)
    with PDFIUM:
        try:
            document = open_document(cast(io.BytesIO, reader.stream).getvalue())
        except pdfium.PdfiumError:
            return None
        try:
            page = document[0]
            if pdfium_c.FPDFPage_GetAnnotCount(page.raw) == 0:
                return None
            drawn = page.flatten(flag=pdfium_c.FLAT_NORMALDISPLAY)
            page.close()
            if drawn != pdfium_c.FLATTEN_SUCCESS:
                return None
            page = document[0]  # loaded again, with the fields drawn in
            text = page.get_textpage()
            try:
                return _number_on_so_line(text)
            finally:
                text.close()
                page.close()
        finally:
            document.close()


def _number_on_so_line(text: pdfium.PdfTextPage) -> str | None:
    """The digits that stand between ``Số:`` and the ``/`` after it, on that line."""
    chars = "".join(chr(pdfium_c.FPDFText_GetUnicode(text.raw, i))
                    for i in range(text.count_chars()))
    found = re.search(r"Số\s*:", chars)
    slash = chars.find("/", found.end()) if found else -1
    if found is None or slash < 0:
        return None
    _left, bottom, start, top = text.get_charbox(found.end() - 1)
    end = text.get_charbox(slash)[0]
    digits = []
    for index, char in enumerate(chars):
        if char.isdigit():
            left, low, right, high = text.get_charbox(index)
            if start <= left and right <= end and bottom <= (low + high) / 2 <= top:
                digits.append((left, char))
    return "".join(char for _x, char in sorted(digits)) or None


def copy_block_pages(path: Path | str) -> Iterator[tuple[str, ...]]:
    """Each page's text lines, the last page first, then the first (where a copy puts its
    block: under the content, or ô 14 on page 1), then the others; read as they are asked for,
    so a search that finds what it looks for stops there."""
    key = _identity(path)
    reader = _read_pdf(*key)
    total = len(reader.pages)
    order = list(dict.fromkeys([total - 1, 0, *range(1, total - 1)]))
    return _pages_read(key, reader, order)


def _pages_read(key: tuple[str, str, int, int], reader: PdfReader, order: list[int]
                ) -> Iterator[tuple[str, ...]]:
    """First the form words that this tool's own blocks on the last and first pages name (read
    from their form dictionaries: no text extracted), then each page's text lines."""
    words = _block_words(reader, order[:2])
    if words:
        yield words
    for index in order:
        yield _page_lines(key, index)


def _block_words(reader: PdfReader, indexes: list[int]) -> tuple[str, ...]:
    try:
        return tuple(word for index in indexes for word in form_words(reader.pages[index]))
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError):
        return ()  # a damaged resource dictionary: the pages' text is read instead


@lru_cache(maxsize=256)
def _page_lines(key: tuple[str, str, int, int], index: int) -> tuple[str, ...]:
    """A page's text read by pdfium (in C: pypdf's extraction of one page costs more than
    copying the whole file), once the file has passed ``read_pdf``'s checks."""
    with _document(key) as measured:
        return () if measured is None else _lines(measured.document, index)


class Measured:
    """An original opened by pdfium for all that a copy reads of it with pdfium (the Số line,
    the pages' text, where the content ends), and page 1 when the Số line's reading loaded it
    (a page loaded again is parsed again)."""

    def __init__(self, document: pdfium.PdfDocument) -> None:
        self.document = document
        self.first: pdfium.PdfPage | None = None

    def keep_first(self, page: pdfium.PdfPage) -> None:
        if self.first is not None:
            self.first.close()
        self.first = page

    def ink(self, index: int) -> Ink | None:
        """Where page ``index``'s content lies (:func:`ink`), page 1 measured as kept."""
        page, self.first = (self.first, None) if index == 0 else (None, self.first)
        if page is None:
            return ink(self.document, index)
        try:
            return page_ink(page)
        finally:
            page.close()

    def close(self) -> None:
        if self.first is not None:
            self.first.close()
            self.first = None
        self.document.close()


#: The originals kept open by pdfium in this thread (:func:`kept_open`), by file: not opened
#: yet (an empty list), or opened (None when pdfium cannot open it).
_KEPT = threading.local()


@contextlib.contextmanager
def kept_open(path: Path | str) -> Iterator[None]:
    """Within the block, everything read of the PDF at ``path`` with pdfium (the Số line, the
    pages' text, where the content ends) is read from one document, opened at the first read
    and closed when the block ends."""
    kept = _KEPT.__dict__.setdefault("files", {})
    key = _identity(path)
    if key in kept:  # an outer block keeps it
        yield
        return
    kept[key] = []
    try:
        yield
    finally:
        with PDFIUM:
            for found in kept.pop(key):
                if found is not None:
                    found.close()


@contextlib.contextmanager
def _document(key: tuple[str, str, int, int]) -> Iterator[Measured | None]:
    """The file of ``key`` opened by pdfium (its form fields too, :func:`open_document`) once
    it has passed ``read_pdf``'s checks, None when pdfium cannot open it: the one
    :func:`kept_open` keeps, else one closed after the block. pdfium is called by one thread
    at a time (``files.pages.PDFIUM``, which the desk's previews hold too) within the block."""
    reader = _read_pdf(*key)
    with PDFIUM:
        yield from _document_of(key, reader)


def _document_of(key: tuple[str, str, int, int], reader: PdfReader
                 ) -> Iterator[Measured | None]:
    kept = _KEPT.__dict__.get("files", {}).get(key)
    if kept is not None and kept:
        yield kept[0]
        return
    opened = _opened(cast(io.BytesIO, reader.stream).getvalue())  # the bytes read_pdf read
    if kept is not None:
        kept.append(opened)
        yield opened
        return
    try:
        yield opened
    finally:
        if opened is not None:
            opened.close()


def _opened(data: bytes) -> Measured | None:
    try:
        return Measured(open_document(data))
    except pdfium.PdfiumError:
        return None


def _lines(document: pdfium.PdfDocument, index: int) -> tuple[str, ...]:
    """A page's lines, then each run of text that stands apart on its line (a block's words in
    a column of their own are a line of their own even when the other column's text shares
    their baseline)."""
    try:
        text = document[index].get_textpage()
        lines = text.get_text_range().splitlines()
        runs = [text.get_text_bounded(*text.get_rect(i)) for i in range(text.count_rects())]
    except pdfium.PdfiumError:
        return ()  # a page whose text cannot be read: it holds no earlier copy block
    return (*lines, *runs)


def number_place(data: bytes | pdfium.PdfDocument, reader: PdfReader) -> tuple[float, float]:
    """Where an added page's number goes: (centre from the left edge, baseline from the top).

    Copied from the original's number on page 2 (a short all-digit line near the top centre)
    when it has one, else the templates' header: centred on the text column, its line 10 mm
    below the top edge.
    """
    trang = settings()["trang"]
    box = reader.pages[-1].mediabox
    width = float(box.width)
    place = ((trang["le_trai"] * mm + width - trang["le_phai"] * mm) / 2,
             HEADER_DISTANCE * mm + first_baseline(L.SIZE_PAGE_NUMBER))
    if len(reader.pages) < 2:
        return place
    box = reader.pages[1].mediabox
    document = pdfium.PdfDocument(data) if isinstance(data, bytes) else data
    try:
        text = document[1].get_textpage()
        for index in range(text.count_rects()):
            left, bottom, right, top = text.get_rect(index)
            words = text.get_text_bounded(left, bottom, right, top).strip()
            centre = (left + right) / 2 - float(box.left)
            if (words.isdigit() and len(words) <= 4 and float(box.top) - top < 30 * mm
                    and abs(centre - float(box.width) / 2) < float(box.width) / 6):
                return centre, float(box.top) - bottom
    finally:
        if document is not data:
            document.close()
    return place


def _overlay(width: float, height: float, draw) -> bytes:  # type: ignore[no-untyped-def]
    """The one-page PDF reportlab writes with ``draw``'s block."""
    buffer = io.BytesIO()
    # the canvas starts in the block's own embedded font: reportlab's default start (Helvetica)
    # would put an unused, unembedded font in every copied page
    canvas = Canvas(buffer, pagesize=(width, height), pdfVersion=(1, 4),
                    initialFontName=face(), initialFontSize=L.SIZE_COPY_STAMP)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _writer(reader: PdfReader) -> PdfWriter:
    """The original written whole again, as PDF 1.4 at least."""
    writer = PdfWriter(clone_from=reader)
    header = writer.pdf_header
    version = header.decode("latin-1")[5:8] if isinstance(header, bytes) else str(header)[5:8]
    if version < MIN_VERSION:
        writer.pdf_header = f"%PDF-{MIN_VERSION}".encode() if isinstance(header, bytes) \
            else f"%PDF-{MIN_VERSION}"
    return writer


def appendable(reader: PdfReader, checked: bool) -> bool:
    """Whether the copy can be appended to the original as an incremental update: an original
    read by ``read_pdf`` without repairs, of PDF 1.4 or later."""
    return checked and reader not in _MENDED and reader.pdf_header[5:8] >= APPEND_FROM


def signature_dropped(original: Path | str, copy: bytes) -> bool:
    """Whether ``copy`` of a signed ``original`` (read by ``read_pdf``) no longer holds its
    signature: written whole, not appended to the bytes the signature covers."""
    reader = read_pdf(original)
    if copy.startswith(cast(io.BytesIO, reader.stream).getvalue()):
        return False
    fields = reader.get_fields() or {}
    return any(f.get("/FT") == "/Sig" and f.get("/V") is not None for f in fields.values())


def _painted(data: bytes, reader: PdfReader, checked: bool, index: int | None,
             block: bytes, shift: tuple[float, float], form_word: str) -> bytes:
    """The PDF with ``block`` (reportlab's page of the copy's ``form_word``) painted over page
    ``index`` (None: on a page added after the last), appended to the original when it can be
    (pdfappend: the block's objects copied as reportlab wrote them, pdfdrawn), else written
    whole."""
    if appendable(reader, checked):
        update = Update(reader, data)
        drawn = read_drawn(block)
        if drawn is None:  # not the plain file pdfdrawn reads: pypdf reads it
            page_of_block = PdfReader(io.BytesIO(block)).pages[0]
            box = page_of_block.mediabox
            size = float(box.width), float(box.height)
        if index is None:
            page = update.add_page(*(drawn.size if drawn is not None else size))
        else:
            page = update.page(index)
        if drawn is not None:
            paint(update, page, drawn.content, drawn.box,
                  copy_resources(drawn, update.add, update.change), *shift, form_word)
        else:
            stamp(update, page, page_of_block, *shift, form_word)
        if index is not None and page.indirect_reference is not None:
            update.change(page.indirect_reference, page)
        return update.write()
    writer = _writer(reader)
    page_of_block = PdfReader(io.BytesIO(block)).pages[0]
    box = page_of_block.mediabox
    page = writer.add_blank_page(float(box.width), float(box.height)) \
        if index is None else writer.pages[index]
    stamp(Rewrite(writer), page, page_of_block, *shift, form_word)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@contextlib.contextmanager
def _measured(original: Path | None, reader: PdfReader, data: bytes) -> Iterator[Measured]:
    """The original to measure: the document read_pdf's file is read from with pdfium (one
    :func:`kept_open` keeps), else ``data`` opened, closed after the block; pdfium called by one
    thread at a time within it."""
    with PDFIUM:
        if original is not None and read_pdf(original) is reader:
            with _document(_identity(original)) as found:
                if found is not None:
                    yield found
                    return
        opened = Measured(open_document(data))
        try:
            yield opened
        finally:
            opened.close()


@quiet_pypdf()
def paper_copy(data: bytes, ban_sao: BanSao, today: date, reader: PdfReader | None = None,
               original: Path | None = None) -> tuple[bytes, bool]:
    """The PDF with the block under the last page's content; True when a page was added
    (``reader``: the same PDF already read by ``read_pdf`` from the file ``original``, else it
    is read from ``data``)."""
    checked, reader = reader is not None, reader or PdfReader(io.BytesIO(data))
    trang = settings()["trang"]
    last = len(reader.pages) - 1
    box = reader.pages[last].mediabox
    width, height = float(box.width), float(box.height)
    with _measured(original, reader, data) as own:
        document = own.document
        end = own.ink(last)
        found = [b for b in (own.ink(0) if last else end, end) if b is not None]
        left = min([b.left for b in found], default=trang["le_trai"] * mm)
        right = max([b.right for b in found], default=width - trang["le_phai"] * mm)
        if right - left < width / 2:
            left, right = trang["le_trai"] * mm, width - trang["le_phai"] * mm
        lines, block_height = layout(ban_sao, today, right - left)
        top = (end.bottom if end else trang["le_tren"] * mm) + trang["khoang_cach"] * mm
        added = top + block_height > height - trang["le_duoi"] * mm
        if added:
            top = trang["le_tren"] * mm
            centre, baseline = number_place(document, reader)

    def draw(canvas: Canvas) -> None:
        if added:  # page 1 is never numbered, so an added page always is; first in the text
            draw_page_number(canvas, len(reader.pages) + 1, centre, height - baseline)
        draw_block(canvas, lines, left, height - top, right - left)

    shift = (0.0, 0.0) if added else (float(box.left), float(box.bottom))
    return _painted(data, reader, checked, None if added else last,
                    _overlay(width, height, draw), shift, ban_sao.hinh_thuc), added


@quiet_pypdf()
def electronic_copy(data: bytes, ban_sao: BanSao, when: datetime,
                    reader: PdfReader | None = None, original: Path | None = None) -> bytes:
    """The PDF with ô 14 (form, copying body, ISO 8601 time) at the top right of page 1."""
    checked, reader = reader is not None, reader or PdfReader(io.BytesIO(data))
    first = reader.pages[0]
    width, height = float(first.mediabox.width), float(first.mediabox.height)
    lines = stamp_lines(ban_sao, when)
    with _measured(original, reader, data) as measured:
        content = measured.ink(0)
    below = content.top if content is not None else settings()["trang"]["le_tren"] * mm
    overlay = _overlay(width, height, lambda c: draw_stamp(c, lines, width, height, below))
    box = first.mediabox
    return _painted(data, reader, checked, 0, overlay,
                    (float(box.left), float(box.bottom)), ban_sao.hinh_thuc)
