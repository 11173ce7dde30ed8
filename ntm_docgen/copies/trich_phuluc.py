"""The phụ lục a TRÍCH SAO keeps: whole (``Phụ lục I``, the start of its title), or a part of
one named after it and a colon (``Phụ lục I: III``, ``Phụ lục I: II-III``): that part, under
the phụ lục's title and its ``(Kèm theo ...)`` line (contract9 #12: the headings of a đề
cương could not be named)."""

from __future__ import annotations

import re

from lxml import etree

from ntm_docgen.copies import NAMES
from ntm_docgen.copies.package import paragraph_text, w
from ntm_docgen.copies.phuluc import Appendix, describe, named
from ntm_docgen.copies.trich import Layout, _names_content, _tokens, heading_key
from ntm_docgen.copies.trichlists import printed
from ntm_docgen.errors import FieldError
from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.text import nfc

_ROMAN = re.compile(r"^[IVXLC]+$")


def chosen_appendices(layout: Layout, parts: str, source: str) -> list[etree._Element]:
    """The elements of the phụ lục (or of their parts) that ``parts`` names, in order."""
    whole: set[int] = set()
    some: dict[int, set[int]] = {}
    for token in _tokens(parts):
        if _names_content(token):
            continue
        inner = appendix_part(token, layout.appendices, source)
        if inner is not None:
            some.setdefault(inner[0], set()).update(inner[1])
        else:
            whole |= set(appendices_named(token, layout, source))
    out: list[etree._Element] = []
    for index, appendix in enumerate(layout.appendices):
        kept = None if index in whole else some.get(index)
        if index in whole or kept:
            out += [e for n, e in enumerate(appendix.elements) if kept is None or n in kept]
    return out


def appendices_named(token: str, layout: Layout, source: str) -> list[int]:
    """The phụ lục ``token`` names (a part of one checked too); a FieldError listing the
    headings and phụ lục there are when it names none."""
    inner = appendix_part(token, layout.appendices, source)
    if inner is not None:
        return [inner[0]]
    hits = named(token, layout.appendices)
    if hits is not None:
        return hits
    headings = [heading_key(printed(layout.lists, e)) for e in layout.content
                if e.tag == w("p")]
    have = ", ".join(k[1] if k[0] == "roman" else f"{k[0]} {k[1]}" for k in headings if k)
    phu_luc = describe(layout.appendices) or _("none")
    raise FieldError("trich", _("no part or phụ lục named {name!r} in {source}; its headings "
                                "are: {headings}; its phụ lục: {phu_luc}"), NAMES,
                     name=token, source=source, headings=have or _("none"), phu_luc=phu_luc)


def _headings(appendix: Appendix) -> list[tuple[int, tuple[str, str]]]:
    found = [(i, heading_key(paragraph_text(e))) for i, e in enumerate(appendix.elements)
             if e.tag == w("p")]
    return [(i, k) for i, k in found if k is not None]


def _wanted(name: str) -> tuple[str, str] | None:
    words = name.split()
    if _ROMAN.match(name):
        return "roman", name
    return (words[0].capitalize(), words[-1]) if len(words) == 2 else None


def _label(index: int, appendices: list[Appendix]) -> str:
    return appendices[index].name(index + 1).split(" (")[0]


def appendix_part(token: str, appendices: list[Appendix], source: str
                  ) -> tuple[int, set[int]] | None:
    """For ``Phụ lục I: III``: the phụ lục's index and the places of its elements kept (its
    title, what stands before its first heading, the part); None for a token of no colon or
    whose first half names no phụ lục."""
    name, colon, part = nfc(token).partition(":")
    hits = named(name.strip(), appendices) if colon and name.strip() and part.strip() else None
    if hits is None:
        return None
    index = hits[0]
    label = _label(index, appendices)
    found = _headings(appendices[index])
    if not found:
        raise FieldError("trich", _("{phu_luc} of {source} has no headings (I., II., Phần, "
                                    "Chương, Mục, Điều) to name a part of it by; take it "
                                    "whole: write {trich} as “{phu_luc}”"), NAMES,
                         phu_luc=label, source=source)
    part = part.strip().rstrip(".")
    ends = [t.strip().rstrip(".") for t in part.split("-", 1)]
    if len(ends) != 2 or not all(_ROMAN.match(e) for e in ends):
        ends = [part]
    spans = []
    for end in ends:
        wanted = _wanted(end)
        at = next((n for n, (_i, k) in enumerate(found) if k == wanted), None)
        if at is None:
            have = ", ".join(k[1] if k[0] == "roman" else f"{k[0]} {k[1]}" for _i, k in found)
            raise FieldError("trich", _("no part headed {name!r} in {phu_luc} of {source}; "
                                        "its headings are: {headings}"), NAMES,
                             name=end, phu_luc=label, source=source, headings=have)
        later = [i for i, k in found[at + 1:] if k[0] == found[at][1][0]]
        spans.append((found[at][0], later[0] if later else len(appendices[index].elements)))
    return index, set(range(found[0][0])) | set(range(spans[0][0], spans[-1][1]))


def heading_in_appendix(name: str, appendices: list[Appendix]) -> str | None:
    """The phụ lục (``Phụ lục I``) one of whose headings is ``name`` (``III``), if any."""
    wanted = _wanted(name.strip().rstrip("."))
    for index, appendix in enumerate(appendices):
        if any(k == wanted for _i, k in _headings(appendix)):
            return _label(index, appendices)
    return None
