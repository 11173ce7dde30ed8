"""The type table of Phụ lục III: codes, names, and the layout family of each type."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.text import nfc, strip_diacritics, upper_vi


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


def old_code(code: str) -> str | None:
    """The current code for a Thông tư 01/2011 code (``GT`` → ``GGT``), or None.

    >>> old_code("GT"), old_code("HD")
    ('GGT', None)
    """
    return load_data("loai.yaml")["ma_cu"].get(code)


def copy_codes() -> dict[str, str]:
    """The copy forms and their codes: ``{"SAO Y": "SY", ...}``."""
    return {r["hinh_thuc"]: r["ma"] for r in load_data("loai.yaml")["ban_sao"]}
