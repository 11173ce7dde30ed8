"""Letter file names: a sequence number and the addressee in plain ASCII, safe on every system
(a zip of the folder, an old Windows tool); two addressees alike but for their marks (xã Sơn Hà,
xã Sơn Hạ) keep the words that tell them apart as typed in Telex (``Son-Haf``, ``Son-Haj``)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.telex import telex
from ntm_docgen.vietnamese.text import nfc, strip_diacritics

#: A word of an addressee: letters and digits of any script.
_WORD = re.compile(r"[^\W_]+")


@cache
def _rules() -> tuple[list[tuple[re.Pattern[str], str]], int, str]:
    rules = load_data("bulk.yaml")["ten_tep"]
    abbreviations = [(re.compile(r"\b" + r"\s+".join(map(re.escape, words.split())) + r"\b",
                                 re.IGNORECASE), short)
                     for words, short in rules["viet_tat"].items()]
    return abbreviations, int(rules["do_dai_toi_da"]), rules["khi_trong"]


def slug(addressee: str) -> str:
    """The addressee as a file-name part: ASCII letters and digits joined by ``-``.

    Nothing of the text can reach outside the folder: slashes, dots and every other sign
    become ``-``.

    >>> slug("Ủy ban nhân dân xã Tân Thành"), slug("Uỷ ban nhân dân phường Đông Kinh")
    ('UBND-xa-Tan-Thanh', 'UBND-phuong-Dong-Kinh')
    >>> slug("../../etc/passwd"), slug("A&B <x>"), slug("{{ 7*7 }}"), slug("...")
    ('etc-passwd', 'A-B-x', '7-7', 'nguoi-nhan')
    """
    _, longest, empty = _rules()
    text = _joined(addressee)
    if len(text) > longest:
        text = text[:longest].rsplit("-", 1)[0] if "-" in text[:longest] else text[:longest]
    return text or empty


def _joined(addressee: str) -> str:
    """The addressee's words in ASCII joined by ``-``, abbreviated, however long."""
    text = strip_diacritics(nfc(addressee))
    for pattern, short in _rules()[0]:
        text = pattern.sub(short, text)
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")


def width(count: int) -> int:
    """Digits of the sequence number: at least 4, so names sort and stay stable as lists grow.

    >>> width(168), width(3321), width(12000)
    (4, 4, 5)
    """
    return max(4, len(str(count)))


def letter_stem(seq: int, addressee: str, digits: int = 4) -> str:
    """``0007-UBND-xa-Tan-Thanh``: the name of letter ``seq`` without its suffix.

    >>> letter_stem(7, "Ủy ban nhân dân xã Tân Thành")
    '0007-UBND-xa-Tan-Thanh'
    """
    return f"{seq:0{digits}d}-{slug(addressee)}"


def apart(addressees: Sequence[str], *, kept: bool = True) -> list[str]:
    """The addressees as their file names are made from them: those whose names would be
    alike but for their marks (a reader cannot tell ``0025-UBND-xa-Son-Ha`` from
    ``0026-UBND-xa-Son-Ha``) with the words that differ typed in Telex; the others as given.

    >>> apart(["Ủy ban nhân dân xã Sơn Hà", "Ủy ban nhân dân xã Sơn Hạ", "Sở Tài chính"])
    ['Ủy ban nhân dân xã Sơn Haf', 'Ủy ban nhân dân xã Sơn Haj', 'Sở Tài chính']
    >>> [slug(a) for a in apart(["UBND xã Ba Tơ", "UBND xã Ba Tô", "UBND xã Ba Tơ"])]
    ['UBND-xa-Ba-Tow', 'UBND-xa-Ba-Too', 'UBND-xa-Ba-Tow']
    >>> apart(["UBND xã Tân thành", "UBND xã Tân Thành"])  # one unit, typed twice
    ['UBND xã Tân thành', 'UBND xã Tân Thành']

    ``kept=False``: as earlier versions did, a long name cut where it is too long even when the
    words that differ are beyond the cut (``former_names``).
    """
    alike: dict[str, list[int]] = defaultdict(list)
    for index, addressee in enumerate(addressees):
        alike[slug(addressee).casefold()].append(index)
    out = list(addressees)
    for indexes in alike.values():
        words = [_WORD.findall(nfc(addressees[i])) for i in indexes]
        if len({tuple(w) for w in words}) < 2 or len({len(w) for w in words}) > 1:
            continue  # the same addressee again, or words that do not line up
        differ = {k for k in range(len(words[0])) if len({w[k].casefold() for w in words}) > 1}
        for i in indexes:
            typed = _typed(nfc(addressees[i]), differ)
            out[i] = _kept(typed, differ) if kept else typed
    return out


def former_names(addressees: Sequence[str], digits: int = 4) -> dict[str, str]:
    """The names earlier versions of the tool gave these letters and this one does not, each
    with the name this version gives the same letter: before two addressees alike but for their
    marks were told apart (``0026-UBND-xa-Son-Ha.docx``), and before a long name kept the words
    that tell them apart. A folder holding them is the tool's own, written before its names
    changed, not a list changed since; a letter numbered under its old name keeps its number.

    >>> former_names(["Ủy ban nhân dân xã Sơn Hà", "Ủy ban nhân dân xã Sơn Hạ"])
    {'0001-UBND-xa-Son-Ha.docx': '0001-UBND-xa-Son-Haf.docx', \
'0002-UBND-xa-Son-Ha.docx': '0002-UBND-xa-Son-Haj.docx'}
    """
    today = apart(addressees)
    earlier = (list(addressees), apart(addressees, kept=False))
    return {f"{letter_stem(seq, names[seq - 1], digits)}.docx":
            f"{letter_stem(seq, today[seq - 1], digits)}.docx"
            for names in earlier for seq in range(1, len(addressees) + 1)
            if slug(names[seq - 1]) != slug(today[seq - 1])}


def _kept(text: str, differ: set[int]) -> str:
    """``text`` short enough for its file name to keep the words numbered in ``differ``, with
    the two words before them ("xã Sơn Haj"): the words between the first ones and those are
    left out where the whole would be cut before them; ``text`` itself where it fits.

    >>> _kept("Thường trực Đảng ủy, Thường trực Hội đồng nhân dân, Ủy ban nhân dân, "
    ...       "Ủy ban Mặt trận Tổ quốc Việt Nam xã Sơn Haj (để thực hiện)", {24})
    'Thường trực Đảng ủy Thường trực Hội đồng nhân dân Ủy ban nhân dân Ủy ban xã Sơn Haj'
    """
    longest = _rules()[1]
    words = _WORD.findall(text)
    if not differ:
        return text
    start, end = max(min(differ) - 2, 0), max(differ) + 1
    if len(_joined(" ".join(words[:end]))) <= longest:
        return text
    tail = words[start:end]
    for head in range(start, -1, -1):
        kept = " ".join(words[:head] + tail)
        if len(_joined(kept)) <= longest:
            return kept
    return " ".join(tail)


def _typed(text: str, differ: set[int]) -> str:
    """``text`` with its words numbered in ``differ`` typed in Telex."""
    found = iter(range(len(text)))
    return _WORD.sub(lambda m: telex(m[0]) if next(found) in differ else m[0], text)
