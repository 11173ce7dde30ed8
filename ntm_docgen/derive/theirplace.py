"""Bodies and places of another province carried down in its letter (a Lâm Đồng plan derived
by a unit of Lạng Sơn: its "Ban Quản lý các khu công nghiệp", its "đặc khu"), which are not the
unit's: taken out of the lists that name them with the unit's own, the lines naming them alone
quoted (``rieng_tinh`` in data/derive/van.yaml; the kinds of unit from the 2025 list). A
commune's letter from its own province's is without them too: a commune has no such body."""

from __future__ import annotations

import re
from typing import Any

from ntm_docgen.derive.above import RANK
from ntm_docgen.derive.elsewhere import Elsewhere
from ntm_docgen.derive.levels import QUOTED
from ntm_docgen.derive.profile import Profile
from ntm_docgen.derive.rules import citation_spans, van
from ntm_docgen.derive.units import unit_kinds
from ntm_docgen.i18n import N_, said, shortened


def _names(profile: Profile) -> list[str]:
    """The names of the other province's own make-up, "đặc khu" when the unit's has none."""
    home = profile.tinh if profile.cap == "tỉnh" else (profile.thuoc or "")
    kinds = unit_kinds(home)
    return [*van()["rieng_tinh"], *(["đặc khu"] if kinds and "đặc khu" not in kinds else [])]


def taken_out(line: str, names: list[str]) -> tuple[str, list[str]]:
    """``line`` without each of ``names`` where a list names it with others (after ", " or
    " và ", or before them), outside its citations; and the names taken out.

    >>> names = ["Ban Quản lý các khu công nghiệp", "đặc khu"]
    >>> taken_out("- Các cơ quan chuyên môn thuộc UBND tỉnh và Ban Quản lý các khu công "
    ...           "nghiệp.", names)
    ('- Các cơ quan chuyên môn thuộc UBND tỉnh.', ['Ban Quản lý các khu công nghiệp'])
    >>> taken_out("- UBND các xã, phường, đặc khu trên địa bàn tỉnh.", names)[0]
    '- UBND các xã, phường trên địa bàn tỉnh.'
    >>> taken_out("- Ban Quản lý các khu công nghiệp.", names)
    ('- Ban Quản lý các khu công nghiệp.', [])

    A name that goes on, or that a head word opens, is no item of the list: left whole.

    >>> taken_out("Sở Công Thương, Ban Quản lý các khu công nghiệp Vân Phong và Sở Y tế", names)
    ('Sở Công Thương, Ban Quản lý các khu công nghiệp Vân Phong và Sở Y tế', [])
    >>> taken_out("Thủ trưởng các sở, Trưởng Ban Quản lý các khu công nghiệp và Trưởng các thôn",
    ...           names)[1]
    []
    """
    out: list[str] = []
    spans = citation_spans(line)
    for name in names:
        word = re.escape(name)
        # whole items only: the name after a list's comma or "và" and ending the item, or
        # opening an item (after "- ", a comma, "và", a bracket) with others after it; a name
        # that goes on ("… Khu kinh tế Dung Quất", "Trưởng Ban Quản lý …") is left, and quoted
        # (a kind of unit, "đặc khu", in a list of kinds: wherever it stands in it)
        ends, opens = (r"(?!\w)", r"(?<=[\s(])") if name[:1].islower() else \
            (r"(?=[ \t]*(?:[,;.:)]|$)| và )", r"(?:^|(?<=[-–,;(][ \t])|(?<=[(])|(?<= và ))")
        pattern = re.compile(rf"(?:,[ \t]*| và ){word}{ends}|{opens}{word}(?:,[ \t]*| và )(?=\w)",
                             re.IGNORECASE)
        found = next((m for m in pattern.finditer(line)
                      if not any(a <= m.start() < b for a, b in spans)), None)
        while found is not None:
            line = line[:found.start()] + line[found.end():]
            out.append(name)
            spans = citation_spans(line)
            found = next((m for m in pattern.finditer(line)
                          if not any(a <= m.start() < b for a, b in spans)), None)
    return line, list(dict.fromkeys(out))


