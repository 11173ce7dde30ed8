"""A second read of the number and the day a clerk writes by hand in a scan's blanks
(``Số:  /TB-UBND``, ``ngày  tháng 11 năm 2025``): the line cut from the page with the pen's
ink kept, the blank found between the printed words around it, read by Tesseract in several
ways and by PP-OCR (``penread``), and a value taken only when the ways agree and it is
plausible."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ntm_docgen.files.limits import OCR_SECONDS
from ntm_docgen.importer import penink, watch
from ntm_docgen.importer.cleaning import key
from ntm_docgen.importer.numberdate import read_ngay, read_so
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.importer.penread import digits, readable
from ntm_docgen.importer.pensigned import held, in_window, signed_note
from ntm_docgen.importer.pentrust import NGAY as _NGAY
from ntm_docgen.importer.pentrust import SO as _SO
from ntm_docgen.importer.pentrust import cited, day_held, edge_one, with_day, with_number
from ntm_docgen.importer.pentrust import rewritten as _rewritten
from ntm_docgen.importer.pentrust import slash_at as _slash
from ntm_docgen.vietnamese.text import nfc

#: The ways a blank is read, in this order: digits only with the Vietnamese and the English
#: model, as one line and as one word, and the Vietnamese model free (``_read``).
_DIGITS = "-c tessedit_char_whitelist=0123456789"
CONFIGS = (("vie", f"--psm 7 {_DIGITS}"), ("eng", f"--psm 7 {_DIGITS}"),
           ("vie", f"--psm 8 {_DIGITS}"), ("eng", f"--psm 8 {_DIGITS}"), ("vie", "--psm 7"))
#: The Số line and the date line stand in the page's top part.
_TOP = 0.35
_PAD = 12  # the margin a line is cut with (pixels at 300 dpi)
#: The printed words after the blanks, in the key of Tesseract's letters read one by one.
_THANG, _NAM = re.compile("thang"), re.compile("nam")


def pen_kept(image: Any) -> Any:
    """The page with a pen's ink kept (the page's reading whitens every coloured ink): in
    colour when it has colour, the pen's blue or violet told from the black print by it
    (``penink``), else in grey."""
    return image.convert("RGB") if image.mode in ("RGB", "RGBA", "P") else image.convert("L")


def _grey(pen: Any) -> Any:
    """The page in grey with a pen's ink kept dark: the red channel, in which blue and black
    ink are dark and a red seal bright."""
    return pen.split()[0] if pen.mode == "RGB" else pen.convert("L")


def _line_texts(words: list[Word]) -> dict[int, str]:
    lines: dict[int, list[Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    return {n: " ".join(w.text for w in sorted(found, key=lambda w: w.x0))
            for n, found in lines.items()}


def read_blanks(pen: Any, words: list[Word], scale: float, height: float
                ) -> tuple[list[Word], list[tuple[str, str]]]:
    """The first page's words with the number and the day read from the hand that wrote
    them where the page's reading found none, and what was so read (``("so", "09")``,
    ``("ngay", "20/01/2025")``); ``pen``: the page as ``pen_kept`` gives it, as level as the
    page read; ``height``: the page's height in the words' units (points)."""
    found: list[tuple[str, str]] = []
    signed = signed_note([text for line, text in sorted(_line_texts(words).items())
                          if min(w.top for w in words if w.line == line) <= _TOP * height])
    dates = tuple(cited(text for _line, text in sorted(_line_texts(words).items())))
    for field in ("so", "ngay"):
        for line, text in sorted(_line_texts(words).items()):
            mine = sorted((w for w in words if w.line == line), key=lambda w: w.x0)
            if min(w.top for w in mine) > _TOP * height:
                continue
            span = _so_span(text) if field == "so" else _ngay_span(text)
            if span is None:
                continue
            part = _words_in(mine, span[0], span[1])
            joined = " ".join(w.text for w in part)
            if field == "so":
                value = _number(pen, part, scale)
                if value is not None:
                    text = with_number(joined, value)
                    if len(part) > 1 and part[-1].text.startswith("/"):  # the ký hiệu's own
                        part, text = part[:-1], text[:text.rindex(" /")]  # word stays put
                    words = _rewritten(words, part, text)
                    found.append(("so", value))
            else:
                day = _day(pen, part, scale, span[2], _printed_month(text), signed, dates)
                if day is not None:
                    words = _rewritten(words, part, with_day(joined, day))
                    found.append(("ngay", f"{day.day:02d}/{day.month:02d}/{day.year}"))
            break
    return words, found


def _so_span(text: str) -> tuple[int, int, int] | None:
    """Where a Số line whose number was not read runs in ``text``, from ``Số`` to the slash."""
    k = key(text)
    for start in (m.start() for m in re.finditer(r"s[o6]", k)):
        so = read_so(text[start:])
        slash = _slash(k, start)
        if so is not None and so[0] is None and so[1] and slash > 0:
            return start, slash + 1, 0
    return None


def _ngay_span(text: str) -> tuple[int, int, int] | None:
    """Where a date line with no full date runs in ``text``, ``ngày`` to ``năm``; its year."""
    when = read_ngay(text)
    if when is None or when[1] is not None or when[2] is None:
        return None
    words = _date_words(key(text))
    return None if words is None else (words[0].start(), words[2].end(), when[2])


def _date_words(k: str) -> tuple[re.Match[str], re.Match[str], re.Match[str]] | None:
    """``ngày``, ``tháng``, ``năm`` in that order in the unmarked letters ``k``, or None."""
    ngay = _NGAY.search(k)
    thang = _THANG.search(k, ngay.end()) if ngay else None
    nam = _NAM.search(k, thang.end()) if thang else None
    return (ngay, thang, nam) if ngay and thang and nam else None


def _printed_month(text: str) -> str | None:
    """The month printed in a date line (``tháng 11``), if it was read.

    >>> _printed_month("Lâm Đông, ngày - tháng 11 năm 2025"), _printed_month("ngày tháng năm 2025")
    ('11', None)
    """
    found = re.search(r"thang\s*(\d{1,2})\s*nam", key(text))
    return found[1] if found and 1 <= int(found[1]) <= 12 else None


def _words_in(mine: list[Word], start: int, end: int) -> list[Word]:
    """The words of a line (its text their texts joined by spaces) that the span touches."""
    starts = [sum(len(w.text) + 1 for w in mine[:n]) for n in range(len(mine))]
    return [w for w, at in zip(mine, starts, strict=True) if at < end and at + len(w.text) > start]


def _line_chars(pen: Any, mine: list[Word], scale: float
                ) -> tuple[Any, dict[str, list[Any]], Any | None]:
    """The line cut from the pen's page in grey, Tesseract's letters on it one by one with
    boxes, and the pen's ink on it told by its colour (``penink.layer``; None in grey)."""
    import pytesseract

    box = (round(min(w.x0 for w in mine) / scale) - _PAD,
           round(min(w.top for w in mine) / scale) - _PAD,
           round(max(w.x1 for w in mine) / scale) + _PAD,
           round(max(w.bottom for w in mine) / scale) + _PAD)
    box = (max(0, box[0]), max(0, box[1]), min(pen.width, box[2]), min(pen.height, box[3]))
    crop = _grey(pen.crop(box))
    watch.tick()
    chars = pytesseract.image_to_boxes(crop, lang="vie", config="--psm 7",
                                       output_type=pytesseract.Output.DICT,
                                       timeout=OCR_SECONDS.value())
    return crop, {k: chars.get(k, []) for k in ("char", "left", "right")}, penink.layer(
        pen.crop(box))  # no letters read: no keys


