"""Make a scanned page fit for OCR: coloured ink set aside, the slope straightened, and the
boxes of the two-column blocks (header, Nơi nhận beside the signature) to read column by column.

Pillow alone does the image work: the slope is found as Leptonica's ``pixFindSkew`` finds it,
by the angle whose row profile of ink changes most sharply from row to row (lines of text
level with the rows), searched coarsely and then finely.
"""

from __future__ import annotations

import re
from statistics import median
from typing import Any

from ntm_docgen.importer.cleaning import key
from ntm_docgen.importer.pdflayout import (
    Line,
    Page,
    Word,
    column_blocks,
    full_width,
    opens_signature,
    page_lines,
)

#: A pixel whose channels differ by more than this is coloured ink: a red stamp, a blue
#: signature, never the black print of the letter.
CHROMA = 40
#: The slopes searched (degrees): a page fed askew into a scanner rarely slopes more.
MAX_SLOPE = 3.0
#: A slope smaller than this is left alone (a line 16 cm long rises less than 0.3 mm).
MIN_SLOPE = 0.1


def ink_only(image: Any) -> Any:
    """The page in grey with coloured ink turned white: the red channel (a red stamp is bright
    in it, the black print dark) where a pixel is grey, white where it is coloured; but black
    where the coloured ink crosses a stroke of print (``hidden_print``)."""
    from PIL import ImageChops

    if image.mode not in ("RGB", "RGBA"):
        return image.convert("L")
    red, green, blue = image.convert("RGB").split()
    high = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    low = ImageChops.darker(ImageChops.darker(red, green), blue)
    coloured = ImageChops.subtract(high, low).point([0] * (CHROMA + 1) + [255] * (255 - CHROMA))
    hidden = hidden_print(red, coloured)
    red.paste(255, mask=coloured)
    if hidden is not None:
        red.paste(0, hidden[1], mask=hidden[0])
    return red


#: The widest stroke of coloured ink (pixels at 300 dpi, about 0,7 mm) through which a stroke
#: of print is carried on: the ring of a stamp, a line of a signature.
CROSSING = 8


def hidden_print(grey: Any, coloured: Any) -> tuple[Any, tuple[int, int]] | None:
    """Where coloured ink lies over the print (the ring of a stamp across the first letters of
    the signer's name): the coloured pixels with dark print on both sides of them, above and
    below or left and right, within ``CROSSING`` pixels; as a mask and the place of its
    top-left corner, or None when the page has no coloured ink. Made white with the rest of
    the stamp, those pixels would cut each letter under the ring in two."""
    from PIL import ImageChops, ImageOps

    found = coloured.getbbox()
    if found is None:
        return None
    k = CROSSING
    box = (max(0, found[0] - k), max(0, found[1] - k), min(grey.width, found[2] + k),
           min(grey.height, found[3] + k))
    ink = ImageChops.subtract(grey.crop(box).point([255] * 128 + [0] * 128), coloured.crop(box))
    ink = ImageOps.expand(ink, k, fill=0)  # offsets wrap round: through a blank border only

    def within(dx: int, dy: int) -> Any:
        """Ink at 1 to k pixels in the direction (dx, dy) of each pixel."""
        near = ImageChops.offset(ink, dx, dy)
        step = 1
        while step * 2 <= k:
            near = ImageChops.lighter(near, ImageChops.offset(near, dx * step, dy * step))
            step *= 2
        return near

    across = ImageChops.lighter(ImageChops.darker(within(0, 1), within(0, -1)),
                                ImageChops.darker(within(1, 0), within(-1, 0)))
    mask = ImageChops.darker(coloured.crop(box), across.crop((k, k, k + box[2] - box[0],
                                                              k + box[3] - box[1])))
    return mask, (box[0], box[1])


def _sharpness(image: Any) -> int:
    """How sharply the ink per row changes from one row to the next (square sum)."""
    from PIL import Image

    rows = image.resize((1, image.height), Image.Resampling.BOX).tobytes()
    return sum((a - b) ** 2 for a, b in zip(rows, rows[1:], strict=False))


