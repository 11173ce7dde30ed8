"""Whether the letter implemented comes from the level above the deriving unit, in its province."""

from __future__ import annotations

import re
from datetime import date

from ntm_docgen.derive.cite import issuer_name, upper_first
from ntm_docgen.derive.profile import Profile
from ntm_docgen.derive.rules import citation_spans
from ntm_docgen.derive.units import merged_into
from ntm_docgen.i18n import N_, _, said
from ntm_docgen.letter.spec import Spec
from ntm_docgen.vietnamese.donvi import (
    HAI_CAP,
    province_key,
    province_name,
    province_named,
    provinces_in,
)
from ntm_docgen.vietnamese.names import ten_goi
from ntm_docgen.vietnamese.text import ngay_so

#: a level's rank, from the centre down: a unit implements the letters of a rank above its own
RANK = {"trung ương": 0, "tỉnh": 1, "huyện": 2, "quận": 2, "thị xã": 2, "xã": 3, "phường": 3,
        "thị trấn": 3, "đặc khu": 3}
#: a place's kind and the words after it, a dash between two of them too ("Bà Rịa - Vũng Tàu")
_PLACE = re.compile(r"(?<!\w)(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)"
                    r"((?:\s+[^\W_][\w'-]*|\s+[-–](?=\s+[^\W_]))+)")
#: a party committee of the huyện level, which a header names as no place: "Huyện ủy Bảo Thắng"
_HUYEN_UY = re.compile(r"(?<!\w)(?:huyện|quận|thị)\s+(?:ủy|uỷ)(?!\w)", re.IGNORECASE)
#: a city's party committee: of the huyện level unless its city is one of the provinces
_THANH_UY = re.compile(r"(?<!\w)thành\s+(?:ủy|uỷ)((?:\s+[^\W_][\w'-]*)*)", re.IGNORECASE)
_CENTRE = re.compile(r"Trung ương|Chính phủ|Thủ tướng|^Bộ |Quốc hội")


def placed(co_quan_ten: str, chu_quan: str | None) -> tuple[int | None, str | None]:
    """The rank of a letter's issuer and its province, as far as its header names them.

    >>> placed("SỞ NỘI VỤ", "UBND TỈNH LẠNG SƠN")
    (1, 'Lạng Sơn')
    >>> placed("ỦY BAN NHÂN DÂN\\nXÃ TÂN THÀNH", None)
    (3, None)
    >>> placed("ỦY BAN NHÂN DÂN\\nHUYỆN ĐĂK HÀ", "TỈNH KON TUM")
    (2, 'Kon Tum')
    >>> placed("ỦY BAN NHÂN DÂN\\nTHÀNH PHỐ HÀ NỘI", None), placed("BAN THI ĐUA", None)
    ((1, 'Hà Nội'), (None, None))
    >>> placed("BAN THI ĐUA - KHEN THƯỞNG\\nTRUNG ƯƠNG", None), placed("BẢO HIỂM XÃ HỘI", None)
    ((0, None), (None, None))
    """
    rank: int | None = None
    province: str | None = None
    for line in (co_quan_ten, chu_quan or ""):
        name = ten_goi(" ".join(line.split())) if line.strip() else ""
        name = name[:1].lower() + name[1:]  # "Tỉnh Kon Tum", a parent body's line alone
        for found in _PLACE.finditer(name):
            kind, where = found[1], _proper(found[2])
            if not where or (kind == "xã" and where.casefold().startswith("hội")):
                continue
            level = RANK.get(kind, 2)
            if kind == "thành phố":
                level = 1 if province_named(where) is not None else 2
            if level == 1:
                province = province or where
            rank = level if rank is None else max(rank, level)
        if rank is None and _CENTRE.search(upper_first(name)):
            rank = 0
    return rank, province


