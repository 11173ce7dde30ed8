"""A Vietnamese word in ASCII as it is typed in Telex (``Hạ`` → ``Haj``, ``Tơ`` → ``Tow``): the
letters a clerk types for it every day, which keep apart two names that differ only by their
marks where a file name can hold ASCII alone."""

from __future__ import annotations

import unicodedata

#: A letter's shape mark, by its combining character: the keys typed after the letter.
_SHAPES = {"\u0302": "", "\u0306": "w", "\u031b": "w"}  # circumflex doubles the letter
#: A tone mark, by its combining character: the key typed at the end of the word.
_TONES = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}


def telex(word: str) -> str:
    """``word`` as typed in Telex: a shape mark after its letter (``ô`` → ``oo``, ``ơ`` →
    ``ow``, ``đ`` → ``dd``), the tone at the end of the word; ASCII stays as it is.

    >>> telex("Hạ"), telex("Hà"), telex("Tơ"), telex("Tô"), telex("Thạnh"), telex("Đông")
    ('Haj', 'Haf', 'Tow', 'Too', 'Thanhj', 'Ddoong')
    >>> telex("Hướng"), telex("Ba")
    ('Huwowngs', 'Ba')
    """
    if word.isascii():
        return word
    out: list[str] = []
    tone = ""
    for char in unicodedata.normalize("NFD", word):
        if char in _TONES:
            tone = _TONES[char]
        elif char in _SHAPES and out:  # â ê ô: the letter typed twice; ă ơ ư: then w
            out.append(_SHAPES[char] or out[-1].lower())
        elif char in "Đđ":
            out.append("Dd" if char == "Đ" else "dd")
        else:
            out.append(char)
    return "".join(out) + tone
