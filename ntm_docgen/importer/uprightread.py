"""A scanned page or a photo read as it stands, and read again turned only when its words read
poorly: Tesseract's look at a page's orientation costs about what reading it costs, and almost
every page a clerk scans stands upright (its words are the dictionary's); a page lying on its
side reads as signs, few of them words. The page is judged on the reader's first pass over it
(``glanced``): one that reads poorly is not read further as it stands."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TypeVar

from ntm_docgen.importer.markbox import marks_unread
from ntm_docgen.importer.ocrblank import tables_read
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.importer.pdfturn import scan_turn
from ntm_docgen.importer.scangrid import grids_read
from ntm_docgen.vietnamese.lexicon import known
from ntm_docgen.vietnamese.text import nfc

#: A page reads poorly when fewer than this share of its words of letters are the
#: dictionary's (an upright scan of a letter: 0.89 to 0.99 on the 65 scans of the held-out
#: sets, 0.96 the Lào Cai letter of the tests; the same page read lying on its side: 0.66,
#: Vietnamese syllables being short, its signs hold many) ...
POOR_SHARE = 0.8
#: ... or when it gives fewer than this many words of letters at all.
FEW_WORDS = 30

_LETTERS = re.compile(r"[^\W\d_]{2,}")

R = TypeVar("R")

#: True while a page is read as it stands to be judged (``read_upright``, in this thread).
_JUDGING: ContextVar[bool] = ContextVar("upright_judging", default=False)


class _ReadsPoorly(Exception):
    """Raised by ``glanced`` out of a page's reading: the words of its first pass."""

    def __init__(self, words: Sequence[Word]) -> None:
        super().__init__()
        self.words = list(words)


def glanced(data: dict[str, Any]) -> None:
    """Told by the reader (``ocrpage``) Tesseract's words of its first pass over a whole page
    (``image_to_data``'s dictionary): while ``read_upright`` judges the page as it stands and
    they read poorly, the reading stops there. The second looks at its words, its columns,
    signer, grids, marks and pen are left unread on a page read again turned (the 7432/2026
    scan turned 90: its whole reading as it lay took near five times its pass)."""
    if not _JUDGING.get():
        return
    words = [Word(nfc(str(text)).strip(), left, left + width, top, top + height, height)
             for text, conf, left, top, width, height in zip(
                 data["text"], data["conf"], data["left"], data["top"], data["width"],
                 data["height"], strict=True)
             if str(text or "").strip() and float(conf) >= 0]
    if reads_poorly(words):
        raise _ReadsPoorly(words)


def known_words(words: Sequence[Word]) -> tuple[int, int]:
    """How many of the words of two letters or more the dictionary holds, and how many there
    are.

    >>> w = lambda t: Word(t, 0, 1, 0, 1, 10)
    >>> known_words([w("Ủy"), w("ban"), w("nhân"), w("dân"), w("xqz"), w("5"), w("a")])
    (4, 5)
    """
    found = [m.group() for word in words for m in _LETTERS.finditer(word.text)]
    return sum(1 for letters in found if known(letters)), len(found)


def _lying(words: Sequence[Word]) -> bool:
    """Whether most words of three letters or more stand taller than wide: Tesseract reads the
    lines of a page turned one way as upright words stacked on their side, each right but in
    a frame turned with the page (the header's two columns, the signer's column lost)."""
    long = [w for w in words if len(w.text) >= 3]
    return bool(long) and 2 * sum(1 for w in long if w.bottom - w.top > w.x1 - w.x0) > len(long)


def reads_poorly(words: Sequence[Word]) -> bool:
    """Whether a page's words read as a page lying turned reads: few, few of them words of the
    dictionary, or words standing on their side.

    >>> w = lambda t, x1=30.0: Word(t, 0, x1, 0, 10, 10)
    >>> reads_poorly([w(t) for t in "Ủy ban nhân dân tỉnh Lào Cai".split()] * 6)
    False
    >>> reads_poorly([w(t) for t in "2u0'T đunqaq 'uq)XAÐX :qu1 L@L.L 3uo2".split()] * 6)
    True
    >>> reads_poorly([w(t, 5.0) for t in "Ủy ban nhân dân tỉnh Lào Cai".split()] * 6)
    True
    >>> reads_poorly([w("Ủy"), w("ban")] * 5)
    True
    """
    good, found = known_words(words)
    return found < FEW_WORDS or good < POOR_SHARE * found or _lying(words)


def read_upright(image: Any, read: Callable[[Any], R], words_of: Callable[[R], Sequence[Word]]
                 ) -> tuple[Any, int, R]:
    """The picture a page is read from, the degrees (clockwise) it was turned by, and its
    reading (``read(picture)``): read as it stands, judged on the reader's first pass
    (``glanced``) or, of a reader that tells none, on its reading; when its words read poorly,
    the turn Tesseract sees in it tried too, and the better reading kept (one that reads well,
    then the one with more of the dictionary's words). An upright page is read once."""
    token = _JUDGING.set(True)
    try:
        first = read(image)
    except _ReadsPoorly as poor:
        stopped: list[Word] | None = poor.words
    else:
        stopped = None
    finally:
        _JUDGING.reset(token)
    if stopped is not None:
        return _turned(image, read, words_of, stopped, None)
    words = words_of(first)
    return (image, 0, first) if not reads_poorly(words) else _turned(image, read, words_of,
                                                                      words, first)


def _turned(image: Any, read: Callable[[Any], R], words_of: Callable[[R], Sequence[Word]],
            words: Sequence[Word], first: R | None) -> tuple[Any, int, R]:
    """``read_upright``'s page that read poorly as it stands (``words``; ``first`` its reading,
    None when it was stopped at the first pass) tried turned as Tesseract sees it."""
    turn = scan_turn(image)
    if turn:
        upright = image.rotate(-turn, expand=True)
        again = read(upright)
        if _score(words_of(again)) > _score(words):
            return upright, turn, again
    return image, 0, read(image) if first is None else first


def _score(words: Sequence[Word]) -> tuple[bool, int]:
    """A reading's worth: one that reads well first, then the more words of the dictionary."""
    return not reads_poorly(words), known_words(words)[0]


def ocr_reader(path: Path, scale: float, first_page: bool, ocr_page: Callable[..., Any]
               ) -> Callable[[Any], tuple[Any, ...]]:
    """A picture's reading by ``ocr_page``: its words, the pen's, and the tables, marks and
    grids seen on it (a page read twice keeps each reading's own)."""
    def read(image: Any) -> tuple[Any, ...]:
        with tables_read() as tables, marks_unread() as boxes, grids_read() as grids:
            words, hand = ocr_page(path, image, scale, first_page)
        return words, hand, tables, boxes, grids
    return read
