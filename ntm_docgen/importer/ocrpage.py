"""Read a page's image by OCR (Tesseract's Vietnamese model): checked installed once a process,
the page read whole then its two-column blocks column by column, each run's words given a
second look, set right by the word list and mended, and sized by their line."""

from __future__ import annotations

import shutil
from pathlib import Path
from statistics import median
from typing import Any

from ntm_docgen.errors import InputFileError
from ntm_docgen.files.limits import OCR_MEMORY, OCR_SECONDS
from ntm_docgen.i18n import _
from ntm_docgen.importer import watch
from ntm_docgen.importer.handwritten import pen_kept, read_blanks
from ntm_docgen.importer.luulook import look_again
from ntm_docgen.importer.luupen import pens_noted
from ntm_docgen.importer.luuzone import zone_look
from ntm_docgen.importer.markbox import boxed_marks
from ntm_docgen.importer.ocrblank import (
    note_blanks,
    noting_blanks,
    read_again,
    untell_table,
)
from ntm_docgen.importer.ocrfix import mend_ocr
from ntm_docgen.importer.ocrsigner import mend_names
from ntm_docgen.importer.ocrsigns import kept_sign, told_dashes
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.importer.relook import relook
from ntm_docgen.importer.relookown import kept_as_read
from ntm_docgen.importer.scan import (
    column_boxes,
    ink_only,
    inside,
    one_word_a_line,
    side_by_side,
    slope,
    straightened,
)
from ntm_docgen.importer.scangrid import note_grids
from ntm_docgen.importer.secondread import Read
from ntm_docgen.importer.signerlook import name_look, signer_look
from ntm_docgen.importer.smallnote import read_notes
from ntm_docgen.importer.syllablelook import syllable_look
from ntm_docgen.importer.unsure import gather
from ntm_docgen.importer.uprightread import glanced
from ntm_docgen.importer.wordfix import settled
from ntm_docgen.vietnamese.text import nfc

OCR_LANG = "vie"
#: Signs OCR reads that stand alone in a letter: a bullet, a dash, the dots of a blank; and
#: those kept when Tesseract is sure of them (``ocrsigns.kept_sign``: an ampersand).
_MARKS = frozenset({"-", "–", "+", "•", "*", ".", "..", "...", "…", "./.", ":", ";"})


class OcrMissingError(InputFileError):
    """Raised when a scanned page needs OCR and Tesseract or its Vietnamese model is missing."""


class OcrFailedError(InputFileError):
    """Raised when Tesseract stops with an error while a scanned page is read (killed, its
    model damaged, out of memory)."""


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
    """The words Tesseract reads on ``image``, in points (``scale``: points per pixel), as
    ``ocr_page`` reads them."""
    return ocr_page(path, image, scale, first_page)[0]


def ocr_page(path: Path, image: Any, scale: float, first_page: bool = True
             ) -> tuple[list[Word], list[tuple[str, str]]]:
    """The words Tesseract reads on ``image``, in points (``scale``: points per pixel), and
    the fields read from a pen's hand in the first page's blanks (``("so", "09")``:
    ``importer/handwritten.py``).

    The page is read in grey with its coloured ink (stamps, signatures) set aside and its
    slope straightened; each block of two columns (the header, the Nơi nhận beside the
    signature) is then read again column by column, each column as one block of text, so the
    lines of one column never run into the other's."""
    import pytesseract

    check_ocr(path)
    try:
        with pens_noted() as pens:  # a Lưu line's units read without the pen's count after them
            words, hand = _ocr_words(image, scale, first_page)
        return words, [*hand, *(("luu", units) for units in pens)]
    except pytesseract.TesseractError as e:
        watch.tick()  # a run stopped because its reading was cancelled: that, not a failure
        detail = " ".join(str(e.message or "").split())
        if watch.out_of_memory(e.status, detail):
            raise OCR_MEMORY.exceeded(path) from e
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