def province_of(source: Spec) -> str | None:
    """The province whose letter ``source`` is: the one its header names, or for a body whose
    header names no place (a Tổ giúp việc under a provincial Ban Chỉ đạo) the one its địa danh
    is when its trích yếu names it as a province too ("… Tổ giúp việc về Cải cách hành chính
    tỉnh Lâm Đồng", written at Lâm Đồng); a central body's letter names none.

    >>> from ntm_docgen.letter.spec import parse_spec
    >>> def letter(ten, dia_danh, trich_yeu):
    ...     return parse_spec({"loai": "QĐ", "co_quan": {"ten": ten}, "dia_danh": dia_danh,
    ...         "trich_yeu": trich_yeu, "noi_dung": "…", "ky": {"chuc_vu": "A", "ho_ten": "B"}})
    >>> province_of(letter("TỔ GIÚP VIỆC", "Lâm Đồng", "Quy chế Tổ giúp việc tỉnh Lâm Đồng"))
    'Lâm Đồng'
    >>> province_of(letter("BẢO HIỂM XÃ HỘI", "Hà Nội", "Về việc hỗ trợ tỉnh Lạng Sơn"))
    >>> province_of(letter("BỘ CÔNG THƯƠNG", "Hà Nội", "Về việc thành phố Hà Nội"))
    """
    rank, province = placed(source.co_quan.ten, source.co_quan.chu_quan)
    if province is None and rank is not None and rank >= RANK["huyện"]:
        return _named_around(source)
    if province is not None or rank is not None or not source.dia_danh:
        return province
    where = " ".join(source.dia_danh.split())
    kinds = ("tỉnh", "thành phố") if province_named(where) is not None else ("tỉnh",)
    about = " ".join((source.trich_yeu or "").split())
    named = any(re.search(rf"(?<!\w){kind} {re.escape(where)}(?!\w)", about, re.IGNORECASE)
                for kind in kinds)
    return where if named else None


def _named_around(source: Spec) -> str | None:
    """The province of a huyện's or a commune's letter whose header names none ("ỦY BAN NHÂN
    DÂN / THÀNH PHỐ VŨNG TÀU"), as the letter itself says it: the one province its căn cứ, the
    documents its body cites, its Nơi nhận and its địa danh name ("… của Ban Chấp hành Đảng
    bộ tỉnh Bà Rịa – Vũng Tàu"); none when they name none, or more than one."""
    cited = [line[a:b] for line in source.noi_dung.split("\n") for a, b in citation_spans(line)]
    named = provinces_in([*source.can_cu, *cited, *source.noi_nhan, source.dia_danh or ""])
    keys = {province_key(merged_into(name) or name) for name in named}
    return named[0] if len(keys) == 1 else None


def _proper(words: str) -> str:
    """The proper name at the start of ``words``: its words with a capital, or a number, and
    a dash between two of them.

    >>> _proper("Bà Rịa - Vũng Tàu về việc"), _proper("Lạng Sơn - năm 2025"), _proper("Sơn La -")
    ('Bà Rịa - Vũng Tàu', 'Lạng Sơn', 'Sơn La')
    """
    out: list[str] = []
    for word in words.split():
        if word in ("-", "–") and out:
            out.append(word)
            continue
        if not (word[:1].isupper() or word[:1].isdigit()):
            break
        out.append(word)
    while out and out[-1] in ("-", "–"):
        out.pop()
    return " ".join(out)


def source_warnings(source: Spec, profile: Profile, day: date) -> list[str]:
    """A letter implemented that is not from the level above the unit (its own level, or
    below), or that is from another province than the unit's (told once: it is of no level
    above the unit either), or of the huyện level in a letter dated when there is none, each
    told in a warning."""
    province = province_of(source)
    issuer = issuer_name(source.co_quan)
    home = profile.tinh if profile.cap == "tỉnh" else profile.thuoc
    if province and home and not same_province(province, home):
        # said once: another province's letter is of no level above the unit either, which the
        # warning below would say again of the same issuer
        return [_("the letter implemented is of {other} ({issuer}), but {unit} is of {home}: a "
                  "unit implements its own province's letters; check that the right letter "
                  "and the right profile were chosen")
                .format(issuer=issuer, other=_kind_named(province), unit=profile.ten_goi,
                        home=_kind_named(home))]
    warnings: list[str] = []
    if not_above(source, profile) and not of_a_level_below(source, profile):  # said by upward
        warnings.append(_("the letter implemented is issued by {issuer}, which is not of a level "
                          "above {unit}: a unit implements the letters of the level above it; "
                          "check that the right letter was chosen, and the citation, the "
                          "reports' addressee and the Nơi nhận of the draft")
                        .format(issuer=issuer, unit=profile.ten_goi))
    return warnings + gone_level(source, profile, day)


