"""TRÍCH SAO of a part numbered ``2.`` (a công văn's or a plan's parts, numbered 1., 2., 3.):
the part named ``2.``, with its dot, is its heading and every paragraph under it, up to part
``3.``, the next heading (``III.``, ``Điều 4``) or the end of the text. A number without the
dot counts paragraphs (copies/trich.py), as it always has."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ntm_docgen.copies import NAMES
from ntm_docgen.errors import FieldError
from ntm_docgen.i18n import _

_PART = re.compile(r"^(\d{1,3})\.$")


def part_number(token: str) -> int | None:
    """The number of a token naming a numbered part (``2.``), else None.

    >>> part_number("2."), part_number(" 12. "), part_number("2"), part_number("2.1.")
    (2, 12, None, None)
    """
    found = _PART.match(token.strip())
    return int(found[1]) if found else None


def opens_part(text: str) -> int | None:
    """The part number a paragraph opens with (``2. Giao Sở Xây dựng``), else None; ``2.1.``
    and ``2)`` open no part.

    >>> opens_part("2. Giao Sở Xây dựng"), opens_part("2.1. Nội dung"), opens_part("2.")
    (2, None, 2)
    """
    found = re.match(r"(\d{1,3})\.(?:\s|$)", " ".join(text.split()))
    return int(found[1]) if found else None


def sequences(texts: Sequence[str], headings: Sequence[int]) -> list[list[int]]:
    """The runs of parts numbered 1., 2., 3. … of the text, one a heading (``I.``, ``Điều``)
    opens: each the indexes of its parts' first paragraphs, in order; a list under a part
    that counts from 1 again is not taken for the parts.

    >>> sequences(["1. A", "x", "2. B", "1. b", "3. C", "II. D", "1. E"], [5])
    [[0, 2, 4], [6]]
    """
    bounds = [0, *headings, len(texts)]
    runs = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        run: list[int] = []
        for index in range(start, end):
            if opens_part(texts[index]) == len(run) + 1:
                run.append(index)
        if run:
            runs.append(run)
    return runs


def part_span(n: int, texts: Sequence[str], headings: Sequence[int], source: str,
              paragraph_of: Sequence[int]) -> tuple[int, int]:
    """The indexes ``[start, end)`` of part ``n.``: its first paragraph up to part ``n+1.``, the
    next heading or the end. ``paragraph_of`` gives each index its paragraph number, for the
    message when ``n.`` stands under several headings or nowhere."""
    spans = part_spans(n, texts, headings)
    if not spans:
        have = max((len(run) for run in sequences(texts, headings)), default=0)
        raise FieldError("trich", _("no part numbered “{n}.” in {source}: {have}"), NAMES,
                         n=n, source=source,
                         have=_("its parts are numbered 1. to {last}.").format(last=have)
                         if have else _("it has no parts numbered 1., 2., 3."))
    if len(spans) > 1:
        where = ", ".join(f"{paragraph_of[a]}-{paragraph_of[b - 1]}" for a, b in spans)
        raise FieldError("trich", _("“{n}.” numbers a part under several headings of {source}: "
                                    "name the one to keep by its paragraphs ({where})"), NAMES,
                         n=n, source=source, where=where)
    return spans[0]


def part_spans(n: int, texts: Sequence[str], headings: Sequence[int]) -> list[tuple[int, int]]:
    """The indexes ``[start, end)`` of each part numbered ``n.``, one a run of the letter's
    parts (under each heading that counts them from 1 again).

    >>> part_spans(2, ["I. A", "1. a", "2. b", "x", "II. B", "1. c", "2. d"], [0, 4])
    [(2, 4), (6, 7)]
    """
    spans = []
    for run in sequences(texts, headings):
        for at, start in enumerate(run):
            if opens_part(texts[start]) == n:
                later = [h for h in headings if h > start]
                spans.append((start, min([*run[at + 1:at + 2], *later[:1], len(texts)])))
    return spans
