"""The Roman headings of a derived Hướng dẫn or Kế hoạch: numbered again once the local parts
are in, or kept as the letter implemented numbers them when it starts again from I in each of
its own parts (the Front's steps, "BƯỚC MỘT … A. … I. … II.", "BƯỚC HAI … A. … I. …")."""

from __future__ import annotations

import re

from ntm_docgen.derive.source import Section, heading_has
from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.points import roman_value
from ntm_docgen.vietnamese.text import so_la_ma

_ROMAN = re.compile(r"^([IVXL]+)\.")
_ITEM = re.compile(r"^\d{1,2}\.\s+")


def restarts(parts: list[Section]) -> bool:
    """Whether the headings of ``parts`` start again from a number already passed (I, II, …
    then I again): a numbering under parts of the letter's own, not one list.

    >>> restarts([Section("I. A"), Section("II. B"), Section("I. C")])
    True
    >>> restarts([Section("I. A"), Section("III. B")])
    False

    A number written twice (``II``, ``II`` for ``III``) is the source's slip, not a new start:
    only a return to I is one.

    >>> restarts([Section("I. A"), Section("II. B"), Section("II. C"), Section("IV. D")])
    False
    """
    last = 0
    for part in parts:
        found = _ROMAN.match(part.heading)
        if found is None:
            continue
        number = roman_value(found[1])
        if number == 1 and last >= 1:
            return True
        last = number
    return False


def added_heading(title: str, kept: bool) -> str:
    """A part the local letter adds (``TỔ CHỨC THỰC HIỆN``): numbered, and so given its
    number with the rest, or, among headings kept as the source numbers them, a part of its
    own with no number, as a clerk writes the closing part of a guidance set out in steps.

    >>> added_heading("TỔ CHỨC THỰC HIỆN", False), added_heading("TỔ CHỨC THỰC HIỆN", True)
    ('I. TỔ CHỨC THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN')
    """
    return title if kept else f"I. {title}"


def number_parts(parts: list[Section], kept: bool) -> list[str]:
    """The parts' Roman headings numbered I, II, … in their order, in place; unless ``kept``
    (the source starts again in each of its own parts): then they stay as it numbers them,
    told with the parts added without a number."""
    if kept:
        added = [p.heading for p in parts if not _ROMAN.match(p.heading)]
        return [_("the letter implemented numbers its headings from I again in each of its "
                  "own parts: their numbers were kept as it writes them, and {parts} added at "
                  "the end as a part with no number; check that they stand where the letter's "
                  "own parts would").format(parts=", ".join(added))] if added else []
    for number, part in enumerate(parts, start=1):
        part.heading = _ROMAN.sub(f"{so_la_ma(number)}.", part.heading, count=1)
    return []


def item_made_part(parts: list[Section], title: str) -> None:
    """A letter with no part named ``title`` (``TỔ CHỨC THỰC HIỆN``) whose items hold one of
    that name ("3. Tổ chức thực hiện", Lào Cai's Công văn 7432/UBND-XD): that item and its lines
    made the part, after the part it stood in, so that the letter has one part of that name and
    not an item beside the part the form adds. The items left are numbered again.

    >>> parts = [Section("I. NỘI DUNG", ["1. Sở A", "x", "2. Tổ chức thực hiện", "y"])]
    >>> item_made_part(parts, "TỔ CHỨC THỰC HIỆN")
    >>> [(p.heading, p.lines) for p in parts]
    [('I. NỘI DUNG', ['1. Sở A', 'x']), ('II. TỔ CHỨC THỰC HIỆN', ['y'])]
    """
    if any(heading_has(p, title) for p in parts):
        return
    for index, part in enumerate(parts):
        for at, line in enumerate(part.lines):
            if not _ITEM.match(line) or \
                    _ITEM.sub("", line).rstrip(" .:").casefold() != title.casefold():
                continue
            end = next((i for i in range(at + 1, len(part.lines))
                        if _ITEM.match(part.lines[i])), len(part.lines))
            if end == at + 1:  # its tasks are the items after it ("30. Tổ chức thực hiện",
                return  # "31. Giao …"): no line of its own to lift
            lines = part.lines[at + 1:end]
            kept = part.lines[:at] + part.lines[end:]
            number = 0
            for i, item in enumerate(kept):
                if _ITEM.match(item):
                    number += 1
                    kept[i] = _ITEM.sub(f"{number}. ", item, count=1)
            part.lines = kept
            before = [roman_value(m[1]) for p in parts[:index + 1]
                      if (m := _ROMAN.match(p.heading))]
            heading = title if restarts(parts) \
                else f"{so_la_ma(max(before, default=0) + 1)}. {title}"
            parts.insert(index + 1, Section(heading, lines))
            return
