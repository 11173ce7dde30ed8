"""Copies of a PDF original: the paper block under the last page's content (or on an added
page), the electronic copy's ô 14 stamp on page 1, and the copying body's digital signature.

Where the content ends is measured from the rendered page (pypdfium2), so scanned originals
are measured like typeset ones.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

import pypdfium2 as pdfium
from pypdf import PdfReader, PdfWriter
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
    stamp_fits,
    stamp_lines,
    stamp_spans,
)
from ntm_docgen.copies.pdfdrawn import copy_resources, read_drawn
from ntm_docgen.copies.pdfink import ink as ink  # importable from here, as before pdforiginal.py
from ntm_docgen.copies.pdfink import open_document
from ntm_docgen.copies.pdforiginal import (
    Measured,
    file_key,
    measured_document,
    quiet_pypdf,
    read_pdf,
    was_mended,
)
from ntm_docgen.copies.pdfscript import disarm_update, disarm_writer
from ntm_docgen.copies.pdfstamp import Rewrite, paint, stamp
from ntm_docgen.copies.pdftext import (
    pdf_lines as pdf_lines,  # importable from here, as before pdftext.py
)
from ntm_docgen.errors import InputFileError
from ntm_docgen.files.pages import PDFIUM
from ntm_docgen.i18n import _
from ntm_docgen.letter import layout_rules as L
from ntm_docgen.letter.spec import BanSao

MIN_VERSION = "1.4"
#: An original from this version on gets its copy appended as an incremental update: the update
#: writes its cross-reference as the original's last one is written (a table, or a stream in a
#: file that already uses them), so a PDF 1.4 original, as scanners and signing tools often
#: leave the header, keeps its bytes and its signature too.
APPEND_FROM = MIN_VERSION


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
    return checked and not was_mended(reader) and reader.pdf_header[5:8] >= APPEND_FROM


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
        disarm_update(update, reader)
        return update.write()
    writer = _writer(reader)
    page_of_block = PdfReader(io.BytesIO(block)).pages[0]
    box = page_of_block.mediabox
    page = writer.add_blank_page(float(box.width), float(box.height)) \
        if index is None else writer.pages[index]
    stamp(Rewrite(writer), page, page_of_block, *shift, form_word)
    disarm_writer(writer)
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
            with measured_document(file_key(original)) as found:
                if found is not None:
                    yield found
                    return
        opened = Measured(open_document(data))
        try:
            yield opened
        finally:
            opened.close()


#: Ink nearer the paper's edge than this is a scan's picture, not text: no letter is printed
#: there (the decree's narrowest margin is 15 mm).
_EDGE = 10 * mm


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
        column = own.column_left(last)  # the body's margin, not the header's edge
        end = own.ink(last)
        found = [b for b in (own.ink(0) if last else end, end) if b is not None]
        left = min([b.left for b in found], default=trang["le_trai"] * mm)
        right = max([b.right for b in found], default=width - trang["le_phai"] * mm)
        if left < _EDGE:  # a scan's picture reaches the paper's edge: no text's margin
            left = trang["le_trai"] * mm
        if right > width - _EDGE:
            right = width - trang["le_phai"] * mm
        if column is not None and left < column < right - width / 2:
            left = column
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
                    reader: PdfReader | None = None,
                    original: Path | None = None) -> tuple[bytes, bool]:
    """The PDF with ô 14 (form, copying body, ISO 8601 time) at the top right of page 1, or at
    its top left where the right is taken (a signature's stamp, a note), and whether it stands
    at the left. Refused when page 1's content reaches the top at both corners: drawn over
    it, neither could be read."""
    checked, reader = reader is not None, reader or PdfReader(io.BytesIO(data))
    first = reader.pages[0]
    width, height = float(first.mediabox.width), float(first.mediabox.height)
    lines, (side, below) = _stamp_place(data, ban_sao, when, reader, original)
    overlay = _overlay(width, height, lambda c: draw_stamp(c, lines, width, height, below,
                                                           at_left=side == 1))
    box = first.mediabox
    return _painted(data, reader, checked, 0, overlay, (float(box.left), float(box.bottom)),
                    ban_sao.hinh_thuc), side == 1


@quiet_pypdf()
def check_stamp_room(original: Path, ban_sao: BanSao, when: datetime) -> None:
    """Refuse, as ``electronic_copy`` would, an original whose page 1 has no room for the
    electronic block: run before a number is taken, so that a copy refused does not use one
    up (contract13 #2: two numbers of the sổ cancelled for copies never made)."""
    data = original.read_bytes()
    sample = dataclasses.replace(ban_sao, so=ban_sao.so or 8888)  # as wide as a number
    _stamp_place(data, sample, when, PdfReader(io.BytesIO(data)), original)


def _stamp_place(data: bytes, ban_sao: BanSao, when: datetime, reader: PdfReader,
                 original: Path | None) -> tuple[Any, tuple[int, float]]:
    """The electronic block's lines and its place on page 1 (its corner: 0 right, 1 left,
    and the height under which it stands); InputFileError when neither corner has room."""
    width = float(reader.pages[0].mediabox.width)
    margin = settings()["trang"]["le_tren"] * mm
    place = None
    with _measured(original, reader, data) as measured:
        # the body's name alone where the line with its parent first finds no corner
        for parent_too in (True, False):
            lines = stamp_lines(ban_sao, when, parent_too)
            corners = measured.corners(stamp_spans(lines, width))
            place = next(((n, c.top if c is not None else margin) for n, c in enumerate(corners)
                          if c is None or stamp_fits(len(lines), c.top)), None)
            if place is not None:
                break
    if place is None:
        raise InputFileError(original or "PDF", _(
            "page 1 has no room at its top for the electronic copy's block: its content (or a "
            "signature's stamp) reaches the top edge at both corners, and the block would hide "
            "it; make a paper copy, whose block stands under the content"))
    return lines, place
