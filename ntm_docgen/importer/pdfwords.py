"""The words of a PDF's pages with their places: from the text layer (pdfplumber), or read by
OCR (Tesseract's Vietnamese model) from a page that is only a scanned image, or from a photo."""

from __future__ import annotations

import contextlib
import io
import logging
import math
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from ntm_docgen.errors import InputFileError, LimitError
from ntm_docgen.files.limits import IMPORT_PAGES, OCR_PAGES, PDF_PIXELS, TRICH_PAGES, Limit
from ntm_docgen.files.pages import PDFIUM
from ntm_docgen.files.pdfinput import cut_off, damaged_pdf
from ntm_docgen.i18n import N_, _, number, said
from ntm_docgen.importer import watch
from ntm_docgen.importer.markbox import marks_unread
from ntm_docgen.importer.ocrblank import tables_read
from ntm_docgen.importer.ocrpage import check_ocr, ocr_page
from ntm_docgen.importer.ownwords import own_words
from ntm_docgen.importer.pageorder import pdf_text
from ntm_docgen.importer.pdfgrid import Grid, page_grids
from ntm_docgen.importer.pdflayer import covered, layer_words, outlined, unreadable_layer
from ntm_docgen.importer.pdflayout import Page, PdfText, Word
from ntm_docgen.importer.pdfstamps import Stamp, drawn_over, page_stamps, signers, unmapped
from ntm_docgen.importer.scangrid import grids_read

#: pdfminer warns in English of what it works round as it reads (``Could not get FontBBox from
#: font descriptor``), which Python prints on stderr when nothing handles it: the clerk reads
#: the tool's messages only; a program that sets up logging still receives the records.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

#: Resolution of a page rendered for OCR: the decree's 200 dpi for scans, a little more.
OCR_DPI = 300
#: A page whose text layer has fewer letters than this (a scan, perhaps stamped) is OCR'd.
MIN_LETTERS = 200
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


def read_pdf_text(path: Path) -> PdfText:
    """The letter's lines read from a PDF: its text layer, or OCR for the scanned pages."""
    import pdfplumber
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    if cut_off(path):  # read as far as it goes, it may show no word: told as no letter
        raise damaged_pdf(path)
    plan: list[tuple[int, float, float, list[Word] | None]] = []  # words None: read by OCR
    grids: dict[int, list[Grid]] = {}  # a text layer's ruled tables, by page
    apart: list[tuple[str, int, str]] = []  # stamps and unreadable words left out
    try:
        data, stamps = flattened(path)
        with pdfplumber.open(io.BytesIO(data)) as pdf, \
                contextlib.ExitStack() as own:
            _bounded(_PAGES.get(), len(pdf.pages), path)
            original = own.enter_context(pdfplumber.open(path)) if stamps else None
            for number, page in enumerate(pdf.pages, start=1):
                if original is not None:  # a signature's stamp is no part of the letter
                    page, left_out = _without_stamps(page, original.pages[number - 1],
                                                     stamps, number)
                    apart.extend(left_out)
                layer = layer_words(page)
                letters = sum(c.isalpha() for w in layer for c in w.text)
                scanned = letters < MIN_LETTERS and (covered(page) or outlined(page, letters))
                read = None if scanned or unreadable_layer(layer) else layer
                if read is not None and any(unmapped(w.text) for w in read):
                    apart.append(("unreadable", number, " ".join(
                        w.text for w in read if unmapped(w.text))))
                    read = [w for w in read if not unmapped(w.text)]
                plan.append((number, float(page.width), float(page.height), read))
                if read is not None:
                    grids[number] = page_grids(page, read)
            scans = sum(1 for *_, read in plan if read is None)
            _bounded(OCR_PAGES, scans, path)  # before any is read
            for number, width, height, read in plan:
                if read is None:  # the image OCR reads of it, before any is drawn
                    PDF_PIXELS.check(_drawn(width) * _drawn(height), _(
                        "{path} (page {number})").format(path=path, number=number))
    except (PdfminerException, MalformedPDFException, PSException, ValueError, KeyError,
            TypeError) as e:  # pdfminer's own failures on a damaged file, and only those:
        raise damaged_pdf(path) from e  # an error of the reading below is not the file's
    if scans:
        check_ocr(path)
        watch.planned(scans)
    pages: list[Page] = []
    for number, width, height, read in plan:
        if read is None:
            watch.page(sum(1 for page in pages if page.ocr) + 1)
            pages.append(_ocr_pdf_page(path, data, number - 1, width, height))
        else:
            pages.append(Page(number, width, height, read, grids=grids.get(number, [])))
    text = pdf_text(own_words(pages))
    text.set_apart.extend(apart)
    if any(kind == "signature" for kind, *_ in apart):  # who signed and when, if it says
        text.set_apart.extend(signers(path))
    return text


def _without_stamps(page: Any, original: Any, stamps: list[Stamp],
                    number: int) -> tuple[Any, list[tuple[str, int, str]]]:
    """The page without the letters its annotations drew over it (a signature's stamp), and
    what was left out."""
    dropped, apart = drawn_over(page, original, stamps, number)
    if dropped:
        page = page.filter(lambda o: o.get("object_type") != "char" or id(o) not in dropped)
    return page, apart


#: The pages a PDF being read may have: a letter's (import, derive) or a TRÍCH SAO's original's.
_PAGES: ContextVar[Limit] = ContextVar("pdf_pages", default=IMPORT_PAGES)


