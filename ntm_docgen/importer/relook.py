"""A second look at the words OCR read with a mark it may have missed or mistaken: each cut
from the page with room above it, enlarged, and read again alone.

Tesseract's Vietnamese model drops or mistakes the tone mark printed above a circumflex, a
breve or a horn (``nổ`` read ``nô``, ``chấp`` read ``chầp``, ``Giấy`` read ``Giây``): on a
page, the mark stands so high that the line's box leaves it out. Read alone, the word keeps
all its ink. The second reading replaces the first only when it differs in marks alone, on
the same letters, and is as sure as the first, or, on a sharp print, adds a mark the first
left out. On a sharp print, a tone mark stacked right over the ``^`` (as some types set it,
and as Tesseract was not taught) is also read from the shape of its stroke.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from typing import Any

from ntm_docgen.files.limits import OCR_SECONDS
from ntm_docgen.importer import watch
from ntm_docgen.vietnamese.marks import known, paired
from ntm_docgen.vietnamese.text import nfc

#: Marks that shape a letter (circumflex, breve, horn), as combining signs.
_SHAPES = frozenset("\u0302\u0306\u031b")
#: Tone marks, as combining signs: grave, acute, tilde, hook above, dot below.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
#: Tone marks by the shape of their stroke: a tilde lies flat; a grave runs down to the right,
#: an acute down to the left; a hook above stands upright.
_TILDE, _GRAVE, _ACUTE, _HOOK = "\u0303", "\u0300", "\u0301", "\u0309"


#: A word read with a confidence under this (of 100) is looked at again whatever its letters.
DOUBTFUL = 80.0
#: A word whose circumflex, breve or horn bears a tone read with a confidence under this is
#: looked at again (``chầp`` for ``chấp`` at 77, ``chuyền`` for ``chuyển`` at 89).
UNSURE = 90.0
#: The least confidence of a second reading that adds a mark the first left out.
SURE_ENOUGH = 60.0
#: The most words of one page looked at again, the least sure first: a full page of a letter
#: has about 90 (``docs/accuracy.md``); a page of small print or a table of 4,000 words has
#: 1,273, which took 43 s and a TIFF of 12 MB, and would hold a desk worker that long.
MOST_WORDS = 300
#: How much the word is enlarged for its second reading (Lanczos).
ENLARGE = 2
#: Room left round the word, in heights of its line: a mark set high above a circumflex.
ABOVE, BELOW, SIDE = 0.6, 0.3, 0.2


@dataclass(frozen=True)
class Read:
    """One word as OCR read it: its text, confidence, and box in the image's pixels."""

    text: str
    conf: float
    box: tuple[int, int, int, int]  # left, top, right, bottom
    line_height: int
    line: int = 0  # the words of one line of print share it


def letters(word: str) -> list[tuple[str, frozenset[str], str]]:
    """Each letter of ``word`` as its bare letter, the marks that shape it, and its tone.

    >>> letters("nổ")[1]
    ('o', frozenset({'̂'}), '̉')
    >>> [x[0] for x in letters("Đồng")]
    ['Đ', 'o', 'n', 'g']
    """
    out: list[tuple[str, frozenset[str], str]] = []
    for sign in unicodedata.normalize("NFD", word):
        if out and sign in _SHAPES:
            base, shapes, tone = out[-1]
            out[-1] = (base, shapes | {sign}, tone)
        elif out and sign in _TONES:
            out[-1] = (out[-1][0], out[-1][1], sign)
        else:
            out.append((sign, frozenset(), ""))
    return out


