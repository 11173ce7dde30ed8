"""A second look at the words OCR read with a mark it may have missed or mistaken: each cut
from the page with room above it, enlarged, and read again alone.

Tesseract's Vietnamese model drops or mistakes the tone mark printed above a circumflex, a
breve or a horn (``nổ`` read ``nô``, ``chấp`` read ``chầp``, ``Giấy`` read ``Giây``): on a
page, the mark stands so high that the line's box leaves it out. Read alone, the word keeps
all its ink. The second reading replaces the first only when it differs in marks alone, on
the same letters, and is as sure as the first, or, on a sharp print, adds a mark the first
left out. On a sharp print, a tone mark stacked right over the ``^`` (as some types set it,
and as Tesseract was not taught) is also read from the shape of its stroke.
"""

from __future__ import annotations

import os
import tempfile
from typing import Any

from ntm_docgen.files.limits import OCR_SECONDS
from ntm_docgen.importer import watch
from ntm_docgen.importer.secondread import (
    TILDE,
    Read,
    as_vietnamese,
    better,
    for_a_sign,
    letters,
    with_hat,
    worth_a_look,
)
from ntm_docgen.importer.tonestroke import sharp, stacked_tone, with_tone
from ntm_docgen.vietnamese.text import nfc

#: The most words of one page looked at again, the least sure first: a full page of a letter
#: has about 90 (``docs/accuracy.md``); a page of small print or a table of 4,000 words has
#: 1,273, which took 43 s and a TIFF of 12 MB, and would hold a desk worker that long.
MOST_WORDS = 300
#: How much the word is enlarged for its second reading (Lanczos).
ENLARGE = 2
#: Room left round the word, in heights of its line: a mark set high above a circumflex.
ABOVE, BELOW, SIDE = 0.6, 0.3, 0.2


def relook(image: Any, reads: list[Read], lang: str) -> dict[int, str]:
    """The words of ``reads`` (their places in the list) that a second reading mends, with
    the text read; all the words to look at (``MOST_WORDS`` at most, the least sure) are read
    by one run of Tesseract, each a page of one multi-page TIFF read as a single word
    (``--psm 8``)."""
    import pytesseract
    from PIL import Image

    chosen = [n for n, r in enumerate(reads) if worth_a_look(r)]
    if len(chosen) > MOST_WORDS:
        chosen = sorted(sorted(chosen, key=lambda n: reads[n].conf)[:MOST_WORDS])
    if not chosen:
        return {}
    crops, tops, firms = [], [], []
    for n in chosen:
        left, top, right, bottom = reads[n].box
        h = reads[n].line_height
        box = (max(0, left - round(SIDE * h)), max(0, top - round(ABOVE * h)),
               min(image.width, right + round(SIDE * h)),
               min(image.height, bottom + round(BELOW * h)))
        crop = image.crop(box).convert("L")
        firms.append(sharp(image.crop((left, top, right, bottom)).convert("L")))
        # the word's top, down into its letters: the marks over them, whole
        tops.append(crop.crop((0, 0, crop.width,
                               min(crop.height, top - box[1] + round(0.45 * h)))))
        crops.append(crop.resize((crop.width * ENLARGE, crop.height * ENLARGE),
                                 Image.Resampling.LANCZOS))
    watch.tick()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "words.tif")
        crops[0].save(path, save_all=True, append_images=crops[1:])
        data = pytesseract.image_to_data(path, lang=lang, config="--psm 8",
                                         output_type=pytesseract.Output.DICT,
                                         timeout=OCR_SECONDS.value())
    found: dict[int, list[tuple[str, float]]] = {}
    for i, text in enumerate(data["text"]):
        text = nfc(text or "").strip()
        if text and float(data["conf"][i]) >= 0:
            found.setdefault(data["page_num"][i] - 1, []).append((text, float(data["conf"][i])))
    out = {}
    for page, n in enumerate(chosen):
        text = reads[n].text
        words = found.get(page, [])
        firm = firms[page]
        if len(words) == 1 and better(reads[n], Read(words[0][0], words[0][1], reads[n].box,
                                                     reads[n].line_height), firm) \
                and as_vietnamese(reads[n].text, words[0][0], *_beside(reads, n)) \
                or len(words) == 1 and for_a_sign(reads[n].text, words[0][0]):
            text = words[0][0]
        if firm and _tone_in_doubt(text):
            tone = stacked_tone(tops[page], reads[n].line_height)
            toned = with_tone(text, tone) if tone is not None else text
            if as_vietnamese(text, toned, *_beside(reads, n)):
                text = toned
        elif firm and with_hat(text) != text \
                and stacked_tone(tops[page], reads[n].line_height) is not None:
            text = with_hat(text)  # a tone over a ^ that neither reading saw (CHÁT)
        if text != reads[n].text:
            out[n] = text
    return out


def _beside(reads: list[Read], n: int) -> tuple[str, str]:
    """The words before and after the ``n``-th of ``reads`` on its line ("" at its ends)."""
    before = reads[n - 1].text if n > 0 and reads[n - 1].line == reads[n].line else ""
    after = reads[n + 1].text if n + 1 < len(reads) and reads[n + 1].line == reads[n].line \
        else ""
    return before, after


def _tone_in_doubt(word: str) -> bool:
    """The word's one letter with a circumflex or a breve bears a tilde or no tone: what OCR
    reads for any mark stacked over the ``^`` of a type it was not taught."""
    hats = [tone for _, shapes, tone in letters(word) if shapes & {"\u0302", "\u0306"}]
    return len(hats) == 1 and hats[0] in ("", TILDE)
