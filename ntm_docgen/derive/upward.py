"""A letter derived from further above than the level over the unit: its reports go to the level
directly above; lines giving tasks to the levels above it are left out; a deadline already past
and a guidance whose periods have ended are told, each with the line it is in."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ntm_docgen.derive.above import RANK, _kind_named, placed
from ntm_docgen.derive.cite import issuer_name
from ntm_docgen.derive.elsewhere import central_above
from ntm_docgen.derive.levels import OWN, _around
from ntm_docgen.derive.profile import Profile
from ntm_docgen.derive.quoted import quoted_spans
from ntm_docgen.derive.rules import citation_spans, mau, van
from ntm_docgen.derive.source import is_heading
from ntm_docgen.i18n import _
from ntm_docgen.letter.spec import Spec
from ntm_docgen.vietnamese.donvi import HAI_CAP
from ntm_docgen.vietnamese.text import ngay_ngan, ngay_so, so_la_ma

#: the lines a warning quotes; more are marked "…"
QUOTED = 6
#: a period of years a guidance names: "giai đoạn 2016 - 2020", "3 năm (2016 - 2018)"
_PERIOD = re.compile(r"(?<!\d)((?:19|20)\d\d)\s?[-–]\s?((?:19|20)\d\d)(?!\d)")
_ROMAN = re.compile(r"^[IVXL]+\.")


def parent_rank(profile: Profile, day: date) -> int | None:
    """The rank (above.RANK) of the level directly above the unit on ``day``: the centre for a
    province and its departments, the province for a district and, from 1 July 2025, for a
    commune, the district for a commune before then.

    >>> from ntm_docgen.derive.profile import load_profile
    >>> xa = load_profile("xa-tan-thanh-lang-son")
    >>> parent_rank(xa, date(2025, 12, 15)), parent_rank(xa, date(2025, 6, 30))
    (1, 2)
    """
    own = RANK.get(profile.cap)
    if own is None:
        return None
    if own == 3 and day >= HAI_CAP:
        return 1
    return max(own - 1, 0)


def level_above(profile: Profile, day: date) -> str:
    """The body directly above the unit, its reports' addressee: the profile's ``cap_tren``,
    else its province's (``thuoc``) people's committee, or its district's before 1 July 2025."""
    if profile.cap_tren:
        return profile.cap_tren
    if RANK.get(profile.cap) == 3 and day < HAI_CAP:
        return "Ủy ban nhân dân huyện"
    return "Ủy ban nhân dân " + (_kind_named(profile.thuoc) if profile.thuoc else "tỉnh")


def reports_to(source: Spec, profile: Profile, day: date, *,
               theirs: str = "") -> tuple[str, bool, list[str]]:
    """Whom the letter reports to, whether the source's issuer gets a copy too (the guidance
    asks the unit's level to report to it directly), and the warning that says so when the
    source is from further above than the level directly over the unit. ``theirs``: the other
    place whose letter it is ("tỉnh Quảng Ninh"), whose bodies the unit never reports to: it
    reports to its own level above (a department to its own province's people's committee).
    A letter of a level below the unit's (a commune's, for a province or its Sở) reports to no
    one (""), of its own place or another's: a unit does not report to a unit below it."""
    issuer = issuer_name(source.co_quan)
    rank, _province = placed(source.co_quan.ten, source.co_quan.chu_quan)
    below = rank is not None and rank > RANK.get(profile.cap, rank)
    if below and not theirs:
        # its own place's letter of a level below (a province's commune's): the issuer reports
        # to the unit, not the unit to it, and nothing asks the unit to report on it upward
        return "", False, [_(
            "the letter implemented is issued by {issuer}, of a level below {unit}: a unit "
            "implements the letters of the level above it and does not report to a unit below, "
            "so the draft reports to no one and its Nơi nhận names no body above “(b/c)”; check "
            "that the right letter was chosen: if a letter of the level above {unit} asks for "
            "this work, implement that one; else write in whom the letter reports to, if anyone, "
            "before sending").format(issuer=issuer, unit=profile.ten_goi)]
    if below:
        # another place's letter of a level below the unit's: nothing asks the unit to report
        # on it, to the issuer (not its level above) nor up its own line
        return "", False, [_(
            "the letter implemented is of {issuer} ({theirs}), of a level below {unit}: {unit} "
            "neither carries out its letters nor reports to it, so the draft reports to no one "
            "and its Nơi nhận names no body above “(b/c)”; if a letter of the level above "
            "{unit} asks for this work, implement that one; else write in whom the letter "
            "reports to, if anyone, before sending").format(issuer=issuer, theirs=theirs,
                                                             unit=profile.ten_goi)]
    if theirs and (profile.cap_tren or profile.co_quan.chu_quan or profile.cap != "tỉnh"):
        if profile.cap == "tỉnh" and not profile.cap_tren:
            return "Ủy ban nhân dân " + _kind_named(profile.tinh), False, []
        return level_above(profile, day), False, []
    if theirs:  # a province: to the centre, whose letter the other province's carries out
        central = central_above(source)
        return central or str(van()["trung_uong_chung"]), False, [] if central else [_(
            "the letter implemented cites no ministry or central body whose letter it carries "
            "out: the letter reports to “{above}”; name the body {unit} reports to before "
            "sending").format(above=van()["trung_uong_chung"], unit=profile.ten_goi)]
    parent = parent_rank(profile, day)
    if rank is None or parent is None or rank >= parent:
        return issuer, False, []
    above = level_above(profile, day)
    unit = mau()["dia_ban"].get(profile.cap, profile.cap)
    if asks_directly(source, profile, issuer):
        return above, True, [_(
            "the letter implemented is issued by {issuer}, above the level directly over the "
            "{unit}: the letter reports to {above}, and sends {issuer} a copy as the letter "
            "implemented asks the {unit} directly; check the Nơi nhận").format(
            issuer=issuer, above=above, unit=unit)]
    return above, False, [_(
        "the letter implemented is issued by {issuer}, above the level directly over the {unit}: "
        "the letter reports to {above}, not to {issuer}, which is left out of the Nơi nhận; a "
        "{unit} usually carries out the letter {above} issued on the same work: if there is one, "
        "implement that one").format(issuer=issuer, above=above, unit=unit)]


