"""The texts căn cứ cite again and again (data/van_ban_can_cu.yaml), and a citation held
against them: one whose number a scan misread (a space, a slash, a letter for a digit, never a
digit for another) or whose date no calendar has, one dated otherwise than the text it names.
The patterns bound each token, so a long run of digits or of names reads in linear time.

A text is known by its kind and number (``Nghị định số 61/2018/NĐ-CP``), a law by its name
(``Luật Thi đua, khen thưởng``), each with its date. A citation is told only when it names one
known text alone: never when it may be two, or one the table does not hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from rapidfuzz.distance import Levenshtein

from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.text import nfc, strip_diacritics


@dataclass(frozen=True)
class Known:
    """One text of the table: its kind, number and symbol (None for a law cited by name), its
    name (a law's), its date and who issued it."""

    loai: str
    so: str | None
    ten: str | None
    ngay: date
    ban_hanh: str

    @property
    def label(self) -> str:
        """``Nghị định số 61/2018/NĐ-CP``, ``Luật Thi đua, khen thưởng``."""
        return f"{self.loai} số {self.so}" if self.so else f"{self.loai} {self.ten}"


@dataclass(frozen=True)
class Citation:
    """A text cited in a căn cứ as read: its kind, its number's span (or a law's name), its
    date's figures and span in the text."""

    loai: str  # empty for a number in a list under its kind: ``số 61/2018/NĐ-CP``
    so: tuple[int, int] | None
    ten: str | None
    day: str
    month: str
    year: str
    when: tuple[int, int]
    start: int


_DATE = (r"ngày\s+(?P<d>\d{1,2})(?P<s1>\s*/\s*|\s+tháng\s+)(?P<m>\d{1,2})"
         r"(?P<s2>\s*/\s*|\s+năm\s+)(?P<y>\d{4})\b")
#: ``Nghị định số 61/2018/NĐ-CP ngày 23/4/2018``, or ``số 61/2018/NĐ-CP ngày 23/4/2018`` in a
#: list under its kind (``các Nghị định của Chính phủ: số 63/2010/NĐ-CP ...; số 61/2018/...``);
#: the number as OCR may read it, a space or two inside (``92/201 7/NĐ-CP``).
_NUMBERED = re.compile(
    r"(?:\b(?P<loai>Nghị định|Thông tư liên tịch|Thông tư|Quyết định|Nghị quyết|Chỉ thị)"
    r"\s+(?:số\s*[.:]?\s*)?|\b[Ss]ố\s*[.:]?\s*)"
    r"(?P<so>[^\s;,\d]{0,8}\d[^\s;,]{0,40}(?:\s[^\s;,\d]{0,8}\d[^\s;,]{0,40}){0,2}?)"
    r"\s{0,3},?\s{1,3}" + _DATE)
#: ``Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015`` (a number may stand between).
_LAW = re.compile(r"(?<!của )\b(?P<loai>Bộ luật|Luật)\s+(?P<ten>[^;\d\s][^;\d]{0,199}?)"
                  r"\s{0,3},?\s{1,3}(?:số\s{1,3}\S{1,40}\s{0,3},?\s{1,3})?" + _DATE)
#: A number and symbol as a text prints them: ``61/2018/NĐ-CP``, ``1600/QĐ-TTg``.
_CLEAN = re.compile(r"(?<!\d)\d+(?:/\d{4})?/(?P<ky>[A-ZĐ]+(?:-[A-ZĐ][A-Za-zĐ]*)+|[A-ZĐ]+\d*)")
#: Signs a number may differ in from the table's and still be the table's text read wrong;
#: a date, within the same year and text.
_NUMBER_SIGNS = 2
_DATE_SIGNS = 2


def key(name: str) -> str:
    """A law's name without marks, case and signs: ``Thi đua, Khen thưởng`` = ``thi dua khen
    thuong``.

    >>> key("Thi đua, Khen thưởng"), key("Tổ chức  chính quyền địa phương")
    ('thi dua khen thuong', 'to chuc chinh quyen dia phuong')
    """
    words = strip_diacritics(nfc(name)).lower().replace("đ", "d").split()
    return " ".join(w for w in ("".join(c for c in word if c.isalnum()) for word in words) if w)


@cache
def known() -> tuple[Known, ...]:
    """The table of data/van_ban_can_cu.yaml."""
    return tuple(Known(nfc(t["loai"]), nfc(t["so"]) if t.get("so") else None,
                       nfc(t["ten"]) if t.get("ten") else None, date.fromisoformat(t["ngay"]),
                       nfc(t["ban_hanh"])) for t in load_data("van_ban_can_cu.yaml")["van_ban"])


@cache
def _symbols() -> frozenset[str]:
    return frozenset(m["ky"] for t in known() if t.so and (m := _CLEAN.fullmatch(t.so)))


def citations(text: str) -> list[Citation]:
    """The texts ``text`` cites with a number or a law's name, and a date.

    >>> [(c.loai, c.ten, c.year) for c in citations("Căn cứ Luật Thi đua, khen thưởng ngày "
    ...  "15 tháng 6 năm 2022; Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ")]
    [('Luật', 'Thi đua, khen thưởng', '2022'), ('Nghị định', None, '2023')]
    """
    laws = [Citation(m["loai"], None, m["ten"], m["d"], m["m"], m["y"],
                     (m.start("d"), m.end("y")), m.start()) for m in _LAW.finditer(text)]
    found = [Citation(m["loai"] or "", m.span("so"), None, m["d"], m["m"], m["y"],
                      (m.start("d"), m.end("y")), m.start()) for m in _NUMBERED.finditer(text)]
    found = [c for c in found  # a law's own number (``Luật Đầu tư số 143/2025/QH15``): the law
             if not any(law.start < c.start < law.when[1] for law in laws)]
    return sorted(found + laws, key=lambda c: c.start)


def _figures(day: int | str, month: int | str, year: int | str) -> str:
    return f"{int(day)}/{int(month)}/{year}"


def _date_off(c: Citation, t: Known) -> int:
    return int(Levenshtein.distance(_figures(c.day, c.month, c.year),
                                    _figures(t.ngay.day, t.ngay.month, t.ngay.year)))


def _same_year(c: Citation, t: Known) -> bool:
    """A symbol without its year (``1600/QĐ-TTg``) is one text only within its year."""
    return bool(t.so and re.search(r"/\d{4}/", t.so)) or int(c.year) == t.ngay.year


#: A law is one version of its name: a year read a decade off (``Luật Ngân sách nhà nước ngày
#: 25/6/2025``, where the table holds the law of 25/6/2015) may be a version the table does not
#: hold, so a scan's year is mended within its decade only (``22/11/2010`` for 2019), and a
#: typed one is told only within its year.


def _laws(c: Citation) -> list[Known]:
    return [t for t in known() if t.ten and t.loai == c.loai and key(t.ten) == key(c.ten or "")]


def possible(c: Citation) -> bool:
    """The citation's date is a day of the calendar (not ``31/6/2015``, ``19/16/2015``)."""
    try:
        date(int(c.year), int(c.month), int(c.day))
    except ValueError:
        return False
    return True


def _misread(read: str, so: str) -> int | None:
    """The signs a number as read differs in from ``so`` when each is a sign OCR confuses (a
    letter for a digit or a digit for a letter, a letter for a letter, a space, a slash); None
    when a digit stands for another digit, or one is missing or added: that is another text."""
    ops = Levenshtein.editops(read, so)
    for op in ops:
        was = read[op.src_pos] if op.tag != "insert" else ""
        now = so[op.dest_pos] if op.tag != "delete" else ""
        if was.isdigit() and now.isdigit() or op.tag == "insert" and now.isdigit() \
                or op.tag == "delete" and was.isdigit():
            return None
    return len(ops)


def read_as(text: str, c: Citation) -> Known | None:
    """The one known text a citation OCR read names, when it shows OCR's damage: a space, a
    slash or a letter in its number read for the table's, or a date no calendar has a sign or
    two from the table's; None when it is well formed (a date other than the table's is the
    letter's own, for check to tell), names no known text, or may name two.

    >>> law = "Luật Ngân sách nhà nước ngày {} tháng 6 năm 2015"
    >>> [read_as(law.format(d), citations(law.format(d))[0]) is None for d in (35, 26)]
    [False, True]
    """
    if c.so is None:
        if possible(c):
            return None
        near = [t for t in _laws(c)
                if _date_off(c, t) <= 1 and c.year[:3] == f"{t.ngay.year}"[:3]]
        return near[0] if len(near) == 1 else None
    read = text[c.so[0]:c.so[1]]
    clean = _CLEAN.fullmatch(read)
    other = clean is not None and clean["ky"] in _symbols()  # a number of its own, well formed
    fits = []
    for t in known():
        if t.so is None or c.loai not in ("", t.loai) or not _same_year(c, t):
            continue
        late = _date_off(c, t)
        if read == t.so and late == 0:
            return None  # right as read
        off = 0 if read == t.so else None if other else _misread(read, t.so)
        if off is None or off > _NUMBER_SIGNS:
            continue
        if late == 0 or not possible(c) and late <= _DATE_SIGNS or off and possible(c):
            fits.append(t)  # the number mended; the date too when no calendar has it
    return fits[0] if len(fits) == 1 else None


def dated_otherwise(text: str, c: Citation) -> Known | None:
    """The known text a typed citation names with another date: its number and symbol as the
    table's, or a law's name whose one version is a sign away in the same year; None otherwise.

    >>> law = "Luật Ngân sách nhà nước ngày {} năm {}"
    >>> [dated_otherwise(law.format(d, y), citations(law.format(d, y))[0]) is None
    ...  for d, y in (("26 tháng 6", 2015), ("25 tháng 6", 2025), ("25 tháng 6", 2016))]
    [False, True, True]
    """
    if c.so is None:
        laws = _laws(c)
        if not laws or any(_date_off(c, t) == 0 for t in laws):
            return None
        near = [t for t in laws if _date_off(c, t) == 1 and int(c.year) == t.ngay.year]
        return near[0] if len(near) == 1 else None
    read = text[c.so[0]:c.so[1]]
    named = [t for t in known()
             if t.so == read and c.loai in ("", t.loai) and _same_year(c, t)]
    return named[0] if len(named) == 1 and _date_off(c, named[0]) else None


def written(text: str, c: Citation, t: Known) -> str:
    """``text`` with the citation's number as the table's text has it, and its date when no
    calendar has it, in the citation's own form (figures or words, a day's 0 kept).

    >>> s = "Căn cứ Nghị định số 92/201 7/NĐ-CP ngày 07 tháng 8 năm 2017"
    >>> written(s, citations(s)[0], Known("Nghị định", "92/2017/NĐ-CP", None,
    ...                                   date(2017, 8, 7), "Chính phủ"))
    'Căn cứ Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017'
    """
    day = f"{t.ngay.day:0{len(c.day)}d}"
    month = f"{t.ngay.month:0{len(c.month)}d}"
    span = text[c.when[0]:c.when[1]]
    figures = re.fullmatch(r"(\d{1,2})(\s*/\s*|\s+tháng\s+)(\d{1,2})(\s*/\s*|\s+năm\s+)(\d{4})",
                           span)
    assert figures is not None
    new_date = f"{day}{figures[2]}{month}{figures[4]}{t.ngay.year}"
    out = text if possible(c) else text[:c.when[0]] + new_date + text[c.when[1]:]
    if c.so is not None and t.so is not None:
        out = out[:c.so[0]] + t.so + out[c.so[1]:]
    return out
