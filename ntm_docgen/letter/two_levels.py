"""A letter dated from 1 July 2025 that still speaks of the three levels: its issuer a province
merged away or a huyện, its recipients the huyện. `bulk --xa-cua` and `derive` know the
reform; a letter typed by hand is told the same."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import N_, said, shortened
from ntm_docgen.letter.spec import Spec
from ntm_docgen.vietnamese.text import ngay_so, strip_diacritics


class _District:
    """A huyện or a thị xã named as such, not "cấp huyện (cũ)", which a letter may recall: the
    first such name of a text with no "cũ" after it on its line. Found in one pass (a pattern
    with a look ahead to the line's end read the line again at each name: quadratic)."""

    _NAME = re.compile(r"\b(?:huyện|thị xã)\b", re.IGNORECASE)
    _OLD = re.compile(r"\bcũ\b", re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        """The first name of a huyện no "cũ" follows on its line, as ``re.search`` gives it.

        >>> DISTRICT.search("UBND các huyện, thành phố").group(0)
        'huyện'
        >>> DISTRICT.search("cấp huyện (cũ)") is None, DISTRICT.search("xã (cũ) và huyện") is None
        (True, False)
        """
        start = 0
        for line in text.split("\n"):
            olds = [m.start() for m in self._OLD.finditer(line)]
            last_old = olds[-1] if olds else -1
            for name in self._NAME.finditer(line):
                if last_old < name.end():
                    return self._NAME.search(text, start + name.start())
            start += len(line) + 1
        return None


#: A huyện or a thị xã named as such (not "cấp huyện (cũ)", which a letter may recall).
DISTRICT = _District()


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
    addressed = [("kinh_gui", list(spec.kinh_gui)), ("noi_nhan", list(spec.noi_nhan))]
    if spec.ngay is None:  # a draft: of its year, or of this year, which its date line prints
        year = spec.nam if spec.nam is not None else date.today().year
        found = named_levels(lines, addressed, None, year)
        day = f"…/…/{year}"
    else:
        found = named_levels(lines, addressed, spec.ngay)
        day = ngay_so(spec.ngay)
    return [said(_SAID[name.kind], path=name.path, index=name.index, old=name.old, new=name.new,
                 line=shortened(name.line), item=shortened(name.line), day=day,
                 since=ngay_so(_reform()))
            for name in found]


#: What a letter spec is told of each kind of ``Named`` (check tells the same of a page).
_SAID = {
    "merged": N_("co_quan: {old} is no longer a province since {since}: it is part of {new}, and "
                 "a letter dated {day} is issued by the bodies of {new}; check the issuer, the "
                 "place and the date"),
    "district_issuer": N_('co_quan: "{line}" is a huyện\'s, but the letter is dated {day}: since '
                          "{since} local government has two levels, with no huyện; check the "
                          "issuer and the date"),
    "district_addressed": N_('{path}[{index}]: "{item}" names the huyện, but the letter is dated '
                             "{day}: since {since} there are no huyện; address the xã, phường "
                             "and đặc khu"),
}


@dataclass(frozen=True)
class Named:
    """One name of a level that ended on 1 July 2025: ``merged`` (a province merged away:
    ``old`` into ``new``), ``district_issuer`` (an issuer's line of a huyện) or
    ``district_addressed`` (item ``index`` of ``path`` naming the huyện)."""

    kind: str
    line: str = ""
    path: str = ""
    index: int = 0
    old: str = ""
    new: str = ""


def named_levels(issuer: list[str], addressed: list[tuple[str, list[str]]], day: date | None,
                 year: int | None = None) -> list[Named]:
    """The rule itself, for a letter spec and for a page read by ``check``: what the issuer's
    lines and the addressed lists (by path) name of the three levels, when the letter is dated
    ``day`` from 1 July 2025 (or, its day unknown, of a ``year`` after 2025).

    >>> from datetime import date
    >>> [n.kind for n in named_levels(["UBND TỈNH KON TUM"], [("kinh_gui", ["UBND huyện Đắk Hà"])],
    ...                               date(2026, 1, 5))]
    ['merged', 'district_addressed']
    >>> named_levels(["UBND HUYỆN ĐẮK HÀ"], [], date(2025, 6, 30)), named_levels([], [], None, 2025)
    ([], [])
    """
    if not _may_name_them(issuer, [item for _path, items in addressed for item in items]):
        return []  # the 2025 list (vietnam-provinces) is loaded only for a letter naming them
    from ntm_docgen.vietnamese.donvi import HAI_CAP, merged_away, provinces_in

    if (day is not None and day < HAI_CAP) or (day is None and (year or 0) <= HAI_CAP.year):
        return []
    found = [Named("merged", old=old, new=new) for old, new in merged_away(provinces_in(issuer))]
    found += [Named("district_issuer", line=line) for line in issuer if DISTRICT.search(line)]
    found += [Named("district_addressed", line=item, path=path, index=index)
              for path, items in addressed for index, item in enumerate(items)
              if DISTRICT.search(item)]
    return found


def _reform() -> date:
    from ntm_docgen.vietnamese.donvi import HAI_CAP

    return HAI_CAP


def _may_name_them(issuer: list[str], addressed: list[str]) -> bool:
    """Whether the issuer's lines name a province merged away, or any line a huyện: read
    without the 2025 list, which most letters need not load."""
    flat = " ".join(strip_diacritics(line).casefold() for line in issuer)
    gone = (strip_diacritics(old).casefold() for old in load_data("bulk.yaml")["sap_nhap_2025"])
    return any(old in flat for old in gone) or any(
        DISTRICT.search(line) for line in [*issuer, *addressed])


def names_a_district(text: str) -> bool:
    """Whether a line names a huyện or a thị xã as such (not one recalled as ``cũ``), or a
    city of a province, of the huyện's level until 1 July 2025.

    >>> names_a_district("UBND huyện Đắk Hà"), names_a_district("UBND xã Đắk Hà (huyện cũ)")
    (True, False)
    >>> names_a_district("Ủy ban nhân dân thành phố Lạng Sơn")
    True
    """
    return bool(DISTRICT.search(text)) or former_city(text)


#: "thành phố" (or "TP.") and the words after it, the name's among them.
_CITY = re.compile(r"(?<!\w)(?:thành phố|TP\.?)\s+([^\W\d_][\w\s.-]*)", re.IGNORECASE)


def former_city(text: str) -> bool:
    """Whether a line names a city of a province (``thành phố Lạng Sơn``), which had the
    huyện's level until 1 July 2025, and not one recalled as ``cũ``; a city that is a province
    itself (``Thành phố Hà Nội``, ``TP. Hồ Chí Minh``) is none.

    >>> former_city("UBND TP. Lạng Sơn"), former_city("Sở Nội vụ thành phố Hà Nội")
    (True, False)
    >>> former_city("UBND phường Lương Văn Tri (thành phố Lạng Sơn cũ)")
    False
    >>> former_city("các thành phố thông minh"), former_city("Thành phố Huế")
    (False, False)
    """
    for line in text.split("\n"):
        for found in _CITY.finditer(line):
            words = []
            for word in found.group(1).split():
                if not word[:1].isupper():
                    break
                words.append(word.strip(".,;"))
            if not words or re.search(r"\bcũ\b", line[found.end(1) - len(found.group(1)):],
                                      re.IGNORECASE):
                continue
            if not _a_province(" ".join(words)):
                return True
    return False


def _a_province(name: str) -> bool:
    """Whether ``name`` is a city that is a province itself (Hà Nội, Huế, ...)."""
    from ntm_docgen.vietnamese.donvi import province_named
    from ntm_docgen.vietnamese.text import nfc

    province = province_named(name)
    return province is not None and nfc(province.name).casefold().startswith("thành phố")
