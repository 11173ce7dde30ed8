"""Letter file names: a sequence number and the addressee in plain ASCII, safe on every system."""

from __future__ import annotations

import re
from functools import cache

from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.text import nfc, strip_diacritics


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
    abbreviations, longest, empty = _rules()
    text = strip_diacritics(nfc(addressee))
    for pattern, short in abbreviations:
        text = pattern.sub(short, text)
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")
    if len(text) > longest:
        text = text[:longest].rsplit("-", 1)[0] if "-" in text[:longest] else text[:longest]
    return text or empty


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
