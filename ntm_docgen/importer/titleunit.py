"""A signer's title naming the unit he heads (``VỤ TRƯỞNG VỤ GIÁO DỤC PHỔ THÔNG``, under
``TL. BỘ TRƯỞNG``) as a scan's reading misread it: the head's title of that kind of unit where
its second word was read as signs of no word (``VỤ CRƯ`N^``), and the unit's name as the
letter's own text writes it where one word of it was misread (``VỤ CÁO DỤC PHỔ THÔNG``)."""

from __future__ import annotations

import re

from ntm_docgen.importer.familyname import distance
from ntm_docgen.importer.ocrmarks import EDGE, word_key
from ntm_docgen.importer.ocrsigner import _titles
from ntm_docgen.vietnamese.lexicon import known
from ntm_docgen.vietnamese.text import nfc


def unit_title(title: str, text: str) -> str | None:
    """``title`` (in capitals) with the head's title and the unit's name mended, or None when
    nothing was mended. The title is ``<kind> <word> <kind> <name ...>``: a head's title of
    data/chuc_danh.yaml of two words opening with the kind of unit (``VỤ TRƯỞNG``, ``CỤC
    TRƯỞNG``), the unit after it.

    >>> text = "đề nghị gửi về Bộ (qua Vụ Giáo dục Phổ thông) trước ngày 25/4/2026"
    >>> unit_title("VỤ CRƯ`N^ VỤ CÁO DỤC PHỔ THÔNG", text)
    'VỤ TRƯỞNG VỤ GIÁO DỤC PHỔ THÔNG'
    >>> unit_title("VỤ TRƯỞNG VỤ GIÁO DỤC PHỔ THÔNG", text) is None
    True

    A word of the name read as another syllable, with no mention in the letter to set it by,
    stays as read; a second word that is a syllable is no misreading of the title's.

    >>> unit_title("VỤ TRƯỞNG VỤ CÁO DỤC PHỔ THÔNG", "") is None
    True
    >>> unit_title("VỤ PHÓ VỤ GIÁO DỤC PHỔ THÔNG", text) is None
    True
    """
    words = nfc(title).split()
    if len(words) < 4 or words[2] != words[0]:
        return None
    head = _head(words[0], words[1])
    name = _named(words[2:], nfc(text))
    if head is None and name is None:
        return None
    return " ".join([*(head.split() if head else words[:2]), *(name or words[2:])])


def _head(kind: str, read: str) -> str | None:
    """The one head's title of two words opening with ``kind`` when ``read``, its second word,
    is signs of no syllable; None otherwise.

    >>> _head("VỤ", "CRƯ`N^"), _head("VỤ", "TRƯỞNG"), _head("SỞ", "X^")
    ('VỤ TRƯỞNG', None, None)
    """
    if known(read.strip(EDGE).lower()) is not False:
        return None
    found = {t for t in _titles() if len(t.split()) == 2 and t.split()[0] == kind}
    return found.pop() if len(found) == 1 else None


def _named(read: list[str], text: str) -> list[str] | None:
    """The unit's words (its kind first) as the one mention of that kind in ``text`` with as
    many words writes them, in capitals, when they differ from ``read`` in one word only,
    that word by at most two letters, the last word the same; None otherwise.

    >>> _named(["VỤ", "CÁO", "DỤC"], "Vụ Giáo dục, Vụ Giáo dục")
    ['VỤ', 'GIÁO', 'DỤC']
    >>> _named(["VỤ", "CÁO", "DỤC"], "Vụ Giáo dục và Vụ Bảo dục")  # two that fit: as read
    """
    size = len(read) - 1
    pattern = re.compile(rf"\b{re.escape(read[0])}((?:\s+[^\W\d_]+){{{size}}})\b",
                         re.IGNORECASE)
    fits = set()
    for match in pattern.finditer(text):
        said = match.group(1).upper().split()
        keys = [(word_key(a), word_key(b)) for a, b in zip(said, read[1:], strict=True)]
        wrong = [(a, b) for a, b in keys if a != b]
        if said != read[1:] and len(wrong) == 1 and keys[-1][0] == keys[-1][1] \
                and distance(*wrong[0]) <= 2:
            fits.add(tuple(said))
    return [read[0], *fits.pop()] if len(fits) == 1 else None
