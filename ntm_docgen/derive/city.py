"""A city under the centre writes as a city: "Thành ủy", "HĐND thành phố", "các sở, ban,
ngành, đoàn thể cấp thành phố", where the province-level rules wrote "Tỉnh ủy", "HĐND tỉnh",
"cấp tỉnh" (data/derive/van.yaml's ``thanh_pho_tw``; the 2025 list says which units are such
cities)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ntm_docgen.derive.quoted import quoted_spans
from ntm_docgen.derive.rules import citation_spans, van
from ntm_docgen.vietnamese.donvi import province_named

#: what follows a province's word that makes it another's: a place's name, or ", thành phố"
_ANOTHERS = re.compile(r"\s[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]|,\s?(?:thành phố|TP)")


@cache
def _words() -> re.Pattern[str]:
    words = sorted(van()["thanh_pho_tw"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def central_city(cap: str, tinh: str) -> bool:
    """Whether the province-level unit ``tinh`` is a city under the centre.

    >>> central_city("tỉnh", "Huế"), central_city("tỉnh", "Lào Cai"), central_city("xã", "Huế")
    (True, False, False)
    """
    found = province_named(tinh) if cap == "tỉnh" else None
    return found is not None and found.division_type.value == "thành phố trung ương"


def city_words(text: str) -> str:
    """``text`` with the province's words as a city writes them, outside what it cites.

    >>> city_words("Thường trực Tỉnh ủy (b/c); UBND tỉnh Lào Cai; các tỉnh, thành phố")
    'Thường trực Thành ủy (b/c); UBND tỉnh Lào Cai; các tỉnh, thành phố'
    >>> city_words("Các sở, ban, ngành, đoàn thể cấp tỉnh")
    'Các sở, ban, ngành, đoàn thể cấp thành phố'
    """
    words: dict[str, str] = van()["thanh_pho_tw"]

    def swap(found: re.Match[str]) -> str:
        # "UBND tỉnh Lào Cai" is another's; "tỉnh, thành phố" the list of all
        if _ANOTHERS.match(found.string, found.end()):
            return found[0]
        return words[found[0]]

    out = []
    for line in text.split("\n"):
        spans = citation_spans(line) + quoted_spans(line)
        pieces, last = [], 0
        for start, end in sorted(spans):
            if start < last:
                continue
            pieces += [_words().sub(swap, line[last:start]), line[start:end]]
            last = end
        out.append("".join(pieces) + _words().sub(swap, line[last:]))
    return "\n".join(out)


def as_a_city(spec: dict[str, Any], cap: str, tinh: str) -> None:
    """``spec``'s Kính gửi, body and Nơi nhận as a city under the centre writes them."""
    if not central_city(cap, tinh):
        return
    for key in ("kinh_gui", "noi_nhan"):
        if isinstance(spec.get(key), list):
            spec[key] = [city_words(str(x)) for x in spec[key]]
    for part in [spec, *(spec.get("phu_luc") or [])]:
        if isinstance(part.get("noi_dung"), str):
            part["noi_dung"] = city_words(part["noi_dung"])
