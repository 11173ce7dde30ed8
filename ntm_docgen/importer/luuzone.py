"""A scan's Lưu line cut from the page alone and read again, enlarged: its drafter or count
set in small type (``C04 (P6)``) may read at a larger size as it prints.

Tesseract reads a page's line at the size of its body type; a drafter set smaller beside the
unit loses or changes a letter there (``(P4)`` for ``(P6)``). The line's zone (from its dash to
its last unit, with room under it for a drafter set low) is read again alone, enlarged twice and
three times, and Tesseract's reading is taken only when it has a Lưu's shape (``VT, <unit>
(<drafter>).``, or a count) and PP-OCR's recogniser reads the same units at both sizes (its
model has no Vietnamese marks: compared without them); else the page's reading stays
(docs/accuracy.md, "a scan's Lưu line read again where its drafter is in small type").
"""

from __future__ import annotations

import re
from typing import Any

from ntm_docgen.files.limits import OCR_SECONDS
from ntm_docgen.i18n import _
from ntm_docgen.importer import penread, watch
from ntm_docgen.importer.cleaning import SYLLABLE, key
from ntm_docgen.importer.luulook import _LABEL, _fold, _look, misread
from ntm_docgen.importer.luupen import note, printed
from ntm_docgen.importer.signzone import luu_label
from ntm_docgen.importer.smallnote import _right, luu_line, tesseract_lines
from ntm_docgen.vietnamese.text import nfc

#: How much the zone is enlarged for each of Tesseract's two looks.
ENLARGE = (2, 3)
#: Room left round the line, in heights of it: before its dash, above it, under it (a drafter
#: set below the baseline), after its last unit.
BEFORE, ABOVE, BELOW, AFTER = 0.3, 0.3, 0.5, 0.6
#: Tesseract's language model (``ocrpage.OCR_LANG``).
LANG = "vie"
#: A unit's code: capitals and digits, parts joined by a stop or a dash (``P.KT``, ``TC-HC``).
_UNIT = r"[A-ZĐ][A-ZĐ0-9]*(?:[.\-–][A-ZĐ0-9]+)*"
#: A drafter or a count in brackets (``(P6)``, ``(long172)``, ``(2)``, ``(VDuẩn)``).
_DRAFTER = r"\([^\W_][\w.]{0,11}\)"
#: A count of copies in brackets, which initials or a name may follow (``(2).LHQ``).
_COUNT = r"\(\d{1,2}\)"
#: Initials or a name after a count (``(2).LHQ``, ``(2). Tuấn``): letters only, no pen's digits.
_NAME = r"[A-ZĐ][^\W\d_]*"
#: The signs a pen's count or stroke after the line's last unit is read as (``ND,`` for
#: ``ND`` and a ``6`` by pen): no unit ends with them.
_PEN = " ,;„“”'\"-—–|~_"
_SHAPE = re.compile(rf"^VT(?:, ?{_UNIT}(?: ?(?:{_COUNT}(?:\.? ?{_NAME})?|{_DRAFTER}))?)*"
                    rf"(?: ?{_DRAFTER})?\.?$")


def shaped(units: str) -> bool:
    """Whether ``units`` (a Lưu line after its label) have the shape of a Lưu's units: the
    văn thư's copy, then units' codes, a drafter or a count in brackets after one.

    >>> [shaped(u) for u in ("VT, C04 (P6).", "VT, NC(long172).", "VT, QHĐP (3)VQT",
    ...                      "VT, CĐS (2).LHQ", "VT (VDuẩn).", "VT, TCCB(2)")]
    [True, True, True, True, True, True]
    >>> [shaped(u) for u in ("VT, QHĐP (3)VQT.48", "VT, NC(ong172). Sóc", "VT, CS Cb).Ả/",
    ...                      "VÍT (VDuân).' hóc", "VT, KSTTT\\\\wrvA)")]
    [False, False, False, False, False]
    """
    return bool(_SHAPE.match(nfc(units).strip()))


def zone_look(image: Any, data: dict[str, Any]) -> None:
    """Tesseract's words on ``image`` (``data``, as ``image_to_data`` gives them) with a Lưu
    line's units read again from its zone cut alone and enlarged, in place, where the looks
    agree on units of a Lưu's shape other than the page's (``units_read``; the signs a pen's
    mark after them is read as left off): the first unit's word takes them
    all, over the boxes of the units it replaces, the others left blank."""
    if penread.missing() is not None:
        return
    for words in tesseract_lines(data):
        first = data["text"][words[0]].lstrip("-–•+ ")
        start = 0 if first else 1
        if start >= len(words) or not data["text"][words[start]].endswith(":") \
                or not luu_label(" ".join(data["text"][i] for i in words[start:]).lstrip(
                    "-–•+ ")):
            continue
        line = luu_line(data, words)
        units = line[start + 1:]
        if not units:
            continue
        zone = _zone(image, data, line)
        read = without_pen(image.crop(zone).convert("L"), data, units[0], zone) \
            or units_read(image.crop(zone))
        if read is None or read == " ".join(data["text"][i] for i in units):
            continue
        left = min(data["left"][i] for i in units)
        top = min(data["top"][i] for i in units)
        data["width"][units[0]] = max(_right(data, i) for i in units) - left
        data["height"][units[0]] = max(data["top"][i] + data["height"][i] for i in units) - top
        data["left"][units[0]], data["top"][units[0]] = left, top
        data["text"][units[0]] = read
        for i in units[1:]:
            data["text"][i] = ""


