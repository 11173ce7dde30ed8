"""A derived letter's lists of levels mended once mapped down, and what it still says of the
huyện level after 1 July 2025 told in a warning."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ntm_docgen.derive.rules import citation_spans, mau
from ntm_docgen.i18n import _, shortened
from ntm_docgen.letter.two_levels import DISTRICT
from ntm_docgen.vietnamese.donvi import HAI_CAP
from ntm_docgen.vietnamese.text import ngay_so

#: the levels a unit of each kind is itself (a bare "xã" in a commune's list is the commune)
OWN = {"tỉnh": ("tỉnh",), "huyện": ("huyện", "quận", "thị xã"),
       "xã": ("xã", "phường", "thị trấn", "đặc khu"), "phường": ("xã", "phường", "đặc khu"),
       "đặc khu": ("xã", "phường", "đặc khu"), "thị trấn": ("xã", "phường", "thị trấn")}
#: a level named alone as an item of a list ("…; xã; thôn trên địa bàn")
_BARE = re.compile(r";\s+(xã|phường|thị trấn|đặc khu|thôn|bản|tổ dân phố|khu phố|huyện|quận|"
                   r"thị xã)(?=\s*(?:;|,|$|\s(?:trên|có|thuộc|của|trong)\b))")
#: the lines of a warning that are quoted; more are marked "…"
QUOTED = 10
#: a level's rank, from the province down (above.RANK's; "thành phố" listed with huyện is one)
_RANK = {"tỉnh": 1, "huyện": 2, "quận": 2, "thị xã": 2, "thành phố": 2, "xã": 3, "phường": 3,
         "thị trấn": 3, "đặc khu": 3}
#: an item of a tally of units ("- Số huyện, thị xã được khen thưởng."): the levels it counts
_TALLY = re.compile(r"^[-–+•]?\s*Số (?:các |đơn vị )?((?:(?:tỉnh|huyện|quận|thị xã|thành phố|xã|"
                    r"phường|thị trấn|đặc khu)(?:, | và |\s*/\s*))*(?:tỉnh|huyện|quận|thị xã|"
                    r"thành phố|xã|phường|thị trấn|đặc khu)) (?:được|đạt|có|đã)\b")


def mend_lists(line: str, cap: str) -> str:
    """A list of levels mapped one level down, without the level named again alone: the unit
    itself, or a level an item before it names already.

    >>> mend_lists("Các ban, ngành; doanh nghiệp; các thôn, tổ dân phố; xã; thôn trên địa "
    ...            "bàn toàn xã có thành tích", "xã")
    'Các ban, ngành; doanh nghiệp; các thôn, tổ dân phố trên địa bàn toàn xã có thành tích'
    >>> mend_lists("Các phòng; doanh nghiệp; các xã, thị trấn; xã; thôn trên địa bàn", "huyện")
    'Các phòng; doanh nghiệp; các xã, thị trấn; thôn trên địa bàn'
    >>> mend_lists("Các sở; doanh nghiệp; các huyện, thành phố; xã; thôn trên địa bàn", "tỉnh")
    'Các sở; doanh nghiệp; các huyện, thành phố; xã; thôn trên địa bàn'
    """
    own = OWN.get(cap, ())
    out, last = [], 0
    for found in _BARE.finditer(line):
        level = found[1]
        before = line[:found.start()]
        named = re.search(rf"(?<!\w){re.escape(level)}(?!\w)(?! hội)", before)
        if level in own or named:
            out.append(line[last:found.start()])
            last = found.end()
    out.append(line[last:])
    return "".join(out)


def drop_tallies(spec: dict[str, Any], day: date, cap: str) -> list[str]:
    """An outline's tally of units that are not below the unit on the letter's date left out,
    told in a warning: a commune counts no communes nor huyện, a huyện no huyện, and from
    1 July 2025 there are no huyện or thị xã to count (Luật Tổ chức chính quyền địa phương
    2025). A tally of the units below stays.

    >>> spec = {"phu_luc": [{"noi_dung": "- Số xã được khen thưởng.\\n- Số huyện, thị xã "
    ...                                  "được khen thưởng.\\n- Cá nhân được khen thưởng."}]}
    >>> _ = drop_tallies(spec, date(2024, 10, 1), "huyện"); spec["phu_luc"][0]["noi_dung"]
    '- Số xã được khen thưởng.\\n- Cá nhân được khen thưởng.'
    >>> _ = drop_tallies(spec, date(2026, 10, 1), "xã"); spec["phu_luc"][0]["noi_dung"]
    '- Cá nhân được khen thưởng.'
    """
    own = _RANK.get(cap)
    if own is None:
        return []
    left: list[str] = []

    def counted(line: str) -> bool:
        found = _TALLY.match(line.strip())
        if not found:
            return True
        levels = {_RANK[x.strip()] for x in re.split(r", | và |/", found[1])}
        if all(rank <= own or (rank == 2 and day >= HAI_CAP) for rank in levels):
            left.append(line.strip())
            return False
        return True

    for part in [spec, *(spec.get("phu_luc") or [])]:
        if part.get("noi_dung"):
            part["noi_dung"] = "\n".join(x for x in str(part["noi_dung"]).split("\n")
                                         if counted(x))
    if not left:
        return []
    return [_("these lines of the outline count units that are not below the {unit} on "
              "{day}, and were left out: {lines}; if the report needs one, add a tally of the "
              "units below the {unit}").format(
        unit=mau()["dia_ban"].get(cap, cap), day=ngay_so(day),
        lines="; ".join(f"“{x}”" for x in left))]


def district_lines(spec: dict[str, Any], day: date, cap: str) -> list[str]:
    """A warning quoting the lines of a letter dated from 1 July 2025 that still speak of the
    huyện level (a criterion for huyện, a task of UBND huyện), outside the letters it cites."""
    if day < HAI_CAP:
        return []
    texts = [str(spec.get("noi_dung") or "")]
    texts += [str(p.get("noi_dung") or "") for p in spec.get("phu_luc") or []]
    found: list[str] = []
    for line in (x.strip() for text in texts for x in text.split("\n")):
        bare, last = [], 0
        for start, end in citation_spans(line):
            bare.append(line[last:start])
            last = end
        bare.append(line[last:])
        named = DISTRICT.search(" ".join(bare))
        if line and named:
            quote = _around(" ".join(bare), named.start())
            if quote not in found:
                found.append(quote)
    if not found:
        return []
    quoted = "; ".join(f"“{x}”" for x in found[:QUOTED])
    return [_("these lines of the letter still speak of the huyện level, but the letter is dated "
              "{day}: since {since} local government has two levels, with no huyện, and what "
              "the letter implemented asks of the huyện is not for the {unit} to re-issue; "
              "rewrite them or leave them out before sending: {lines}").format(
        day=ngay_so(day), since=ngay_so(HAI_CAP), unit=mau()["dia_ban"].get(cap, cap),
        lines=quoted + ("; …" if len(found) > QUOTED else ""))]


def _around(line: str, at: int, width: int = 80) -> str:
    """The part of ``line`` a warning quotes: its start, or the words about ``at`` when the
    word sought stands further on.

    >>> _around("- Xã đạt chuẩn " + "x " * 40 + "của huyện. Các xã", 95)
    '… x x x x x x x x x x x x x x x của huyện. Các xã'
    """
    if at < width - 20:
        return shortened(line, width)
    start = line.rfind(" ", 0, at - 30) + 1
    return "… " + shortened(line[start:], width - 2)
