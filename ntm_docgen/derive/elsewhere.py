"""A letter of another place than the unit's own (another province's plan, another huyện's
guidance): told with both places named, and its names of that place kept as they are rather
than made the unit's own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ntm_docgen.derive.above import (
    _PLACE,
    RANK,
    _kind_named,
    _proper,
    not_above,
    province_of,
    same_province,
)
from ntm_docgen.derive.cite import issuer_name
from ntm_docgen.derive.ownlevel import QUOTED, bodies
from ntm_docgen.derive.profile import Profile
from ntm_docgen.derive.rules import citation_spans, van
from ntm_docgen.i18n import _
from ntm_docgen.letter.spec import Spec
from ntm_docgen.vietnamese.donvi import province_named
from ntm_docgen.vietnamese.names import ten_goi
from ntm_docgen.vietnamese.text import nfc


@dataclass(frozen=True)
class Elsewhere:
    """The place whose letter it is and the unit's own, at the level where they differ."""

    rank: int
    name: str  # the other place's proper name: "Sơn La", "Bình Gia"
    theirs: str  # in running text: "tỉnh Sơn La", "huyện Bình Gia"
    home: str  # the unit's own: "tỉnh Lạng Sơn", "huyện Cao Lộc"


def _places(lines: tuple[str, ...]) -> dict[int, tuple[str, str]]:
    """The places a header names below the province, by rank: {2: ("huyện", "Bình Gia")}.

    >>> _places(("ỦY BAN NHÂN DÂN\\nHUYỆN BÌNH GIA", "TỈNH LẠNG SƠN"))
    {2: ('huyện', 'Bình Gia')}
    >>> _places(("Ủy ban nhân dân huyện Cao Lộc",)), _places(("BẢO HIỂM XÃ HỘI",))
    ({2: ('huyện', 'Cao Lộc')}, {})
    """
    found: dict[int, tuple[str, str]] = {}
    for line in lines:
        name = ten_goi(" ".join(line.split())) if line.strip() else ""
        name = name[:1].lower() + name[1:]
        for hit in _PLACE.finditer(name):
            kind, where = hit[1], _proper(hit[2])
            rank = RANK.get(kind, 2)
            if kind == "thành phố":  # a province's city of its own, before 2025
                rank = 1 if province_named(where) is not None else 2
            if not where or rank < 2 \
                    or (kind == "xã" and where.casefold().startswith("hội")):
                continue
            found.setdefault(rank, (kind, where))
    return found


def _home(profile: Profile) -> dict[int, tuple[str, str]]:
    """The unit's own places below the province: its huyện (a huyện's, a Phòng's, or the one
    its ``cap_tren`` names), its commune."""
    own = RANK.get(profile.cap)
    places = _places((profile.cap_tren,)) if profile.cap_tren else {}
    places.update(_places((profile.co_quan.ten, profile.co_quan.chu_quan or "")))
    if own is not None and own >= 2 and own not in places:
        places[own] = (profile.cap, profile.tinh)
    return places


def elsewhere(source: Spec, profile: Profile) -> Elsewhere | None:
    """The other place whose letter ``source`` is, when the unit is of another (its province,
    or its huyện, or its commune); None for a letter of the unit's own place or from above."""
    province = province_of(source)
    home = profile.tinh if profile.cap == "tỉnh" else profile.thuoc
    if province and home and not same_province(province, home):
        return Elsewhere(1, province, _kind_named(province), _kind_named(home))
    theirs = _places((source.co_quan.ten, source.co_quan.chu_quan or ""))
    mine = _home(profile)
    for rank in sorted(set(theirs) & set(mine)):
        if nfc(theirs[rank][1]).casefold() != nfc(mine[rank][1]).casefold():
            kind, name = theirs[rank]
            return Elsewhere(rank, name, f"{kind} {name}", " ".join(mine[rank]))
    return None