def slope(image: Any) -> float:
    """The angle (degrees, counter-clockwise) that levels the lines of a grey page."""
    from PIL import Image, ImageOps

    small = ImageOps.invert(image.reduce(4)).point([0] * 97 + [255] * 159)

    def best(angles: list[float]) -> float:
        return max(angles, key=lambda a: _sharpness(
            small.rotate(a, resample=Image.Resampling.BILINEAR)))

    steps = int(MAX_SLOPE / 0.2)
    coarse = best([n * 0.2 for n in range(-steps, steps + 1)])
    return best([coarse + n * 0.04 for n in range(-5, 6)])


def straightened(image: Any, angle: float | None = None) -> Any:
    """The grey page turned level when it slopes (by ``angle``, found when not given); its
    size is kept, so places stay in it."""
    from PIL import Image

    angle = slope(image) if angle is None else angle
    if abs(angle) < MIN_SLOPE:
        return image
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)


Box = tuple[float, float, float, float]
#: An authority, or ``Nơi nhận:`` (a speck OCR read between its words: ``Nơi - nhận:``).
_AUTHORITY = re.compile(r"(^|\s)(kt|tm|tl|tuq)\.(\s|$)"
                        r"|\bn\w{1,2}i\s*[^\w\s]{0,2}\s+nh\w{1,2}n\s*:")


#: The closing mark of a letter's last sentence (``thi hành quyết định này./.``).
_CLOSING = re.compile(r"\./\.\s*$")


def column_boxes(words: list[Word], width: float, height: float, first_page: bool
                 ) -> list[tuple[Box, float]]:
    """The header (on the first page) and the Nơi nhận beside the signature, each as its box
    (x0, top, x1, bottom in the words' units) and the x of the gutter between its columns.

    The header runs from the page's first line to the end of the two-column block that starts
    in the page's top quarter; the signature from the line that opens it (``Nơi nhận:``,
    ``KT. GIÁM ĐỐC``) down to the end of the page's text, or to a heading that stands across
    the page (``PHỤ LỤC``). Where OCR read no such line (``Nơi nhận:`` and ``- Như Điều 3;`` run
    together as ``Xưa 3:``, a signature headed by a company's name), the signature's block
    starts under the line that closes the body with ``./.``, and is taken only when no word
    and no line crosses its gutter (a paragraph after the ``./.``, a note, stays as read). A
    block with no clear gutter is left as read."""
    loose = [Word(w.text, w.x0, w.x1, w.top, w.bottom, w.size) for w in words]
    lines = [x for x in page_lines(Page(0, width, height, loose))
             if x.top > 0.03 * height and x.bottom < 0.97 * height]
    spans: list[tuple[int, int]] = []
    blocks = column_blocks(lines)
    if first_page and blocks and lines[blocks[0][0]].top < 0.25 * height:
        spans.append((0, blocks[0][1]))
    start = spans[0][1] if spans else 0
    opens = next((n for n, line in enumerate(lines) if n >= start and _signing(line)), None)
    closed = opens is None  # no label nor authority read: the foot after the body's ./.
    if closed:
        opens = next((n + 1 for n, line in enumerate(lines) if n >= start
                      and _CLOSING.search(line.text)), None)
    closed = closed and opens is not None
    if opens is not None:
        end = next((n for n in range(opens + 1, len(lines)) if full_width(lines[n])),
                   len(lines))
        spans.append((opens, end))
    out = []
    for n, (start, end) in enumerate(spans):
        block = lines[start:end]
        if len(block) < 2:
            continue
        pad = 0.5 * median(w.size for line in block for s in line.segments for w in s)
        box = (max(0.0, min(x.x0 for x in block) - pad), max(0.0, block[0].top - pad),
               min(width, max(x.x1 for x in block) + pad), min(height, block[-1].bottom + pad))
        found = [w for x in block for s in x.segments for w in s]
        if closed and n == len(spans) - 1:  # told by no label: two columns no line crosses
            boundary = gutter(found, box, most=0)
            if boundary is not None and any(x.x0 < boundary < x.x1 for x in block):
                boundary = None
        else:
            boundary = gutter(found, box)
        if boundary is not None:
            out.append((box, boundary))
    return out


