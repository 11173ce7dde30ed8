"""A movement's name carried down names the unit: "“Đẩy mạnh cải cách hành chính nhà nước trên
địa bàn tỉnh Lâm Đồng”" becomes, for xã Lạc Dương, "… trên địa bàn xã Lạc Dương”", never a bare
level word ("trên địa bàn xã”"), which names no movement."""

from __future__ import annotations

import re
from typing import Any

#: the kinds of unit a name ends with
_KINDS = ("đặc khu", "thị trấn", "thị xã", "thành phố", "xã", "phường", "huyện", "quận", "tỉnh")


def unit_named(ten_goi: str) -> str:
    """The unit's kind and name at the end of its name, "" if none.

    >>> unit_named("Ủy ban nhân dân xã Lạc Dương"), unit_named("Sở Xây dựng tỉnh Lào Cai")
    ('xã Lạc Dương', 'tỉnh Lào Cai')
    """
    at = max((f" {ten_goi} ".rfind(f" {kind} "), kind) for kind in _KINDS)
    return ten_goi[at[0]:] if at[0] >= 0 else ""


def named_in_titles(spec: dict[str, Any], ten_goi: str, dia_ban: str) -> None:
    """Each quoted name in ``spec``'s trích yếu and body ending in "trên địa bàn <dia_ban>"
    (the level word alone) with the unit's name after it, from ``ten_goi``.

    >>> spec = {"trich_yeu": "Phát động “Đẩy mạnh cải cách trên địa bàn xã” năm 2026",
    ...         "noi_dung": "theo “Dân vận khéo trên địa bàn toàn xã”; trên địa bàn xã."}
    >>> named_in_titles(spec, "Ủy ban nhân dân xã Lạc Dương", "xã")
    >>> print(spec["trich_yeu"]); print(spec["noi_dung"])
    Phát động “Đẩy mạnh cải cách trên địa bàn xã Lạc Dương” năm 2026
    theo “Dân vận khéo trên địa bàn toàn xã Lạc Dương”; trên địa bàn xã.
    """
    unit = unit_named(ten_goi)
    if not unit.startswith(dia_ban + " "):
        return
    bare = re.compile(rf"(“[^“”\n]{{1,300}}?\btrên địa bàn (?:toàn )?){re.escape(dia_ban)}(?=”)")
    for key in ("trich_yeu", "noi_dung"):
        if isinstance(spec.get(key), str):
            spec[key] = bare.sub(lambda m: m[1] + unit, spec[key])
