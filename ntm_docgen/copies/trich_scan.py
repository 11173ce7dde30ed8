"""A TRÍCH SAO of a scan keeps only a part whose Roman heading OCR read beyond doubt.

The parts are found by their headings as the importer reads the scan, with a heading out of
sequence set by its neighbours (``importer/romans.py``: the change given with the reading,
``ImportResult.headings_set``, and said in a warning). A TRÍCH SAO has the
original's legal value (Điều 26), so it never prints a part under another part's number: a
part asked for is refused where its number was read on two headings, was set by the importer,
or where a heading read without its dot (``II NỘI DUNG``) or with a misread number (``H.``)
stands inside it, naming the headings read and asking the clerk to check the paper (contract10
finding 10: OCR read ``II NỘI DUNG`` and ``II. TỔ CHỨC THỰC HIỆN``, and part III was
certified as II)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ntm_docgen.copies import NAMES
from ntm_docgen.copies.trich import heading_key
from ntm_docgen.errors import FieldError
from ntm_docgen.i18n import _, shortened
from ntm_docgen.letter.markup_line import heading_kind
from ntm_docgen.vietnamese.points import roman_value
from ntm_docgen.vietnamese.text import is_upper_vi, nfc

#: A Roman heading as OCR may read it: its number (``H`` for II, ``l``, ``1``, ``|`` for I),
#: with or without its dot, and words in capitals.
_READ = re.compile(r"^([IVXLCHl1|]{1,6})(\.?)\s+(\S.*)$")
_ROMAN = re.compile(r"^[IVXLC]+$")
#: A heading the importer set by its neighbours: (the line as read, the line written).
Set = tuple[str, str]


@dataclass(frozen=True)
class Heading:
    """A Roman heading of the body as read: where it stands, its text as OCR read it, the
    number it stands for (None: not one), whether the reading of its number is in doubt (no
    dot, a misread stroke, set by the importer, read on another heading too) and whether a
    TRÍCH SAO takes it for a heading (``trich.heading_key``: a Roman number and its dot)."""

    at: int
    read: str
    value: int | None
    doubt: bool
    taken: bool


def headings_read(texts: Sequence[str], headings_set: Sequence[Set]) -> list[Heading]:
    """The Roman headings among the body's paragraphs ``texts``, each with its doubt (those
    the importer set by their neighbours, ``headings_set``, among them); a number read on two
    headings of one run (a part's heading starts a run afresh) is in doubt on both.

    >>> [(h.read, h.value, h.doubt) for h in headings_read(
    ...     ["I. MỤC ĐÍCH", "Nội dung.", "II NỘI DUNG", "II. TỔ CHỨC"], [])]
    [('I. MỤC ĐÍCH', 1, False), ('II NỘI DUNG', 2, True), ('II. TỔ CHỨC', 2, True)]
    """
    mended = {" ".join(nfc(written).split()): read for read, written in headings_set}
    found: list[Heading] = []
    run = 0
    runs: dict[int, int] = {}
    for at, raw in enumerate(texts):
        text = " ".join(nfc(raw).replace("*", " ").split())
        if heading_kind(text) == "part":
            run += 1
        key = heading_key(text)
        match = _READ.match(text)
        value: int | None
        if key is not None and key[0] == "roman":
            value, taken = roman_value(key[1]), True
        elif match is not None and _capitals(match[3]) and not match[1].isdigit():
            token = match[1].replace("H", "II").translate(str.maketrans("l1|", "III"))
            value, taken = (roman_value(token) if _ROMAN.match(token) else None), False
            if not match[2] and not _next_in_turn(value, found):
                continue  # a word of capitals (CHI CỤC, VI PHẠM) with no dot: no heading
            text = f"{match[1]}{match[2]} {_capitals(match[3])}"  # its title, not what ran on
        else:
            continue
        found.append(Heading(at, mended.get(text, shortened(text)), value,
                             not taken or text in mended, taken))
        runs[at] = run
    return [Heading(h.at, h.read, h.value, True, h.taken)
            if h.value is not None and sum(o.value == h.value and runs[o.at] == runs[h.at]
                                           for o in found) > 1 else h
            for h in found]


def given_dots(spec: dict[str, Any]) -> list[str]:
    """The spec's body with its Roman headings read without their dot given it (:func:`dotted`),
    in place; a warning for each, as derive tells it."""
    if not isinstance(spec.get("noi_dung"), str):
        return []
    lines, changes = dotted(spec["noi_dung"].split("\n"))
    spec["noi_dung"] = "\n".join(lines)
    return [_("a Roman heading of the scan read without the dot after its number was given it, "
              "as the headings around it show, and the part before it ends there: “{read}” is "
              "written “{mended}”; check it against the paper").format(read=old, mended=new)
            for old, new in changes]


def dotted(lines: Sequence[str]) -> tuple[list[str], list[Set]]:
    """The body's lines with each Roman heading OCR read without its dot given it, where the
    headings around it show it is one (the one before is its number less one, the one after,
    if any, its number more one, and no other heading bears its number), and each change (the
    line as read, the line written). The part before it then ends there, as import and derive
    read it (Quảng Ngãi's 23/BC-UBND: ``II NHIỆM VỤ TRỌNG TÂM``, and part I was refused).

    >>> dotted(["I. KẾT QUẢ", "1. Công tác.", "II NHIỆM VỤ TRỌNG TÂM", "1. Ban hành."])[1]
    [('II NHIỆM VỤ TRỌNG TÂM', 'II. NHIỆM VỤ TRỌNG TÂM')]
    >>> dotted(["I. MỤC ĐÍCH", "II NỘI DUNG", "II. TỔ CHỨC"])[1], dotted(["I. A", "X Y Z"])[1]
    ([], [])
    """
    found = headings_read(lines, [])
    out = list(lines)
    changes: list[Set] = []
    for k, heading in enumerate(found):
        match = _READ.match(" ".join(nfc(lines[heading.at]).replace("*", " ").split()))
        if heading.taken or heading.value is None or match is None or match[2] \
                or not _ROMAN.match(match[1]) \
                or sum(h.value == heading.value for h in found) > 1:
            continue
        before = found[k - 1].value if k else None
        after = found[k + 1].value if k + 1 < len(found) else heading.value + 1
        if before != heading.value - 1 or after != heading.value + 1:
            continue
        raw = nfc(lines[heading.at])
        out[heading.at] = re.sub(rf"\b{match[1]}\s+", f"{match[1]}. ", raw, count=1)
        changes.append((raw.strip(), out[heading.at].strip()))
    return out, changes


def _next_in_turn(value: int | None, found: list[Heading]) -> bool:
    """Whether a number read with no dot is the one the headings before it call for (I
    first, then the last one's next): only then may a word of capitals be a heading.

    >>> _next_in_turn(2, [Heading(0, "I. A", 1, False, True)]), _next_in_turn(103, [])
    (True, False)
    """
    last = next((h.value for h in reversed(found) if h.value is not None), 0)
    return value is not None and value == last + 1


def _capitals(text: str) -> str:
    """The words in capitals that open ``text``, two at least (a heading's title, perhaps run
    into the paragraph under it: ``NỘI DUNG, THỜI GIAN Kiểm tra ...``), else "".

    >>> _capitals("NỘI DUNG, THỜI GIAN Kiểm tra"), _capitals("UBND tỉnh"), _capitals("X")
    ('NỘI DUNG, THỜI GIAN', '', '')
    """
    opening = []
    for word in text.split():
        letters = [c for c in word if c.isalpha()]
        if not letters or not is_upper_vi("".join(letters)):
            break
        opening.append(word)
    return " ".join(opening) if len(opening) >= 2 else ""


def check_headings(texts: Sequence[str], headings_set: Sequence[Set], trich: str,
                   source: Path) -> None:
    """Refuse the Roman parts ``trich`` names that the scan's reading leaves in doubt."""
    found = headings_read(texts, headings_set)
    doubt = [h for h in found if h.doubt]
    if not doubt:
        return
    taken = [h for h in found if h.taken]
    for token, values in _asked(trich):
        for value in values:
            start = next((h for h in taken if h.value == value), None)
            after = [h.at for h in taken if start is not None and h.at > start.at]
            end = after[0] if after else len(texts)
            if start is None or start.doubt or any(start.at < h.at < end for h in doubt):
                raise FieldError("trich", _(
                    "OCR did not read the headings of the scan {source} beyond doubt: it read "
                    "{headings}; a TRÍCH SAO must print each part under its own number, so the "
                    "part “{part}” is not copied from this reading: check the headings against "
                    "the paper, then make the TRÍCH SAO from a clearer scan (straight, 300 dpi) "
                    "or from the letter's Word file"), NAMES, source=source.name, part=token,
                    headings="; ".join(f"“{h.read}”" for h in found))


def _asked(trich: str) -> list[tuple[str, list[int]]]:
    """The Roman parts ``trich`` names, each with the numbers it spans.

    >>> _asked("II, IV-VI, 12-30, Điều 3, Phụ lục I: II")
    [('II', [2]), ('IV-VI', [4, 5, 6])]
    """
    out = []
    for token in (t.strip() for t in trich.split(",")):
        ends = [e.strip().rstrip(".") for e in token.split("-")]
        if 1 <= len(ends) <= 2 and all(_ROMAN.match(e) for e in ends):
            first, last = roman_value(ends[0]), roman_value(ends[-1])
            out.append((token, list(range(first, last + 1))))
    return out
