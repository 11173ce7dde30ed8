"""The type table of Phụ lục III: codes, names, and the layout family of each type."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import N_, _
from ntm_docgen.vietnamese.text import is_upper_vi, nfc, strip_diacritics, upper_vi

#: Each layout in words, as the type table (``types``) and a skeleton's first line name it.
LAYOUT_NAMES = {"van_ban": N_("document with a type name (form 1.4)"),
                "cong_van": N_("công văn (form 1.5)"),
                "quyet_dinh": N_("quyết định / nghị quyết (forms 1.1-1.3)"),
                "giay_moi": N_("giấy mời (form 1.7)")}


@dataclass(frozen=True)
class Loai:
    """One type of document: ``ma`` is the Phụ lục III code (empty for a công văn).

    ``code`` is what a spec, ``new`` and ``types`` use: ``ma``, or ``CV`` for the công văn, whose
    ký hiệu carries no type code.
    """

    ma: str
    ten: str
    layout: str
    code: str = ""

    @property
    def is_cong_van(self) -> bool:
        return self.layout == "cong_van"

    @property
    def layout_words(self) -> str:
        """The layout in the user's words: ``giấy mời (mẫu 1.7)``."""
        return _(LAYOUT_NAMES[self.layout])

    @property
    def ten_hoa(self) -> str:
        """The type name as printed in ô 5a: ``KẾ HOẠCH``."""
        return upper_vi(self.ten)


def _key(text: str) -> str:
    return strip_diacritics(nfc(text)).casefold().replace(" ", "")


@cache
def all_loai() -> tuple[Loai, ...]:
    """Every type of the table, in the decree's order."""
    rows = load_data("loai.yaml")["loai"]
    return tuple(Loai(ma="" if r.get("khong_ma") else r["ma"], ten=r["ten"], layout=r["layout"],
                      code=r["ma"]) for r in rows)


@cache
def _index() -> dict[str, Loai]:
    table: dict[str, Loai] = {}
    for row, loai in zip(load_data("loai.yaml")["loai"], all_loai(), strict=True):
        table.setdefault(nfc(row["ma"]), loai)
        table.setdefault(_key(row["ten"]), loai)
    table.setdefault("congvan", table[_key("Công văn")])
    return table


def find_loai(name: str) -> Loai | None:
    """Look a type up by its code (exact: ``QĐ``) or its name (case and diacritics forgiven).

    >>> find_loai("KH").ten, find_loai("ke hoach").ma, find_loai("CÔNG VĂN").is_cong_van
    ('Kế hoạch', 'KH', True)
    >>> find_loai("QD").ma, find_loai("Quyết định").layout
    ('QĐ', 'quyet_dinh')
    >>> find_loai("kh").ma, find_loai("ttr").ma, find_loai("QYD").ma, find_loai("cv").is_cong_van
    ('KH', 'TTr', 'QyĐ', True)
    >>> find_loai("da").ten, find_loai("đa").ten
    ('Dự án', 'Đề án')
    >>> find_loai("XYZ") is None
    True
    """
    name = nfc(str(name)).strip()
    table = _index()
    if name in table:
        return table[name]
    key = _key(name)
    if key in table:
        return table[key]
    # A code in other case (kh, ttr, QYĐ), or typed without its Đ (QD; DA stays Dự án).
    for code, loai in table.items():
        if code[:1].isupper() and code.casefold() == name.casefold():
            return loai
    for code, loai in table.items():
        if code[:1].isupper() and code != strip_diacritics(code) \
                and strip_diacritics(code).casefold() == name.casefold():
            return loai
    return None


@dataclass(frozen=True)
class TypeHeading:
    """A heading that begins with a type name: ``GIẤY MỜI HỌP`` is Giấy mời, then ``HỌP``.

    ``loai`` is the table's type, or None for a name outside the table (``ngoai_bang`` of
    data/loai.yaml: a permit, a law, a petition), whose group ``nhom`` then says what it is.
    ``ten`` is the name as the table writes it; ``words`` what follows it, as printed.
    """

    ten: str
    loai: Loai | None
    words: str = ""
    nhom: str = ""

    @property
    def words_lower(self) -> str:
        """The words after the name in lower case when the heading is in capitals."""
        return self.words.lower() if is_upper_vi(self.words) else self.words


