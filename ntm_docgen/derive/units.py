"""A province's commune-level unit types from the 2025 list (vietnam-provinces)."""

from __future__ import annotations

from datetime import date
from functools import cache

from vietnam_provinces import Ward

from ntm_docgen.derive.profile import Profile
from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.donvi import HAI_CAP, province_key, province_named

_ORDER = ("xã", "phường", "đặc khu")


@cache
def unit_kinds(province: str) -> tuple[str, ...]:
    """The kinds of commune-level unit a 2025 province has, in the decree's order; () when
    ``province`` is not one of the 34.

    >>> unit_kinds("Quảng Ngãi"), unit_kinds("Lạng Sơn"), unit_kinds("Kon Tum")
    (('xã', 'phường', 'đặc khu'), ('xã', 'phường'), ())
    """
    found = province_named(province)
    if found is None:
        return ()
    kinds = {w.division_type.value for w in Ward.iter_by_province(found.code)}
    return tuple(k for k in _ORDER if k in kinds)


def units_below(profile: Profile, day: date) -> str | None:
    """``các xã, phường, đặc khu``: a province's units after 1 July 2025, from the 2025 list."""
    if profile.cap != "tỉnh" or day < HAI_CAP:
        return None
    kinds = unit_kinds(profile.tinh)
    return "các " + ", ".join(kinds) if kinds else None


def merged_into(province: str) -> str | None:
    """The 2025 province a former province was merged into on 1 July 2025, else None.

    >>> merged_into("Kon Tum"), merged_into("tỉnh Bắc Kạn"), merged_into("Lạng Sơn")
    ('Quảng Ngãi', 'Thái Nguyên', None)
    """
    merged = load_data("bulk.yaml")["sap_nhap_2025"]
    return next((new for old, new in merged.items() if province_key(old) ==
                 province_key(province)), None)
