"""A province's commune-level unit types from the 2025 list (vietnam-provinces)."""

from __future__ import annotations

from datetime import date
from functools import cache

from vietnam_provinces import Province, Ward

from ntm_docgen.derive.profile import Profile
from ntm_docgen.derive.rules import HAI_CAP
from ntm_docgen.text import nfc, strip_diacritics

_ORDER = ("xã", "phường", "đặc khu")


def _key(name: str) -> str:
    key = strip_diacritics(nfc(name)).casefold()
    for prefix in ("thanh pho ", "tinh "):
        key = key.removeprefix(prefix)
    return " ".join(key.split())


@cache
def unit_kinds(province: str) -> tuple[str, ...]:
    """The kinds of commune-level unit a 2025 province has, in the decree's order; () when
    ``province`` is not one of the 34.

    >>> unit_kinds("Quảng Ngãi"), unit_kinds("Lạng Sơn"), unit_kinds("Kon Tum")
    (('xã', 'phường', 'đặc khu'), ('xã', 'phường'), ())
    """
    for found in Province.iter_all():
        if _key(found.name) == _key(province):
            kinds = {w.division_type.value for w in Ward.iter_by_province(found.code)}
            return tuple(k for k in _ORDER if k in kinds)
    return ()


def units_below(profile: Profile, day: date) -> str | None:
    """``các xã, phường, đặc khu``: a province's units after 1 July 2025, from the 2025 list."""
    if profile.cap != "tỉnh" or day < HAI_CAP:
        return None
    kinds = unit_kinds(profile.tinh)
    return "các " + ", ".join(kinds) if kinds else None
