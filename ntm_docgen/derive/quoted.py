"""What a cited document says, quoted as written: a sentence whose subject is the source or a
document it cites ("Quyết định có hiệu lực … và giao Ủy ban nhân dân các tỉnh …", "Công văn
số … yêu cầu …", "Theo đó, …") tells what that document ordered, to whom; mapped to the level
below it would put words in the document's mouth."""

from __future__ import annotations

import re
from functools import cache

from ntm_docgen.derive.rules import van

#: where a sentence may begin: a line's start, or after ". " (an item's mark may come first)
_STARTS = re.compile(r"[.!?]”?\s+")
#: an item's mark before a sentence: "a) ", "- ", "2. "
_MARK = re.compile(r"(?:[-+•]|[a-zđ]\)|\d{1,2}(?:\.\d{1,2}){0,2}\.)\s+")


@cache
def _opening(own: str) -> re.Pattern[str]:
    """A sentence that opens with a document as its subject: "<kind> số …" (any kind), or a
    kind other than the letter's own ("Quyết định có hiệu lực …": in a công văn, the decision it
    carries) followed by what the document does; or "Theo đó, …"."""
    kinds = van()["van_ban_trich_dan"]
    cited = "|".join(re.escape(k) for k in kinds)
    others = "|".join(re.escape(k) for k in kinds if k != own)
    acts = "|".join(re.escape(v) for v in van()["van_ban_lam"])
    return re.compile(rf"Theo đó,|(?:{cited})\s+số\s"
                      rf"|(?:{others})(?:\s+của\s[^,.;:]{{1,60}}?)?\s+(?:{acts})(?!\w)")


def quoted_spans(line: str, own: str = "") -> list[tuple[int, int]]:
    """Where ``line`` tells what a cited document says; ``own``: the kind of the letter
    implemented, whose bare "Kế hoạch …" is the letter being carried down, not a citation.

    >>> t = ("Ngày 29/6/2026, Bộ Xây dựng ban hành Quyết định số 1074/QĐ-BXD. Quyết định có "
    ...      "hiệu lực kể từ ngày ký và giao Ủy ban nhân dân các tỉnh chỉ đạo. Đề nghị các sở")
    >>> [t[a:b] for a, b in quoted_spans(t, "Công văn")]
    ['Quyết định có hiệu lực kể từ ngày ký và giao Ủy ban nhân dân các tỉnh chỉ đạo.']
    >>> quoted_spans("Kế hoạch yêu cầu các sở", "Kế hoạch")
    []
    >>> quoted_spans("Kế hoạch này yêu cầu các sở", "Công văn")
    []
    """
    starts = [0] + [m.end() for m in _STARTS.finditer(line)]
    ends = [m.start() + 1 for m in _STARTS.finditer(line)] + [len(line)]
    opening = _opening(own)
    spans = []
    for start, end in zip(starts, ends, strict=True):
        mark = _MARK.match(line, start)
        if opening.match(line, mark.end() if mark else start):
            spans.append((start, end))
    return spans

