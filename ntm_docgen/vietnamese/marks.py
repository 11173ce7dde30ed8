"""Tone marks that stand apart from their letters put back on them.

Some PDFs draw a Vietnamese tone mark as a glyph of its own over the letter. Their text, copied
or extracted line by line, gives each printed line's marks after it, in the order of the
letters they stood over: ``tinh hình bị thiêt hai ̀ ̣ ̣``. Which syllables lost a mark is not in
the text; the dictionary is: the marks go, in their order, on the syllables that lack a tone,
where they make the most words of the dictionary (underthesea's Viet74K, shipped with the
package) with their neighbours (``tình hình``, ``thiệt hại``).
"""

from __future__ import annotations

import re

from ntm_docgen.vietnamese.lexicon import TONES, half_toned, has_tone, lexicon, with_tone
from ntm_docgen.vietnamese.lexicon import known as known  # importable from here, as before
from ntm_docgen.vietnamese.lexicon import paired as paired  # importable from here, as before
from ntm_docgen.vietnamese.text import nfc

#: Spacing forms a PDF may give for a tone mark, read as the combining mark.
_SPACING = {"\u00b4": "\u0301", "\u02ca": "\u0301", "\u02cb": "\u0300", "\u02dc": "\u0303",
            "\u02c0": "\u0309", "\u02d4": "\u0323"}
#: A token of marks alone: one or more marks, no letter.
_LOOSE = re.compile(r"^[\u0300\u0301\u0303\u0309\u0323\u00b4\u02ca\u02cb\u02dc\u02c0\u02d4]+$")


def loose(token: str) -> str | None:
    """The combining tone marks of a token made of marks alone, else None.

    >>> loose("\u0300") == "\u0300", loose("\u00b4") == "\u0301", loose("à"), loose("-")
    (True, True, None, None)
    """
    if not _LOOSE.match(token):
        return None
    return "".join(_SPACING.get(c, c) for c in token)


def _split(token: str) -> tuple[str, str, str]:
    """A token's leading punctuation, its word, its trailing punctuation."""
    match = re.match(r"^(\W*)(.*?)(\W*)$", token)
    assert match is not None
    return match.group(1), match.group(2), match.group(3)


def attach_loose_marks(line: str) -> tuple[str, int]:
    """The line with every run of loose tone marks put on the syllables before it that lack a
    tone, and how many marks were put back. A run that fits nowhere is left as read.

    >>> attach_loose_marks("báo cáo nhanh tinh hình bị thiêt hai \u0300 \u0323 \u0323 do lũ lụt")
    ('báo cáo nhanh tình hình bị thiệt hại do lũ lụt', 3)
    >>> attach_loose_marks("Bộ Giao duc và Đao tao. \u0301 \u0323 \u0300 \u0323")
    ('Bộ Giáo dục và Đào tạo.', 4)
    >>> attach_loose_marks("Kính gửi: Ủy ban nhân dân tỉnh")
    ('Kính gửi: Ủy ban nhân dân tỉnh', 0)

    A mark beside its letters inside the word (after a consonant, or a spacing mark) goes on
    the word's vowel:

    >>> attach_loose_marks("tinh̀ hình, Gia´o duc̣")
    ('tình hình, Giáo dục', 3)
    """
    tokens = line.split()
    inside = [_mended(t) for t in tokens]
    moved = sum(n for _, n in inside)
    tokens = [t for t, _ in inside]
    if not any(loose(t) for t in tokens):
        return (" ".join(tokens), moved) if moved else (line, 0)
    text, placed = _place_runs(tokens)
    return text, placed + moved