#: where a Lưu's words part: the stops, commas, brackets and dashes between a unit, its
#: drafter and its count; and the initials run into a drafter's name (``VDuẩn``)
_PIECES = re.compile(r"[\s.,;:()\[\]_–—-]+|(?<=[A-ZĐ])(?=[A-ZĐ][a-zà-ỹđ]{2,})")


#: "đ/c" (đồng chí) before a drafter's name: ``QLCN(đ/c Long)``
_COMRADE = re.compile(r"(?<!\w)đ/c(?!\w)", re.IGNORECASE)


def doubtful(spec: dict[str, Any]) -> list[str]:
    """A warning for a scan's Lưu whose units hold a word that is neither a code nor a word
    (``luulook.misread``): read neither by the page nor by its zone as a Lưu prints.

    >>> doubtful({"luu": "VT, TTHCạ)"})[0][:21], doubtful({"luu": "VT, CN (2). Tuấn"})
    ('luu: “VT, TTHCạ)” was', [])

    A drafter's name after a stop or in brackets, the count beside initials, a unit's dash, as
    offices write them, are no doubt:

    >>> [doubtful({"luu": x}) for x in ("VT, KTN.Bảo", "VT; KSTTHC (MN,07)", "VT, TC – HC",
    ...                                 "VT, CN(M.Cường)", "VT, KT(Thủy, Nho)", "VT (VDuẩn)",
    ...                                 "VT, QLCN(đ/c Long)", "VT, KSTTHC (B_03b)")]
    [[], [], [], [], [], [], [], []]
    """
    luu = spec.get("luu")
    if not isinstance(luu, str) or not misread(luu.split()) or not misread([
            p for p in _PIECES.split(_COMRADE.sub(" ", luu))
            if p and not (p[:1].isupper() and SYLLABLE.match(key(p)))]):  # a drafter's name
        return []
    return [_("luu: “{luu}” was read from the scan with signs no unit of a Lưu line writes (a "
              "drafter or a count in small type, or a pen's mark after them): check it against "
              "the paper").format(luu=luu)]


def units_read(crop: Any) -> str | None:
    """The units of a Lưu line (``crop``, its label in it) as one of Tesseract's enlarged looks
    reads them, when they have a Lưu's shape and PP-OCR's recogniser reads the same at both
    sizes (its two looks alike, compared without marks); else None."""
    from PIL import Image

    grey = crop.convert("L")
    sizes = [grey.resize((grey.width * times, grey.height * times), Image.Resampling.LANCZOS)
             for times in ENLARGE]
    seen = set()
    for big in sizes:
        again = _look(big)
        label = _LABEL.match(again)
        if label is None:
            return None
        seen.add(_bare(again[label.end():].rstrip(_PEN)))
    if len(seen) != 1:
        return None
    for big in sizes:
        units = _tesseract(big)
        if units is not None and shaped(units) and {_bare(_fold(units))} == seen:
            return units
    return None


def without_pen(grey: Any, data: dict[str, Any], first: int, zone: tuple[int, int, int, int]
                ) -> str | None:
    """The units of a Lưu line (``grey``, its zone at ``zone`` in the page) read without the
    pen's writing after them (``luupen.printed``; ``first``: the place of ``VT`` in ``data``),
    when Tesseract's two enlarged looks read them alike but for a space, of a Lưu's shape (the
    larger look's reading); else None. The
    units as the page read them are noted for the warning that a pen's writing was cut off."""
    from PIL import Image

    left, top = data["left"][first] - zone[0], data["top"][first] - zone[1]
    clean = printed(grey, (left, top, left + round(0.7 * data["width"][first]),
                           top + data["height"][first]))
    if clean is None:
        return None
    reads = [_tesseract(clean.resize((clean.width * times, clean.height * times),
                                     Image.Resampling.LANCZOS)) for times in ENLARGE]
    read = reads[-1]  # the larger look's, where both read alike but for a space
    if read is None or not shaped(read) or len({_bare(r or "") for r in reads}) != 1:
        return None
    note(read)
    return read


def _tesseract(big: Any) -> str | None:
    """The units Tesseract reads on a Lưu line enlarged (its label left out, the signs of a
    pen's mark after them too), or None when it reads no label."""
    import pytesseract
    from PIL import ImageOps

    watch.tick()
    framed = ImageOps.expand(big, 20, fill=255)
    text = nfc(str(pytesseract.image_to_string(framed, lang=LANG, config="--psm 7",
                                               timeout=OCR_SECONDS.value()))).strip()
    if ":" not in text or luu_label(text.lstrip("-–•+ ")) is None:
        return None
    return " ".join(text.split(":", 1)[1].split()).rstrip(_PEN).replace("Ð", "Đ")


def _bare(text: str) -> str:
    """``text`` without its spaces and its last full stop: PP-OCR and Tesseract part a Lưu's
    words alike but for the space after a comma or before a bracket.

    >>> _bare("VT,C04 (P6)."), _bare("VT, C04(P6)")
    ('VT,C04(P6)', 'VT,C04(P6)')
    """
    return re.sub(r"\s", "", text).rstrip(".")


def _zone(image: Any, data: dict[str, Any], line: list[int]) -> tuple[int, int, int, int]:
    """The Lưu line's zone in ``image``: its words' box with room round it."""
    height = max(data["height"][i] for i in line)
    return (max(0, min(data["left"][i] for i in line) - round(BEFORE * height)),
            max(0, min(data["top"][i] for i in line) - round(ABOVE * height)),
            min(image.width, max(_right(data, i) for i in line) + round(AFTER * height)),
            min(image.height, max(data["top"][i] + data["height"][i] for i in line)
                + round(BELOW * height)))