def gone_level(source: Spec, profile: Profile, day: date) -> list[str]:
    """A letter of a body of the huyện level (its people's committee and their offices, its
    party committee and theirs) implemented in a letter dated from 1 July 2025, when local
    government has two levels: told, as a letter it dates from then on, or as a level gone."""
    header = "\n".join((source.co_quan.ten, source.co_quan.chu_quan or ""))
    rank, _province = placed(source.co_quan.ten, source.co_quan.chu_quan)
    if day < HAI_CAP or RANK.get(profile.cap) == 2 or \
            not (rank == 2 or _HUYEN_UY.search(header) or _city_of_a_province(header)):
        return []
    issuer, since = issuer_name(source.co_quan), ngay_so(HAI_CAP)
    if source.ngay is not None and source.ngay >= HAI_CAP:
        return [said(N_("the letter implemented is issued by {issuer}, a body of the huyện level, "
                        "and dated {cited}, but since {since} local government has two levels, "
                        "with no huyện: check its issuer and its date before implementing it"),
                     issuer=issuer, cited=ngay_so(source.ngay), since=since)]
    return [said(N_("the letter implemented is issued by {issuer}, a body of the huyện level, "
                    "which has not existed since {since} (local government has two levels, "
                    "tỉnh and xã): check with the level above that what it asks still stands "
                    "before implementing it"), issuer=issuer, since=since)]


def _city_of_a_province(header: str) -> bool:
    """Whether ``header`` names the party committee of a city under a province ("Thành ủy Lào
    Cai", "Thành ủy Vũng Tàu"), of the huyện level, not that of a city which is itself one of
    the 34 provinces (Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế).

    >>> _city_of_a_province("THÀNH ỦY LÀO CAI"), _city_of_a_province("THÀNH ỦY VŨNG TÀU")
    (True, True)
    >>> _city_of_a_province("THÀNH ỦY HÀ NỘI"), _city_of_a_province("BAN TUYÊN GIÁO THÀNH UỶ HUẾ")
    (False, False)
    >>> _city_of_a_province("TỈNH ỦY LÀO CAI"), _city_of_a_province("Thành ủy Cần Thơ\\nBAN X")
    (False, False)
    """
    for line in header.splitlines():
        for found in _THANH_UY.finditer(" ".join(line.split())):
            city = province_named(found[1]) if found[1].strip() else None
            if city is None or not province_name(city).casefold().startswith("thành phố "):
                return True
    return False


def not_above(source: Spec, profile: Profile) -> bool:
    """Whether the letter is of the unit's own level or below, not from a level above it."""
    rank, _province = placed(source.co_quan.ten, source.co_quan.chu_quan)
    own = RANK.get(profile.cap)
    # a Sở (its parent body named: "UBND TỈNH LẠNG SƠN") implements its province's own letters
    if own is not None and profile.co_quan.chu_quan and not source.co_quan.chu_quan:
        own += 1
    return rank is not None and own is not None and rank >= own


def of_a_level_below(source: Spec, profile: Profile) -> bool:
    """Whether the letter's issuer is of a level below the unit's (a commune's for a province
    or its Sở), which the unit does not report to: said where the draft's reports are placed
    (``upward.reports_to``)."""
    rank, _province = placed(source.co_quan.ten, source.co_quan.chu_quan)
    own = RANK.get(profile.cap)
    return rank is not None and own is not None and rank > own


def same_province(province: str, home: str) -> bool:
    """Two names of one province, or a province merged into the other on 1 July 2025."""
    keys = {province_key(home), province_key(merged_into(home) or home)}
    return province_key(province) in keys or province_key(merged_into(province) or "") in keys


def _kind_named(province: str) -> str:
    """A province named with its kind in running text: a city of the 2025 list as such.

    >>> _kind_named("Cần Thơ"), _kind_named("Thành phố Hồ Chí Minh"), _kind_named("Kon Tum")
    ('thành phố Cần Thơ', 'thành phố Hồ Chí Minh', 'tỉnh Kon Tum')
    """
    found = province_named(province)
    listed = province_name(found) if found is not None else province
    if listed.casefold().startswith("thành phố "):
        return "thành phố " + listed[len("thành phố "):]
    return "tỉnh " + (province[len("tỉnh "):] if province.casefold().startswith("tỉnh ")
                      else province)
