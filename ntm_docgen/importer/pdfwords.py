"""The words of a PDF's pages with their places: from the text layer (pdfplumber), or read by
OCR (Tesseract's Vietnamese model) from a page that is only a scanned image, or from a photo."""

from __future__ import annotations

import io
import logging
import math
import shutil
from pathlib import Path
from statistics import median
from typing import Any

from ntm_docgen.errors import InputFileError, LimitError
from ntm_docgen.files.limits import IMPORT_PAGES, OCR_PAGES, OCR_SECONDS, PDF_PIXELS, Limit
from ntm_docgen.files.pages import PDFIUM
from ntm_docgen.files.pdfinput import damaged_pdf
from ntm_docgen.i18n import _, number
from ntm_docgen.importer import watch
from ntm_docgen.importer.ocrfix import mend_ocr
from ntm_docgen.importer.ocrsigner import mend_names
from ntm_docgen.importer.pdflayout import Page, PdfText, Word, pdf_text
from ntm_docgen.importer.pdfmarks import marks_on_letters
from ntm_docgen.importer.relook import Read, relook
from ntm_docgen.importer.scan import (
    column_boxes,
    ink_only,
    inside,
    one_word_a_line,
    side_by_side,
    straightened,
)
from ntm_docgen.importer.smallnote import read_notes
from ntm_docgen.importer.wordfix import settled
from ntm_docgen.vietnamese.text import nfc, strip_diacritics

#: pdfminer warns in English of what it works round as it reads (``Could not get FontBBox from
#: font descriptor``), which Python prints on stderr when nothing handles it: the clerk reads
#: the tool's messages only; a program that sets up logging still receives the records.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

#: Resolution of a page rendered for OCR: the decree's 200 dpi for scans, a little more.
OCR_DPI = 300
#: A page whose text layer has fewer letters than this (a scan, perhaps stamped) is OCR'd.
MIN_LETTERS = 200
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
OCR_LANG = "vie"
#: Signs OCR reads that stand alone in a letter: a bullet, a dash, the dots of a blank.
_MARKS = frozenset({"-", "–", "+", "•", "*", ".", "..", "...", "…", "./.", ":", ";"})


class OcrMissingError(InputFileError):
    """Raised when a scanned page needs OCR and Tesseract or its Vietnamese model is missing."""


class OcrFailedError(InputFileError):
    """Raised when Tesseract stops with an error while a scanned page is read (killed, its
    model damaged, out of memory)."""


def read_pdf_text(path: Path) -> PdfText:
    """The letter's lines read from a PDF: its text layer, or OCR for the scanned pages."""
    import pdfplumber
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    pages: list[Page] = []
    try:
        data = flattened(path)
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            _bounded(IMPORT_PAGES, len(pdf.pages), path)
            layers = []
            for page in pdf.pages:
                words = _layer_words(page)
                scanned = sum(c.isalpha() for w in words for c in w.text) < MIN_LETTERS \
                    and _covered(page)
                layers.append((page, words, scanned or unreadable_layer(words)))
            scans = sum(1 for *_, ocr in layers if ocr)
            _bounded(OCR_PAGES, scans, path)  # before any is read
            for number, (page, _words, ocr) in enumerate(layers, start=1):
                if ocr:  # the image OCR reads of it, before any is drawn
                    PDF_PIXELS.check(_drawn(page.width) * _drawn(page.height), _(
                        "{path} (page {number})").format(path=path, number=number))
            if scans:
                check_ocr(path)
                watch.planned(scans)
            read = 0
            for number, (page, words, ocr) in enumerate(layers, start=1):
                if ocr:
                    read += 1
                    watch.page(read)
                    pages.append(_ocr_pdf_page(path, data, number - 1, float(page.width),
                                               float(page.height)))
                else:
                    pages.append(Page(number, float(page.width), float(page.height), words))
    except (PdfminerException, MalformedPDFException, PSException, ValueError, KeyError,
            TypeError) as e:
        raise damaged_pdf(path) from e
    return pdf_text(pages)


