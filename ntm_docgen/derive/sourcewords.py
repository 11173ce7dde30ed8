"""Words of the letter implemented that are no Vietnamese word (its typos "tnh", "Đkịp", a
word misread in a copy), carried into the derived letter as written, never set right: told
with the words around them, for her to mend from the letter as issued (underthesea's word list,
as the importer reads scans with; ``khong_loi`` in data/derive/van.yaml)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ntm_docgen.derive.levels import QUOTED
from ntm_docgen.derive.rules import van
from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import N_, said
from ntm_docgen.importer.cleaning import SYLLABLE
from ntm_docgen.vietnamese.lexicon import known
from ntm_docgen.vietnamese.text import nfc, strip_diacritics

_WORD = re.compile(r"[^\W\d_]{2,}")
#: what marks a token (a run of non-spaces) as an address (``www.snv.gov.vn``, ``a@b.vn``) or a
#: number with its ký hiệu (``1050/qđ-sct``): a code, as written, no word of the text
_CODE_MARKS = ("@", "://", "www.", ".vn", ".com", "0/", "1/", "2/", "3/", "4/", "5/", "6/", "7/",
               "8/", "9/")
_VOWEL = re.compile(r"[aeiouy]")


@cache
def _family() -> frozenset[str]:
    return frozenset(nfc(w) for w in load_data("ocr_sua.yaml")["ho"])


def odd(word: str) -> bool:
    """Whether ``word`` (letters only) is no Vietnamese word: a syllable in small letters the
    word list lacks or one with no vowel, a stray capital before a word,
    a syllable in capitals with marks the list lacks, marks in a word of mixed case. A name
    (``Đắk``), an abbreviation (``UBND``, ``TTg``) and a foreign word with no marks stay.

    >>> [w for w in ("tnh", "Đkịp", "đuực", "XUÁT", "hÔÂ", "kịp", "tỉnh", "Đắk", "UBND", "TTg",
    ...              "HĐND", "Nguyễn", "NGUYỄN", "cm", "Index", "NGƯT") if odd(w)]
    ['tnh', 'Đkịp', 'đuực', 'XUÁT', 'hÔÂ']
    """
    bare = strip_diacritics(word).lower()
    marked = bare != word.lower()
    shaped = SYLLABLE.match(bare) is not None
    if word.islower():
        if marked:
            return known(word) is False
        return not _VOWEL.search(bare) and word not in van()["khong_loi"]
    if word.isupper():  # a family name in capitals is no typo (NGUYỄN THỊ A), nor NGƯT
        return marked and shaped and known(word) is False and word.title() not in _family() \
            and word not in van()["viet_tat"]
    if word[1:].islower():  # a name, unless a stray capital stands before a word ("Đkịp")
        return marked and not shaped and known(word) is False and known(word[1:]) is True
    # capitals first (ĐNa, HĐNDxã): an abbreviation, as a table or a heading writes one
    return marked and not word[:2].isupper()


def odd_words(spec: dict[str, Any]) -> list[str]:
    """A warning quoting each word of the letter's text that is no Vietnamese word, with the
    words around it; none where no word list is installed."""
    if known("xã") is None:
        return []
    texts = [str(spec.get("trich_yeu") or ""), *(str(x) for x in spec.get("can_cu") or []),
             str(spec.get("noi_dung") or "")]
    texts += [str(p.get("noi_dung") or "") for p in spec.get("phu_luc") or []]
    found: dict[str, str] = {}
    for line in (x for text in texts for x in text.split("\n")):
        plain = " ".join(" " * len(x) if any(m in x.lower() for m in _CODE_MARKS) else x
                         for x in line.split(" "))
        last = None
        for word in _WORD.finditer(plain):
            # after a word with its capital, a name of several words (xã Ia Rvê, Ea Drông)
            named = last is not None and word[0][:1].isupper() and last[0][:1].isupper() \
                and not plain[last.end():word.start()].strip()
            last = word
            if word[0] not in found and not named and odd(word[0]):
                start = line.rfind(" ", 0, max(word.start() - 20, 0)) + 1
                end = line.find(" ", min(word.end() + 20, len(line)))
                found[word[0]] = ("… " if start else "") + line[start:end if end > 0 else None] \
                    + (" …" if end > 0 else "")
    if not found:
        return []
    quoted = "; ".join(f"“{w}” ({around})" for w, around in list(found.items())[:QUOTED])
    return [said(N_("these words of the letter implemented are no Vietnamese word (a typo, or a "
                    "word misread in the copy) and were carried into the letter as written: "
                    "{words}; correct them from the letter as issued before sending"),
                 words=quoted + ("; …" if len(found) > QUOTED else ""))]
