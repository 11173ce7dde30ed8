"""The words of a PDF's pages with their places: from the text layer (pdfplumber), or read by
OCR (Tesseract's Vietnamese model) from a page that is only a scanned image, or from a photo."""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from ntm_docgen.errors import InputFileError, LimitError
from ntm_docgen.files.limits import IMPORT_PAGES, OCR_PAGES, PDF_PIXELS, TRICH_PAGES, Limit
from ntm_docgen.files.pages import PDFIUM
from ntm_docgen.files.pdffields import Stamp, drawn_document
from ntm_docgen.files.pdfinput import cut_off, damaged_pdf, no_pages
from ntm_docgen.i18n import N_, _, number, said
from ntm_docgen.importer import watch
from ntm_docgen.importer.footrule import foot_rules
from ntm_docgen.importer.ocrpage import check_ocr, ocr_page
from ntm_docgen.importer.ownwords import own_words
from ntm_docgen.importer.pageorder import pdf_text
from ntm_docgen.importer.pdfbound import bound_pages, over_limit
from ntm_docgen.importer.pdfemphasis import pdf_emphasis
from ntm_docgen.importer.pdfgrid import Grid, page_grids
from ntm_docgen.importer.pdflayer import covered, layer_words, outlined, unreadable_layer
from ntm_docgen.importer.pdflayout import Page, PdfText, Word
from ntm_docgen.importer.pdfstamps import drawn_over, signers, unmapped
from ntm_docgen.importer.pdfturn import opened_upright, turned
from ntm_docgen.importer.scanbounds import OCR_DPI, OCR_SIDE, drawable, readable_print
from ntm_docgen.importer.uprightread import ocr_reader, read_upright

#: pdfminer warns in English of what it works round as it reads (``Could not get FontBBox from
#: font descriptor``), which Python prints on stderr when nothing handles it: the clerk reads
#: the tool's messages only; a program that sets up logging still receives the records.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

#: A page whose text layer has fewer letters than this (a scan, perhaps stamped) is OCR'd.
MIN_LETTERS = 200
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


def read_pdf_text(path: Path) -> PdfText:
    """The letter's lines read from a PDF: its text layer, or OCR for the scanned pages."""
    import pdfplumber
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    bound_pages(path, _PAGES.get().value())  # 500,000 letters on a page: refused at a limit
    if cut_off(path):  # read as far as it goes, it may show no word: told as no letter
        raise damaged_pdf(path)
    plan: list[tuple[int, float, float, list[Word] | None]] = []  # words None: read by OCR
    grids: dict[int, list[Grid]] = {}  # a text layer's ruled tables, by page
    apart: list[tuple[str, int, str]] = []  # stamps and unreadable words left out
    sizes: dict[int, list[Any]] = {}  # a scanned page's images' pixels, by page
    try:
        data, stamps = flattened(path)
        with opened_upright(data) as (pdf, data, turns), contextlib.ExitStack() as own:
            _bounded(_PAGES.get(), len(pdf.pages), path)  # a page turned is read turned back
            original = own.enter_context(pdfplumber.open(io.BytesIO(turned(
                path.read_bytes(), turns)) if turns else path)) if stamps else None
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
                sizes[number] = [i.get("srcsize") for i in page.images] if read is None else []
                if read is not None:
                    grids[number] = page_grids(page, read)
            scans = sum(1 for *_, read in plan if read is None)
            _bounded(OCR_PAGES, scans, path)  # before any is read
            for number, width, height, read in plan:
                if read is None:  # the image OCR reads of it, before any is drawn
                    drawable(path, number, width, height, sizes[number])
    except (PdfminerException, MalformedPDFException, PSException, ValueError, KeyError,
            TypeError) as e:  # pdfminer's own failures on a damaged file, and only those:
        raise over_limit(e, path) or damaged_pdf(path) from e  # (a page past its objects'
        # limit is told as that; an error of the reading below is not the file's)
    if scans:
        check_ocr(path)
        watch.planned(scans, path)
    pages: list[Page] = []
    for number, width, height, read in plan:
        if read is None:
            watch.page(sum(1 for page in pages if page.ocr) + 1)
            pages.append(_ocr_pdf_page(path, data, number - 1, width, height))
        else:
            pages.append(Page(number, width, height, read, grids=grids.get(number, [])))
    text = pdf_text(own_words(pages))
    text.emphasis = pdf_emphasis(pages)  # a text layer's bold and italic, for the body's markup
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


def _refuse_long_side(path: Path | str, width: int, height: int) -> None:
    """Refuse a picture with a side Tesseract does not read, before OCR is run on it (a strip
    of 1 × 100,000 pixels: its error was told as a broken Tesseract)."""
    if max(width, height) > OCR_SIDE:
        raise InputFileError(path, _(
            "the picture is {width} × {height} pixels, a side longer than the {side} pixels "
            "OCR reads (a page scanned at 300 dpi is some 2,480 × 3,508): scan or photograph "
            "the letter again page by page").format(width=number(width), height=number(height),
                                                    side=number(OCR_SIDE)))