@contextlib.contextmanager
def pages_limit(limit: Limit) -> Iterator[None]:
    """Read the PDFs of this block within ``limit`` pages (a TRÍCH SAO reads its whole original)."""
    token = _PAGES.set(limit)
    try:
        yield
    finally:
        _PAGES.reset(token)


class PagesLimitError(LimitError):
    """Raised when a PDF to read has more pages, or more scanned pages, than a limit allows,
    counted before any is read; the message says how to import the letter's own pages."""

    def __init__(self, path: Path, limit: Limit, count: int) -> None:
        self.limit, self.env, self.found = limit.value(), limit.env, count
        advice = N_(
            "{what} is {found}, over the limit of {limit}: print the pages that hold the "
            "letter's header and the parts to keep to a PDF of their own and make the TRÍCH SAO "
            "from that, or raise the limit with the environment variable {env}"
        ) if limit is TRICH_PAGES else N_(
            "{what} is {found}, over the limit of {limit}: the letter itself is usually on its "
            "first pages; print those to a PDF of their own and import that, or raise the "
            "limit with the environment variable {env}")
        InputFileError.__init__(self, path, said(
            advice, what=said(limit.what), found=number(count), limit=number(limit.value()),
            env=limit.env))


def _bounded(limit: Limit, count: int, path: Path) -> None:
    if count > limit.value():
        raise PagesLimitError(path, limit, count)


#: The longest side, in pixels, of a picture Tesseract reads ("Image too large" past it).
OCR_SIDE = 32_767


def _refuse_long_side(path: Path, width: int, height: int) -> None:
    """Refuse a picture with a side Tesseract does not read, before OCR is run on it (a strip
    of 1 × 100,000 pixels: its error was told as a broken Tesseract)."""
    if max(width, height) > OCR_SIDE:
        raise InputFileError(path, _(
            "the picture is {width} × {height} pixels, a side longer than the {side} pixels "
            "OCR reads (a page scanned at 300 dpi is some 2,480 × 3,508): scan or photograph "
            "the letter again page by page").format(width=number(width), height=number(height),
                                                    side=number(OCR_SIDE)))


def read_image_text(path: Path) -> PdfText:
    """The letter's lines read by OCR from a photo or scan saved as an image."""
    import warnings

    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():  # the pixels are bounded by PDF_PIXELS, not Pillow
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                PDF_PIXELS.check(image.width * image.height, path)
                _refuse_long_side(path, image.width, image.height)
                image.load()
                frames = [image.copy()]
    except Image.DecompressionBombError as e:  # far over Pillow's own bound, before its size
        raise PDF_PIXELS.exceeded(path) from e
    except (UnidentifiedImageError, OSError) as e:
        raise InputFileError(path, _("is not an image that can be opened")) from e
    check_ocr(path)
    watch.planned(1)
    watch.page(1)
    dpi = frames[0].info.get("dpi", (OCR_DPI, OCR_DPI))[0] or OCR_DPI
    scale = 72 / float(dpi)
    with tables_read() as tables, marks_unread() as boxes, grids_read() as grids:
        words, hand = ocr_page(path, frames[0], scale)
    page = Page(1, frames[0].width * scale, frames[0].height * scale, words, ocr=True,
                hand=hand, tables=tables, boxes=boxes, grids=grids)
    return pdf_text(own_words([page]))


def flattened(path: Path) -> tuple[bytes, list[Stamp]]:
    """The PDF with its form fields and annotations drawn into the pages: a letter signed in an
    e-office system carries its number and day in a signature field's appearance. Its pages
    are counted against the import's limit as it opens, before any is read (a file claiming
    200,000 pages would take seconds). pdfium is called by one thread at a time (the desk
    imports in worker threads). With it, the boxes of the annotations drawn in."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    with PDFIUM:
        try:
            document = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as e:
            if getattr(e, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
                raise InputFileError(path, _(
                    "is password-protected (encrypted); ask the sender for an unprotected copy "
                    "or remove the password first")) from e
            raise damaged_pdf(path) from e
        try:
            _bounded(_PAGES.get(), len(document), path)
            document.init_forms()
            if document.formenv is None:
                return path.read_bytes(), []  # no form: nothing to draw in
            stamps = page_stamps(document)
            for index in range(len(document)):
                document[index].flatten(flag=pdfium_c.FLAT_NORMALDISPLAY)
            out = io.BytesIO()
            document.save(out)
            return out.getvalue(), stamps
        finally:
            document.close()


def _drawn(side: float) -> int:
    """The pixels of a page's side drawn for OCR (a page of 842 points, 3,509)."""
    return math.ceil(float(side) * OCR_DPI / 72)


def _ocr_pdf_page(path: Path, data: bytes, index: int, width: float, height: float) -> Page:
    import pypdfium2 as pdfium

    with PDFIUM:  # one thread at a time in pdfium
        document = pdfium.PdfDocument(data)
        try:
            image = document[index].render(scale=OCR_DPI / 72).to_pil()
        finally:
            document.close()
    with tables_read() as tables, marks_unread() as boxes, grids_read() as grids:
        words, hand = ocr_page(path, image, 72 / OCR_DPI, index == 0)
    return Page(index + 1, width, height, words, ocr=True, hand=hand, tables=tables,
                boxes=boxes, grids=grids)