def worth_a_look(read: Read) -> bool:
    """A word with a letter shaped by a circumflex, breve or horn (``ô``, ``ư``) that bears
    no tone or a tilde (what OCR reads for a mark stacked over the ``^`` that it cannot
    tell), or another tone OCR is not sure of; a word in capitals with a toned ``A``, ``E``
    or ``O`` that has no ``^`` (``CHÁT`` for ``CHẤT``: a capital's marks stack highest); or
    any word with a vowel OCR doubts. A word with no letter that takes a mark is not looked
    at again.

    >>> r = lambda t, c=96.0: Read(t, c, (0, 0, 1, 1), 1)
    >>> worth_a_look(r("nô")), worth_a_look(r("nỗ")), worth_a_look(r("các"))
    (True, True, False)
    >>> worth_a_look(r("chất")), worth_a_look(r("chầp", 77)), worth_a_look(r("CHÁT", 60))
    (False, True, True)
    >>> worth_a_look(r("2026", 40)), worth_a_look(r("-", 10))
    (False, False)
    >>> [worth_a_look(r(t)) for t in ("CHÁT", "QUYÉT", "CÁC", "Các", "CHẤT")]
    [True, True, True, False, False]
    """
    signs = letters(read.text)
    shaped = [tone for _, shapes, tone in signs if shapes]
    if any(tone in ("", _TILDE) for tone in shaped):
        return True
    if sum(base.isupper() for base, _, _ in signs) >= 2 and not any(
            base.islower() for base, _, _ in signs) and any(
            base in "AEO" and tone and not shapes for base, shapes, tone in signs):
        return True  # in capitals the ^ under a tone is lost most (ĐÓC, QUYÉT, CHÁT)
    doubt = UNSURE if shaped else DOUBTFUL
    return read.conf < doubt and any(base.lower() in "aeiouy" for base, _, _ in signs)


def better(first: Read, second: Read, sharp: bool = True) -> bool:
    """The second reading is taken: the same letters in the same case, marks alone differ
    (on no letter does it drop one), and it is as sure as the first; on a sharp print, also
    when it adds a mark the first left out and is fairly sure (``SURE_ENOUGH``): a mark over
    a circumflex that the line's box cut off is read with less confidence than the word
    without it, even where it is plain to see.

    >>> r = lambda t, c: Read(t, c, (0, 0, 1, 1), 1)
    >>> better(r("nô", 96), r("nổ", 64)), better(r("chầp", 77), r("chấp", 96))
    (True, True)
    >>> better(r("nô", 96), r("nổ", 64), sharp=False), better(r("câp", 92), r("cấp", 96), False)
    (False, True)
    >>> better(r("nhân", 96), r("nhần", 56))
    False
    >>> better(r("kiểm", 94), r("kiêm", 77)), better(r("nổ", 69), r("nỗ", 60))
    (False, False)
    >>> better(r("sơ,", 96), r("SƠ,", 99)), better(r("kiểm", 93), r("kim", 99))
    (False, False)
    >>> better(r("CHÁT", 70), r("CHẤT", 90)), better(r("đên", 93), r("dến", 99))
    (True, False)
    """
    a, b = letters(first.text), letters(second.text)
    if first.text == second.text or len(a) != len(b) \
            or any(x[0] != y[0] for x, y in zip(a, b, strict=True)):
        return False
    if any(x[2] and not y[2] or x[1] - y[1] for x, y in zip(a, b, strict=True)):
        return False  # a mark dropped: the first reading saw it
    added = any(not x[2] and y[2] or y[1] - x[1] for x, y in zip(a, b, strict=True))
    changed = any(x[2] and y[2] and x[2] != y[2] for x, y in zip(a, b, strict=True))
    if sharp and added and not changed and second.conf >= SURE_ENOUGH:
        return True
    return second.conf >= first.conf


#: Signs no Vietnamese letter holds, which OCR reads for a letter it could not make out
#: (``Ca†”?`` for ``Cai”``: the ``i`` and the closing quote run together).
_NO_TEXT_SIGNS = frozenset("†‡§¶©®¥£¤¢¬¦")


def for_a_sign(first: str, second: str) -> bool:
    """The second reading of a word, where the first holds a sign no Vietnamese text holds
    among its letters, is taken when it holds no such sign nor any digit, reads the first's
    letters with at most one more where the sign stood, and each of its syllables is one of
    the dictionary. A first reading with a digit is left alone: a number written by hand
    (``†4``, ``đ§``) is not made a word.

    >>> for_a_sign("Ca†”?", "Cai”"), for_a_sign("ngư†i", "người"), for_a_sign("Cai", "Cải")
    (True, True, False)
    >>> for_a_sign("†4", "tá"), for_a_sign("Ca†", "Cam§"), for_a_sign("Ca†", "Cxyz")
    (False, False, False)
    """
    if not any(c in _NO_TEXT_SIGNS for c in first) or any(c.isdigit() for c in first) \
            or any(c in _NO_TEXT_SIGNS or c.isdigit() for c in second):
        return False
    a = [base for base, _, _ in letters(first) if base.isalpha()]
    b = [base for base, _, _ in letters(second) if base.isalpha()]
    if len(a) < 2 or len(b) - len(a) not in (0, 1) \
            or not any(b[:i] + b[i + len(b) - len(a):] == a for i in range(len(b) + 1)):
        return False
    syllables = _syllables(second)
    return bool(syllables) and all(known(x) for x in syllables)


