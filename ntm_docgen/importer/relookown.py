"""A word's second look refused where the page writes its first reading beside the same word.

The second look (``importer/relook.py``) reads a word alone and takes that reading when it
differs in marks alone and is as sure. Read alone, a word loses the line it stands in, and a
right word can come back with another mark: Quảng Ngãi 53 reads ``thị xã Đức Phổ`` seven times
on its first page, and one of them, read alone, ``Đức Phố``; Tây Đô 539's ``Trường Đại học Tây
Đô`` came back ``Tây Đồ``. The page itself tells it: the first reading stands beside the same
word elsewhere on the page at least twice, as the page reads after every second look, and the
second reading stands beside neither of its words anywhere else. Such a word keeps its first
reading. A second look that mends alike a word the page misread alike at several places is
kept (their pairs change together); where it mends one of three places misread alike, the two
others tell against it and it is refused: the text cannot tell a misreading repeated from the
word printed, and the page is left as its run read it.
"""

from __future__ import annotations

from collections import Counter

from ntm_docgen.importer.ocrmarks import EDGE
from ntm_docgen.importer.secondread import Read
from ntm_docgen.vietnamese.text import strip_diacritics

#: The first reading must stand beside the same word this often elsewhere on the page.
LEAST = 2


def _core(text: str) -> tuple[str, str, str]:
    """A word's leading signs, its letters and its trailing signs."""
    core = text.strip(EDGE)
    start = text.find(core) if core else 0
    return text[:start], core, text[start + len(core):]


def _pairs(texts: list[str], reads: list[Read]) -> Counter[tuple[str, str]]:
    """The pairs of words side by side on a line with no sign between, each with how often."""
    seen: Counter[tuple[str, str]] = Counter()
    for n in range(len(texts) - 1):
        if reads[n].line != reads[n + 1].line:
            continue
        first, second = _core(texts[n]), _core(texts[n + 1])
        if first[1] and second[1] and not first[2] and not second[0]:
            seen[(first[1], second[1])] += 1
    return seen


def _beside(texts: list[str], reads: list[Read], n: int) -> tuple[str, str]:
    """The words before and after the ``n``-th on its line, "" where none or a sign between."""
    own = _core(texts[n])
    before = after = ""
    if n > 0 and reads[n - 1].line == reads[n].line:
        lead = _core(texts[n - 1])
        before = lead[1] if not (lead[2] or own[0]) else ""
    if n + 1 < len(texts) and reads[n + 1].line == reads[n].line:
        tail = _core(texts[n + 1])
        after = tail[1] if not (own[2] or tail[0]) else ""
    return before, after


def kept_as_read(reads: list[Read], looked: dict[int, str]) -> dict[int, str]:
    """``looked`` (the second look's readings, by place in ``reads``) less those that change
    the marks of a word the page reads as first read beside the same word elsewhere, at least
    ``LEAST`` times, while it reads the second reading beside neither of its words elsewhere.

    >>> r = lambda text, line=0: Read(text, 90.0, (0, 0, 1, 1), 30, line)
    >>> page = [r("xã"), r("Đức"), r("Phổ"), r("về"), r("xã", 1), r("Đức", 1), r("Phổ,", 1),
    ...         r("xã", 2), r("Đức", 2), r("Phổ", 2)]
    >>> kept_as_read(page, {2: "Phố"})
    {}

    A mark the look adds where the page reads the word so elsewhere too is kept, as is one the
    page reads beside the same word after its own second look:

    >>> page = [r("Hội"), r("đông"), r("Hội", 1), r("đông", 1), r("Hội", 2), r("đông", 2)]
    >>> kept_as_read(page, {1: "đồng", 3: "đồng", 5: "đồng"})
    {1: 'đồng', 3: 'đồng', 5: 'đồng'}
    >>> kept_as_read(page, {1: "đồng", 3: "đồng"})
    {1: 'đồng', 3: 'đồng'}
    """
    after = [looked.get(n, read.text) for n, read in enumerate(reads)]
    seen = _pairs(after, reads)
    kept = {}
    for n, text in looked.items():
        old, new = _core(reads[n].text)[1], _core(text)[1]
        if old == new or strip_diacritics(old) != strip_diacritics(new):
            kept[n] = text
            continue
        before, following = _beside(after, reads, n)
        old_pairs = seen[(before, old)] * bool(before) + seen[(old, following)] * bool(following)
        new_pairs = (seen[(before, new)] - 1) * bool(before) \
            + (seen[(new, following)] - 1) * bool(following)
        if old_pairs < LEAST or new_pairs > 0:
            kept[n] = text
    return kept
