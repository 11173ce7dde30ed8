"""Signs OCR reads about a sentence's words: the closing ``./.`` read as a word of its own
(``này ./.``: the decree's model and nearly every letter print it after the last word), an
opening quote read twice (``““2 con số”``: no letter opens a quotation with two), and the dash
between two names read on the first or touching it (``Bộ Công an- Cơ quan Thường trực``,
``Sở Lao động- Thương binh``: printed with a space on each side, which OCR loses before the
dash; a code in capitals, ``TC-HC``, is left as read); a speck
read as a stop or a colon between two syllables (``Căn.cứ``, ``định:số``) a space."""

from __future__ import annotations

import re
from dataclasses import replace

from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.vietnamese.lexicon import known

#: An opening quote read twice or more before a word (``““2``, ``""Nghị``).
_QUOTES = re.compile(r"^(?P<q>[“\"])(?P=q)+(?=\w)")
#: A word the closing ``./.`` may follow: one that ends in a letter, a digit or a bracket.
_ENDS = re.compile(r"[\w)”\"]$")


def _dashed(text: str) -> bool:
    """A word of letters, one of them small, the dash between two names is read on (no ký
    hiệu, ``TTr-`` ``SKHCN``; no code in capitals, ``TC-`` ``HC``)."""
    head = text[:-1]
    return text.endswith("-") and len(head) >= 2 and head.isalpha() \
        and any(c.islower() for c in head)
#: A word of letters in small type at its end, before a dash that stands alone.
_NAMED = re.compile(r"[^\W\d_A-ZĐ]$")
#: Two syllables a speck read as a stop or a colon joins, the second in small letters.
_SPECKED = re.compile(r"^(?P<a>[^\W\d_]{2,})[.:](?P<b>[^\W\d_A-ZĐ]{2,}[^\w]*)$")


def unspecked(line: list[Word]) -> list[Word]:
    """The words of one OCR line with two syllables a speck joins (``Căn.cứ``, ``định:số``,
    ``Sung:một``) read as two words, each its share of the box; a name of a site
    (``chinhphu.vn``) or signs of no syllable (``ju.về``) are kept.

    >>> w = lambda ts: [Word(t, 10 * i, 10 * i + 8, 0, 10, 10) for i, t in enumerate(ts)]
    >>> [x.text for x in unspecked(w(["Căn.cứ", "quy", "định:số", "lượng", "ju.về"]))]
    ['Căn', 'cứ', 'quy', 'định', 'số', 'lượng', 'ju.về']
    >>> [x.text for x in unspecked(w(["chinhphu.vn", "Bộ.Y", "v.v."]))]
    ['chinhphu.vn', 'Bộ.Y', 'v.v.']
    """
    out: list[Word] = []
    for word in line:
        found = _SPECKED.match(word.text)
        if found and known(found["a"]) and known(found["b"].rstrip(",;:.)")):
            cut = word.x0 + (word.x1 - word.x0) * len(found["a"]) / len(word.text)
            out += [replace(word, text=found["a"], x1=cut),
                    replace(word, text=found["b"], x0=cut + 1)]
        else:
            out.append(word)
    return out


def closed_up(line: list[Word]) -> list[Word]:
    """The words of one OCR line with the closing ``./.`` joined to the word before it and an
    opening quote read twice read once.

    >>> w = lambda ts: [Word(t, 10 * i, 10 * i + 8, 0, 10, 10) for i, t in enumerate(ts)]
    >>> [x.text for x in closed_up(w("văn bản này ./.".split()))]
    ['văn', 'bản', 'này./.']
    >>> [x.text for x in closed_up(w(["tăng", "trưởng", "““2", "con", "số”"]))]
    ['tăng', 'trưởng', '“2', 'con', 'số”']
    >>> [x.text for x in closed_up(w(["./."]))], [x.text for x in closed_up(w(["-", "./."]))]
    (['./.'], ['-', './.'])
    >>> [x.text for x in closed_up(w("Bộ Công an- Cơ quan".split()))]
    ['Bộ', 'Công', 'an -', 'Cơ', 'quan']
    >>> [x.text for x in closed_up(w("số 164/TTr- SKHCN và- các TC- HC".split()))]
    ['số', '164/TTr-', 'SKHCN', 'và-', 'các', 'TC-', 'HC']

    A dash read as a word of its own whose box touches the word before it is set apart from
    it by half a point, so the line is not written ``an-`` (``pdflayout._text``):

    >>> words = [Word("an", 0, 10, 0, 10, 10), Word("-", 10.1, 13, 4, 6, 10),
    ...          Word("Cơ", 16, 26, 0, 10, 10)]
    >>> closed_up(words)[1].x0
    10.5
    """
    out: list[Word] = []
    for n, word in enumerate(line):
        if word.text == "-" and out and _NAMED.search(out[-1].text) and n + 1 < len(line) \
                and line[n + 1].text[:1].isupper() and word.x0 - out[-1].x1 < 0.5:
            word = replace(word, x0=out[-1].x1 + 0.5, x1=max(word.x1, out[-1].x1 + 1))
        quoted = _QUOTES.sub(lambda m: m["q"], word.text)
        if quoted != word.text:
            word = replace(word, text=quoted)
        if out and _dashed(out[-1].text) and word.text[:1].isupper():
            out[-1] = replace(out[-1], text=out[-1].text[:-1] + " -")
        if word.text == "./." and out and _ENDS.search(out[-1].text):
            out[-1] = replace(out[-1], text=out[-1].text + "./.", x1=word.x1)
            continue
        out.append(word)
    return out
