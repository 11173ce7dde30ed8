"""The words OCR was unsure of in one reading, gathered for a caller that asks (the desk marks
them at the fields of the letter read, to be held against the paper): each word Tesseract read
with a confidence under ``secondread.DOUBTFUL``, as it stands after its second look and the
word list. Nothing is gathered unless a caller asks (``gathering``)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from ntm_docgen.importer.noting import Noted
from ntm_docgen.importer.secondread import DOUBTFUL
from ntm_docgen.vietnamese.text import nfc

_GATHERED: Noted[str] = Noted("ocr_unsure")


def gathering() -> AbstractContextManager[list[str]]:
    """The words OCR was unsure of inside this block (in this thread), in reading order."""
    return _GATHERED.kept()


def gather(data: dict[str, Any]) -> None:
    """Note the words of one run of Tesseract (``image_to_data``'s dict) read with a
    confidence under DOUBTFUL: those with a letter or a digit, each once.

    >>> with gathering() as words:
    ...     gather({"text": ["Hoàng", "Văn", "Thái", "–", "Thái"],
    ...             "conf": [96.0, 71.5, 42.0, 30.0, 55.0]})
    >>> words
    ['Văn', 'Thái']
    """
    words = _GATHERED.now()
    if words is None:
        return
    for text, conf in zip(data["text"], data["conf"], strict=True):
        word = nfc(text or "").strip()
        if 0 <= float(conf) < DOUBTFUL and any(c.isalnum() for c in word) \
                and word not in words:
            words.append(word)


def note(word: str) -> None:
    """Note a word a mend made of OCR's parts (``số 11`` ``32/2021`` joined as one number,
    which only the paper can confirm) with the words OCR was unsure of, once."""
    _GATHERED.note_once(word)
