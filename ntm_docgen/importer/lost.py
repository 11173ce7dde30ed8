"""Account for every line read: each lands in a field, the body, or a warning naming it.

A line is accounted for when its words stand in the spec's text (whitespace aside, labels such
as ``Nơi nhận:`` or ``- `` taken off) or in a warning, or when it is the letter's frame, which
the template prints again: the motto, ``Số: ...``, the place and date, the type name,
``QUYẾT ĐỊNH:``, a rule, ``Nơi nhận:`` alone.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ntm_docgen.importer.cleaning import eth_as_d, is_furniture, key
from ntm_docgen.importer.cleanlines import join_broken
from ntm_docgen.importer.ends import letter_ends
from ntm_docgen.importer.motto import read_marks, split_marks, split_motto
from ntm_docgen.importer.numberdate import read_ngay, read_so
from ntm_docgen.importer.yearname import spelt_again
from ntm_docgen.vietnamese.loai import split_heading
from ntm_docgen.vietnamese.marks import attach_loose_marks
from ntm_docgen.vietnamese.text import nfc

_LABEL = re.compile(r"^(\s*[-+•–*]\s*|n\w{1,2}i\s+nh\w{1,2}n\s*:|k\w{2,3}h\s+[g8]\w{1,3}\s*:|"
                    r"l\w{1,2}u\s*:|l\w{1,2}u\s+(?=vt\b)|v/v\b|v/(?=\s)|ve viec\b)", re.IGNORECASE)
_FRAME = re.compile(r"^(quyet dinh|quyet nghi|noi nhan|kinh gui|noi|so)\s*:?$")
# "(Đã ký)", "(Ký, ghi rõ họ tên)": where the signature stands on paper, not text of the letter.
_SIGNED_MARK = re.compile(r"^\(?\s*(da ky|ky(,)? (ghi ro )?ho ten|ky ten)[^)]{0,20}\)?\.?$")
_PART_END = re.compile(r"(?<=[;.:])\s+(?=\S)")
_SPACE = re.compile(r"[\s\u00a0]+")
#: Lines of at most this many letters are looked for as a word, not as letters in a row.
_SHORT = 4
_MARKS = re.compile(r"[.,;:!?()\[\]\"'“”‘’/*_…|-]+")


def _squash(text: str) -> str:
    """Text without spaces and punctuation, case folded: how lines are matched."""
    return _MARKS.sub("", _SPACE.sub("", eth_as_d(nfc(text)))).casefold()


def _words(text: str) -> str:
    """The words of ``text`` as :func:`_squash` folds them, one space between each.

    >>> _words("- Lưu: VT, KT."), _words("7,5 l/s"), _words("(+155)")
    ('lưu vt kt', '7 5 l s', '155')
    """
    return " ".join(w for w in (_squash(x) for x in _MARKS.sub(" ", text.replace("+", " ")).split())
                    if w)


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, date):
        return [value.isoformat()]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return [str(value)] if value is not None else []


def is_frame(line: str) -> bool:
    """A line of the letter's frame, which the template prints from the spec's fields.

    >>> [is_frame(x) for x in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 5/KH-UBND",
    ...                        "Huế, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH", "QUYẾT ĐỊNH:")]
    [True, True, True, True, True]
    >>> is_frame("Kế hoạch tổ chức hội nghị"), is_frame("---"), is_frame("Nơi nhận:")
    (False, True, True)
    """
    k = key(line).strip()
    if not any(c.isalnum() for c in line) or line.strip() == "---" or _FRAME.match(k) \
            or _SIGNED_MARK.match(k):
        return True
    left, motto = split_motto(line)
    if motto and not left:
        return True
    so = read_so(line)
    if so is not None and not so[2]:
        return True
    ngay = read_ngay(line)
    if ngay is not None and len(line) < 80:
        return True
    heading = split_heading(line)
    return heading is not None and not heading.words and heading.loai is not None \
        and line.isupper() or is_furniture(line)


def _columns_held(line: str, haystack: str) -> bool:
    """A line on which two columns met (``- Sở A (để báo cáo); GIÁM ĐỐC``): each part, cut at
    the item's ``;``, ``.`` or ``:``, stands in its own field."""
    parts = [_squash(_LABEL.sub("", p).strip()) for p in _PART_END.split(line)]
    return len(parts) > 1 and all(p in haystack for p in parts)


def _unmarked(line: str, spec: dict[str, Any]) -> str:
    """The line without the độ mật and độ khẩn marks the spec holds (the template prints them
    again): all of it when it is those marks, else what stands beside them."""
    marks = read_marks(line)
    rest = ""
    if marks is None:
        marks, rest = split_marks(line)
    if marks and all(spec.get(name) == value for name, value in marks.items()):
        return rest
    return line


def lost_lines(lines: list[str], spec: dict[str, Any], warnings: list[str]) -> list[str]:
    """The lines of ``lines`` that no field, no body paragraph and no warning holds."""
    from ntm_docgen.importer.numberdate import split_cells
    from ntm_docgen.importer.reflow import expand_flat

    # a body's literal star is written ``\\*`` (contract §2): the text holds it as printed
    everything = " ".join([*_texts(spec), *warnings]).replace("\\*", "*")
    haystack = _squash(everything)
    words = f" {_words(everything)} "
    out = []
    # as the importer read them (loose marks put back, a lunar year's name spelt again); the
    # marks after a closing ./. it names in a warning
    lines = [x for x, _ in letter_ends([spelt_again(attach_loose_marks(x)[0])[0]
                                        for x in lines])]
    tidy = [" ".join(x.replace("**", "").replace("\t", " ").split()) for x in expand_flat(lines)]
    cells = split_cells(join_broken(tidy))
    for at, line in enumerate(cells):
        text = _unmarked(line.strip("|").strip(), spec)
        if not text:
            continue
        so = read_so(text)
        body = _LABEL.sub("", so[2] if so is not None else text).strip()
        body = _LABEL.sub("", body).strip()  # "- Lưu: ..." has two labels
        needle = _squash(body)
        # a short line (``(Hg)``, ``T1``) is held only by a word of its own: run together,
        # every field holds a few letters in a row
        held = f" {_words(body)} " in words if len(needle) <= _SHORT else needle in haystack
        if not held and len(needle) <= _SHORT and at + 1 < len(cells):
            held = _word_begun(body, cells[at + 1], words)
        # the frame the template prints again is looked for last: most lines are held
        if needle and not held and not _columns_held(body, haystack) and not is_frame(text):
            out.append(text)
    return out


def _word_begun(body: str, after: str, words: str) -> bool:
    """A short line that begins a word the next line ends (``- T`` / ``hủ tướng CP, ...``, a
    word cut at the line's end), held where the whole word is held.

    >>> _word_begun("T", "hủ tướng CP;", " thủ tướng cp "), _word_begun("T", "Sở;", " tsở ")
    (True, False)
    """
    rest = after.split()
    if not rest or not rest[0][:1].islower():
        return False
    return f" {_words(body + rest[0])} " in words