def _syllables(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


def as_vietnamese(first: str, second: str, before: str = "", after: str = "") -> bool:
    """The second reading of a word reads as Vietnamese at least as well as the first: never
    a syllable the dictionary lacks where the first was one (``công`` read again ``cỗng``, a
    speck over the ``^``; a word with a capital may be a name the dictionary lacks:
    ``Nguyễn``), and never a tone read for another that unmakes a word of the
    dictionary the first made with the syllable before or after it (``thẩm quyền`` read again
    ``thậm quyền``, ``đối với`` read ``đổi với``). ``before``, ``after``: the words beside it
    on its line.

    >>> as_vietnamese("công", "cỗng"), as_vietnamese("thẩm", "thậm", "", "quyền")
    (False, False)
    >>> as_vietnamese("chầp", "chấp", "việc", "hành"), as_vietnamese("ông/bả", "ông/bà")
    (True, True)
    >>> as_vietnamese("nô", "nổ", "liệu", "công"), as_vietnamese("Nguyên", "Nguyễn", "", "Văn")
    (True, True)
    """
    a, b = _syllables(first), _syllables(second)
    left, right = _syllables(before)[-1:], _syllables(after)[:1]
    if len(a) != len(b) or not a or known(a[0]) is None:
        return True  # no dictionary to judge by
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        if x == y:
            continue
        if x.islower() and known(x) and not known(y):
            return False  # a word with a capital may be a name the dictionary lacks
        tones = [t for _, _, t in letters(x) if t], [t for _, _, t in letters(y) if t]
        if tones[0] and tones[1] and tones[0] != tones[1]:
            words = [left + a + right, left + b + right]
            at = i + len(left)
            made = [sum(paired(w[j], w[j + 1]) for j in (at - 1, at)
                        if j >= 0 and j + 1 < len(w)) for w in words]
            if made[1] < made[0]:
                return False
    return True


#: A word's print is sharp when this share of its ink (pixels darker than 224) is solid
#: (darker than 96): a page printed to PDF and rendered at 300 dpi gives about 0.8, a scan
#: of 321 dpi about 0.58, one of 150 dpi about 0.47, one of 87 dpi about 0.3 (their edges
#: grey); the decree asks 200 dpi of a scan.
SHARP = 0.4


def sharp(image: Any) -> bool:
    """The word's print in ``image`` (grey) has firm edges: its marks' strokes can be told.

    >>> from PIL import Image, ImageFilter
    >>> word = Image.new("L", (40, 20), 255)
    >>> word.paste(0, (5, 5, 35, 15))
    >>> sharp(word), sharp(word.filter(ImageFilter.GaussianBlur(3)))
    (True, False)
    """
    counts = image.histogram()
    ink = sum(counts[:224])
    return ink > 0 and sum(counts[:96]) >= SHARP * ink


@dataclass(frozen=True)
class Blot:
    """A blot of ink: its box in pixels and its pixels (x, y)."""

    left: int
    top: int
    right: int
    bottom: int
    pixels: tuple[tuple[int, int], ...]


def _marks(image: Any, line_height: int) -> list[Blot]:
    """The small blots of ink in ``image`` (a word's top, in grey) that touch none of its
    edges."""
    width, height = image.size
    dark = image.point([255] * 128 + [0] * 128).tobytes()
    seen = bytearray(width * height)
    out = []
    for start in range(width * height):
        if not dark[start] or seen[start]:
            continue
        seen[start] = 1
        stack, pixels = [start], []
        while stack:
            n = stack.pop()
            x, y = n % width, n // width
            pixels.append((x, y))
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    m = n + dy * width + dx
                    if 0 <= x + dx < width and 0 <= y + dy < height and dark[m] and not seen[m]:
                        seen[m] = 1
                        stack.append(m)
        xs, ys = [p[0] for p in pixels], [p[1] for p in pixels]
        blot = Blot(min(xs), min(ys), max(xs), max(ys), tuple(pixels))
        if len(pixels) >= 4 and blot.top > 0 and blot.bottom < height - 1 and blot.left > 0 \
                and blot.right < width - 1 and blot.bottom - blot.top < 0.35 * line_height \
                and blot.right - blot.left < 0.6 * line_height:
            out.append(blot)
    return out


def _joined(marks: list[Blot]) -> list[Blot]:
    """The blots of ``marks``, those side by side (their rows shared, a pixel apart at most)
    joined as one: a mark a scan broke in two where its stroke thins (the hook of ``Cổ`` read
    as two specks side by side over the ``^``). A blot over another (a tone over the ``^``)
    stays apart.

    >>> a, b = Blot(0, 0, 2, 3, ((0, 0),)), Blot(3, 0, 5, 7, ((4, 5),))
    >>> [(m.left, m.right, m.bottom, len(m.pixels)) for m in _joined([a, b])]
    [(0, 5, 7, 2)]
    >>> len(_joined([a, Blot(0, 5, 2, 7, ((1, 6),))])), len(_joined([a, Blot(5, 0, 7, 3, ())]))
    (2, 2)
    """
    out: list[Blot] = []
    for mark in marks:
        while True:
            near = next((m for m in out if mark.left <= m.right + 2 and m.left <= mark.right + 2
                         and mark.top <= m.bottom and m.top <= mark.bottom), None)
            if near is None:
                break
            out.remove(near)
            mark = Blot(min(mark.left, near.left), min(mark.top, near.top),
                        max(mark.right, near.right), max(mark.bottom, near.bottom),
                        near.pixels + mark.pixels)
        out.append(mark)
    return out


def stacked_tone(image: Any, line_height: int) -> str | None:
    """The tone mark set right above a circumflex or a breve, as a type that stacks them
    draws it (the hook of ``nổ`` upright over the ``^``), read from its stroke: the only blot
    that stands over another small blot; None when there is no such pair, or more than one.
    ``image``: the top of the word, in grey, with room above it."""
    marks = _joined(_marks(image, line_height))
    stacked = []
    for high in marks:
        for under in marks:
            overlap = min(high.right, under.right) - max(high.left, under.left) + 1
            if under is not high and 0 <= under.top - high.bottom <= 0.2 * line_height \
                    and overlap >= 0.5 * min(high.right - high.left + 1,
                                             under.right - under.left + 1):
                stacked.append(high)
                break
    if len(stacked) != 1:
        return None
    mark = stacked[0]
    top, pixels = mark.top, mark.pixels
    width, height = mark.right - mark.left + 1, mark.bottom - mark.top + 1
    if width >= 1.6 * height:
        return _TILDE
    upper = [x for x, y in pixels if y < top + 0.3 * height]
    lower = [x for x, y in pixels if y >= top + 0.7 * height]
    if not upper or not lower:
        return None  # a speck, too small to tell its stroke
    lean = (sum(lower) / len(lower) - sum(upper) / len(upper)) / width
    return _GRAVE if lean > 0.25 else _ACUTE if lean < -0.25 else _HOOK


def with_tone(word: str, tone: str) -> str:
    """``word`` with ``tone`` on its one letter shaped by a circumflex or a breve; the word as
    it was when it has no such letter, or more than one.

    >>> with_tone("nỗ", _HOOK), with_tone("hỗ", _GRAVE), with_tone("Kiêm", _HOOK)
    ('nổ', 'hồ', 'Kiểm')
    >>> with_tone("câp", _ACUTE), with_tone("côngô", _ACUTE), with_tone("và", _ACUTE)
    ('cấp', 'côngô', 'và')
    """
    signs = letters(word)
    hats = [n for n, (_, shapes, _) in enumerate(signs) if shapes & {"\u0302", "\u0306"}]
    if len(hats) != 1:
        return word
    base, shapes, _ = signs[hats[0]]
    signs[hats[0]] = (base, shapes, tone)
    return unicodedata.normalize("NFC", "".join(
        b + "".join(sorted(s)) + t for b, s, t in signs))


def relook(image: Any, reads: list[Read], lang: str) -> dict[int, str]:
    """The words of ``reads`` (their places in the list) that a second reading mends, with
    the text read; all the words to look at (``MOST_WORDS`` at most, the least sure) are read
    by one run of Tesseract, each a page of one multi-page TIFF read as a single word
    (``--psm 8``)."""
    import pytesseract
    from PIL import Image

    chosen = [n for n, r in enumerate(reads) if worth_a_look(r)]
    if len(chosen) > MOST_WORDS:
        chosen = sorted(sorted(chosen, key=lambda n: reads[n].conf)[:MOST_WORDS])
    if not chosen:
        return {}
    crops, tops, firms = [], [], []
    for n in chosen:
        left, top, right, bottom = reads[n].box
        h = reads[n].line_height
        box = (max(0, left - round(SIDE * h)), max(0, top - round(ABOVE * h)),
               min(image.width, right + round(SIDE * h)),
               min(image.height, bottom + round(BELOW * h)))
        crop = image.crop(box).convert("L")
        firms.append(sharp(image.crop((left, top, right, bottom)).convert("L")))
        # the word's top, down into its letters: the marks over them, whole
        tops.append(crop.crop((0, 0, crop.width,
                               min(crop.height, top - box[1] + round(0.45 * h)))))
        crops.append(crop.resize((crop.width * ENLARGE, crop.height * ENLARGE),
                                 Image.Resampling.LANCZOS))
    watch.tick()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "words.tif")
        crops[0].save(path, save_all=True, append_images=crops[1:])
        data = pytesseract.image_to_data(path, lang=lang, config="--psm 8",
                                         output_type=pytesseract.Output.DICT,
                                         timeout=OCR_SECONDS.value())
    found: dict[int, list[tuple[str, float]]] = {}
    for i, text in enumerate(data["text"]):
        text = nfc(text or "").strip()
        if text and float(data["conf"][i]) >= 0:
            found.setdefault(data["page_num"][i] - 1, []).append((text, float(data["conf"][i])))
    out = {}
    for page, n in enumerate(chosen):
        text = reads[n].text
        words = found.get(page, [])
        firm = firms[page]
        if len(words) == 1 and better(reads[n], Read(words[0][0], words[0][1], reads[n].box,
                                                     reads[n].line_height), firm) \
                and as_vietnamese(reads[n].text, words[0][0], *_beside(reads, n)) \
                or len(words) == 1 and for_a_sign(reads[n].text, words[0][0]):
            text = words[0][0]
        if firm and _tone_in_doubt(text):
            tone = stacked_tone(tops[page], reads[n].line_height)
            toned = with_tone(text, tone) if tone is not None else text
            if as_vietnamese(text, toned, *_beside(reads, n)):
                text = toned
        elif firm and with_hat(text) != text \
                and stacked_tone(tops[page], reads[n].line_height) is not None:
            text = with_hat(text)  # a tone over a ^ that neither reading saw (CHÁT)
        if text != reads[n].text:
            out[n] = text
    return out