def their_own(spec: dict[str, Any], other: Elsewhere | None, profile: Profile) -> list[str]:
    """The body and the built đề cương of a letter carried from another province without that
    province's own bodies and places in the lists naming them with others, told; a line that
    still names one is quoted. A commune's letter from its own province's is without the bodies
    only a province has, told as the commune's."""
    if other is not None and other.rank == 1:
        taken, kept = _taken_out(spec, _names(profile))
        theirs = dict(theirs=other.theirs, home=other.home)
        return _told(taken, kept, N_(
            "these bodies and places of {theirs}, whose letter it is, are not {home}'s, and were "
            "taken out of the lists that named them with others: {names}; if {home} has its own "
            "in their place, write them in before sending"), N_(
            "these lines still name bodies or places of {theirs}, whose letter it is, which are "
            "not {home}'s: {lines}; rewrite them for {home} or leave them out before sending"),
            theirs)
    if other is not None or RANK.get(profile.cap) != RANK["xã"]:
        return []
    taken, kept = _taken_out(spec, list(van()["rieng_tinh"]))
    return _told(taken, kept, N_(
        "these bodies of the province are not {unit}'s, which has no such body, and were taken "
        "out of the lists that named them with the {unit_kind}'s own: {names}; check the lists "
        "before sending"), N_(
        "these lines still name bodies of the province, which {unit} does not have: {lines}; "
        "rewrite them for the {unit_kind}'s own bodies or leave them out before sending"),
        dict(unit=profile.ten_goi, unit_kind=profile.cap))


#: the bodies a commune's list names as its own ("các ban, ngành, đoàn thể xã", "Công an xã",
#: "UBND xã"); "cấp xã", "thị xã", "trên địa bàn xã" name no body of the commune
_OWN_BODIES = (r"(?:ban|ngành|đoàn thể|đơn vị|cơ quan|tổ chức|hội|Ủy ban nhân dân|UBND|"
               r"Đảng ủy|Công an|Quân sự|Mặt trận Tổ quốc Việt Nam|MTTQ Việt Nam|MTTQ)")
#: a head named by his title before the body ("Giám đốc Công an tỉnh"): the province's office
_TITLE_BEFORE = re.compile(r"(?:Giám đốc|Trưởng|Chủ tịch|Thủ trưởng)\s+$", re.IGNORECASE)


