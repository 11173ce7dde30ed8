"""A letter implemented whose header lost the line naming its place ("ỦY BAN NHÂN DÂN" alone)
read as the province its date line is written at ("Thanh Hoá, ngày …"), told
(``khong_noi`` in data/derive/van.yaml)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ntm_docgen.derive.cite import issuer_name
from ntm_docgen.derive.rules import van
from ntm_docgen.derive.units import merged_into
from ntm_docgen.i18n import N_, said
from ntm_docgen.letter.spec import CoQuan, Spec
from ntm_docgen.vietnamese.donvi import province_name, province_named
from ntm_docgen.vietnamese.text import nfc, upper_vi

#: A place written as a city's, a town's or a district's (``TP. Thanh Hóa``, ``Thị xã …``).
_CITY = re.compile(r"^(?:TP\.?|Tp\.?|T\.P\.?|Thành phố|thành phố|TX\.?|Thị xã|thị xã|Huyện|huyện|"
                   r"Quận|quận)\s+")


def province_line(place: str, merged: bool = True) -> str | None:
    """The header's line of the province ``place`` names (``TỈNH THANH HÓA``, ``THÀNH PHỐ HÀ
    NỘI``), a province merged on 1 July 2025 too unless ``merged`` is false; None for any other
    place, and for a place written as a city's or a district's (``TP. Thanh Hóa``: the city's
    own committee may have issued it), a city under the centre apart.

    >>> province_line("Thanh Hoá"), province_line("Hà Nội"), province_line("Kon Tum")
    ('TỈNH THANH HÓA', 'THÀNH PHỐ HÀ NỘI', 'TỈNH KON TUM')
    >>> province_line("Tân Thành"), province_line(""), province_line("TP. Thanh Hóa")
    (None, None, None)
    >>> province_line("TP. Hồ Chí Minh"), province_line("Kon Tum", merged=False)
    ('THÀNH PHỐ HỒ CHÍ MINH', None)
    """
    place = " ".join(place.split())
    bare = _CITY.sub("", place)
    found = province_named(place if bare == place else bare) if place else None
    if found is not None:
        name = province_name(found)
        if bare != place and not name.startswith("Thành phố "):
            return None
        return upper_vi(name if name.startswith("Thành phố ") else f"tỉnh {name}")
    return upper_vi(f"tỉnh {place}") if merged and bare == place and place \
        and merged_into(place) else None


def placed_by_date_line(source: Spec) -> tuple[Spec, list[str]]:
    """``source`` with its issuer named with the province of its date line, when its header
    names a people's committee or council and no place; told."""
    header = " ".join(nfc(source.co_quan.ten).split())
    if source.co_quan.chu_quan or upper_vi(header) not in van()["khong_noi"]:
        return source, []
    # a province merged on 1 July 2025 is no province of a letter written after it
    line = province_line(source.dia_danh or "",
                         merged=source.ngay is None or source.ngay < date(2025, 7, 1))
    if line is None:
        return source, []
    ten = f"{upper_vi(header)}\n{line}"
    named = replace(source, co_quan=CoQuan(ten, viet_tat=source.co_quan.viet_tat))
    return named, [said(N_("the header of the letter implemented names its issuer with no place "
                           "(“{header}”); its date line is written at {place}, so it was read "
                           "as {issuer}: check the citation and the places the letter names"),
                        header=header, place=source.dia_danh,
                        issuer=issuer_name(named.co_quan))]
