"""An item of a province's letter given to its own bodies and the huyện together ("1. Thủ
trưởng các sở, ban ngành tỉnh, Chủ tịch UBND cấp huyện, các đơn vị sự nghiệp …", its points
under it): in a commune's letter dated from 1 July 2025, when the huyện's work is the commune's,
given to the units the letter is sent to, told (``cap_huyen`` in data/derive/van.yaml)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ntm_docgen.derive.ownlevel import words
from ntm_docgen.i18n import N_, said, shortened
from ntm_docgen.vietnamese.donvi import HAI_CAP
from ntm_docgen.vietnamese.text import ngay_so

_ITEM = re.compile(r"^((?:\d{1,2}\.)+\s+)(.*?)(:?)$")
_POINT = re.compile(r"^(?:[a-zđø]\)|[-+•])\s")
#: a commune's own level or below in a list's part: "UBND các xã", "trưởng thôn"
_BELOW = re.compile(r"(?<!\w)(?:xã|phường|thị trấn|đặc khu|thôn|tổ dân phố)(?!\w)(?! hội)",
                    re.IGNORECASE)


def _mixed(subject: str) -> bool:
    """Whether ``subject`` lists bodies of the province and the huyện, and none below.

    >>> _mixed("Thủ trưởng các sở, ban ngành tỉnh, Chủ tịch UBND cấp huyện, các đơn vị sự "
    ...        "nghiệp, doanh nghiệp Nhà nước thuộc UBND tỉnh")
    True
    >>> _mixed("Chủ tịch UBND cấp huyện"), _mixed("Các sở, ngành; UBND các huyện, xã")
    (False, False)
    >>> _mixed("Sở Nội vụ chủ trì, phối hợp với UBND các huyện tổ chức hội nghị tập huấn")
    False
    """
    parts = [x.strip() for x in re.split(r",|;| và ", subject) if x.strip()]
    province = re.compile(rf"(?<!\w)(?:{words('tinh_than')})(?!\w)", re.IGNORECASE)
    huyen = re.compile(rf"(?<!\w)(?:{words('cap_huyen')})(?!\w)", re.IGNORECASE)
    if len(parts) < 2 or _BELOW.search(subject) or len(subject) > 200:
        return False
    # a list of bodies, each a few words: no task among them ("… tổ chức hội nghị tập huấn")
    if any(len(x.split()) > 8 for x in parts):
        return False
    return any(province.search(x) for x in parts) and any(huyen.search(x) for x in parts)


def given_over(spec: dict[str, Any], cap: str, day: date, units: str) -> list[str]:
    """A commune's letter of ``day`` with each item given to the province's bodies and the
    huyện together given to ``units`` (the letter's own: "Các ban, ngành, đoàn thể xã; …"),
    told.

    >>> spec = {"noi_dung": "I. NỘI DUNG\\n1. Thủ trưởng các sở, ban ngành tỉnh, Chủ tịch UBND "
    ...     "cấp huyện\\na) Quán triệt.\\n2. Giám đốc Công an tỉnh, Chủ tịch UBND cấp huyện"}
    >>> told = given_over(spec, "xã", date(2025, 12, 15), "Các ban, ngành, đoàn thể xã")
    >>> print(spec["noi_dung"])
    I. NỘI DUNG
    1. Các ban, ngành, đoàn thể xã
    a) Quán triệt.
    2. Giám đốc Công an tỉnh, Chủ tịch UBND cấp huyện
    """
    if cap not in ("xã", "phường", "đặc khu") or day < HAI_CAP or not spec.get("noi_dung"):
        return []
    lines = str(spec["noi_dung"]).split("\n")
    given: list[str] = []
    for n, line in enumerate(lines):
        item = _ITEM.match(line.strip())
        points = n + 1 < len(lines) and _POINT.match(lines[n + 1].strip())
        if item and points and _mixed(item[2]):
            given.append(item[2])
            lines[n] = f"{item[1]}{units}{item[3]}"
    if not given:
        return []
    spec["noi_dung"] = "\n".join(lines)
    return [said(N_("these items of the letter implemented are given to bodies of the province "
                    "and to the huyện together; since {since} the huyện's work is the {unit}'s, "
                    "so each was given to {units}: {items}; check them before sending"),
                 since=ngay_so(HAI_CAP), unit=cap,
                 units=units[:1].lower() + units[1:] if units.startswith("Các ") else units,
                 items="; ".join(f"“{shortened(x, 120)}”" for x in given))]
