"""A PDF page's runs of two columns (the header beside the motto, the Nơi nhận beside the
signature) read column by column, each column's lines in one piece."""

from __future__ import annotations

import re
from itertools import pairwise

from ntm_docgen.importer.cleaning import key
from ntm_docgen.importer.itemwrap import item_note
from ntm_docgen.importer.pdflayout import Line, column_blocks


def reading_order(lines: list[Line]) -> list[Line]:
    """Blocks of two columns read column by column; other lines as they stand."""
    out: list[Line] = []
    i = 0
    for start, end, boundary in column_blocks(lines):
        out.extend(lines[i:start])
        out.extend(_columns(lines[start:end], boundary))
        i = end
    out.extend(lines[i:])
    return out


def _columns(block: list[Line], boundary: float) -> list[Line]:
    """A two-column block: rows split where the left column reads ``Số:``; in each row the
    left column's lines, then the right column's."""
    left: list[tuple[int, Line]] = []
    right: list[tuple[int, Line]] = []
    for n, line in enumerate(block):
        went_left = False
        for segment in line.segments:
            # a Nơi nhận item's note beside it, past a brace (2280's ``(để b/c)``): the item's
            side = left if (segment[0].x0 + segment[-1].x1) / 2 < boundary \
                or went_left and item_note(" ".join(w.text for w in segment)) else right
            went_left = side is left
            if side and side[-1][0] == n:
                side[-1][1].segments.append(segment)
            else:
                side.append((n, Line([segment], min(w.top for w in segment),
                                     max(w.bottom for w in segment), column=True)))
    cut = next((n for n, line in left if re.match(r"s[o6]\s*:", key(line.text))), None)
    cuts = sorted({0, len(block), *([cut] if cut else []), *_copy_header(block, left)})
    out: list[Line] = []
    for start, end in pairwise(cuts):
        out.extend(line for n, line in left if start <= n < end)
        out.extend(line for n, line in right if start <= n < end)
    return out


def _copy_header(block: list[Line], left: list[tuple[int, Line]]) -> list[int]:
    """Where a copy block's header (``UBND TỈNH BẮC GIANG`` beside ``SAO Y``) opens a new row
    under the signature it follows on the page: a left line in capitals after a gap of two
    lines or more, below the Nơi nhận. The rows above and below are read apart, so the copy's
    issuer does not join the signature's column."""
    pitch = sorted(b.top - a.top for a, b in pairwise(block))[:len(block) // 2 or 1]
    usual = pitch[-1] if pitch else 0.0
    listed = False
    cuts = []
    for n, line in left:
        text = line.text.strip()
        if listed and n and text.isupper() and len(text) > 3 \
                and block[n].top - block[n - 1].top > 2 * usual:
            cuts.append(n)
            listed = False
        listed = listed or bool(re.match(r"noi nhan\s*:", key(text)))
    return cuts