class PagesLimitError(LimitError):
    """Raised when a PDF to read has more pages, or more scanned pages, than a limit allows,
    counted before any is read; the message says how to import the letter's own pages."""

    def __init__(self, path: Path, limit: Limit, count: int) -> None:
        self.limit, self.env, self.found = limit.value(), limit.env, count
        InputFileError.__init__(self, path, _(
            "{what} is {found}, over the limit of {limit}: the letter itself is usually on its "
            "first pages; print those to a PDF of their own and import that, or raise the "
            "limit with the environment variable {env}").format(
                what=_(limit.what), found=number(count), limit=number(limit.value()),
                env=limit.env))


def _bounded(limit: Limit, count: int, path: Path) -> None:
    if count > limit.value():
        raise PagesLimitError(path, limit, count)


def read_image_text(path: Path) -> PdfText:
    """The letter's lines read by OCR from a photo or scan saved as an image."""
    import warnings

    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():  # the pixels are bounded by PDF_PIXELS, not Pillow
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                PDF_PIXELS.check(image.width * image.height, path)
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
    page = Page(1, frames[0].width * scale, frames[0].height * scale,
                ocr_words(path, frames[0], scale), ocr=True)
    return pdf_text([page])


def _covered(page: Any) -> bool:
    """An image covers half the page or more: a scan (a stamp or a logo does not)."""
    area = float(page.width) * float(page.height)
    return any((float(i["x1"]) - float(i["x0"])) * (float(i["bottom"]) - float(i["top"]))
               >= 0.5 * area for i in page.images)


#: Signs Unicode counts as letters that a readable Vietnamese layer holds (degrees of a
#: coordinate table: ``104º45’``, ``3º``; micro).
_SIGNS = frozenset("ºªµ")


def unreadable_layer(words: list[Word]) -> bool:
    """A text layer that cannot be Vietnamese: a font with no Unicode map gives letters of
    other scripts (``6Ӣ CÔNG 7+ѬѪ1*`` for ``SỞ CÔNG THƯƠNG``), a poor OCR layer gives words
    with no diacritics at all (``BO CONG THIJoNG``). Such a page is read again by OCR.

    >>> w = lambda *t: [Word(x, 0, 1, 0, 1, 12) for x in t]
    >>> unreadable_layer(w("6Ӣ", "CÔNG", "7+ѬѪ1*", "Lào", "Cai")), unreadable_layer(w("Sở", "Công"))
    (True, False)
    >>> unreadable_layer(w(*["BO", "CONG", "THIJoNG", "LAO", "CAI"] * 10))
    True
    >>> unreadable_layer(w("Hệ", "tọa", "độ", "trục", "104º45’,", "múi", "chiếu", "3º"))
    False
    """
    texts = [w.text for w in words if any(c.isalpha() for c in w.text)]
    if not texts:
        return False
    foreign = sum(1 for t in texts if "(cid:" in t or any(
        c.isalpha() and c not in _SIGNS and not strip_diacritics(c).isascii() for c in t))
    plain = [t for t in (x.strip(".,;:()") for x in texts) if len(t) >= 2 and t.isalpha()]
    marked = sum(1 for t in plain if strip_diacritics(t) != t)
    return foreign >= 0.1 * len(texts) or (len(plain) >= 40 and marked < 0.08 * len(plain))


#: Letters a PDF export writes with look-alike code points (Word's ``Ƣ`` for ``Ư``).
_LOOK_ALIKE = str.maketrans({"\u01a2": "Ư", "\u01a3": "ư"})


