"""A word OCR read on a scan that is no Vietnamese syllable, read again alone, twice.

The letters and tone marks of Vietnamese make a closed set of syllables (underthesea's
dictionary holds them: ``lexicon.known``). Where Tesseract read, in a line of the letter, a word
in lower case that is none of them (``fãt``, ``Irưởng``, ``bằu``, ``dụự``), the word is cut
from the page with room round it, enlarged and read again by itself as a single word, twice,
at two sizes. The second reading is taken only when both looks read
the same text and each of its syllables is one of the dictionary: a word is never guessed from
a list's nearest word (a clerk files what the page prints; a wrong word is worse than a doubtful
one kept as read). Not looked at: a word the page reads elsewhere as it is (the letter's own
word), a code or a word in capitals, a number, a Latin-lettered name (a capital, no mark).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import Counter
from difflib import SequenceMatcher
from typing import Any

from ntm_docgen.files.limits import OCR_SECONDS
from ntm_docgen.importer import watch
from ntm_docgen.importer.ocrmarks import EDGE, word_key
from ntm_docgen.importer.secondread import Read
from ntm_docgen.vietnamese.lexicon import known
from ntm_docgen.vietnamese.text import nfc

#: The most words of one page read again (the least sure first): a page of a letter read
#: poorly has a dozen; a table of remains has hundreds, each of no use.
MOST_WORDS = 40
#: The two looks: how much the word is enlarged, each read as a single word (``--psm 8``; read
#: as a single line, ``--psm 7``, a word cut alone was most often read as nothing).
ENLARGE = (2, 3)
#: Room left round the word, in heights of its line (a mark above, a tail below).
ABOVE, BELOW, SIDE = 0.6, 0.35, 0.3
#: How many letters (marks aside) the second reading may read for one the first read, or
#: where the first read a sign; it drops none: a look that lost a letter (``đia`` read again
#: ``đa``, for ``địa``) read less than the page prints.
OTHER_LETTERS = 1
#: The least confidence of either look.
SURE = 50.0

_SYLLABLES = re.compile(r"[^\W\d_]+")


def _core(text: str) -> tuple[str, str, str]:
    """A word's leading signs, its body and its trailing signs; a slash at its end is a sign,
    the closing mark of a letter's last line (``phương./.``, read ``này,/.`` too).

    >>> _core("(tại"), _core("phương./."), _core("t/hiện")
    (('(', 'tại', ''), ('', 'phương', './.'), ('', 't/hiện', ''))
    """
    core = text.lstrip(EDGE).rstrip(EDGE + "/")
    start = text.find(core) if core else 0
    return text[:start], core, text[start + len(core):]


def doubtful(text: str, own: Counter[str]) -> bool:
    """Whether a word read is worth reading again: it has a letter in lower case and is no
    syllable of the dictionary (nor letters and a sign or digit that no word writes), the page
    reads it no other time, and it is no Latin-lettered name (a capital, letters of no mark), no
    number and no code (a digit, a capital after its first letter).

    >>> doubtful("choông", Counter()), doubtful("Trền", Counter()), doubtful("(/ại", Counter())
    (True, True, True)
    >>> doubtful("cho", Counter()), doubtful("KTTRH", Counter()), doubtful("Ioffice", Counter())
    (False, False, False)
    >>> doubtful("2024,", Counter()), doubtful("choông", Counter({"choông": 2}))
    (False, False)
    >>> doubtful("Số:384", Counter()), doubtful("/QĐ-TTg", Counter()), doubtful("TóỔ", Counter())
    (False, False, False)
    >>> doubtful("phương./.", Counter()), doubtful("này,/.", Counter())
    (False, False)
    """
    core = _core(text)[1]
    parts = _SYLLABLES.findall(core)
    if not parts or sum(map(len, parts)) < 2 or not any(c.islower() for c in core) \
            or any(c.isdigit() for c in core) or any(c.isupper() for c in core[1:]):
        return False  # a number, a code (``Số:384``, ``/QĐ-TTg``), a word in capitals
    if own[core.lower()] > 1 or core.isascii() and core[0].isupper() and core.isalpha():
        return False
    if known(parts[0]) is None:
        return False  # no dictionary to judge by
    return len(parts) > 1 or parts[0] != core or not known(core)


def agreed(first: str, looks: list[str]) -> str | None:
    """The word as the looks read it when they agree on one text whose syllables are all of
    the dictionary and keep the first reading's letters; with the signs round it the looks
    agree on, else the first reading's; the closing mark the first read after it (``./.``)
    always, as the page prints it. None otherwise.

    >>> agreed("choông", ["cho ông", "cho ông"]), agreed("fãt", ["tắt", "tắt"])
    ('cho ông', 'tắt')
    >>> agreed("só.", ["Số:", "Số:"]), agreed("(/ại", ["tại", "tại"])
    ('Số:', '(tại')
    >>> agreed("(/ại", ["tại", "(tại"]), agreed("bằu,", ["bầu", "bầu,"])
    ('(tại', 'bầu,')
    >>> agreed("Trền", ["Trên", "Trần"]), agreed("dụự", ["dụự", "dụự"]), agreed("qwy", ["", ""])
    (None, None, None)
    >>> agreed("nhủy", ["tuần", "tuần"]), agreed("(đia", ["(đa", "(đa."])
    (None, None)
    >>> agreed("phươmg./.", ["phương.", "phương."]), agreed("nảy./.", ["này,", "này,"])
    ('phương./.', 'này./.')
    """
    cores = {_core(look)[1] for look in looks}
    if len(cores) != 1:
        return None
    core = cores.pop()
    parts = _SYLLABLES.findall(core)
    lead, was, trail = _core(first)
    if not parts or core == was or " ".join(parts) != core or not all(known(p) for p in parts):
        return None
    if not _kept(word_key(was), word_key(core)):
        return None
    signs = _core(looks[0])
    if len(set(looks)) == 1 and (signs[0] or signs[2]) and "/" not in trail:
        return looks[0]
    return lead + core + trail


def _kept(was: str, now: str) -> bool:
    """Whether ``now``'s letters keep all of ``was``'s, in order, with at most
    ``OTHER_LETTERS`` read for one of them or added (marks and spaces aside)."""
    a = [c for c in was if c.isalpha()]
    b = [c for c in now if c.isalpha()]
    other = 0
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "delete" or op == "replace" and i2 - i1 > j2 - j1:
            return False
        other += 0 if op == "equal" else j2 - j1
    return other <= OTHER_LETTERS


def syllable_look(image: Any, reads: list[Read], lang: str) -> dict[int, tuple[str, float]]:
    """The words of ``reads`` (their places in the list) that two looks read again as
    syllables, with the text read and the lower confidence of the looks; both looks at every
    word read by one run of Tesseract over a multi-page TIFF."""
    import pytesseract
    from PIL import Image

    own = Counter(_core(r.text)[1].lower() for r in reads)
    chosen = [n for n, r in enumerate(reads) if doubtful(r.text, own)]
    chosen = sorted(sorted(chosen, key=lambda n: reads[n].conf)[:MOST_WORDS])
    if not chosen:
        return {}
    crops = []
    for n in chosen:
        left, top, right, bottom = reads[n].box
        h = reads[n].line_height
        crops.append(image.crop((max(0, left - round(SIDE * h)), max(0, top - round(ABOVE * h)),
                                 min(image.width, right + round(SIDE * h)),
                                 min(image.height, bottom + round(BELOW * h)))).convert("L"))
    watch.tick()
    pages = [c.resize((c.width * enlarge, c.height * enlarge), Image.Resampling.LANCZOS)
             for enlarge in ENLARGE for c in crops]
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "words.tif")
        pages[0].save(path, save_all=True, append_images=pages[1:])
        data = pytesseract.image_to_data(path, lang=lang, config="--psm 8",
                                         output_type=pytesseract.Output.DICT,
                                         timeout=OCR_SECONDS.value())
    read: list[dict[int, list[tuple[str, float]]]] = [{} for _ in ENLARGE]
    for i, text in enumerate(data["text"]):
        text = nfc(text or "").strip()
        if text and float(data["conf"][i]) >= 0:
            look, page = divmod(data["page_num"][i] - 1, len(crops))
            read[look].setdefault(page, []).append((text, float(data["conf"][i])))
    out = {}
    for page, n in enumerate(chosen):
        looks = [look.get(page, []) for look in read]
        sure = min((conf for look in looks for _, conf in look), default=0.0)
        text = agreed(reads[n].text, [" ".join(w for w, _ in look) for look in looks])
        if text is not None and sure >= SURE:
            out[n] = (text, sure)
    return out
