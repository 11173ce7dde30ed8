"""Mend what OCR misreads on a scanned page: a wrong diacritic in a phrase every letter uses
(``GIÁM ĐÓC``, ``(đê báo cáo)``) and look-alike signs (``1105⁄KH`` with a fraction slash)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from itertools import groupby

from ntm_docgen.files.resources import load_data
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.vietnamese.text import is_upper_vi, nfc, strip_diacritics, upper_vi

#: Signs OCR reads for a plain one: the fraction slash of ``1105⁄KH-ĐKT``.
_SIGNS = str.maketrans({"\u2044": "/", "\u2215": "/"})
_EDGE = "()[]“”\"',;:.!?-"


def _key(word: str) -> str:
    return strip_diacritics(nfc(word)).casefold().replace("đ", "d")


@cache
def _phrases() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each phrase by the letters of its words without diacritics; a key two phrases share
    is left out (``THỦ TRƯỞNG``, ``THỨ TRƯỞNG``)."""
    rows = [*load_data("ocr_sua.yaml")["cum_tu"], *load_data("chuc_danh.yaml")["chuc_danh"]]
    table: dict[tuple[str, ...], set[str]] = {}
    for phrase in rows:
        words = tuple(nfc(phrase).split())
        if len(words) >= 2:
            table.setdefault(tuple(_key(w) for w in words), set()).add(" ".join(words).casefold())
    out = {}
    for k, forms in table.items():
        if len(forms) == 1:
            out[k] = tuple(forms.pop().split())
    return out


def _cased(found: str, right: str) -> str:
    """``right`` in the case OCR read (``ĐÓC`` → ``ĐỐC``, ``Giảm`` → ``Giám``)."""
    if is_upper_vi(found) and len(found) > 1:
        return upper_vi(right)
    return right[:1].upper() + right[1:] if found[:1].isupper() else right


def mend_line(texts: list[str]) -> list[str]:
    """The words of one OCR line with the phrases of data/ocr_sua.yaml mended.

    >>> mend_line(["KT.", "GIÁM", "ĐÓC"]), mend_line(["-", "Bộ", "trưởng", "(đê", "b/c);"])
    (['KT.', 'GIÁM', 'ĐỐC'], ['-', 'Bộ', 'trưởng', '(để', 'b/c);'])
    >>> mend_line(["PHO", "GIAM", "ĐỌC"]), mend_line(["THỦ", "TRƯỞNG"])
    (['PHÓ', 'GIÁM', 'ĐỐC'], ['THỦ', 'TRƯỞNG'])
    >>> mend_line(["Số:", "1105⁄KH-ĐKT"])
    ['Số:', '1105/KH-ĐKT']
    """
    texts = [t.translate(_SIGNS) for t in texts]
    cores = [t.strip(_EDGE) for t in texts]
    keys = [_key(c) for c in cores]
    phrases = _phrases()
    longest = max((len(k) for k in phrases), default=0)
    i = 0
    while i < len(texts):
        for n in range(min(longest, len(texts) - i), 1, -1):
            right = phrases.get(tuple(keys[i:i + n]))
            if right is None or not all(cores[i:i + n]):
                continue
            for j, word in enumerate(right):
                core = cores[i + j]
                texts[i + j] = texts[i + j].replace(core, _cased(core, word), 1)
            i += n - 1
            break
        i += 1
    return texts


def mend_ocr(words: list[Word]) -> list[Word]:
    """The words of an OCR'd page, each Tesseract line mended (``mend_line``)."""
    out: list[Word] = []
    for _, group in groupby(words, key=lambda w: w.line):
        line = list(group)
        texts = mend_line([w.text for w in line])
        out.extend(replace(w, text=t) if t != w.text else w for w, t in zip(line, texts,
                                                                             strict=True))
    return out
