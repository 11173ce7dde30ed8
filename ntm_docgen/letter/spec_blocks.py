"""The blocks of a spec that profiles and copies share, each checked key by key: ô 2
(``co_quan``), ô 7 (``ky`` with its ``quyen_han`` lines), a copy block (``ban_sao``), and the
Nơi nhận list with its Lưu line (contract §1, §3, §5)."""

from __future__ import annotations

import re
from typing import Any

from ntm_docgen.i18n import _
from ntm_docgen.letter.model import (
    COPY_KEYS,
    HINH_THUC,
    QUYEN_HAN_PREFIXES,
    BanSao,
    ChuKy,
    CoQuan,
)
from ntm_docgen.letter.schema import Checker, describe
from ntm_docgen.letter.spec_items import LUU_ITEM
from ntm_docgen.vietnamese.loai import abbreviation, in_capitals
from ntm_docgen.vietnamese.text import upper_vi

_QUYEN_HAN_RE = re.compile(r"^(TM|KT|TL|TUQ|Q)\.\s*(\S.*)$")


def parse_co_quan(check: Checker, data: Any, path: str) -> CoQuan | None:
    """Ô 2 from plain data at ``path`` (problems go to ``check``); shared with profiles."""
    body = check.mapping(data, path, {"ten", "chu_quan", "viet_tat"}, {"ten"})
    ten = check.text(body, "ten", path, lines=True)
    if ten is None:
        return None
    return CoQuan(ten=ten.replace("\\n", "\n"),
                  chu_quan=(check.text(body, "chu_quan", path, lines=True) or "")
                  .replace("\\n", "\n") or None,
                  viet_tat=as_abbr(check.text(body, "viet_tat", path)))


def parse_chu_ky(check: Checker, data: Any, path: str) -> ChuKy | None:
    """Ô 7 from plain data at ``path`` (problems go to ``check``); shared with profiles."""
    body = check.mapping(data, path, {"quyen_han", "chuc_vu", "ho_ten"}, {"chuc_vu", "ho_ten"})
    lines = []
    for index, line in enumerate(check.text_list(body, "quyen_han", path)):
        fixed = normalise_quyen_han(line)
        if fixed is None:
            check.fail(f"{path}.quyen_han[{index}]",
                       _("an authority line starts with {prefixes} (TM. ỦY BAN NHÂN DÂN, KT. "
                         "CHỦ TỊCH)").format(prefixes=", ".join(QUYEN_HAN_PREFIXES)),
                       describe(line))
        else:
            lines.append(fixed)
    chuc_vu = check.text(body, "chuc_vu", path)
    ho_ten = check.text(body, "ho_ten", path)
    if chuc_vu is None or ho_ten is None:
        return None
    return ChuKy(chuc_vu=chuc_vu, ho_ten=ho_ten, quyen_han=tuple(lines))


def normalise_quyen_han(line: str) -> str | None:
    """``KT.CHỦ TỊCH`` → ``KT. CHỦ TỊCH``; None when the line has no known prefix.

    >>> normalise_quyen_han("KT.TRƯỞNG BAN"), normalise_quyen_han("tm. ủy ban nhân dân")
    ('KT. TRƯỞNG BAN', 'TM. ỦY BAN NHÂN DÂN')
    >>> normalise_quyen_han("THAY MẶT") is None
    True
    """
    match = _QUYEN_HAN_RE.match(upper_vi(line.strip()))
    if not match:
        return None
    return f"{match.group(1)}. {match.group(2).strip()}"


#: The list's mark a clerk types before an item (``- ``, ``+ ``, ``•``); a minus before a digit
#: is the item's own (``-2+3 tổ``: tổ 2 and tổ 3), kept.
_LIST_MARK = re.compile(r"^(?:-(?!\d)|[+•])\s*")


