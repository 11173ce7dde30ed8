"""Tasks the letter implemented gives its own offices, given to the deriving unit's own units
(data/derive/co_quan.yaml), or kept with a warning that names them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from ntm_docgen.derive.cite import issuer_short
from ntm_docgen.derive.job import Derivation
from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import _, shortened
from ntm_docgen.vietnamese.text import nfc

#: what opens a task before the office: ``2.``, ``1.2.``, ``a)``, ``-``, ``+``, then an
#: optional ``Đề nghị`` or a label (``Cơ quan chủ trì:``)
_OPENS = re.compile(r"^(?:(?:\d{1,2}\.){1,3}|[a-zđ]\)|[-+•])?\s*(?:Đề nghị\s+)?"
                    r"(?:(?:Cơ quan|Đơn vị|Bộ phận)\s+(?:chủ trì|phối hợp|tham mưu)"
                    r"[^:]{0,30}:\s*)?")
_DASHES = str.maketrans({"–": "-", "—": "-", "‒": "-"})
#: between two offices a task names together
_BETWEEN = re.compile(r"^(?:\s*[;,]\s*|\s+và\s+)")
#: where an office's name ends
_NAME_END = re.compile(r"[;:,.]")
_COUNCIL_AND = re.compile(r"(?<=HĐND) và (?=UBND)|(?<=Hội đồng nhân dân) và (?=(?:Uy|Ủy|Uỷ) ban)")
#: a capital letter, marked ones too: a place's name may begin with Ứ, Â, Ý, Ô (Ứng Hòa)
_CAP = "[" + "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper()) + "]"
#: the level above's place after an office's name: ``Phòng Tư pháp thành phố (Vũng Tàu)``
_PLACE = re.compile(rf"^\s+(?:[Tt]hành phố|[Tt]hị xã|[Hh]uyện|[Qq]uận|[Tt]ỉnh)"
                    rf"(?:\s+{_CAP}\w*|\s+[-–](?=\s+{_CAP}))*|^\s+TP{_CAP}*\b")


@dataclass(frozen=True)
class Offices:
    """One entry of data/derive/co_quan.yaml: who takes the level above's offices' tasks."""

    units: dict[str, str]          # an office above, folded, → the unit that takes its tasks
    tren: tuple[str, ...]          # an office above opens so, and its name with a capital
    tren_ten: tuple[str, ...]      # a body above named in full
    cap_minh: re.Pattern[str]      # in a name: of the unit's level or below, not above


@cache
def _entries() -> tuple[tuple[tuple[str, ...], date | None, date | None, Offices], ...]:
    out = []
    for entry in load_data("derive/co_quan.yaml")["co_quan"]:
        units = {_fold(office): nfc(unit) for unit, offices in entry["giao"].items()
                 for office in offices}
        out.append((tuple(entry["cap"]), entry.get("tu"), entry.get("den"),
                    Offices(units, tuple(map(nfc, entry["tren"])),
                            tuple(map(nfc, entry["tren_ten"])), _levels(entry["cap_minh"]))))
    return tuple(out)


def _levels(words: list[str]) -> re.Pattern[str]:
    """``xã``, ``phường`` … as a name's words (``xã hội`` names no level)."""
    either = "|".join(re.escape(nfc(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{either})(?!\w)(?! hội)", re.IGNORECASE)


def offices_for(cap: str, day: date) -> Offices | None:
    """The offices of the level above a ``cap`` unit on ``day``; None for a level with none
    written down (a tỉnh, whose level above is the centre).

    >>> offices_for("phường", date(2025, 3, 24)).units["phòng y tế"]
    'Công chức Văn hóa - Xã hội'
    >>> offices_for("tỉnh", date(2025, 3, 24)) is None
    True
    """
    for caps, tu, den, offices in _entries():
        if cap in caps and (tu is None or tu <= day) and (den is None or day <= den):
            return offices
    return None


def _fold(text: str) -> str:
    return nfc(text).translate(_DASHES).casefold()


@dataclass
class Readdressed:
    """A line's task as given to the unit's own units: the line, and whether it names an
    office above that no unit takes (kept as written)."""

    line: str
    changed: bool
    kept: bool
    was: str = ""   # the offices named, as the letter implemented names them
    now: str = ""   # the units that take their tasks


def readdress(line: str, offices: Offices, theirs: str = "") -> Readdressed:
    """The task ``line`` gives an office of the level above, given to the unit that takes it;
    an office named with ``theirs``, another place's name, is that place's and stays.

    >>> o = offices_for("phường", date(2025, 3, 24))
    >>> readdress("2. Phòng Y tế", o).line
    '2. Công chức Văn hóa - Xã hội'
    >>> readdress("Phòng Văn hóa – Thông tin chủ trì, phối hợp", o).line
    'Công chức Văn hóa - Xã hội chủ trì, phối hợp'
    >>> readdress("- Cơ quan chủ trì: Phòng Tư pháp thành phố Vũng Tàu; Phòng Y tế", o).line
    '- Cơ quan chủ trì: Công chức Tư pháp - Hộ tịch và Công chức Văn hóa - Xã hội'
    >>> readdress("a) Phòng Tư pháp thành phố chủ trì", o).line
    'a) Công chức Tư pháp - Hộ tịch chủ trì'
    >>> r = readdress("5. Phòng Văn hóa và Thông tin; Trung tâm Văn hóa, Thông tin", o)
    >>> r.changed, r.kept
    (False, True)
    >>> readdress("8. Ủy ban nhân dân các phường, xã", o).kept
    False
    >>> readdress("3. Công an các phường, xã", o).kept, readdress("6. Công an thành phố", o).kept
    (False, True)
    >>> readdress("- Ủy ban MTTQ Việt Nam xã phối hợp", o).kept
    False
    >>> readdress("7. Ủy ban MTTQ Việt Nam thành phố và các tổ chức chính trị - xã hội", o).kept
    True
    >>> x = offices_for("xã", date(2026, 10, 1))
    >>> readdress("Sở Công Thương Lào Cai thông báo để doanh nghiệp biết", x, "Lào Cai").changed
    False
    >>> readdress("Sở Công Thương chủ trì", x, "Lào Cai").line
    'Phòng Kinh tế chủ trì'
    """
    opens = _OPENS.match(line)
    start = opens.end() if opens else 0
    pos, units, above = start, [], False
    while True:
        found = _office_at(line, pos, offices, theirs)
        if found is None:
            break
        end, unit = found
        if unit is None:
            above = True
        elif unit not in units:
            units.append(unit)
        between = _BETWEEN.match(line[end:])
        if between is None or _office_at(line, end + between.end(), offices, theirs) is None:
            pos = end
            break
        pos = end + between.end()
    if above:
        return Readdressed(line, False, True)
    if not units:
        return Readdressed(line, False, False)
    now = " và ".join(units)
    return Readdressed(line[:start] + now + line[pos:], True, False, line[start:pos].strip(),
                       now)


def _office_at(line: str, pos: int, offices: Offices,
               theirs: str = "") -> tuple[int, str | None] | None:
    """Where the office of the level above at ``pos`` ends, and the unit that takes its tasks
    (None for one no unit takes); None when no office above stands there, or when the office is
    named with ``theirs``, another place's name (``Sở Công Thương Lào Cai``: that place's)."""
    rest = _fold(line[pos:])
    of_theirs = re.compile(rf"^\s+(?:(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)\s+)?"
                           rf"{re.escape(theirs)}(?!\w)", re.IGNORECASE) if theirs else None
    for office in sorted(offices.units, key=len, reverse=True):
        if rest.startswith(office) and not rest[len(office):len(office) + 1].isalnum():
            end = pos + len(office)
            if of_theirs is not None and of_theirs.match(line[end:]):
                return None
            place = _PLACE.match(line[end:])
            return end + (place.end() if place else 0), offices.units[office]
    text = line[pos:]
    for word in offices.tren:
        after = text[len(word) + 1:len(word) + 2]
        if text.startswith(word + " ") and after.isupper():
            stop = _NAME_END.search(text, len(word))
            return _above(text[:stop.start() if stop else len(text)], pos, offices, theirs)
    for word in offices.tren_ten:
        name = re.match(rf"{re.escape(word)}\b(?! các\b)[^;:,.]*", text)
        if name:
            return _above(name[0], pos, offices, theirs)
    return None


def _above(name: str, pos: int, offices: Offices, theirs: str = "") -> tuple[int, None] | None:
    """``name`` at ``pos`` as an office of the level above, unless of the unit's level or theirs."""
    first = _COUNCIL_AND.sub("&", name).split(" và ")[0]  # its "và": "Văn phòng HĐND và UBND"
    if theirs and re.search(rf"(?<!\w){re.escape(theirs)}(?!\w)", first, re.IGNORECASE):
        return None
    return None if offices.cap_minh.search(first) else (pos + len(name), None)


#: the tasks kept as written that a warning quotes; more are marked "…"
QUOTED = 10
#: a line that opens a task of its own: ``3.``, ``1.2.``, ``b)``
_ITEM = re.compile(r"^(?:(?:\d{1,2}\.){1,3}|[a-zđ]\))\s")


def give_tasks(lines: list[str], offices: Offices, above: str, own: str, theirs: str = ""
               ) -> tuple[list[str], list[str]]:
    """``lines`` with every task of an office above given to the unit that takes it, in place;
    in such a task, ``above`` (the issuer above, ``Ủy ban nhân dân thành phố``) it advises
    becomes ``own``. Returns the tasks given (``“Phòng Y tế” → “…”``), and those kept as
    written.

    >>> o = offices_for("phường", date(2025, 3, 24))
    >>> lines = ["2. Phòng Y tế", "- Tham mưu UBND thành phố chỉ đạo", "3. Chi cục Thống kê",
    ...          "- Tham mưu UBND thành phố"]
    >>> give_tasks(lines, o, "Ủy ban nhân dân thành phố", "Ủy ban nhân dân Phường 1")
    (['“Phòng Y tế” → “Công chức Văn hóa - Xã hội”'], ['Chi cục Thống kê'])
    >>> lines[:2]
    ['2. Công chức Văn hóa - Xã hội', '- Tham mưu UBND Phường 1 chỉ đạo']
    """
    level = above.removeprefix("Ủy ban nhân dân ") if above.startswith("Ủy ban nhân dân ") else ""
    advised = re.compile(rf"\b(?:Ủy ban nhân dân|UBND) {re.escape(level)}(?: {_CAP}\w*)*") \
        if level else None
    own_short = own.replace("Ủy ban nhân dân", "UBND", 1)
    given: list[str] = []
    kept: list[str] = []
    inside = False
    for index, line in enumerate(lines):
        found = readdress(line, offices, theirs)
        if found.changed:
            given.append(f"“{found.was}” → “{found.now}”")
            line = lines[index] = found.line
        elif found.kept:  # named without its number, which may change below
            kept.append(_ITEM.sub("", line, count=1))
        if found.changed or found.kept or _ITEM.match(line):
            inside = found.changed and bool(_ITEM.match(line))
        if (inside or found.changed) and advised is not None:
            lines[index] = advised.sub(
                lambda m: own if m[0].startswith("Ủy ban") else own_short, line)
    if given:
        lines[:] = one_item_a_unit(lines, set(offices.units.values()))
    given = list(dict.fromkeys(given))  # "Phòng Y tế" named in two tasks: told once
    return given, kept


#: a numbered item of a part, not a sub-item (``2. Phòng Y tế``, not ``2.1. …``)
_NUMBERED = re.compile(r"^(\d{1,2})\.\s+(.*)$")


def one_item_a_unit(lines: list[str], units: set[str]) -> list[str]:
    """Two numbered items given to one unit (``Phòng Y tế`` and ``Phòng Giáo dục và Đào tạo``
    both to ``Công chức Văn hóa - Xã hội``) made one: the later one's lines go under the first,
    and the items are numbered again.

    >>> one_item_a_unit(["1. A", "- a", "2. B", "- b", "3. A", "- c", "4. C"], {"A"})
    ['1. A', '- a', '- c', '2. B', '- b', '3. C']

    A list of its own under an item (numbered from 1 again) stays that item's, its numbers as
    they are (found by a review):

    >>> one_item_a_unit(["1. A", "- a", "2. B", "a) Nhóm 1", "1. x", "2. y", "3. A"], {"A"})
    ['1. A', '- a', '2. B', 'a) Nhóm 1', '1. x', '2. y']
    """
    items: list[tuple[str, list[str]]] = [("", [])]  # an item's head, and its lines
    last: int | None = None  # the number of the last item: the next is one more
    for line in lines:
        item = _NUMBERED.match(line)
        if item and (last is None or int(item[1]) == last + 1):
            items.append((item[2], [line]))
            last = int(item[1])
        else:
            items[-1][1].append(line)
    merged: list[tuple[str, list[str]]] = []
    for head, item_lines in items:
        first = next((m for m in merged if m[0] == head and head in units), None)
        if first is not None and head:
            first[1].extend(item_lines[1:])
        else:
            merged.append((head, item_lines))
    if len(merged) == len(items):
        return lines
    out, number = list(merged[0][1]), None
    for _head, item_lines in merged[1:]:
        found = _NUMBERED.match(item_lines[0])
        number = int(found[1]) if number is None and found else (number or 0) + 1
        out += [f"{number}. {found[2]}" if found else item_lines[0], *item_lines[1:]]
    return out


def own_tasks(job: Derivation, parts: list[list[str]]) -> None:
    """The tasks of the letter implemented's own offices given to the unit's own units, in
    place; each task no unit takes is quoted in a warning, to be rewritten before sending."""
    day = job.ngay or job.source.ngay or date.today()
    offices = offices_for(job.profile.cap, day)
    if offices is None:
        return
    given: list[str] = []
    kept: list[str] = []
    for lines in parts:
        told, left = give_tasks(lines, offices, issuer_short(job.fields["nguon"]),
                                job.profile.ten_goi_ngan, job.theirs)
        given += [x for x in told if x not in given]
        kept += left
    unit = job.fields["dia_ban"]
    if given:
        job.warnings.append(_("the tasks the letter implemented gives offices of its own were "
                              "given to the {unit}'s own units that take them: {given}; check "
                              "them").format(unit=unit, given="; ".join(given)))
    if kept:
        job.warnings.append(_("these tasks are given to offices of the level above, which no "
                              "unit of the {unit} takes over, and were kept as written: {tasks}; "
                              "rewrite them for the {unit}'s own units before sending").format(
            unit=unit, tasks="; ".join(f"“{shortened(x, 80)}”" for x in kept[:QUOTED])
            + ("; …" if len(kept) > QUOTED else "")))