def asks_directly(source: Spec, profile: Profile, issuer: str) -> bool:
    """True when a line of the source asks the unit's level to report or send to its issuer
    (``UBND cấp xã gửi báo cáo về Ban Thi đua - Khen thưởng Trung ương``)."""
    names = {issuer, van()["noi_nhan_ngan"].get(issuer, issuer)}
    kinds = "|".join(OWN.get(profile.cap, (profile.cap,)))
    level = re.compile(rf"(?<!\w)(?:{kinds})(?!\w)(?! hội)", re.IGNORECASE)
    text = "\n".join([source.noi_dung, *(p.noi_dung for p in source.phu_luc)])
    for line in text.split("\n"):
        folded = line.casefold()
        if (level.search(line) and ("báo cáo" in folded or "gửi" in folded)
                and any(n.casefold() in folded for n in names)):
            return True
    return False


def noi_nhan_name(name: str) -> str:
    """A body as a Nơi nhận names it: the central bodies by data/derive/van.yaml's
    ``noi_nhan_ngan`` (``Ban TĐKT Trung ương``), the others in full."""
    return str(van()["noi_nhan_ngan"].get(name, name))


def also_to_issuer(spec: dict[str, Any], issuer: str) -> None:
    """The source's issuer added to the Nơi nhận, after the level above's line."""
    line = f"{noi_nhan_name(issuer)} (b/c)"
    noi_nhan = spec.get("noi_nhan") or []
    if line not in noi_nhan:
        at = 1 if noi_nhan else 0
        while at < len(noi_nhan) and str(noi_nhan[at]).lstrip().startswith("+"):
            at += 1  # after the first item's parts (``Văn phòng UBND tỉnh:`` / ``+ CVP``)
        noi_nhan.insert(at, line)
        spec["noi_nhan"] = noi_nhan


def drop_above(spec: dict[str, Any], phrases: tuple[str, ...], unit: str) -> list[str]:
    """Leave out of the letter (body and phụ lục) each line that still gives a task to bodies
    of the levels above the unit (``các bộ, ban, ngành, … Trung ương và Ủy ban nhân dân tỉnh,
    thành phố trực thuộc Trung ương thực hiện …``), outside what it cites; a part left empty
    goes too. The lines are quoted in a warning."""
    if not phrases:
        return []
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(p)}(?!\w)" for p in phrases),
                         re.IGNORECASE)
    left: list[str] = []
    spec["noi_dung"] = _drop(str(spec.get("noi_dung") or ""), pattern, left)
    for part in spec.get("phu_luc") or []:
        part["noi_dung"] = _drop(str(part.get("noi_dung") or ""), pattern, left)
    if not left:
        return []
    quoted = "; ".join(f"“{_around(x, _found_at(x, pattern), 120)}”" for x in left[:QUOTED])
    return [_("these lines give tasks to bodies of the levels above the {unit}, which are not "
              "the {unit}'s to carry out, and were left out: {lines}; if the {unit} has its own "
              "part in them, write it in before sending").format(
        unit=unit, lines=quoted + ("; …" if len(left) > QUOTED else ""))]


def _drop(text: str, pattern: re.Pattern[str], left: list[str]) -> str:
    """``text`` without its lines that ``pattern`` finds outside citations (added to ``left``),
    a part whose lines all went left out with them, the parts numbered again."""
    blocks: list[list[str]] = [[]]  # the lines before the first heading, then each part's
    for line in text.split("\n"):
        if is_heading(line):
            blocks.append([line])
        else:
            blocks[-1].append(line)
    out: list[str] = []
    dropped = False
    for number, block in enumerate(blocks):
        head = block[:1] if number else []
        lines = block[len(head):]
        kept = _kept(lines, pattern)
        left += [x for x in lines if x not in kept]
        dropped = dropped or len(kept) < len(lines)
        if head and lines and not kept:
            continue
        out += head + kept
    if not dropped:
        return text
    number = 0
    for i, line in enumerate(out):
        if is_heading(line) and _ROMAN.match(line):
            number += 1
            out[i] = _ROMAN.sub(f"{so_la_ma(number)}.", line, count=1)
    return "\n".join(out)


