"""The letter form and spec data, both ways: one field per element, one row per list item.

A form field is named by its spec path (``co_quan.ten``, ``ky.chuc_vu``); a list is one field
given once per row (``noi_nhan``), so a comma inside "UBND các huyện, thị xã, thành phố" stays
in its one recipient. Keys a spec file holds that the form does not show (``nam``, a phụ lục's
``ngang``), and a field the page sent no input for, are kept as they were: a spec saved from the
desk holds what was opened plus the edits.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, Protocol

#: Text fields of the letter, by spec path, in the order of the page.
LETTER_FIELDS = ("loai", "co_quan.chu_quan", "co_quan.ten", "co_quan.viet_tat", "so",
                 "ky_hieu", "don_vi", "do_mat", "do_khan", "dia_danh", "ngay", "trich_yeu",
                 "tham_quyen", "noi_dung", "ky.chuc_vu", "ky.ho_ten", "luu")
#: List fields: one row per item.
LETTER_LISTS = ("kinh_gui", "can_cu", "ky.quyen_han", "noi_nhan")
#: The copy block's fields and lists (under ``ban_sao.``).
COPY_FIELDS = ("hinh_thuc", "co_quan.chu_quan", "co_quan.ten", "co_quan.viet_tat", "so",
               "ky_hieu", "dia_danh", "ngay", "ky.chuc_vu", "ky.ho_ten", "luu")
COPY_LISTS = ("ky.quyen_han", "noi_nhan")
#: A phụ lục row's fields (``phu_luc.tieu_de`` given once per attachment).
PHU_LUC_FIELDS = ("tieu_de", "ghi_chu", "noi_dung")
#: Fields whose line breaks the spec keeps (ô 2's names, the trích yếu, the body, a phụ lục's
#: title and content): the form shows them in a textarea, which keeps them. The others print on
#: one line, a break in them read as a space: the form shows them so, where a one-line input
#: would drop the break and glue the words ("BÁO CÁOTổng kết").
MULTILINE = {"co_quan.ten", "co_quan.chu_quan", "noi_dung", "trich_yeu", "ban_sao.co_quan.ten",
             "ban_sao.co_quan.chu_quan", "phu_luc.tieu_de", "phu_luc.noi_dung"}
#: A clerk's own issuer profile (contract §5): the issuer, its place, its signer; what a new
#: letter starts with and what an implementing letter is derived for.
PROFILE_FIELDS = ("ten_goi", "cap", "tinh", "thuoc", "co_quan.chu_quan", "co_quan.ten",
                  "co_quan.viet_tat", "dia_danh", "don_vi", "ky.chuc_vu", "ky.ho_ten",
                  "co_quan_thuong_truc")
PROFILE_LISTS = ("ky.quyen_han",)


class FormData(Protocol):
    """A submitted form: Starlette's FormData, or a dict of lists in tests."""

    def getlist(self, key: str) -> list[Any]: ...


def _get(data: Mapping[str, Any], path: str) -> Any:
    value: Any = data
    for key in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    """Set ``path`` in ``data`` (None or empty removes it, and an emptied block)."""
    keys = path.split(".")
    node = data
    for key in keys[:-1]:
        child = node.get(key)
        if not isinstance(child, dict):
            if value in (None, "", []):
                return
            child = node[key] = {}
        node = child
    if value in (None, "", []):
        node.pop(keys[-1], None)
    else:
        node[keys[-1]] = value
    for depth in range(len(keys) - 1, 0, -1):  # drop blocks left empty
        parent = _get(data, ".".join(keys[:depth - 1])) if depth > 1 else data
        if isinstance(parent, dict) and parent.get(keys[depth - 1]) == {}:
            parent.pop(keys[depth - 1])


def _one(form: FormData, name: str) -> str:
    values = form.getlist(name)
    text = values[-1] if values else ""
    return text.replace("\r\n", "\n").strip() if isinstance(text, str) else ""


def _rows(form: FormData, name: str) -> list[str]:
    return [v.strip() for v in form.getlist(name) if isinstance(v, str) and v.strip()]


#: The hidden input each list of the letter form sends with its name (``hien=kinh_gui``): a
#: list whose rows were all removed sends no row, and is still one the form shows.
SHOWN = "hien"


