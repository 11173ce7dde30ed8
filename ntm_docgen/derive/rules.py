"""The rewrite rules of data/derive/: level mapping by level and date, movement renaming."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.donvi import HAI_CAP
from ntm_docgen.vietnamese.text import nfc, upper_vi


@dataclass(frozen=True)
class LevelRules:
    """One entry of data/derive/cap.yaml: the rules for one level in one period."""

    cap: str
    tu: date | None
    den: date | None
    duoi: str
    kinh_gui: tuple[str, ...]
    noi_nhan: tuple[str, ...]
    thay: dict[str, str] = field(default_factory=dict)
    tren: tuple[str, ...] = ()  # bodies of the levels above, named as a group given tasks
    duoi_nua: str | None = None  # the units below the units below, as these would name them
    noi_nhan_so: tuple[str, ...] = ()  # the Nơi nhận of a department of the level (a Sở)

    def holds_on(self, day: date) -> bool:
        return (self.tu is None or self.tu <= day) and (self.den is None or day <= self.den)


def van() -> dict:
    """data/derive/van.yaml: the words derive reads and writes."""
    return load_data("derive/van.yaml")


def mau() -> dict:
    """data/derive/mau.yaml: the sentences derive writes."""
    return load_data("derive/mau.yaml")


@cache
def all_level_rules() -> tuple[LevelRules, ...]:
    entries = load_data("derive/cap.yaml")["cap"]
    return tuple(LevelRules(cap=e["cap"], tu=e.get("tu"), den=e.get("den"), duoi=e["duoi"],
                            kinh_gui=tuple(e["kinh_gui"]), noi_nhan=tuple(e["noi_nhan"]),
                            thay={nfc(str(k)): nfc(str(v)) for k, v in e["thay"].items()},
                            tren=tuple(nfc(str(x)) for x in e.get("tren", ())),
                            duoi_nua=nfc(e["duoi_nua"]) if e.get("duoi_nua") else None,
                            noi_nhan_so=tuple(e.get("noi_nhan_so", ())))
                 for e in entries)


def level_rules(cap: str, day: date) -> tuple[LevelRules, bool]:
    """The rules for ``cap`` on ``day``, and whether they really hold on that day (a huyện
    after 1 July 2025 gets the last rules it had, with False).

    >>> rules, exact = level_rules("tỉnh", date(2019, 5, 31)); rules.duoi, exact
    ('các huyện, thị xã, thành phố', True)
    >>> level_rules("tỉnh", date(2025, 7, 1))[0].duoi
    'các xã, phường'
    >>> level_rules("huyện", date(2026, 1, 5))[1]
    False
    """
    if cap in ("phường", "đặc khu", "thị trấn"):
        rules, exact = level_rules("xã", day)
        return named_for(rules, cap), exact and (cap != "thị trấn" or day < HAI_CAP)
    candidates = [r for r in all_level_rules() if r.cap == cap]
    for rules in candidates:
        if rules.holds_on(day):
            return rules, True
    nearest = min(candidates, key=lambda r: min(abs((d - day).days) for d in (r.tu, r.den) if d))
    return nearest, False


#: "xã" naming the unit itself (``đoàn thể xã``, ``HĐND xã``, ``toàn xã``), not the level
#: (``cấp xã``, which a ward is too) nor a list of kinds (``các xã, phường``).
_UNIT_XA = re.compile(r"(?<!cấp )(?<!các )(?<!Các )\bxã\b(?!, phường)(?! hội)")


def named_for(rules: LevelRules, kind: str) -> LevelRules:
    """The xã level's rules written for a ward or a special zone: the unit is called by its
    kind where the rules name it (``TT Đảng ủy, TT HĐND phường``), the level keeps its name.

    >>> rules = named_for(level_rules("xã", date(2025, 9, 1))[0], "phường")
    >>> rules.cap, rules.kinh_gui[0], rules.noi_nhan[1]
    ('phường', 'Các ban, ngành, đoàn thể phường', 'TT Đảng ủy, TT HĐND phường (b/c)')
    >>> rules.thay["cấp huyện, cấp xã"], rules.thay["trên địa bàn toàn tỉnh"]
    ('cấp xã và thôn, tổ dân phố', 'trên địa bàn toàn phường')
    >>> _UNIT_XA.sub("phường", "an sinh xã hội của xã")
    'an sinh xã hội của phường'
    """
    def named(text: str) -> str:
        return _UNIT_XA.sub(kind, text)

    return LevelRules(cap=kind, tu=rules.tu, den=rules.den, duoi=rules.duoi,
                      kinh_gui=tuple(map(named, rules.kinh_gui)),
                      noi_nhan=tuple(map(named, rules.noi_nhan)),
                      thay={phrase: named(value) for phrase, value in rules.thay.items()},
                      tren=rules.tren, duoi_nua=rules.duoi_nua,
                      noi_nhan_so=tuple(map(named, rules.noi_nhan_so)))


def variants(phrase: str, replacement: str) -> dict[str, str]:
    """A phrase as written, with a capital first letter, and wholly in capitals.

    >>> variants("các tỉnh", "các huyện")["Các tỉnh"], variants("các tỉnh", "các huyện")["CÁC TỈNH"]
    ('Các huyện', 'CÁC HUYỆN')
    >>> variants("Ủy ban nhân dân các xã", "các thôn")["Ủy ban nhân dân các xã"]
    'các thôn'
    """
    out = {upper_vi(phrase): upper_vi(replacement)}
    if not phrase[:1].isupper():
        out[phrase[:1].upper() + phrase[1:]] = replacement[:1].upper() + replacement[1:]
    out[phrase] = replacement
    return out


@cache
def _citation_end() -> re.Pattern[str]:
    """What ends a citation: ";", ":", a sentence's end, ")", ", để", or ", " before a body
    that asks or issues in the same clause (", Sở Nông nghiệp và Môi trường đề nghị …":
    van.yaml's ``co_quan_dau`` and ``dong_tu_ban_hanh``)."""
    bodies = "|".join(re.escape(k) for k in van()["co_quan_dau"])
    verbs = "|".join(re.escape(k) for k in van()["dong_tu_ban_hanh"])
    return re.compile(rf"[;:]|\.(\s|$)|\)|\n|,\s+(?:để|nhằm)\s"
                      rf"|,\s+(?=(?:{bodies})\s[^,;:.\n]{{0,80}}?\b(?:{verbs})\b)")


def citation_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` cites another document; nothing is rewritten inside these spans.

    >>> t = "theo Hướng dẫn số 2176/HD-BTĐKT về “Cả nước chung sức” giai đoạn 2016 - 2020). Các"
    >>> [t[a:b] for a, b in citation_spans(t)]
    ['Hướng dẫn số 2176/HD-BTĐKT về “Cả nước chung sức” giai đoạn 2016 - 2020']
    >>> t = "Thực hiện Kế hoạch số 245/KH-UBND của UBND tỉnh, Sở Nội vụ đề nghị UBND xã A lập"
    >>> [t[a:b] for a, b in citation_spans(t)]
    ['Kế hoạch số 245/KH-UBND của UBND tỉnh']
    """
    kinds = "|".join(re.escape(k) for k in van()["van_ban_trich_dan"])
    spans: list[tuple[int, int]] = []
    for match in re.finditer(rf"\b(?:{kinds})\s+số\s+\S+", text, re.IGNORECASE):
        start, pos = match.start(), match.end()
        stop = _citation_end().search(text[pos:])
        limit = pos + stop.start() if stop else len(text)
        quote = re.compile(r"[“\"]([^“”\"]*)[”\"](\s*giai đoạn\s*\d{4}\s*[-–]\s*\d{4})?")
        found = quote.search(text, pos, limit + 200)
        if found and found.start() < limit:
            limit = found.end()
        if spans and start < spans[-1][1]:
            continue
        spans.append((start, limit))
    return spans


def _merged(*groups: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of several kinds as one sorted list without overlaps.

    >>> _merged([(0, 5), (10, 12)], [(3, 8)])
    [(0, 8), (10, 12)]
    """
    merged: list[tuple[int, int]] = []
    for start, end in sorted(span for group in groups for span in group):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


#: what may stand before a phrase that opens a line: nothing, an item's number or letter, a dash
_OPENS_LINE = re.compile(r"\s*(?:(?:\d{1,2}\.){1,3}|[a-zđ]\)|[-+•])?\s*")
#: a phrase ending in a level's word, and the name after it: one place named ("trên địa bàn
#: tỉnh Thanh Hóa"), which a level below does not make its own ("trên địa bàn xã Thanh Hóa")
_LEVEL_END = re.compile(r"(?:tỉnh|huyện|thành phố|thị xã|quận)$", re.IGNORECASE)
_NAME_NEXT = re.compile(r"^ [^\W\d_]", re.UNICODE)


@cache
def _each() -> re.Pattern[str]:
    """"mỗi", "từng" before a phrase: one unit of those it names (van.yaml ``moi_don_vi``)."""
    each = "|".join(re.escape(w) for w in van()["moi_don_vi"])
    return re.compile(rf"(?<!\w)(?:{each})\s+$", re.IGNORECASE)


class Rewriter:
    """Rewrites running text for the level below, leaving citations as they are."""

    def __init__(self, phrases: dict[str, str], issuer: dict[str, Callable[[str, str], str]],
                 everywhere: dict[str, str] | None = None,
                 mend: Callable[[str], str] | None = None,
                 kept: Callable[[str], list[tuple[int, int]]] | None = None) -> None:
        """``phrases``: plain replacements; ``issuer``: names whose replacement depends on the
        text before and after them (a callback taking both); ``everywhere``: replacements made
        inside citations too (``Công văn này``, the letter itself, which no citation names);
        ``kept``: spans of a line left as written besides its citations (what a cited
        document says)."""
        self.everywhere = everywhere or {}
        self.kept = kept
        self.mend = mend  # a rewritten line mended (its lists of levels)
        self.table: dict[str, str] = {}
        for phrase, replacement in phrases.items():
            self.table.update(variants(phrase, replacement))
        self.issuer = issuer
        keys = sorted({*self.table, *issuer}, key=len, reverse=True)
        alternation = "|".join(re.escape(k) for k in keys)
        self.pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)") if keys else None

    def _plain(self, text: str) -> str:
        if self.pattern is None:
            return text

        def swap(match: re.Match[str]) -> str:
            found = match.group(0)
            if found in self.issuer:
                return self.issuer[found](text[:match.start()], text[match.end():])
            replacement = self.table[found]
            after = text[match.end():match.end() + 2]
            if _LEVEL_END.search(found) and _NAME_NEXT.match(after) and after[1].isupper():
                return found
            # "Mỗi tỉnh, thành phố … chọn 05% số xã" is one unit's quota: "mỗi các xã, phường"
            # says nothing, and the quota is not the level below's
            if replacement.casefold().startswith("các ") and _each().search(text[:match.start()]):
                return found
            # "8. Ủy ban nhân dân các phường, xã" → "8. Các thôn, tổ dân phố", not "8. các …"
            if found[:1].isupper() and _OPENS_LINE.fullmatch(text[:match.start()]):
                return replacement[:1].upper() + replacement[1:]
            return replacement

        return self.pattern.sub(swap, text)

    def __call__(self, text: str) -> str:
        """Rewrite every line of ``text`` outside its citations."""
        out = []
        for line in text.split("\n"):
            pieces, last = [], 0
            spans = citation_spans(line)
            if self.kept:
                spans = _merged(spans, self.kept(line))
            for start, end in spans:
                pieces.append(self._plain(line[last:start]))
                pieces.append(line[start:end])
                last = end
            pieces.append(self._plain(line[last:]))
            line = "".join(pieces)
            for phrase, replacement in self.everywhere.items():
                line = re.sub(rf"(?<!\w){re.escape(phrase)}(?!\w)", replacement, line)
            out.append(self.mend(line) if self.mend else line)
        return "\n".join(out)
