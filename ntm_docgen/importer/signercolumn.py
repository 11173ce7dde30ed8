"""The signer's column beside a scan's Nơi nhận, looked at again where a stamp left nothing read."""

from __future__ import annotations

import re
from statistics import median

from ntm_docgen.importer.cleaning import key
from ntm_docgen.importer.pdflayout import Page, Word, full_width, page_lines
from ntm_docgen.importer.scan import Box

#: How far below the Nơi nhận's last line the signer's column is looked at, in half line
#: heights: the name, under a stamp, often stands lower than the list's last item.
NAME_BELOW = 6
#: A signer's column is looked at again when no word was read this far (half line heights)
#: right of the Nơi nhận's lines: what stood there, a stamp over it, was read as nothing.
WIDE = 8


def signer_column(words: list[Word], width: float, height: float) -> Box | None:
    """The box of the signer's column beside a Nơi nhận where the page's reading found no
    word (a title and a name under a stamp's ring, read as nothing): from right of the Nơi
    nhận's lines to the text's right edge, from its label down to its last line and, when
    the page's text ends there, a few lines further for the name; None when the page has no
    Nơi nhận, or words were read beside it."""
    loose = [Word(w.text, w.x0, w.x1, w.top, w.bottom, w.size) for w in words]
    lines = [x for x in page_lines(Page(0, width, height, loose))
             if x.top > 0.03 * height and x.bottom < 0.97 * height]
    opens = next((n for n, line in enumerate(lines) if any(
        _LABEL.match(key(" ".join(w.text for w in s))) for s in line.segments)), None)
    if opens is None:
        return None
    end = next((n for n in range(opens + 1, len(lines)) if full_width(lines[n])), len(lines))
    block = lines[opens:end]
    pad = 0.5 * median(w.size for line in block for s in line.segments for w in s)
    own, right = max(x.x1 for x in block), max(x.x1 for x in lines)
    if right - own <= WIDE * pad or len(block) < 2:
        return None
    bottom = block[-1].bottom + (NAME_BELOW if end == len(lines) else 1) * pad
    return (own + pad, max(0.0, block[0].top - pad), min(width, right + pad),
            min(0.97 * height, bottom))


#: ``Nơi nhận:`` (a speck OCR read between its words: ``Nơi - nhận:``).
_LABEL = re.compile(r"n\w{1,2}i\s*[^\w\s]{0,2}\s+nh\w{1,2}n\s*:")