def _layer_words(page: Any) -> list[Word]:
    """The words of a page's text layer; a word's size and weight are its letters' (a change
    of font inside a word, ``CN(Khôi)`` with its note in small type, does not cut it)."""
    hidden = _covered_blanks(page.chars) | marks_on_letters(page.chars)
    inked = page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) not in hidden)
    words = inked.extract_words(keep_blank_chars=False, use_text_flow=False, return_chars=True,
                                x_tolerance=1.5)
    out = []
    for w in words:
        chars = w.get("chars") or []
        calls = _footnote_calls(chars)
        if calls:  # "chính1)": the footnote's call, small and raised, glued to its word
            chars = [c for n, c in enumerate(chars) if n not in calls]
            w = {**w, "text": "".join(c["text"] for c in chars),
                 "x1": max(float(c["x1"]) for c in chars)}
        text = nfc(w["text"].translate(_LOOK_ALIKE)).strip()
        if text and chars:
            sizes = sorted(float(c.get("size", 0)) for c in chars)
            fonts = [str(c.get("fontname", "")).lower() for c in chars if c["text"].strip()]
            out.append(Word(text, float(w["x0"]), float(w["x1"]), float(w["top"]),
                            float(w["bottom"]), sizes[len(sizes) // 2],
                            bold=bool(fonts) and all("bold" in f or "black" in f
                                                     for f in fonts)))
    return out


def _footnote_calls(chars: list[dict[str, Any]]) -> set[int]:
    """The places, in a word's letters, of a footnote's call printed against it (``chính¹)``):
    digits in a type under three quarters of the word's, raised above its baseline.

    >>> def c(t, size, bottom): return {"text": t, "size": size, "bottom": bottom}
    >>> _footnote_calls([c("h", 14, 563.6), c("1", 9, 557.5), c(")", 14, 563.6)])
    {1}
    >>> _footnote_calls([c("2", 14, 563.6), c("0", 14, 563.6)]), _footnote_calls([c("1", 9, 9)])
    (set(), set())
    >>> _footnote_calls([c("k", 14, 563.6), c("m", 14, 563.6), c("2", 9, 557.5)])  # km², kept
    set()
    """
    body = [c for c in chars if float(c.get("size", 0)) > 0]
    if len(body) < 2:
        return set()
    size = median(float(c["size"]) for c in body)
    base = median(float(c["bottom"]) for c in body)
    calls = {n for n, c in enumerate(chars)
             if c["text"].isdigit() and float(c.get("size", 0)) < 0.75 * size
             and float(c["bottom"]) < base - 0.25 * size
             and not (c["text"] in "23" and n and chars[n - 1]["text"] in "mM")}  # m², km³
    return calls if len(calls) < len(chars) - 1 else set()


def _covered_blanks(chars: list[dict[str, Any]]) -> set[int]:
    """Blank characters with ink over them: a number stamped over the blanks after ``Số:``
    would otherwise be cut into one word per digit by the blanks under it."""
    inked: dict[int, list[tuple[float, float]]] = {}
    for c in chars:
        if c["text"].strip():
            inked.setdefault(int(c["top"] // 4), []).append((c["x0"], c["x1"]))
    out = set()
    for c in chars:
        if c["text"].strip():
            continue
        row = int(c["top"] // 4)
        near = [span for r in (row - 1, row, row + 1) for span in inked.get(r, ())]
        if any(x0 < c["x1"] - 0.5 and c["x0"] + 0.5 < x1 for x0, x1 in near):
            out.add(id(c))
    return out


def flattened(path: Path) -> bytes:
    """The PDF with its form fields and annotations drawn into the pages: a letter signed in an
    e-office system carries its number and day in a signature field's appearance. Its pages
    are counted against the import's limit as it opens, before any is read (a file claiming
    200,000 pages would take seconds). pdfium is called by one thread at a time (the desk
    imports in worker threads)."""
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
            _bounded(IMPORT_PAGES, len(document), path)
            document.init_forms()
            if document.formenv is None:
                return path.read_bytes()  # no form: nothing to draw in
            for index in range(len(document)):
                document[index].flatten(flag=pdfium_c.FLAT_NORMALDISPLAY)
            out = io.BytesIO()
            document.save(out)
            return out.getvalue()
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
    words = ocr_words(path, image, 72 / OCR_DPI, index == 0)
    return Page(index + 1, width, height, words, ocr=True)


#: Holds True once Tesseract and its Vietnamese model were found: they are looked for once a
#: process (``tesseract --list-langs`` is a program run, ~30 ms), not for every scanned page;
#: until found they are looked for again, so one installed while the desk runs is seen.
_OCR_FOUND: list[bool] = []


def check_ocr(path: Path) -> None:
    """Tesseract with its Vietnamese model must be installed; else say how to get it."""
    if _OCR_FOUND:
        return
    try:
        import pytesseract
    except ImportError:
        pytesseract = None  # type: ignore[assignment]
    program = shutil.which("tesseract")
    if pytesseract is None or program is None:
        raise OcrMissingError(path, _("holds scanned pages with no text to read, and OCR is not "
                                      "installed: install Tesseract with its Vietnamese model "
                                      "(Debian/Ubuntu: apt-get install tesseract-ocr "
                                      "tesseract-ocr-vie) and pytesseract, or give the letter "
                                      "as .docx or .txt"))
    if OCR_LANG not in pytesseract.get_languages(config=""):
        raise OcrMissingError(path, _("holds scanned pages, and Tesseract has no Vietnamese "
                                      "model: install it (Debian/Ubuntu: apt-get install "
                                      "tesseract-ocr-vie)"))
    _OCR_FOUND.append(True)


def ocr_words(path: Path, image: Any, scale: float, first_page: bool = True) -> list[Word]:
    """The words Tesseract reads on ``image``, in points (``scale``: points per pixel).

    The page is read in grey with its coloured ink (stamps, signatures) set aside and its
    slope straightened; each block of two columns (the header, the Nơi nhận beside the
    signature) is then read again column by column, each column as one block of text, so the
    lines of one column never run into the other's."""
    import pytesseract

    check_ocr(path)
    try:
        return _ocr_words(image, scale, first_page)
    except pytesseract.TesseractError as e:
        watch.tick()  # a run stopped because its reading was cancelled: that, not a failure
        detail = " ".join(str(e.message or "").split())
        raise OcrFailedError(path, _(
            "OCR stopped with an error while reading the scanned pages (Tesseract: {detail}); "
            "try again, and if it fails again reinstall Tesseract with its Vietnamese model "
            "(Debian/Ubuntu: apt-get install --reinstall tesseract-ocr tesseract-ocr-vie), or "
            "give the letter as .docx or .txt").format(
                detail=detail or _("exit status {status}").format(status=e.status))) from e
    except pytesseract.TesseractNotFoundError as e:
        raise OcrMissingError(path, _("holds scanned pages, and Tesseract stopped being "
                                      "available while they were read: install it again "
                                      "(Debian/Ubuntu: apt-get install tesseract-ocr "
                                      "tesseract-ocr-vie), or give the letter as .docx or "
                                      ".txt")) from e
    except RuntimeError as e:
        if str(e) != "Tesseract process timeout":  # pytesseract stopped a run
            raise
        raise OCR_SECONDS.exceeded(path) from e


def _ocr_words(image: Any, scale: float, first_page: bool) -> list[Word]:
    page = straightened(ink_only(image))
    words = _tesseract(page, "--psm 3", scale)
    for box, boundary in column_boxes(words, page.width * scale, page.height * scale,
                                         first_page):
        columns = [(box[0], box[1], boundary, box[3]), (boundary, box[1], box[2], box[3])]
        read: list[list[Word]] = []
        for x0, top, x1, bottom in columns:
            crop = tuple(round(v / scale) for v in (x0, top, x1, bottom))
            first = 1 + max((w.line for w in [*words, *(x for r in read for x in r)]),
                            default=0)
            column = mend_ocr(_tesseract(page.crop(crop), "--psm 6", scale, (x0, top), first))
            if read:  # the right column: the signer's name under the stamp
                column = mend_names(column)
            read.append(one_word_a_line(column))
        words = [w for w in words if not inside(w, box)] + side_by_side(*read)
    return mend_ocr(words)


def _tesseract(image: Any, config: str, scale: float, origin: tuple[float, float] = (0, 0),
               first: int = 0) -> list[Word]:
    """Tesseract's words on ``image`` placed at ``origin`` (points), their lines numbered
    from ``first``."""
    import pytesseract

    watch.tick()
    watch.tell_runs()
    data = pytesseract.image_to_data(image, lang=OCR_LANG, config=config,
                                     output_type=pytesseract.Output.DICT,
                                     timeout=OCR_SECONDS.value())
    _second_look(image, data)
    _word_list(data)
    read_notes(image, data, OCR_LANG)
    words = []
    for i, text in enumerate(data["text"]):
        text = nfc(text or "").strip()
        if not text or float(data["conf"][i]) < 0:
            continue
        if not any(c.isalnum() for c in text) and text not in _MARKS:
            text = ""  # a sign of no word (``„``, ``\```): a speck, a stroke of a stamp
        left, top = origin[0] + data["left"][i] * scale, origin[1] + data["top"][i] * scale
        width, height = data["width"][i] * scale, data["height"][i] * scale
        words.append(Word(text, left, left + width, top, top + height, height))
    return [w for w in _sized_by_line(words, data, scale, first) if w.text]


def _reads(data: dict[str, Any]) -> tuple[list[int], list[Read]]:
    """Tesseract's words in ``data`` with their confidence, box and line, and where each
    stands in ``data``."""
    kept = [i for i, text in enumerate(data["text"])
            if nfc(text or "").strip() and float(data["conf"][i]) >= 0]
    tall: dict[tuple[int, int, int], int] = {}
    for i in kept:
        k = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        tall[k] = max(tall.get(k, 0), int(data["height"][i]))
    lines = {k: n for n, k in enumerate(tall)}
    reads = [Read(nfc(data["text"][i]).strip(), float(data["conf"][i]),
                  (data["left"][i], data["top"][i], data["left"][i] + data["width"][i],
                   data["top"][i] + data["height"][i]),
                  tall[(data["block_num"][i], data["par_num"][i], data["line_num"][i])],
                  lines[(data["block_num"][i], data["par_num"][i], data["line_num"][i])])
             for i in kept]
    return kept, reads


def _second_look(image: Any, data: dict[str, Any]) -> None:
    """Tesseract's words on ``image`` with the marks a second look at each mends
    (``importer/relook.py``), in place."""
    kept, reads = _reads(data)
    for n, text in relook(image, reads, OCR_LANG).items():
        data["text"][kept[n]] = text


def _word_list(data: dict[str, Any]) -> None:
    """Tesseract's words with the syllables it was unsure of that underthesea's word list
    sets right (``importer/wordfix.py``), in place."""
    kept, reads = _reads(data)
    for n, text in settled(reads).items():
        data["text"][kept[n]] = text


def _sized_by_line(words: list[Word], data: dict[str, Any], scale: float,
                   first: int = 0) -> list[Word]:
    """An OCR word's box is as tall as its letters (``a`` is short): give every word of a
    Tesseract line the line's height as its size, so gaps are measured alike."""
    heights: dict[tuple[int, int, int], float] = {}
    tall: dict[tuple[int, int, int], list[float]] = {}
    keys = []
    for i, text in enumerate(data["text"]):
        if not nfc(text or "").strip() or float(data["conf"][i]) < 0:
            continue
        k = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        tall.setdefault(k, []).append(data["height"][i] * scale)
        keys.append(k)
    for k, found in tall.items():  # a mark of a stamp read into the line is no letter
        heights[k] = max(h for h in found if h <= 2 * median(found))
    numbers = {k: first + n for n, k in enumerate(dict.fromkeys(keys))}
    return [Word(w.text, w.x0, w.x1, w.top, w.bottom, heights[k] * 0.8, line=numbers[k])
            for w, k in zip(words, keys, strict=True)]
