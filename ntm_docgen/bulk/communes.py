"""The recipients of a letter to every commune of a province (``--xa-cua``): the 2025 list,
the sending commune itself left out, and what the clerk should know of it."""

from __future__ import annotations

import re
import unicodedata

from ntm_docgen.bulk.recipients import RecipientList, from_units
from ntm_docgen.i18n import N_, _, said


def province_people(data: object, province: str) -> tuple[RecipientList, list[str]]:
    """Every commune of ``province`` as a recipient but the letter's own issuer (a commune
    writes to the others, not to itself), with the notes the run and its check give."""
    from ntm_docgen.vietnamese.donvi import commune_units, find_province, province_name

    unit = find_province(province)
    name = province_name(unit)
    units = commune_units(unit)
    issuer = _issuer(data)
    own = [u for u in units if issuer and _is_issuer(issuer, u["ten_day_du"])]
    people = from_units([u for u in units if u not in own],
                        _("the 2025 list of {province}").format(province=name))
    notes = [said(N_("{unit} is the letter's own issuer, so it is left out: the letter goes "
                     "to the other {count} communes of {province}"),
                  unit=u["kinh_gui"], count=len(people.recipients), province=name)
             for u in own]
    return people, notes + other_province(data, name)


def _issuer(data: object) -> str:
    """The issuer's name (co_quan.ten) on one line, as compared: ``ủy ban nhân dân xã bảo
    thắng``.

    >>> _issuer({"co_quan": {"ten": "ỦY BAN NHÂN DÂN\\\\nXÃ  BẢO THẮNG"}})
    'ủy ban nhân dân xã bảo thắng'
    """
    co_quan = data.get("co_quan") if isinstance(data, dict) else None
    ten = co_quan.get("ten") if isinstance(co_quan, dict) else None
    return _plain(str(ten)) if ten else ""


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\\n", " "))
    return re.sub(r"\s+", " ", text).strip().casefold()


#: The issuers that are a commune's Ủy ban (its recipient in the list), before its name.
_ITS_UY_BAN = ("", "ủy ban nhân dân", "ubnd", "văn phòng hđnd và ubnd",
               "văn phòng hội đồng nhân dân và ủy ban nhân dân")


def _is_issuer(issuer: str, unit: str) -> bool:
    """Whether the issuer is the unit's own Ủy ban (or its office), the list's recipient:
    its name ends with the unit's full name (``xã Bảo Thắng``), wherever the old way puts a
    tone (``XÃ KHÁNH HOÀ``); a commune's Đảng ủy or council writes to its Ủy ban as to the
    others.

    >>> _is_issuer("ủy ban nhân dân xã bảo thắng", "xã Bảo Thắng")
    True
    >>> _is_issuer("ủy ban nhân dân xã khánh hoà", "xã Khánh Hòa")
    True
    >>> _is_issuer("ủy ban nhân dân xã tân bảo thắng", "xã Bảo Thắng")
    False
    >>> _is_issuer("đảng ủy xã bảo thắng", "xã Bảo Thắng")
    False
    """
    from ntm_docgen.vietnamese.donvi import spelled

    mine, whole = spelled(unit), spelled(issuer)
    before = whole.removesuffix(mine).strip() if whole.endswith(mine) else None
    return before is not None and before in {spelled(p) for p in _ITS_UY_BAN}


def other_province(data: object, province: str) -> list[str]:
    """A note when the spec's issuer (co_quan, dia_danh) is of another province than the
    communes ``--xa-cua`` addresses: a Lai Châu letter sent to the communes of Lạng Sơn."""
    from ntm_docgen.vietnamese.donvi import provinces_in

    if not isinstance(data, dict):
        return []
    co_quan = data.get("co_quan") if isinstance(data.get("co_quan"), dict) else {}
    fields = (co_quan.get("chu_quan"), co_quan.get("ten"), data.get("dia_danh"))  # type: ignore[union-attr]
    lines = [str(v).replace("\\n", " ") for v in fields if v]
    named = provinces_in(lines)
    notes = [] if not named or province in named else [
        said(N_("the spec's issuer is of {issuer} (co_quan, dia_danh), but --xa-cua addresses "
                "the communes of {province}: check that the letter is meant for them"),
             issuer=", ".join(named), province=province)]
    return notes + _before_the_communes(data)


def _before_the_communes(data: object) -> list[str]:
    """A note when the letter is dated before 1 July 2025, when the communes of the 2025 list
    did not yet exist: a letter of June 2025 went to the huyện and the communes of then."""
    from ntm_docgen.bulk.recipients import letter_day
    from ntm_docgen.vietnamese.donvi import HAI_CAP
    from ntm_docgen.vietnamese.text import ngay_so

    day = letter_day(data)
    if day is None or day >= HAI_CAP:
        return []
    return [said(N_("ngay: the letter is dated {day}, but it goes to the communes of the list "
                    "in force from {since}, which did not exist then: check the date, or "
                    "address the communes of then from a list of your own"),
                 day=ngay_so(day), since=ngay_so(HAI_CAP))]
