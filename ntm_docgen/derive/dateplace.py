"""A letter implemented whose header lost the line naming its place ("ỦY BAN NHÂN DÂN" alone)
read as the province its date line is written at ("Thanh Hoá, ngày …"), told
(``khong_noi`` in data/derive/van.yaml)."""

from __future__ import annotations

from dataclasses import replace

from ntm_docgen.derive.cite import issuer_name
from ntm_docgen.derive.rules import van
from ntm_docgen.derive.units import merged_into
from ntm_docgen.i18n import N_, said
from ntm_docgen.letter.spec import CoQuan, Spec
from ntm_docgen.vietnamese.donvi import province_name, province_named
from ntm_docgen.vietnamese.text import nfc, upper_vi


def province_line(place: str) -> str | None:
    """The header's line of the province ``place`` names (``TỈNH THANH HÓA``, ``THÀNH PHỐ HÀ
    NỘI``), a province before 1 July 2025 too; None for any other place.

    >>> province_line("Thanh Hoá"), province_line("Hà Nội"), province_line("Kon Tum")
    ('TỈNH THANH HÓA', 'THÀNH PHỐ HÀ NỘI', 'TỈNH KON TUM')
    >>> province_line("Tân Thành"), province_line("")
    (None, None)
    """
    place = " ".join(place.split())
    found = province_named(place) if place else None
    if found is not None:
        name = province_name(found)
        return upper_vi(name if name.startswith("Thành phố ") else f"tỉnh {name}")
    return upper_vi(f"tỉnh {place}") if place and merged_into(place) else None


def placed_by_date_line(source: Spec) -> tuple[Spec, list[str]]:
    """``source`` with its issuer named with the province of its date line, when its header
    names a people's committee or council and no place; told."""
    header = " ".join(nfc(source.co_quan.ten).split())
    if source.co_quan.chu_quan or upper_vi(header) not in van()["khong_noi"]:
        return source, []
    line = province_line(source.dia_danh or "")
    if line is None:
        return source, []
    ten = f"{upper_vi(header)}\n{line}"
    named = replace(source, co_quan=CoQuan(ten, viet_tat=source.co_quan.viet_tat))
    return named, [said(N_("the header of the letter implemented names its issuer with no place "
                           "(“{header}”); its date line is written at {place}, so it was read "
                           "as {issuer}: check the citation and the places the letter names"),
                        header=header, place=source.dia_danh,
                        issuer=issuer_name(named.co_quan))]