def _mended(token: str) -> tuple[str, int]:
    """A word whose one tone mark stands beside its letters (NFC left it apart: after a
    consonant, or a spacing mark) with the mark on the vowel the dictionary gives; 1 when it
    moved. A word that holds a mark alone, or no such mark, is left as it is."""
    if loose(token) is not None or token.isascii():
        return token, 0
    composed = nfc(token)  # a mark right after its vowel composes with it: not a stray
    strays = [c for c in composed if c in TONES or c in _SPACING]
    if len(strays) != 1:
        return token, 0
    lead, core, trail = _split("".join(c for c in composed if c not in strays))
    if not core or has_tone(core):
        return token, 0
    placed = with_tone(core, _SPACING.get(strays[0], strays[0]))
    return (lead + placed + trail, 1) if placed else (token, 0)


def _place_runs(tokens: list[str]) -> tuple[str, int]:
    """Each run of loose marks put on the words since the run before it; a run that does not
    fit there (two printed lines' marks run together) is left as read."""
    out: list[str] = []
    start = 0  # where the words of the coming run begin in ``out``
    run: list[str] = []
    placed = 0

    def flush() -> None:
        nonlocal placed, start
        if not run:
            return
        marks = "".join(loose(t) or "" for t in run)
        done = _assign(out[start:], marks)
        if done is None:
            out.extend(run)
        else:
            out[start:] = done
            placed += len(marks)
        start = len(out)
        run.clear()

    for token in tokens:
        if loose(token) is not None:
            run.append(token)
            continue
        flush()
        out.append(token)
    flush()
    return " ".join(out), placed


def _assign(words: list[str], marks: str) -> list[str] | None:
    """``words`` with ``marks`` put, in order, on as many syllables that lack a tone, chosen to
    make the most pairs of the dictionary and the fewest syllables outside it; None when they
    cannot all be put."""
    words_of = lexicon()
    if not words_of.syllables:
        return None
    left, right = half_toned()
    parts = [_split(w) for w in words]
    forms: list[list[str | None]] = []  # per word: its form as read, then with each mark
    for _, core, _ in parts:
        row: list[str | None] = [core]
        for m in marks:
            row.append(None if not core or has_tone(core) else with_tone(core, m))
        forms.append(row)
    n, k = len(words), len(marks)

    def unigram(form: str) -> float:
        return 0.0 if not form.isalpha() or form.lower() in words_of.syllables else -1.0

    def pair(a: str, b: str) -> float:
        a, b = a.lower(), b.lower()
        if (a, b) in words_of.pairs:
            return 1.0
        if (not has_tone(b) and (a, b) in left) or (not has_tone(a) and (a, b) in right):
            return 0.5
        return 0.0

    # best[(i, j, c)]: best score of words[:i+1] with j marks placed, word i in form c
    # (0: as read, 1 + m: with mark m); ties go to the later words (the marks follow their line).
    NEG = float("-inf")
    best: dict[tuple[int, int, int], tuple[float, tuple[int, int, int] | None]] = {}
    for i in range(n):
        for j in range(k + 1):
            choices = [(0, j)]
            if j >= 1 and forms[i][j] is not None:
                choices.append((j, j - 1))
            for c, before in choices:
                form = forms[i][c]
                assert form is not None
                score = unigram(form) + (0.001 * i if c else 0.0)
                if i == 0:
                    if before == 0:
                        best[(i, j, c)] = (score, None)
                    continue
                top, back = NEG, None
                for pc in ([0] + ([before] if before >= 1 else [])):
                    prev = best.get((i - 1, before, pc))
                    if prev is None:
                        continue
                    prev_form = forms[i - 1][pc]
                    assert prev_form is not None
                    total = prev[0] + score + pair(prev_form, form)
                    if total > top:
                        top, back = total, (i - 1, before, pc)
                if back is not None:
                    best[(i, j, c)] = (top, back)
    ends = [(best[(n - 1, k, c)][0], (n - 1, k, c)) for c in (0, k) if (n - 1, k, c) in best]
    if not ends:
        return None
    state: tuple[int, int, int] | None = max(ends)[1]
    chosen = [0] * n
    while state is not None:
        chosen[state[0]] = state[2]
        state = best[state][1]
    return [lead + str(forms[i][chosen[i]]) + trail
            for i, (lead, _, trail) in enumerate(parts)]