def noi_nhan_items(items: tuple[str, ...]) -> tuple[str, ...]:
    """Strip the ``- `` and ``;``/``.`` that clerks type out of habit; the layout adds them.
    Items typed ``+ ...`` under one that ends with a colon are its parts, kept as typed
    (``Văn phòng UBND tỉnh:`` / ``+ CVP, PCVP``); a colon no part follows is a typing slip.

    >>> noi_nhan_items(("- Như trên;", "Văn phòng UBND tỉnh:", "+ CVP, PCVP;", "+ Lưu: VT"))
    ('Như trên', 'Văn phòng UBND tỉnh:', '+ CVP, PCVP', 'Lưu: VT')
    >>> noi_nhan_items(("+ Như trên;", "Các cơ quan tại Điều 3:", "- Sở Nội vụ"))
    ('Như trên', 'Các cơ quan tại Điều 3', 'Sở Nội vụ')
    >>> noi_nhan_items(("Ban A", "Lưu:", "+ VT", "+ TH (02b)", "Các xã:", "+ Tân Thành:"))
    ('Ban A', 'Lưu: VT, TH (02b)', 'Các xã:', '+ Tân Thành')
    >>> noi_nhan_items(("-2+3 tổ", "- -2+3 tổ;", "- 2+3 tổ", "-UBND xã", "Các tổ:", "+2 tổ"))
    ('-2+3 tổ', '-2+3 tổ', '2+3 tổ', 'UBND xã', 'Các tổ:', '+ 2 tổ')
    """
    out: list[str] = []
    under = False  # the item above ends with a colon, or is a part of one that does
    for item in items:
        text = _LIST_MARK.sub("", item.strip()).rstrip(";.,").strip()
        part = under and item.strip().startswith("+") and not LUU_ITEM.match(text)
        if part and out and LUU_ITEM.fullmatch(out[-1].rstrip(": ") + ":"):
            out[-1] = f"{out[-1].rstrip(': ')}: {text}"  # ``Lưu:`` / ``+ VT``: its units
            continue
        if part and out and LUU_ITEM.match(out[-1]) and not out[-1].startswith("+ "):
            out[-1] = f"{out[-1]}, {text}"
            continue
        if out and not part and not out[-1].startswith("+ "):
            out[-1] = out[-1].rstrip(": ")
        out.append(f"+ {text.rstrip(': ')}" if part else text)
        under = part or text.endswith(":") and not item.strip().startswith("+")
    if out and not out[-1].startswith("+ "):
        out[-1] = out[-1].rstrip(": ")
    return tuple(out)


def luu_text(luu: str | None) -> str | None:
    if luu is None:
        return None
    return re.sub(r"^(-\s*)?Lưu\s*:\s*", "", luu).rstrip(" .;") or None



def closing(check: Checker, items: tuple[str, ...], luu: str | None,
             path: str) -> tuple[tuple[str, ...], str | None]:
    """The Nơi nhận items and the Lưu line: a Lưu line typed in the list is the letter's Lưu
    line (printed last, once); one that says other than ``luu`` is a problem.

    >>> closing(Checker(), ("Sở A", "Lưu: VT, TH"), None, "")
    (('Sở A',), 'VT, TH')
    >>> closing(Checker(), ("Lưu trữ", "Lưu VT"), "VT", "")
    (('Lưu trữ',), 'VT')
    """
    kept = []
    for index, item in enumerate(items):
        found = LUU_ITEM.match(item)
        if found is None:
            kept.append(item)
            continue
        typed = item[found.end():].rstrip(" .;")
        if luu is None:
            luu = typed or None
        elif typed and " ".join(typed.split()).casefold() != " ".join(luu.split()).casefold():
            check.fail(f"{_p(path, 'noi_nhan')}[{index}]", _(
                "a Lưu line, and the letter prints its Lưu line last from luu ({luu}): remove "
                "this one, or write it as luu").format(luu=luu), describe(item))
    return tuple(kept), luu


def parse_ban_sao(check: Checker, data: Any, path: str) -> BanSao | None:
    body = check.mapping(data, path, COPY_KEYS, {"hinh_thuc", "co_quan", "dia_danh", "ky"})
    if not body:
        return None
    hinh_thuc = check.choice(body, "hinh_thuc", path, HINH_THUC, _hinh_thuc)
    co_quan = parse_co_quan(check, body.get("co_quan"), _p(path, "co_quan")) if "co_quan" in body \
        else None
    ky = parse_chu_ky(check, body.get("ky"), _p(path, "ky")) if "ky" in body else None
    dia_danh = check.text(body, "dia_danh", path)
    noi_nhan, luu = closing(check, noi_nhan_items(check.text_list(body, "noi_nhan", path)),
                             luu_text(check.text(body, "luu", path)), path)
    rest = dict(so=check.integer(body, "so", path),
                ky_hieu_=capitals(check.text(body, "ky_hieu", path)),
                ngay=check.iso_date(body, "ngay", path),
                nam=check.year(body, "nam", path),
                noi_nhan=noi_nhan, luu=luu)
    if hinh_thuc is None or co_quan is None or ky is None or dia_danh is None:
        return None
    return BanSao(hinh_thuc=hinh_thuc, co_quan=co_quan, ky=ky, dia_danh=dia_danh,
                  **rest)  # type: ignore[arg-type]


def _hinh_thuc(text: str) -> str:
    """``sao y bản chính`` → ``SAO Y``: the decree's word for the older wording."""
    text = upper_vi(" ".join(text.split()))
    return "SAO Y" if text == "SAO Y BẢN CHÍNH" else text


def as_abbr(text: str | None) -> str | None:
    """Abbreviations in a ký hiệu are capitals (Điều 15): ``snv`` → ``SNV``; an official
    mixed-case one (``TTg``) is kept as written."""
    return abbreviation(text) if text else text


def capitals(ky_hieu: str | None) -> str | None:
    """A ký hiệu typed in lower case (``kh-snv``) as the decree writes it (``KH-SNV``); one
    with a capital is kept as written (``QĐ-TTg``)."""
    return in_capitals(ky_hieu) if ky_hieu and ky_hieu.islower() else ky_hieu


def _p(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