def with_hat(word: str) -> str:
    """``word``, in capitals, with a circumflex under the tone of its one toned ``A``, ``E``
    or ``O`` (``CHÁT`` is ``CHẤT``): called where a mark stands stacked over another above
    the word, which a tone alone never does; the word as it was when it is not in capitals,
    has a letter shaped already, or more than one such letter.

    >>> with_hat("CHÁT"), with_hat("QUYÉT"), with_hat("HÓA"), with_hat("Chát"), with_hat("CẤP")
    ('CHẤT', 'QUYẾT', 'HỐA', 'Chát', 'CẤP')
    >>> with_hat("ÁNH SÁNG"), with_hat("CÁC")
    ('ÁNH SÁNG', 'CẤC')
    """
    signs = letters(word)
    toned = [n for n, (base, shapes, tone) in enumerate(signs) if base in "AEO" and tone]
    if any(base.islower() or shapes for base, shapes, _ in signs) or len(toned) != 1:
        return word
    base, _, tone = signs[toned[0]]
    signs[toned[0]] = (base, frozenset({"\u0302"}), tone)
    return unicodedata.normalize("NFC", "".join(
        b + "".join(sorted(s)) + t for b, s, t in signs))


def _beside(reads: list[Read], n: int) -> tuple[str, str]:
    """The words before and after the ``n``-th of ``reads`` on its line ("" at its ends)."""
    before = reads[n - 1].text if n > 0 and reads[n - 1].line == reads[n].line else ""
    after = reads[n + 1].text if n + 1 < len(reads) and reads[n + 1].line == reads[n].line \
        else ""
    return before, after


def _tone_in_doubt(word: str) -> bool:
    """The word's one letter with a circumflex or a breve bears a tilde or no tone: what OCR
    reads for any mark stacked over the ``^`` of a type it was not taught."""
    hats = [tone for _, shapes, tone in letters(word) if shapes & {"\u0302", "\u0306"}]
    return len(hats) == 1 and hats[0] in ("", _TILDE)