def own_counterpart(line: str, kind: str) -> tuple[str, list[str]]:
    """``line`` of a commune's letter with each body of the province the commune has its own
    of (``cung_xa`` in data/derive/van.yaml) made the commune's, where a list of the commune's
    own bodies names it; and the names so changed. A list naming another body of the province
    ("Sở", "tỉnh"), or none of the commune's, is left, and so is a name alone.

    >>> own_counterpart("1. Công an tỉnh, các ban, ngành, đoàn thể xã và các thôn, tổ dân phố",
    ...                 "xã")
    ('1. Công an xã, các ban, ngành, đoàn thể xã và các thôn, tổ dân phố', ['Công an tỉnh'])
    >>> own_counterpart("phối hợp với Công an tỉnh, Sở Y tế kiểm tra trên địa bàn xã", "xã")[1]
    []
    >>> own_counterpart("5. Công an tỉnh", "xã")[1], own_counterpart("Công an tỉnh và các "
    ...     "ngành của xã", "phường")[1]
    ([], [])

    A "xã" that names no body of the commune's is no list of its own: the level (``ở cấp
    xã``), a town (``thị xã``), a place (``trên địa bàn xã``); nor is a head's title:

    >>> own_counterpart("Biên bản hội nghị hiệp thương ở cấp xã được gửi ngay đến Thường trực "
    ...                 "Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh "
    ...                 "và Thường trực Hội đồng nhân dân, Ủy ban bầu cử cùng cấp", "xã")[1]
    []
    >>> own_counterpart("2. Giao Giám đốc Công an tỉnh, Chủ tịch UBND các huyện, thị xã", "xã")[1]
    []
    >>> own_counterpart("Phối hợp với Ủy ban MTTQ Việt Nam tỉnh, Ban Quản lý Khu kinh tế Dung "
    ...                 "Quất, các doanh nghiệp trên địa bàn xã", "xã")[1]
    []
    """
    changed: list[str] = []
    spans = citation_spans(line)
    own = re.compile(rf"(?<!\w){_OWN_BODIES}\s+(?:của\s+)?{re.escape(kind)}(?!\w)",
                     re.IGNORECASE)
    for name, theirs in van()["cung_xa"].items():
        item = re.compile(rf"(?:(?<=, )|(?<= và )){re.escape(name)}(?=[ \t]*(?:[,;.:]|$))"
                          rf"|(?<!\w){re.escape(name)}(?=, | và )")
        for found in reversed(list(item.finditer(line))):
            if any(a <= found.start() < b for a, b in spans):
                continue
            # the list it stands in: to the sentence's or the item's ends
            start = max(line.rfind(x, 0, found.start()) for x in ";:.") + 1
            ends = [i for i in (line.find(x, found.end()) for x in ";:.") if i >= 0]
            rest = line[start:found.start()] + " " + line[found.end():min(ends, default=len(line))]
            if not own.search(rest) or re.search(r"(?<!\w)(?:tỉnh|[Ss]ở)(?!\w)", rest) \
                    or _TITLE_BEFORE.search(line, 0, found.start()):
                continue
            line = line[:found.start()] + theirs.format(cap=kind) + line[found.end():]
            changed.append(name)
    return line, list(dict.fromkeys(changed))


class OwnCounterparts:
    """``own_counterpart`` for each line a commune's letter from its own province's rewrites
    (``kind`` its kind; "" for any other letter, where it changes nothing), the names changed
    kept to be told once."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.changed: list[str] = []

    def __call__(self, line: str) -> str:
        if not self.kind:
            return line
        line, names = own_counterpart(line, self.kind)
        self.changed += [x for x in names if x not in self.changed]
        return line

    def told(self) -> list[str]:
        """The warning naming each body made the commune's own, if any."""
        if not self.changed:
            return []
        names = "; ".join(f"{x} → {van()['cung_xa'][x].format(cap=self.kind)}"
                          for x in self.changed)
        return [said(N_("these bodies of the province were named in a list of the {unit_kind}'s "
                        "own bodies and were made the {unit_kind}'s own: {names}; check that the "
                        "{unit_kind}'s body is meant before sending"),
                     unit_kind=self.kind, names=names)]


def _taken_out(spec: dict[str, Any], names: list[str]) -> tuple[list[str], list[str]]:
    """``names`` taken out of the lists of ``spec``'s body and đề cương that name them with
    others, in place; the names taken out, and the lines that still name one."""
    parts = [spec, *(spec.get("phu_luc") or [])]
    taken: list[str] = []
    kept: list[str] = []
    named = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names), re.IGNORECASE)
    for part in parts:
        if not part.get("noi_dung"):
            continue
        lines = str(part["noi_dung"]).split("\n")
        for n, line in enumerate(lines):
            lines[n], out = taken_out(line, names)
            taken += [x for x in out if x not in taken]
            spans = citation_spans(lines[n])  # a title cited names them as it was issued
            if any(not any(a <= m.start() < b for a, b in spans)
                   for m in named.finditer(lines[n])):
                kept.append(shortened(lines[n], 100))
        part["noi_dung"] = "\n".join(lines)
    return taken, kept


def _told(taken: list[str], kept: list[str], taken_text: str, kept_text: str,
          values: dict[str, str]) -> list[str]:
    told: list[str] = []
    if taken:
        told.append(said(taken_text, names=", ".join(taken), **values))
    if kept:
        told.append(said(kept_text, lines="; ".join(f"“{x}”" for x in kept[:QUOTED])
                         + ("; …" if len(kept) > QUOTED else ""), **values))
    return told