def _cuts(crop: Any, ink: Any | None, chars: dict[str, list[Any]], before: int, after: int
          ) -> list[tuple[Any, tuple[int, int]]]:
    """The blank between the letters ``before`` and ``after``, each image to read it on with
    its span: the grey line cut by ``_blank``; and, when the blank is written in colour, the
    pen's ink alone, cut where the ink is between those letters' far sides (a first digit
    written into the ``y`` of ``ngày``)."""
    span = _blank(crop, chars, before, after)
    found = None if ink is None else penink.written(
        ink, span, (chars["left"][before], chars["right"][after]))
    return [(crop, span)] if found is None else [(crop, span), (ink, found)]


def _keyed(chars: dict[str, list[Any]]) -> str:
    """The letters' key, one sign for each letter read (``?`` for one of none)."""
    return "".join((key(nfc(c)) or "?")[0] for c in chars["char"])


def _blank(crop: Any, chars: dict[str, list[Any]], before: int, after: int
           ) -> tuple[int, int]:
    """The pixels of the blank between the letters ``before`` and ``after`` (indices in
    ``chars``), each bound at the column of least ink near the printed letter: Tesseract's
    boxes take in the digits beside them (``ngày20tháng`` read ``ngàytháng``)."""
    from PIL import Image

    left, right = chars["left"], chars["right"]
    widths = sorted(r - x for x, r in zip(left, right, strict=True))
    usual = widths[len(widths) // 2]
    dark = crop.point([255] * 128 + [0] * 128)
    ink = dark.resize((crop.width, 1), Image.Resampling.BOX).tobytes()
    start = right[before - 1] + usual // 2 if before > 0 else left[before]
    stop = min(max(right[before], start) + 6, len(ink))
    after_next = left[after + 1] if after + 1 < len(left) else right[after] + usual
    rise = min(left[after], after_next - 3 * usual // 2) - 6
    end = min(max(after_next - 3 * usual // 10, rise + 1), len(ink))
    low = min(range(start, stop), key=lambda x: (ink[x], x)) if stop > start else right[before]
    high = min(range(rise, end), key=lambda x: (ink[x], -x)) if end > rise else left[after]
    return low, high


def _read(crop: Any, span: tuple[int, int], both: bool = False) -> str | None:
    """The digits read on the blank ``span`` by Tesseract (``_agreed`` on it enlarged twice,
    three times, and twice with coarse greys: one look took ``3980`` for ``390``) or by PP-OCR
    (``penread.digits``), or None when neither reads them or the two read other digits; with
    ``both`` (a day no signature's note can hold), only what PP-OCR reads, Tesseract reading
    the same or nothing: Tesseract alone, the weaker on handwriting, is not enough."""
    left, right = span
    if not readable(right - left, crop.height):
        return None
    blank = crop.crop((left + 2, 0, right - 2, crop.height))
    tesseract, pen = _tesseract(blank), digits(blank)
    if both:
        return pen if tesseract in (None, pen) else None
    return tesseract or pen if None in (tesseract, pen) or tesseract == pen else None


def _tesseract(blank: Any) -> str | None:
    """What Tesseract's ways agree on in ``blank``, or None."""
    coarse = blank.point([(v // 16) * 17 for v in range(256)])
    found = {_agreed(blank, 2), _agreed(blank, 3), _agreed(coarse, 2)}
    return found.pop() if len(found) == 1 else None


def _agreed(blank: Any, times: int) -> str | None:
    """The digits of ``blank`` enlarged ``times``: the two digits-only readings of the English
    model (as one line, as one word) must agree, and no other way may read more digits
    there (a digit one way lost: ``3980`` read ``390`` and ``3939``)."""
    import pytesseract
    from PIL import Image, ImageOps

    blank = ImageOps.expand(blank.resize((blank.width * times, blank.height * times),
                                         Image.Resampling.LANCZOS), 20, fill=255)
    reads = []
    for lang, config in CONFIGS:
        watch.tick()
        text = pytesseract.image_to_string(blank, lang=lang, config=config,
                                           timeout=OCR_SECONDS.value())
        reads.append("".join(c for c in nfc(text) if not c.isspace() and c not in ".,_-"))
    value = reads[1]  # English, one line
    if not value or value != reads[3] or not (value.isdigit() and value.isascii()):
        return None
    return None if any(sum(c.isdigit() for c in x) > len(value) for x in reads) else value


def _read_cuts(cuts: list[tuple[Any, tuple[int, int]]], crop: Any, both: bool = False,
               number: bool = False) -> str | None:
    """What the cuts of a blank read (``_read``), never one against another; nothing when a
    number's ``1`` is a stroke of the print at an edge, or the ink holds more than it read."""
    values = []
    for image, (left, right) in cuts:
        read = _read(image, (left, right), both)
        if read is not None and (number and edge_one(image.crop(
                (left + 2, 0, right - 2, image.height)), read) or image is not crop
                and not penink.whole(read, right - left, image.height)):
            return None
        values.append(read)
    return penink.agreed(values)


def _number(pen: Any, mine: list[Word], scale: float) -> str | None:
    """The number written in the blank between ``Số:`` and the slash of the ký hiệu: one to
    five digits."""
    crop, chars, ink = _line_chars(pen, mine, scale)
    k = _keyed(chars)
    so = _SO.search(k)
    slash = _slash(k, so.end()) if so else -1
    if so is None or slash <= so.end() - 1:
        return None
    value = _read_cuts(_cuts(crop, ink, chars, so.end() - 1, slash), crop, number=True)
    return value if value is not None and 1 <= len(value) <= 5 and int(value) > 0 else None


def _day(pen: Any, mine: list[Word], scale: float, year: int, month: str | None,
         signed: date | None, dates: tuple[date, ...] = ()) -> date | None:
    """The day (and the month, when it was written by hand too; ``month``: as printed, if it
    was read) written in the blanks of ``ngày .. tháng .. năm <year>``: a date that exists,
    held to the digital signature's note and the dates the page cites
    (``pentrust.day_held``); on a grey blank the note holds, PP-OCR's looks need not all
    agree (``pensigned.held``)."""
    crop, chars, ink = _line_chars(pen, mine, scale)
    words = _date_words(_keyed(chars))
    if words is None:
        return None
    ngay, thang, nam = words
    # no signature's note to hold the day to: PP-OCR must read it (and a month written by hand)
    cuts = _cuts(crop, ink, chars, ngay.end() - 1, thang.start())
    day = _read_cuts(cuts, crop, signed is None)
    if month is None:
        month = _read_cuts(_cuts(crop, ink, chars, thang.end() - 1, nam.start()), crop,
                           signed is None)
    if day is None and signed is not None and month is not None and len(cuts) == 1:
        day = held(crop, cuts[0][1], in_window(year, month, signed, dates), _tesseract)
    if day is None or month is None or len(day) > 2 or len(month) > 2:
        return None
    try:
        found = date(year, int(month), int(day))
    except ValueError:
        return None
    return found if day_held(found, day, signed, dates) else None