def _words(segment: list[Word]) -> str:
    return " ".join(w.text for w in segment)


def _signing(line: Line) -> bool:
    """The line opens the signature: ``Nơi nhận:`` or an authority (``KT.``) in a column, or
    anywhere in a line where OCR ran the two columns together (``- An Cộng ty PHO KT. ...``)."""
    return any(opens_signature(_words(s)) for s in line.segments) \
        or bool(_AUTHORITY.search(key(line.text)))


def gutter(words: list[Word], box: Box, most: int = 1) -> float | None:
    """The x between the columns: of the runs free of words in the middle of the box (its
    middle 40 %), the one nearest the box's middle (a gap inside the motto, where a stamp hid
    a word, lies further right); crossed by no word, else by one (by ``most`` words at most);
    None when every x there is crossed by more."""
    x0, x1 = box[0] + 0.3 * (box[2] - box[0]), box[0] + 0.7 * (box[2] - box[0])
    steps = max(1, int(x1 - x0))
    crossed = [0] * steps
    for word in words:
        for n in range(max(0, int(word.x0 - x0)), min(steps, int(word.x1 - x0) + 1)):
            crossed[n] += 1
    runs = _free_runs(crossed, 0) or (_free_runs(crossed, 1) if most else [])
    if not runs:
        return None
    middle = (box[0] + box[2]) / 2
    start, length = min(runs, key=lambda r: abs(x0 + r[0] + r[1] / 2 - middle))
    return x0 + start + length / 2


def _free_runs(crossed: list[int], most: int) -> list[tuple[int, int]]:
    """The runs (start, length) of four points or more crossed by ``most`` words at most."""
    runs = []
    run = 0
    for n, count in enumerate([*crossed, 99]):
        if count <= most:
            run += 1
            continue
        if run >= 4:
            runs.append((n - run, run))
        run = 0
    return runs


def inside(word: Word, box: tuple[float, float, float, float]) -> bool:
    """The word's centre lies in the box."""
    x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def one_word_a_line(words: list[Word]) -> list[Word]:
    """The words of each line of a column read alone, as one word: a gap inside a column's
    line (a speck, a stroke of a stamp between two words) never cuts it into two columns."""
    lines: dict[int, list[Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    out = []
    for line, found in lines.items():
        found.sort(key=lambda w: w.x0)
        out.append(Word(" ".join(w.text for w in found), found[0].x0, max(w.x1 for w in found),
                        min(w.top for w in found), max(w.bottom for w in found),
                        max(w.size for w in found), line=line))
    return out


def side_by_side(left: list[Word], right: list[Word]) -> list[Word]:
    """The words of a block's two columns, each read alone, with a line of the right column
    given the number of the left column's line level with it, so the two read as one row."""
    spans: dict[int, tuple[float, float]] = {}
    for word in left:
        top, bottom = spans.get(word.line, (word.top, word.bottom))
        spans[word.line] = (min(top, word.top), max(bottom, word.bottom))
    rights: dict[int, tuple[float, float]] = {}
    for word in right:
        top, bottom = rights.get(word.line, (word.top, word.bottom))
        rights[word.line] = (min(top, word.top), max(bottom, word.bottom))
    taken: dict[int, int] = {}
    for line, (top, bottom) in sorted(rights.items(), key=lambda kv: kv[1]):
        def overlap(span: tuple[float, float], top: float = top, bottom: float = bottom) -> float:
            return min(bottom, span[1]) - max(top, span[0])
        free = [n for n in spans if n not in taken.values()]
        match = max(free, key=lambda n: overlap(spans[n]), default=None)
        if match is not None and overlap(spans[match]) >= 0.4 * min(
                bottom - top, spans[match][1] - spans[match][0]):
            taken[line] = match
    return [*left, *(Word(w.text, w.x0, w.x1, w.top, w.bottom, w.size, w.bold,
                          taken.get(w.line, w.line)) for w in right)]