def read_image_text(path: Path) -> PdfText:
    """The letter's lines read by OCR from a photo or scan saved as an image; a TIFF of many
    pages (a scanner's file of a whole letter) read page by page, its pages counted and each
    one's pixels checked before any is read."""
    from PIL import Image

    with _picture_errors(path):
        image = Image.open(path)
    with image:
        with _picture_errors(path):
            count = getattr(image, "n_frames", 1)
            _bounded(OCR_PAGES, count, path)
            for index in range(count):
                image.seek(index)
                where = path if count == 1 else _("{path} (page {number})").format(
                    path=path, number=index + 1)
                PDF_PIXELS.check(image.width * image.height, where)
                _refuse_long_side(where, image.width, image.height)
        check_ocr(path)
        watch.planned(count, path)
        pages = []
        for index in range(count):
            with _picture_errors(path):
                image.seek(index)
                frame = _bare(image)
            watch.page(index + 1)
            pages.append(_ocr_image_page(path, frame, index))
    return pdf_text(own_words(pages))


@contextlib.contextmanager
def _picture_errors(path: Path) -> Iterator[None]:
    """What Pillow raises for a picture it cannot open or decode, told naming the file; its
    warnings left out (of a picture of many pixels, bounded by PDF_PIXELS; of a file damaged,
    which its error then tells)."""
    import warnings

    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():  # Pillow's words on a damaged file, in English
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            warnings.simplefilter("ignore", UserWarning)
            yield
    except Image.DecompressionBombError as e:  # far over Pillow's own bound, before its size
        raise PDF_PIXELS.exceeded(path) from e
    except (UnidentifiedImageError, OSError, EOFError, ValueError, SyntaxError,
            TypeError) as e:  # TypeError: a TIFF cut short ("Missing dimensions")
        raise InputFileError(path, _("is not an image that can be opened")) from e


def _bare(image: Any) -> Any:
    """A copy of the picture's page without what its file said of how it was stored (a
    fax-compressed TIFF's ``group4``, which the copies made for Tesseract would be saved with
    and could not be: Pillow's "encoder error -2"), its resolution kept, stood as its file
    says it is seen (a phone's photo saved on its side with an EXIF orientation)."""
    from PIL import ImageOps

    image.load()
    frame = ImageOps.exif_transpose(image)
    frame.info = {"dpi": image.info["dpi"]} if "dpi" in image.info else {}
    return frame


#: The resolutions a picture's file may say it has (dots per inch): a scan of 50 dpi would be
#: unreadable, one over 4,800 no scanner makes; past them the file is not believed, and the
#: picture is taken as scanned at OCR_DPI (one saying 1 dpi made a page of 42 m, on whose
#: points the reading of its blocks ran for minutes).
SAID_DPI = (50, 4_800)


def _said_dpi(said: Any) -> float:
    """The resolution a picture's file says (``info["dpi"]``) when it is believable, else
    OCR_DPI.

    >>> _said_dpi((200, 200)), _said_dpi((1, 1)), _said_dpi(None), _said_dpi((float("nan"), 1))
    (200.0, 300.0, 300.0, 300.0)
    """
    try:
        dpi = float(said[0])
    except (TypeError, ValueError, IndexError):
        return float(OCR_DPI)
    return dpi if SAID_DPI[0] <= dpi <= SAID_DPI[1] else float(OCR_DPI)


def _ocr_image_page(path: Path, image: Any, index: int) -> Page:
    dpi = _said_dpi(image.info.get("dpi"))
    readable_print(_("{path} (page {number})").format(path=path, number=index + 1), image, dpi)
    scale = 72 / dpi  # a photo taken turned: its lines stood up for OCR when it reads poorly
    image, _turn, (words, hand, tables, boxes, grids) = read_upright(
        image, ocr_reader(path, scale, index == 0, ocr_page), lambda read: read[0])
    return Page(index + 1, image.width * scale, image.height * scale, words, ocr=True,
                hand=hand, tables=tables, boxes=boxes, grids=grids,
                rules=foot_rules(image, words, scale))


def flattened(path: Path) -> tuple[bytes, list[Stamp]]:
    """The PDF with its form fields and annotations drawn into the pages (``pdffields``), and
    their boxes: a letter signed in an e-office system carries its number and day in a
    signature field's appearance. Its pages are counted against the import's limit as it
    opens, before any is read (a file claiming 200,000 pages would take seconds)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        return drawn_document(path, lambda count: _bounded(_PAGES.get(), count, path))
    except pdfium.PdfiumError as e:
        # pdfium's last error is a global its failed load of a file with no page leaves as an
        # earlier file set it: a locked file read before made an empty one "password-protected"
        if getattr(e, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD and not no_pages(path):
            raise InputFileError(path, _(
                "is password-protected (encrypted); ask the sender for an unprotected copy "
                "or remove the password first")) from e
        raise damaged_pdf(path) from e


def _ocr_pdf_page(path: Path, data: bytes, index: int, width: float, height: float) -> Page:
    import pypdfium2 as pdfium

    with PDFIUM:  # one thread at a time in pdfium
        document = pdfium.PdfDocument(data)
        try:
            image = document[index].render(scale=OCR_DPI / 72).to_pil()
        finally:
            document.close()
    readable_print(_("{path} (page {number})").format(path=path, number=index + 1), image,
                   OCR_DPI)  # print too small to read refused before Tesseract's time is spent
    image, turn, (words, hand, tables, boxes, grids) = read_upright(  # a page scanned turned
        image, ocr_reader(path, 72 / OCR_DPI, index == 0, ocr_page), lambda read: read[0])
    width, height = (height, width) if turn in (90, 270) else (width, height)
    return Page(index + 1, width, height, words, ocr=True, hand=hand, tables=tables,
                boxes=boxes, grids=grids, rules=foot_rules(image, words, 72 / OCR_DPI))