@cache
def _heading_names() -> tuple[tuple[tuple[str, ...], str, Loai | None, str], ...]:
    """(words of the name, name, type, group) for every name, longest first."""
    data = load_data("loai.yaml")
    names: list[tuple[str, Loai | None, str]] = [(lo.ten, lo, "") for lo in all_loai()]
    names += [(row["ten"], None, row["nhom"]) for row in data.get("ngoai_bang", [])]
    rows = [(tuple(nfc(ten).casefold().split()), ten, lo, nhom) for ten, lo, nhom in names]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def _plain(name: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(strip_diacritics(w) for w in name)


def split_heading(text: str) -> TypeHeading | None:
    """The type name a heading begins with (any type of Phụ lục III, or a name outside the
    table), and the words after it; None when it begins with no type name.

    Case is forgiven; diacritics too for a name of two words or more (an OCR copy), never
    for one word (``LUẬT``).

    >>> h = split_heading("GIẤY MỜI HỌP")
    >>> h.ten, h.loai.ma, h.words, h.words_lower
    ('Giấy mời', 'GM', 'HỌP', 'họp')
    >>> h = split_heading("GIẤY PHÉP SỬ DỤNG TẦN SỐ VÔ TUYẾN ĐIỆN")
    >>> h.ten, h.loai, h.nhom, h.words
    ('Giấy phép', None, 'chuyen_nganh', 'SỬ DỤNG TẦN SỐ VÔ TUYẾN ĐIỆN')
    >>> split_heading("KẾ HOẠCH").loai.ma, split_heading("Ke hoach to chuc").words
    ('KH', 'to chuc')
    >>> split_heading("THÔNG TƯ LIÊN TỊCH").ten, split_heading("BẢN GHI NHỚ HỢP TÁC").loai.ma
    ('Thông tư liên tịch', 'BGN')
    >>> split_heading("ĐƠN ĐỀ NGHỊ").nhom, split_heading("ĐƠN VỊ TÍNH") is None
    ('dan_su', True)
    >>> split_heading("QUYẾT ĐỊNH:").words, split_heading("GIẤY") is None
    ('', True)
    """
    words = nfc(text).strip().split()
    names = _heading_names()
    # The line's first words, folded and stripped once (names are 1-4 words), not per name.
    head_all = [w.casefold().rstrip(":.,;") for w in words[:len(names[0][0])]]
    plain_all = [strip_diacritics(w) for w in head_all]
    for name, ten, loai, nhom in names:
        n = len(name)
        head = head_all[:n]
        if len(words) < n or not head[-1]:
            continue
        same = tuple(head) == name or (n > 1 and tuple(plain_all[:n]) == _plain(name))
        if same:
            rest = " ".join(words[n:]).strip(" :-–")
            return TypeHeading(ten=ten, loai=loai, words=rest, nhom=nhom)
    return None


def old_code(code: str) -> str | None:
    """The current code for a Thông tư 01/2011 code (``GT`` → ``GGT``), or None.

    >>> old_code("GT"), old_code("HD")
    ('GGT', None)
    """
    return load_data("loai.yaml")["ma_cu"].get(code)


def copy_codes() -> dict[str, str]:
    """The copy forms and their codes: ``{"SAO Y": "SY", ...}``."""
    return {r["hinh_thuc"]: r["ma"] for r in load_data("loai.yaml")["ban_sao"]}



def abbreviation(text: str) -> str:
    """An abbreviation of a ký hiệu (an issuer's, a unit's) typed in lower case, in capitals
    (Điều 15); one with a capital is kept as written (``TTg``).

    >>> abbreviation("snv"), abbreviation("btđkt"), abbreviation("TTg")
    ('SNV', 'BTĐKT', 'TTg')
    """
    return upper_vi(text) if text.islower() else text


def in_capitals(ky_hieu: str, mixed: frozenset[str] = frozenset()) -> str:
    """A ký hiệu typed in lower case as the decree writes it: a type code as Phụ lục III spells
    it (``TTr``, ``TrS``), a code of ``mixed`` as written there (``TTg``), any other part in
    capitals (Điều 15).

    >>> in_capitals("kh-snv"), in_capitals("ttr-ubnd"), in_capitals("qđ-ttg", frozenset({"TTg"}))
    ('KH-SNV', 'TTr-UBND', 'QĐ-TTg')
    """
    known = {code.casefold(): code for code in (
        *(lo.ma for lo in all_loai() if lo.ma), *copy_codes().values(), *mixed)}
    return "-".join(known.get(part.casefold(), upper_vi(part)) for part in ky_hieu.split("-"))
