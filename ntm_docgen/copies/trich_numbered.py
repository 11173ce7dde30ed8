"""TRÍCH SAO of a part numbered ``2.`` (a công văn's or a plan's parts, numbered 1., 2., 3.):
the part named ``2.``, with its dot, is its heading and every paragraph under it, up to part
``3.``, the next heading (``III.``, ``Điều 4``) or the end of the text. A number without the
dot counts paragraphs (copies/trich.py), as it always has."""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence

from lxml import etree

from ntm_docgen.copies import NAMES
from ntm_docgen.copies.package import w
from ntm_docgen.errors import FieldError
from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.text import is_upper_vi

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


def sequences(texts: Sequence[str], headings: Sequence[int],
              shapes: Sequence[Hashable] | None = None) -> list[list[int]]:
    """The runs of parts numbered 1., 2., 3. … of the text, one a heading (``I.``, ``Điều``)
    opens: each the indexes of its parts' first paragraphs, in order. A list under a part that
    counts from 1 again is no part of the run, nor are its own 2., 3. …: a number goes on the
    list it follows (``1. a``, ``2. b`` under part 1, then part ``2.``); where both the list
    and the parts would take it, as :func:`_goes_on` decides, by ``shapes`` (each paragraph's
    form, :func:`shapes_of`) or by the part that follows.

    >>> sequences(["1. A", "x", "2. B", "1. b", "3. C", "II. D", "1. E"], [5])
    [[0, 2, 4], [6]]
    >>> sequences(["1. A", "1. a", "2. b", "2. B", "3. C"], [])
    [[0, 3, 4]]
    >>> sequences(["1. A", "2. B", "1. b", "2. c", "3. d", "3. C"], [])
    [[0, 1, 5]]
    >>> sequences(["1. A", "1. a", "2. B"], [], ["part", "list", "part"])
    [[0, 2]]
    >>> sequences(["1. A", "2. B", "NỘI DUNG:", "1. C", "2. D"], [])
    [[0, 1], [3, 4]]
    """
    form = shapes if shapes is not None else [None] * len(texts)
    bounds = [0, *headings, len(texts)]
    runs = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        run: list[int] = []
        sub, sub_form = 0, None  # the list counting from 1 again under the last part
        for index in range(start, end):
            k = opens_part(texts[index])
            if k is None:
                continue
            if k == 1 and run and _under_a_title(texts, index, start):
                runs.append(run)  # a title in capitals no heading's number marks
                run, sub = [index], 0
            elif k == 1 and run:
                sub, sub_form = 1, form[index]
            elif k == len(run) + 1 and not (sub and k == sub + 1 and _goes_on(
                    index, end, texts, form[index], sub_form, form[run[0]])):
                run.append(index)
                sub = 0
            elif sub and k == sub + 1:
                sub = k
        if run:
            runs.append(run)
    return runs


def _under_a_title(texts: Sequence[str], index: int, start: int) -> bool:
    """Whether the paragraph above ``index`` with text is a title in capitals ("NỘI DUNG,
    TRÌNH TỰ, THỦ TỤC:"): the parts under it count from 1 again, a run of their own."""
    above = next((texts[i] for i in range(index - 1, start - 1, -1) if texts[i].strip()), "")
    return opens_part(above) is None and is_upper_vi(above.rstrip(":").strip())


def _goes_on(index: int, end: int, texts: Sequence[str], own: Hashable, list_form: Hashable,
             part_form: Hashable) -> bool:
    """Whether paragraph ``index``, whose number would go on both the list under the last part
    and the parts, goes on the list: by its form where the list's differs from the parts';
    else when a part of the same number follows before ``end`` (the list's "3. ………" before
    part "3. Ý kiến ..."), so that a list whose numbers go on past the parts' (a heading
    between them not read) still gives its parts."""
    if list_form != part_form:
        return own == list_form
    number = opens_part(texts[index])
    return any(opens_part(texts[later]) == number for later in range(index + 1, end))


def shapes_of(content: Sequence[etree._Element]) -> list[Hashable]:
    """Each paragraph's form as a part or a list item shows it: its first words bold or not,
    its indent, its list level."""
    out: list[Hashable] = []
    for element in content:
        run = element.find(f".//{w('r')}")
        bold = None if run is None else run.find(f"{w('rPr')}/{w('b')}")
        indent = element.find(f"{w('pPr')}/{w('ind')}")
        level = element.find(f"{w('pPr')}/{w('numPr')}/{w('ilvl')}")
        out.append((bold is not None and bold.get(w("val")) not in ("0", "false"),
                    None if indent is None else indent.get(w("left"), indent.get(w("start"))),
                    None if level is None else level.get(w("val"))))
    return out


def part_span(n: int, texts: Sequence[str], headings: Sequence[int], source: str,
              paragraph_of: Sequence[int],
              shapes: Sequence[Hashable] | None = None) -> tuple[int, int]:
    """The indexes ``[start, end)`` of part ``n.``: its first paragraph up to part ``n+1.``, the
    next heading or the end. ``paragraph_of`` gives each index its paragraph number, for the
    message when ``n.`` stands under several headings or nowhere."""
    spans = part_spans(n, texts, headings, shapes)
    if not spans:
        have = max((len(run) for run in sequences(texts, headings, shapes)), default=0)
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


def part_spans(n: int, texts: Sequence[str], headings: Sequence[int],
               shapes: Sequence[Hashable] | None = None) -> list[tuple[int, int]]:
    """The indexes ``[start, end)`` of each part numbered ``n.``, one a run of the letter's
    parts (under each heading that counts them from 1 again).

    >>> part_spans(2, ["I. A", "1. a", "2. b", "x", "II. B", "1. c", "2. d"], [0, 4])
    [(2, 4), (6, 7)]
    """
    spans = []
    for run in sequences(texts, headings, shapes):
        for at, start in enumerate(run):
            if opens_part(texts[start]) == n:
                later = [h for h in headings if h > start]
                spans.append((start, min([*run[at + 1:at + 2], *later[:1], len(texts)])))
    return spans