def _ocr_words(image: Any, scale: float, first_page: bool
               ) -> tuple[list[Word], list[tuple[str, str]]]:
    grey = ink_only(image)
    angle = slope(grey)
    page = straightened(grey, angle)
    with noting_blanks() as blanks:
        words = _tesseract(page, "--psm 3", scale, judged=True)
    reread = read_again(page, blanks, scale, lambda image, at, first: _tesseract(
        image, "--psm 6", scale, at, first), 1 + max((w.line for w in words), default=0))
    for box, again in reread:
        words = [w for w in words if not inside(w, box)] + again
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

    def alone(image: Any, at: tuple[float, float], first: int) -> list[Word]:
        """A crop of the page read alone, as one block of text."""
        return _tesseract(image, "--psm 6", scale, at, first)

    words = name_look(page, signer_look(page, mend_ocr(words), scale, alone), scale, alone)
    grids = note_grids(page, scale, words, lambda image, at: mend_ocr(_tesseract(
        image, "--psm 6", scale, at, 1 + max((w.line for w in words), default=0))))
    for box, again in reread:  # a block read as running text that its rules read as a table
        if any(g.holds(Word("", box[0], box[2], box[1], box[3], 0)) for g in grids):
            untell_table(again[0].text)
    if not first_page:
        return words, []
    words = boxed_marks(page, scale, words, _mark_text)
    pen = straightened(pen_kept(image), angle)
    return read_blanks(pen, words, scale, page.height * scale)


def _mark_text(image: Any) -> str:
    """Tesseract's text of the inside of a mark's frame, read as one line."""
    import pytesseract

    watch.tick()
    return str(pytesseract.image_to_string(image, lang=OCR_LANG, config="--psm 7",
                                           timeout=OCR_SECONDS.value()))


def _tesseract(image: Any, config: str, scale: float, origin: tuple[float, float] = (0, 0),
               first: int = 0, judged: bool = False) -> list[Word]:
    """Tesseract's words on ``image`` placed at ``origin`` (points), their lines numbered
    from ``first``; the blocks it read no word in noted (``ocrblank``). ``judged``: the page's
    first pass, its words as Tesseract gives them told to ``uprightread.glanced``, which stops
    the reading of a page that reads poorly before their second looks."""
    import pytesseract

    watch.tick()
    watch.tell_runs()
    data = pytesseract.image_to_data(image, lang=OCR_LANG, config=config,
                                     output_type=pytesseract.Output.DICT,
                                     timeout=OCR_SECONDS.value())
    if judged:
        glanced(data)
    note_blanks(data, scale, origin, image.width * scale)
    _second_look(image, data)
    _syllable_look(image, data)
    _word_list(data)
    told_dashes(data, image)
    read_notes(image, data, OCR_LANG)
    look_again(image, data)
    zone_look(image, data)
    gather(data)
    words = []
    for i, text in enumerate(data["text"]):
        text = nfc(text or "").strip()
        if not text or float(data["conf"][i]) < 0:
            continue
        if not any(c.isalnum() for c in text) and text not in _MARKS \
                and not kept_sign(text, float(data["conf"][i])):
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
    (``importer/relook.py``), in place; not where the page reads the word as first read beside
    the same word elsewhere (``importer/relookown.py``)."""
    kept, reads = _reads(data)
    for n, text in kept_as_read(reads, relook(image, reads, OCR_LANG)).items():
        data["text"][kept[n]] = text


def _syllable_look(image: Any, data: dict[str, Any]) -> None:
    """Tesseract's words with those that are no syllable read again alone, where two looks
    agree on syllables (``importer/syllablelook.py``), in place; noted as ``read_alone``,
    which the word list leaves as read."""
    kept, reads = _reads(data)
    data["read_alone"] = set()
    for n, (text, conf) in syllable_look(image, reads, OCR_LANG).items():
        data["text"][kept[n]], data["conf"][kept[n]] = text, conf
        data["read_alone"].add(kept[n])


def _word_list(data: dict[str, Any]) -> None:
    """Tesseract's words with the syllables it was unsure of that underthesea's word list
    sets right (``importer/wordfix.py``), in place."""
    kept, reads = _reads(data)
    for n, text in settled(reads).items():
        if kept[n] not in data.get("read_alone", ()):
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
