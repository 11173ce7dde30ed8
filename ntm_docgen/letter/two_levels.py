"""A letter dated from 1 July 2025 that still speaks of the three levels: its issuer a province
merged away or a huyện, its recipients the huyện. `bulk --xa-cua` and `derive` know the
reform; a letter typed by hand is told the same."""

from __future__ import annotations

import re
from datetime import date

from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import N_, said, shortened
from ntm_docgen.letter.spec import Spec
from ntm_docgen.vietnamese.text import ngay_so, strip_diacritics

#: A huyện or a thị xã named as such (not "cấp huyện (cũ)", which a letter may recall).
DISTRICT = re.compile(r"\b(?:huyện|thị xã)\b(?!.*\bcũ\b)", re.IGNORECASE)


def three_levels(spec: Spec) -> list[str]:
    """What a letter dated from 1 July 2025 names of the levels that ended then.

    >>> from ntm_docgen.letter.spec import parse_spec
    >>> base = {"loai": "CV", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\\\\nTỈNH KON TUM"},
    ...         "dia_danh": "Kon Tum", "trich_yeu": "V/v X", "ngay": "2026-12-05",
    ...         "kinh_gui": ["UBND các huyện, thành phố"],
    ...         "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "Lê Văn An"}}
    >>> [w[:30] for w in three_levels(parse_spec(base))]
    ['co_quan: Kon Tum is no longer ', 'kinh_gui[0]: "UBND các huyện, ']
    >>> three_levels(parse_spec({**base, "ngay": "2025-06-30"}))
    []
    """
    issuer = [line for line in (spec.co_quan.chu_quan, spec.co_quan.ten) if line]
    lines = [part for line in issuer for part in line.replace("\\n", "\n").splitlines()]
    addressed = [("kinh_gui", spec.kinh_gui), ("noi_nhan", spec.noi_nhan)]
    if not _may_name_them(lines, [item for _path, items in addressed for item in items]):
        return []  # the 2025 list (vietnam-provinces) is loaded only for a letter naming them
    from ntm_docgen.vietnamese.donvi import HAI_CAP, merged_away, provinces_in

    if spec.ngay is not None:
        if spec.ngay < HAI_CAP:
            return []
        day = ngay_so(spec.ngay)
    else:  # a draft: of its year, or of this year, which its date line then prints
        year = spec.nam if spec.nam is not None else date.today().year
        if year <= HAI_CAP.year:
            return []
        day = f"…/…/{year}"
    since = ngay_so(HAI_CAP)
    notes: list[str] = [
        said(N_("co_quan: {old} is no longer a province since {since}: it is part of {new}, and a "
                "letter dated {day} is issued by the bodies of {new}; check the issuer, the place "
                "and the date"), old=old, new=new, since=since, day=day)
        for old, new in merged_away(provinces_in(lines))]
    notes += [said(N_('co_quan: "{line}" is a huyện\'s, but the letter is dated {day}: since '
                      "{since} local government has two levels, with no huyện; check the issuer "
                      "and the date"), line=shortened(line), day=day, since=since)
              for line in lines if DISTRICT.search(line)]
    notes += [said(N_('{path}[{index}]: "{item}" names the huyện, but the letter is dated {day}: '
                      "since {since} there are no huyện; address the xã, phường and đặc khu"),
                   path=path, index=index, item=shortened(item), day=day, since=since)
              for path, items in addressed for index, item in enumerate(items)
              if DISTRICT.search(item)]
    return notes


def _may_name_them(issuer: list[str], addressed: list[str]) -> bool:
    """Whether the issuer's lines name a province merged away, or any line a huyện: read
    without the 2025 list, which most letters need not load."""
    flat = " ".join(strip_diacritics(line).casefold() for line in issuer)
    gone = (strip_diacritics(old).casefold() for old in load_data("bulk.yaml")["sap_nhap_2025"])
    return any(old in flat for old in gone) or any(
        DISTRICT.search(line) for line in [*issuer, *addressed])


def names_a_district(text: str) -> bool:
    """Whether a line names a huyện or a thị xã as such (not one recalled as ``cũ``).

    >>> names_a_district("UBND huyện Đắk Hà"), names_a_district("UBND xã Đắk Hà (huyện cũ)")
    (True, False)
    """
    return bool(DISTRICT.search(text))
