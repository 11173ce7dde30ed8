"""Signs OCR reads about a sentence's words: the closing ``./.`` read as a word of its own
(``này ./.``: the decree's model and nearly every letter print it after the last word), and an
opening quote read twice (``““2 con số”``: no letter opens a quotation with two)."""

from __future__ import annotations

import re
from dataclasses import replace

from ntm_docgen.importer.pdflayout import Word

#: An opening quote read twice or more before a word (``““2``, ``""Nghị``).
_QUOTES = re.compile(r"^(?P<q>[“\"])(?P=q)+(?=\w)")
#: A word the closing ``./.`` may follow: one that ends in a letter, a digit or a bracket.
_ENDS = re.compile(r"[\w)”\"]$")


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
    """
    out: list[Word] = []
    for word in line:
        quoted = _QUOTES.sub(lambda m: m["q"], word.text)
        if quoted != word.text:
            word = replace(word, text=quoted)
        if word.text == "./." and out and _ENDS.search(out[-1].text):
            out[-1] = replace(out[-1], text=out[-1].text + "./.", x1=word.x1)
            continue
        out.append(word)
    return out