def _sent(form: FormData, name: str, rows: bool = False) -> bool:
    """Whether the page showed the field ``name`` (a text or choice field always sends its
    input; a list its marker): a field it did not show leaves the spec's value as it was."""
    return bool(form.getlist(name)) or rows and name in form.getlist(SHOWN)


#: Date fields: typed as clerks write dates (05/03/2026), kept in the spec as ISO.
DATES = {"ngay", "ban_sao.ngay"}


def _iso(text: str) -> str:
    """A typed date as the spec keeps it (ISO); text that is no date is kept, so that the
    validation names it.

    >>> _iso("5/3/2026"), _iso("2026-03-05"), _iso("31/02/2026")
    ('2026-03-05', '2026-03-05', '31/02/2026')
    """
    from ntm_docgen import api

    try:
        return api.parse_date(text).isoformat() if text else ""
    except ValueError:
        return text


def shown_date(value: Any) -> str:
    """A spec's ISO date as the form shows it (05/03/2026); anything else as it is.

    >>> shown_date("2026-03-05"), shown_date("hôm qua"), shown_date(None)
    ('05/03/2026', 'hôm qua', '')
    """
    import re

    text = "" if value is None else str(value)
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    return f"{match.group(3)}/{match.group(2)}/{match.group(1)}" if match else text


def _number(text: str) -> Any:
    return int(text) if text.isdigit() and len(text) < 10 else text


def spec_from_form(form: FormData, before: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Spec data from a submitted letter form, over ``before`` (keys the form lacks kept)."""
    data: dict[str, Any] = copy.deepcopy(dict(before or {}))
    _fields(form, data, "")
    if _sent(form, "phu_luc", rows=True) or _sent(form, "phu_luc.tieu_de"):
        data["phu_luc"] = _phu_luc(form, data.get("phu_luc"))
        if not data["phu_luc"]:
            data.pop("phu_luc")
    if _one(form, "ban_sao.hinh_thuc"):
        found = data.get("ban_sao")
        block: dict[str, Any] = found if isinstance(found, dict) else {}
        _fields(form, block, "ban_sao.")
        data["ban_sao"] = block
    elif _sent(form, "ban_sao.hinh_thuc"):  # "(no copy block)" chosen
        data.pop("ban_sao", None)
    for path in form.getlist("bo_khoa"):  # a key no letter has, the clerk chose to remove
        if isinstance(path, str) and "[" not in path:
            _set(data, path, None)
    if data.get("ngay"):  # the day written: a draft's month (thang, no field here) is the date's
        data.pop("thang", None)
    return in_order(data)


def _fields(form: FormData, data: dict[str, Any], prefix: str) -> None:
    """The letter's fields (``prefix`` ``ban_sao.``: its copy block's) the page sent, set in
    ``data``; the others left as they were."""
    fields, lists = (COPY_FIELDS, COPY_LISTS) if prefix else (LETTER_FIELDS, LETTER_LISTS)
    for path in fields:
        if _sent(form, prefix + path):
            text = _one(form, prefix + path)
            _set(data, path, _number(text) if path == "so" else _iso(text)
                 if prefix + path in DATES else text)
    for path in lists:
        if _sent(form, prefix + path, rows=True):
            _set(data, path, _rows(form, prefix + path))


#: Contract §1's key order, kept in a saved spec.
KEY_ORDER = ("loai", "co_quan", "so", "ky_hieu", "don_vi", "dia_danh", "ngay", "nam", "thang",
             "trich_yeu", "kinh_gui", "can_cu", "tham_quyen", "noi_dung", "ky", "noi_nhan", "luu",
             "do_khan", "do_mat", "phu_luc", "ban_sao")


def in_order(data: dict[str, Any]) -> dict[str, Any]:
    """The keys in the contract's order (unknown keys after them, as they came)."""
    known = {k: data[k] for k in KEY_ORDER if k in data}
    return {**known, **{k: v for k, v in data.items() if k not in known}}


def _phu_luc(form: FormData, before: Any) -> list[dict[str, Any]]:
    old = before if isinstance(before, list) else []
    columns = [form.getlist(f"phu_luc.{name}") for name in PHU_LUC_FIELDS]
    out = []
    for index, values in enumerate(zip(*columns, strict=False)):
        item = dict(old[index]) if index < len(old) and isinstance(old[index], dict) else {}
        for name, value in zip(PHU_LUC_FIELDS, values, strict=False):
            _set(item, name, str(value).replace("\r\n", "\n").strip())
        if item.get("tieu_de") or item.get("noi_dung"):
            out.append(item)
    return out


