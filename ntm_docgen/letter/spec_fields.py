"""How each key of a letter or copy spec is checked, and the value it gives (contract §1, §3)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Any

from ntm_docgen.files.limits import TABLE_CELLS
from ntm_docgen.i18n import N_, _, number, said
from ntm_docgen.letter.markup_table import cells, is_rule
from ntm_docgen.letter.model import (
    DO_KHAN,
    DO_MAT,
    PhuLuc,
)
from ntm_docgen.letter.schema import Checker, describe
from ntm_docgen.letter.spec_blocks import (
    as_abbr,
    capitals,
    closing,
    luu_text,
    noi_nhan_items,
    parse_ban_sao,
    parse_chu_ky,
    parse_co_quan,
)
from ntm_docgen.vietnamese.loai import Loai
from ntm_docgen.vietnamese.text import clean_control, nfc, upper_vi


def spec_fields(check: Checker, top: dict[str, Any], loai: Loai | None,
                keys: Collection[str]) -> dict[str, Any]:
    """The Spec fields that the top-level ``keys`` give (``ky_hieu`` is ``ky_hieu_``); every
    problem goes to ``check``."""
    fields: dict[str, Any] = {}
    for key in keys:
        fields.update(_FIELDS[key](check, top, loai))
    return fields


def _trich_yeu(check: Checker, top: dict[str, Any], loai: Loai | None) -> dict[str, Any]:
    trich_yeu = check.text(top, "trich_yeu", "", lines=True)
    given = top.get("trich_yeu")
    if given not in (None, "") and not isinstance(given, str):
        return {"trich_yeu": None}  # of another type (a number): said once, by check.text
    if trich_yeu is None and loai is not None and loai.layout == "cong_van":  # no type name
        check.missing("trich_yeu", write=_("required (the V/v line under the number: V/v …); "
                                           "add it"))
    elif trich_yeu is None and (loai is None or loai.ma != "GM"):
        check.missing("trich_yeu", write=_("required (the summary line under the type name); "
                                           "add it"))
    return {"trich_yeu": trich_yeu}


def _thang(check: Checker, top: dict[str, Any]) -> int | None:
    """The month a draft prints before its day is written (``ngày    tháng 10 năm 2026``)."""
    month = check.integer(top, "thang", "", minimum=-(10 ** 30))  # every number told as below
    if month is not None and not 0 < month < 13:
        check.fail("thang", _("expected a month from 1 to 12"), str(month))
        return None
    if month is not None and top.get("ngay") not in (None, ""):
        check.fail("thang", _("only for a draft whose day is not written yet: ngay already "
                              "gives the month; remove thang"), str(month))
        return None
    return month


def _noi_dung(check: Checker, top: dict[str, Any], loai: Loai | None) -> dict[str, Any]:
    noi_dung = top.get("noi_dung") or ""
    if not isinstance(noi_dung, str):
        check.fail("noi_dung", _("expected text (use `|` for several lines)"),
                   describe(noi_dung))
        noi_dung = ""
    _tables(check, "noi_dung", noi_dung)
    return {"noi_dung": clean_control(nfc(noi_dung))}


#: Word's widest table (LibreOffice draws more, Word refuses the file).
MAX_COLUMNS = 63


def _tables(check: Checker, path: str, text: str) -> None:
    """The pipe tables of ``text`` within Word's 63 columns and TABLE_CELLS cells, so that a
    small spec cannot make a letter of gigabytes; every row over is one problem."""
    count, wide, in_table = 0, 0, False
    lines = [line.strip() for line in text.splitlines()]
    for index, line in enumerate(lines):
        # a table opens with a row whose next line is a rule, and runs while lines open with |
        in_table = line.startswith("|") and (in_table or (
            index + 1 < len(lines) and is_rule(lines[index + 1])))
        if in_table and not is_rule(line):
            width = len(cells(line))
            count += width
            wide = max(wide, width)
    if wide > MAX_COLUMNS:
        check.fail(path, _("a table of {most} columns at most (Word's widest): split it into "
                           "tables of fewer columns").format(most=MAX_COLUMNS),
                   _("a row of {count} cells").format(count=wide))
    if count > TABLE_CELLS.value():
        check.fail(path, said(N_("tables of {limit} cells at most; put a longer list in a "
                                 "spreadsheet sent with the letter, or raise the limit with the "
                                 "environment variable {env}"),
                              limit=number(TABLE_CELLS.value()), env=TABLE_CELLS.env),
                   _("{count} cells").format(count=number(count)))


def _noi_nhan_field(check: Checker, top: dict[str, Any]) -> dict[str, Any]:
    # a Lưu line typed in the list may give ``luu`` too (bulk checks the keys one by one:
    # each reports its own key's problems, and both give the same Lưu line)
    items, luu = closing(check, noi_nhan_items(check.text_list(top, "noi_nhan", "")),
                          luu_text(Checker().text(top, "luu", "")), "")
    return {"noi_nhan": items, "luu": luu}


def _luu_field(check: Checker, top: dict[str, Any]) -> str | None:
    return closing(Checker(), noi_nhan_items(Checker().text_list(top, "noi_nhan", "")),
                    luu_text(check.text(top, "luu", "")), "")[1]


_Field = Callable[[Checker, dict[str, Any], "Loai | None"], dict[str, Any]]
#: How each top-level key of a letter spec is checked and what it gives.
_FIELDS: dict[str, _Field] = {
    # an empty block ({} or []) is read, so each key it lacks is told by its path
    "co_quan": lambda check, top, loai: {"co_quan": parse_co_quan(
        check, top["co_quan"], "co_quan") if top.get("co_quan") is not None else None},
    "ky": lambda check, top, loai: {"ky": parse_chu_ky(check, top["ky"], "ky")
                                    if top.get("ky") is not None else None},
    "trich_yeu": _trich_yeu,
    "phu_luc": lambda check, top, loai: {"phu_luc": _phu_luc(check, top.get("phu_luc"))},
    # ``ban_sao:`` left blank is no copy block (contract §1's skeleton); ``ban_sao: {}`` is a
    # block without its keys, each reported
    "ban_sao": lambda check, top, loai: {"ban_sao": parse_ban_sao(check, top["ban_sao"], "ban_sao")
                                         if top.get("ban_sao") is not None else None},
    "noi_dung": _noi_dung,
    "so": lambda check, top, loai: {"so": check.integer(top, "so", "")},
    "ky_hieu": lambda check, top, loai: {"ky_hieu_": capitals(check.text(top, "ky_hieu", ""))},
    "don_vi": lambda check, top, loai: {"don_vi": as_abbr(check.text(top, "don_vi", ""))},
    "dia_danh": lambda check, top, loai: {"dia_danh": check.text(top, "dia_danh", "") or ""},
    "ngay": lambda check, top, loai: {"ngay": check.iso_date(top, "ngay", "")},
    "nam": lambda check, top, loai: {"nam": check.year(top, "nam", "")},
    "thang": lambda check, top, loai: {"thang": _thang(check, top)},
    "kinh_gui": lambda check, top, loai: {"kinh_gui": _kinh_gui(check.text_list(
        top, "kinh_gui", ""))},
    "can_cu": lambda check, top, loai: {"can_cu": check.text_list(top, "can_cu", "")},
    "tham_quyen": lambda check, top, loai: {"tham_quyen": check.text(top, "tham_quyen", "")},
    "noi_nhan": lambda check, top, loai: _noi_nhan_field(check, top),
    "luu": lambda check, top, loai: {"luu": _luu_field(check, top)},
    "do_khan": lambda check, top, loai: {"do_khan": check.choice(top, "do_khan", "", DO_KHAN,
                                                                 _khan)},
    "do_mat": lambda check, top, loai: {"do_mat": check.choice(top, "do_mat", "", DO_MAT,
                                                               upper_vi)},
}


def _khan(text: str) -> str:
    """An urgency in capitals, ``HOẢ TỐC`` (the older place of the tone mark) as ``HỎA TỐC``.

    >>> _khan("hoả tốc"), _khan("Thượng khẩn")
    ('HỎA TỐC', 'THƯỢNG KHẨN')
    """
    return upper_vi(text).replace("HOẢ TỐC", "HỎA TỐC")


def _kinh_gui(items: tuple[str, ...]) -> tuple[str, ...]:
    """Strip a ``Kính gửi:`` typed before the recipient, and the ``- `` of a list typed out of
    habit (a dash and a space: a bulk value ``--- x`` is kept as written): the layout prints both.

    >>> _kinh_gui(("Kính gửi: UBND các huyện, thành phố", "kính gửi Sở Tài chính;"))
    ('UBND các huyện, thành phố', 'Sở Tài chính;')
    >>> _kinh_gui(("- Sở Nội vụ;", "+ Sở Tài chính."))
    ('Sở Nội vụ;', 'Sở Tài chính.')
    """
    bare = (re.sub(r"^[-+•–]\s+", "", re.sub(r"^kính\s+gửi\s*:?\s*", "", item,
                                             flags=re.IGNORECASE)) for item in items)
    return tuple(x for x in bare if x)


def _phu_luc(check: Checker, data: Any) -> tuple[PhuLuc, ...]:
    if data is None:
        return ()
    if not isinstance(data, list):
        check.fail("phu_luc", _("expected a list of attachments (- tieu_de: ...)"),
                   describe(data))
        return ()
    out = []
    for index, item in enumerate(data):
        path = f"phu_luc[{index}]"
        body = check.mapping(item, path, {"tieu_de", "ghi_chu", "noi_dung", "ten", "ngang"},
                             {"tieu_de"})
        tieu_de = check.text(body, "tieu_de", path, lines=True)
        noi_dung = body.get("noi_dung") or ""
        if not isinstance(noi_dung, str):
            check.fail(f"{path}.noi_dung", _("expected text"), describe(noi_dung))
            noi_dung = ""
        _tables(check, f"{path}.noi_dung", noi_dung)
        ngang = body.get("ngang")
        if ngang is not None and not isinstance(ngang, bool):
            check.fail(f"{path}.ngang", _("expected true (landscape pages) or false "
                                          "(portrait)"), describe(ngang))
            ngang = None
        if tieu_de:
            out.append(PhuLuc(tieu_de=tieu_de, noi_dung=clean_control(nfc(noi_dung)),
                              ghi_chu=check.text(body, "ghi_chu", path),
                              ten=check.text(body, "ten", path), ngang=ngang))
    return tuple(out)
