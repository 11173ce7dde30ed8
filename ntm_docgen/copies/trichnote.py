"""A TRÍCH SAO asked for by number on a letter whose parts are numbered: which was kept."""

from __future__ import annotations

import re
from pathlib import Path

from ntm_docgen.copies.docxopen import open_docx
from ntm_docgen.copies.package import paragraph_text
from ntm_docgen.i18n import N_, said, shortened

_NUMBER = re.compile(r"^(\d{1,9})(?:\s*-\s*(\d{1,9}))?$")


def numbers_as_paragraphs(original: Path, parts: str) -> list[str]:
    """A warning for each number of ``parts`` that the letter also prints as a part's number
    (``1.`` opening a paragraph) on another paragraph than the one it counts: ``--trich 1``
    keeps the body's first paragraph, and the clerk is told where part ``1.`` is."""
    if original.suffix.lower() != ".docx":
        return []
    from ntm_docgen.copies.trich import split

    content = [e for e in split(open_docx(original)).content if paragraph_text(e).strip()]
    texts = [" ".join(paragraph_text(e).split()) for e in content]
    notes: list[str] = []
    for token in (t.strip() for t in parts.split(",")):
        found = _NUMBER.match(token)
        if found is None:
            continue
        n = int(found[1])
        if found[2] is not None:  # a range keeps its paragraphs, all of them: told as one
            notes += _range(texts, token, n, int(found[2]))
            continue
        part = _numbered(texts, n)
        if part is None or part == n - 1 or n > len(texts):
            continue
        spans = _parts_numbered(texts, n)
        if len(spans) > 1:  # "n." under several headings: the paragraphs of each told
            notes.append(said(N_("the parts to copy, “{token}”: a number counts the body's "
                                 "paragraphs, so paragraph {n} (“{kept}”) was kept; a part "
                                 "numbered “{n}.” stands under several headings, at paragraphs "
                                 "{where}: give the paragraphs of the one to keep"),
                              token=token, n=n, kept=shortened(texts[n - 1]),
                              where=", ".join(spans)))
            continue
        notes.append(said(N_('the parts to copy, “{token}”: a number counts the body\'s '
                             'paragraphs, so paragraph {n} (“{kept}”) was kept; the part '
                             'numbered “{n}.” begins at paragraph {part}: give “{n}.”, with '
                             'its dot, to keep that part whole'),
                          token=token, n=n,
                          kept=shortened(texts[n - 1]), part=part + 1))
    return notes


def _parts_numbered(texts: list[str], n: int) -> list[str]:
    """The paragraphs (from 1, ``5-8``) of each part numbered ``n.`` under the letter's
    headings (copies/trich_numbered.py)."""
    from ntm_docgen.copies.trich import heading_key
    from ntm_docgen.copies.trich_numbered import part_spans

    headings = [i for i, text in enumerate(texts) if heading_key(text) is not None]
    return [f"{start + 1}-{end}" for start, end in part_spans(n, texts, headings)]


def _numbered(texts: list[str], n: int) -> int | None:
    """The index of the paragraph that opens with part number ``n.``, or None."""
    return next((i for i, text in enumerate(texts) if text.startswith(f"{n}. ")), None)


def _range(texts: list[str], token: str, first: int, last: int) -> list[str]:
    """The note of a range ``first-last`` whose paragraphs are not the parts numbered
    ``first.`` to ``last.`` (``1-2`` keeps paragraphs 1 and 2; parts 1. and 2. are 2 and 3)."""
    start, end = _numbered(texts, first), _numbered(texts, last)
    if start is None or end is None or last <= first or last > len(texts) \
            or (start, end) == (first - 1, last - 1):
        return []
    return [said(N_("the parts to copy, “{token}”: numbers count the body's paragraphs, so "
                    "paragraphs {first} to {last} were kept; the parts numbered “{first}.” to "
                    "“{last}.” begin at paragraphs {start} and {end}: give “{parts}”, each "
                    "with its dot, to keep those parts whole"), token=token, first=first,
                 last=last, start=start + 1, end=end + 1,
                 parts=", ".join(f"{k}." for k in range(first, last + 1)))]
