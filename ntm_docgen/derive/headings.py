"""The Roman headings of a derived Hướng dẫn or Kế hoạch: numbered again once the local parts
are in, or kept as the letter implemented numbers them when it starts again from I in each of
its own parts (the Front's steps, "BƯỚC MỘT … A. … I. … II.", "BƯỚC HAI … A. … I. …")."""

from __future__ import annotations

import re

from ntm_docgen.derive.source import Section
from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.points import roman_value
from ntm_docgen.vietnamese.text import so_la_ma

_ROMAN = re.compile(r"^([IVXL]+)\.")


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