def central_named(lines: list[str], cited_only: bool = True) -> str | None:
    """The first central body (data/derive/van.yaml ``trung_uong``, or a name ending in "Trung
    ương") that ``lines`` name, inside a citation unless ``cited_only`` is False.

    >>> central_named(["Thực hiện Quyết định số 1074/QĐ-BXD ngày 29/6/2026 của Bộ Xây dựng "
    ...                "ban hành các giải pháp, UBND tỉnh yêu cầu Bộ Công an phối hợp:"])
    'Bộ Xây dựng'
    >>> central_named(["Căn cứ Hướng dẫn số 1741/HD-BTĐKT của Ban Thi đua - Khen thưởng "
    ...                "Trung ương;"], cited_only=False)
    'Ban Thi đua - Khen thưởng Trung ương'
    >>> central_named(["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], False)
    """
    names = "|".join(re.escape(nfc(x)) for x in sorted(van()["trung_uong"], key=len, reverse=True))
    body = re.compile(rf"(?<!\w)(?:{names})(?!\w)"
                      r"|(?<!\w)(?:Ban|Hội đồng|Văn phòng|Ủy ban)\s[^,;.()“”\n]*?Trung ương")
    for line in lines:
        spans = citation_spans(line) if cited_only else [(0, len(line))]
        for start, end in spans:
            found = body.search(line, start, end)
            if found:
                return found[0]
    return None


def central_above(source: Spec) -> str | None:
    """The central body whose letter ``source``, another province's letter, carries out: the
    one its body's citations name first, else its căn cứ from the last (a province reports to
    it, never to the other province)."""
    lines = [nfc(x) for x in source.noi_dung.split("\n")]
    return central_named(lines) or central_named([nfc(x) for x in source.can_cu[::-1]], False)


def elsewhere_warnings(source: Spec, profile: Profile, other: Elsewhere | None) -> list[str]:
    """A letter of another huyện or commune than the unit's, told naming both places (another
    province's, and one not from a level above, are told by ``above.source_warnings``)."""
    if other is None or other.rank == 1 or not_above(source, profile):
        return []
    return [_("the letter implemented is of {other} ({issuer}), but {unit} is of {home}: the "
              "letter is not addressed to it; check that the right letter and the right "
              "profile were chosen").format(other=other.theirs, issuer=issuer_name(source.co_quan),
                                            unit=profile.ten_goi, home=other.home)]


def names_kept(spec: dict[str, Any], other: Elsewhere | None, unit: str,
               cited: str) -> list[str]:
    """The lines of the draft that still name the other place, outside what they cite (and
    outside ``cited``, the citation of the letter implemented, which names it as it is): kept
    as that place's, never made the unit's, and named for the clerk by the words about the
    name. Another province's letter is already told as such (``above.source_warnings``): the
    lines are only listed."""
    if other is None:
        return []
    # "Bà Rịa - Vũng Tàu" found with any dash: the letters print "Bà Rịa – Vũng Tàu" too
    dash = r"\s*[-–]\s*"
    parts = dash.join(re.escape(x) for x in re.split(dash, other.name))
    name = re.compile(rf"(?<!\w){parts}(?!\w)", re.IGNORECASE)
    said: list[str] = []
    for body in bodies(spec):
        for line in str(body.get("noi_dung") or "").split("\n"):
            spans = citation_spans(line)
            if cited:
                spans += [(m.start(), m.end()) for m in re.finditer(re.escape(cited), line)]
            hit = next((m for m in name.finditer(line)
                        if not any(a <= m.start() < b for a, b in spans)), None)
            if hit is not None and (quote := near(line, hit.start(), hit.end())) not in said:
                said.append(quote)
    if not said:
        return []
    lines = "; ".join(f"“{x}”" for x in said[:QUOTED]) + ("; …" if len(said) > QUOTED else "")
    if other.rank == 1:
        return [_("these words still name {other} and were kept as they are: {lines}; rewrite "
                  "them for {unit} or leave them out before sending").format(
            other=other.theirs, unit=unit, lines=lines)]
    return [_("these lines name {other}, whose letter it is, and were kept as they are, not "
              "made {unit}'s own: {lines}; rewrite them for {unit} or leave them out before "
              "sending").format(other=other.theirs, unit=unit, lines=lines)]


def near(line: str, start: int, end: int, width: int = 40) -> str:
    """The words of ``line`` about ``line[start:end]``, some ``width`` characters each side,
    cut at a space, "…" where the line goes on.

    >>> near("Thực hiện Quyết định số 2307/QĐ-UBND, Sở Nông nghiệp và Môi trường ban hành Kế "
    ...      "hoạch triển khai trên địa bàn tỉnh Sơn La như sau:", 114, 120)
    '… Kế hoạch triển khai trên địa bàn tỉnh Sơn La như sau:'
    """
    left = 0 if start <= width else line.find(" ", start - width) + 1
    right = len(line) if len(line) - end <= width else line.rfind(" ", end, end + width)
    if right <= end:
        right = min(len(line), end + width)
    return (("… " if left else "") + line[left:right].strip()
            + (" …" if right < len(line) else ""))
