"""The province a commune-level unit of the 2025 list belongs to, found by the unit's name: a
profile of "xã Đồng Đăng" with no ``thuoc`` is of Lạng Sơn."""

from __future__ import annotations

from functools import cache

from vietnam_provinces import Province, Ward

from ntm_docgen.vietnamese.donvi import province_name, unit_name


@cache
def _homes() -> dict[tuple[str, str], frozenset[str]]:
    """Every 2025 commune-level unit's kind and name (folded) -> the provinces holding one."""
    found: dict[tuple[str, str], set[str]] = {}
    for ward in Ward.iter_all():
        key = (ward.division_type.value.casefold(), unit_name(ward).casefold())
        found.setdefault(key, set()).add(province_name(Province.from_code(ward.province_code)))
    return {key: frozenset(names) for key, names in found.items()}


def home_province(kind: str, name: str) -> str | None:
    """The province of the unit of that ``kind`` (xã, phường, đặc khu) and ``name``, when the
    2025 list holds one of that name only; None when it holds none or several.

    >>> home_province("xã", "Đồng Đăng"), home_province("đặc khu", "Phú Quốc")
    ('Lạng Sơn', 'An Giang')
    >>> home_province("xã", "Tân Thành") is None  # a name many provinces have
    True
    """
    homes = _homes().get((kind.casefold(), " ".join(name.split()).casefold()), frozenset())
    return next(iter(homes)) if len(homes) == 1 else None