def form_values(data: Mapping[str, Any]) -> dict[str, Any]:
    """What the form shows for spec data: text per field path, a list of rows per list; a
    field printed on one line shown on one line (see MULTILINE)."""
    values: dict[str, Any] = {}
    for path in LETTER_FIELDS:
        values[path] = _shown(path, _text(_get(data, path)))
    values["ngay"] = shown_date(_get(data, "ngay"))
    for path in LETTER_LISTS:
        values[path] = [one_line(x) for x in _list(_get(data, path))]
    found = data.get("ban_sao")
    block: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    for path in COPY_FIELDS:
        values[f"ban_sao.{path}"] = _shown(f"ban_sao.{path}", _text(_get(block, path)))
    values["ban_sao.ngay"] = shown_date(_get(block, "ngay"))
    for path in COPY_LISTS:
        values[f"ban_sao.{path}"] = [one_line(x) for x in _list(_get(block, path))]
    listed = data.get("phu_luc")
    items: list[Any] = listed if isinstance(listed, list) else []
    values["phu_luc"] = [{name: _shown(f"phu_luc.{name}", _text(item.get(name)))
                          for name in PHU_LUC_FIELDS}
                         for item in items if isinstance(item, Mapping)]
    return values


def _shown(path: str, text: str) -> str:
    return text if path in MULTILINE else one_line(text)


def one_line(text: str) -> str:
    """A field printed on one line as the spec reads it: each line break one space.

    >>> one_line("CHỦ TỊCH ỦY BAN NHÂN DÂN\\r\\nXÃ TÂN THÀNH"), one_line("Như  trên")
    ('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN THÀNH', 'Như  trên')
    """
    if not any(c in text for c in "\r\n\v\f"):
        return text
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n").replace(
        "\f", "\n").split("\n")
    return " ".join(line.strip() for line in lines if line.strip())


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return ""
    return str(value)


def _list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, Sequence):
        return [_text(v) for v in value]
    return []


def field_of(path: str) -> str:
    """The form field a problem's path belongs to: ``kinh_gui[1]`` → ``kinh_gui``,
    ``phu_luc[0].tieu_de`` → ``phu_luc.tieu_de``.

    >>> field_of("ky.quyen_han[1]"), field_of("phu_luc[0].tieu_de"), field_of("ngay")
    ('ky.quyen_han', 'phu_luc.tieu_de', 'ngay')
    """
    import re

    return re.sub(r"\[\d+\]", "", path)


def profile_from_form(form: FormData, before: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Profile data from the profile form, over ``before`` (keys the form lacks kept)."""
    data: dict[str, Any] = copy.deepcopy(dict(before or {}))
    for path in PROFILE_FIELDS:
        _set(data, path, _one(form, path))
    for path in PROFILE_LISTS:
        _set(data, path, _rows(form, path))
    return data


def profile_values(data: Mapping[str, Any]) -> dict[str, Any]:
    """What the profile form shows for profile data (or a draft's: its issuer and signer)."""
    values: dict[str, Any] = {path: _text(_get(data, path)) for path in PROFILE_FIELDS}
    for path in PROFILE_LISTS:
        values[path] = _list(_get(data, path))
    return values


def date_rule(data: Mapping[str, Any]) -> str:
    """Ô 4 as it will print, shown beside the date field: a blank date prints the year the
    letter holds (``nam``, a scan's own; else this year's) and its month (``thang``), if any."""
    from ntm_docgen import api

    try:
        day = date.fromisoformat(str(data.get("ngay"))) if data.get("ngay") else None
    except ValueError:
        return ""
    nam, thang = data.get("nam"), str(data.get("thang"))
    held = int(nam) if isinstance(nam, int | str) and str(nam).isdigit() else None
    month = int(thang) if not day and thang.isdigit() and 0 < int(thang) < 13 else None
    year = day.year if day else (held or date.today().year)
    return api.date_line(str(data.get("dia_danh") or "…"), day, year, month)