#: a point under a numbered one: "a) …", "- …", "+ …"
_SUB_POINT = re.compile(r"(?:[a-zđ]\)|[-+•])\s")


def _kept(lines: list[str], pattern: re.Pattern[str]) -> list[str]:
    """``lines`` without those giving the bodies above a task, and without the points under
    such a line that ends in a colon ("3. Các sở, ban, ngành:" then "a) …", "b) …").

    >>> rx = re.compile(r"(?<!\\w)sở, ban, ngành(?!\\w)")
    >>> _kept(["2. Ủy ban xã báo cáo.", "3. Các sở, ban, ngành:", "a) Hướng dẫn các xã.",
    ...        "b) Kiểm tra.", "4. Tổ chức thực hiện."], rx)
    ['2. Ủy ban xã báo cáo.', '4. Tổ chức thực hiện.']
    """
    kept: list[str] = []
    under = False
    for line in lines:
        if under and _SUB_POINT.match(line.lstrip()):
            continue
        under = False
        if _outside_citations(line, pattern):
            under = line.rstrip().endswith(":")
            continue
        kept.append(line)
    return kept


def _found_at(line: str, pattern: re.Pattern[str]) -> int:
    """Where ``pattern`` first finds a body above given a task in ``line``."""
    return next(iter(_tasked(line, pattern)), 0)  # a point under such a line: its start


def _outside_citations(line: str, pattern: re.Pattern[str]) -> bool:
    return bool(_tasked(line, pattern))


def _tasked(line: str, pattern: re.Pattern[str]) -> list[int]:
    """Where ``line`` names bodies above outside what it cites, not as whom the unit works
    with or for (``phối hợp với các sở, ngành``, ``đề nghị của các bộ, ngành``).

    >>> rx = re.compile(r"(?<!\\w)sở, ngành(?!\\w)")
    >>> _tasked("Các sở, ngành hướng dẫn", rx), _tasked("Phòng Nội vụ phối hợp với các sở, "
    ...                                                 "ngành liên quan", rx)
    ([4], [])
    >>> _tasked("1. Ủy ban nhân dân xã chủ trì, phối hợp các sở, ngành thực hiện.", rx)
    []
    """
    spans = citation_spans(line) + quoted_spans(line)  # what a cited document says is its own
    return [m.start() for m in pattern.finditer(line)
            if not any(a <= m.start() < b for a, b in spans)
            and not _WITH.search(line[:m.start()])]


#: what stands before bodies named as partners, not as those given the task ("phối hợp các
#: sở, ngành" without "với": the commune's own task, found by a review)
_WITH = re.compile(r"(?<!\w)(?:với|của|cho|theo|phối hợp|cùng)\s+(?:(?:các|những)\s+)?$",
                   re.IGNORECASE)


def deadline_past(spec: dict[str, Any], han: date, day: date) -> list[str]:
    """A deadline not after the letter's own date, told with the line of the letter that
    asks for reports by it."""
    if han > day:
        return []
    printed = f"trước ngày {ngay_ngan(han)}"
    line = next((x for x in str(spec.get("noi_dung") or "").split("\n") if printed in x), None)
    if line is None:
        return [_("the deadline {day} is not after the letter's date").format(day=ngay_so(han))]
    return [_("the deadline {day} is not after the letter's date {own}, and the letter asks for "
              "reports by a day that will have passed when it is sent: “{line}”; give a later "
              "deadline").format(day=ngay_so(han), own=ngay_so(day),
                                 line=_around(line, line.index(printed), 160))]


def ended_periods(spec: dict[str, Any], source: Spec, day: date) -> list[str]:
    """A guidance of an earlier year whose periods (``giai đoạn 2016 - 2020``) all ended before
    the letter's year: told with the periods, for the work may be done already."""
    if source.ngay is None or source.ngay.year >= day.year:
        return []
    text = "\n".join([str(spec.get("trich_yeu") or ""), str(spec.get("noi_dung") or "")])
    periods = list(dict.fromkeys(f"{a} - {b}" for a, b in _PERIOD.findall(text)))
    if not periods or any(int(p[-4:]) >= day.year for p in periods):
        return []
    return [_("the letter implemented is of {cited}, and every period it speaks of ended before "
              "{year}, the year of this letter: {periods}; check that the work is still to be "
              "done, and the years of the letter, or implement the guidance in force").format(
        cited=ngay_so(source.ngay), year=day.year,
        periods=", ".join(f"“{p}”" for p in periods[:QUOTED]))]
