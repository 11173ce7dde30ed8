"""A scan's signer's title whose first words the seal hid, set from the thẩm quyền line the
letter prints above its căn cứ.

A decision its head issues names him there (Nghị định 30, Phụ lục III: ``THỦ TƯỚNG CHÍNH
PHỦ``, ``CHỦ TỊCH HỘI ĐỒNG TRƯỜNG TRƯỜNG ĐẠI HỌC TÂY ĐÔ``), and signing it himself, with no
``KT.``, ``TM.`` or ``TL.`` line, he signs under his title, that line's first words (``THỦ
TƯỚNG``, ``CHỦ TỊCH HỘI ĐỒNG TRƯỜNG``). Where OCR read the title line as signs of no word and
then the last words of such a title (``-'HĐ-TƯỚNG``, ``Ï HỘI ĐỒNG TRƯỜNGJ``), the title is
written whole. It stays as read where no more signs stand before those words than the title
has words lost (a deputy's ``PHÓ THỦ TƯỚNG`` has one more), where any of them is a syllable,
where the words would make a title no head of data/chuc_danh.yaml opens, or where the column
reads an authority's line.
"""

from __future__ import annotations

import re
from typing import Any

from ntm_docgen.i18n import _
from ntm_docgen.importer.ocrmarks import EDGE
from ntm_docgen.importer.signtitles import _heads
from ntm_docgen.vietnamese.lexicon import known

#: Signs OCR reads between a title's words where the seal crossed it (``-'HĐ-TƯỚNG``).
_BETWEEN = re.compile(r"[-'’‘`\"]+")


def _tokens(read: str) -> list[str]:
    """The words of a title line as read, parted at the signs between them.

    >>> _tokens("-'HĐ-TƯỚNG"), _tokens("Ï HỘI ĐỒNG TRƯỜNGJ")
    (['HĐ', 'TƯỚNG'], ['Ï', 'HỘI', 'ĐỒNG', 'TRƯỜNGJ'])
    """
    return [t for t in (x.strip(EDGE) for x in _BETWEEN.sub(" ", read).split()) if t]


def _same(token: str, word: str) -> bool:
    """``token`` is ``word``, or ``word`` with one capital glued after it that makes no
    syllable (``TRƯỜNGJ``: the signature's stroke).

    >>> _same("TRƯỜNGJ", "TRƯỜNG"), _same("TRƯỜNG", "TRƯỜNG"), _same("TRƯỜNGX", "TRƯỜNGS")
    (True, True, False)
    """
    return token == word or len(token) == len(word) + 1 and token.startswith(word) \
        and token[-1].isupper() and known(token.lower()) is False


def title_of(tham_quyen: str, read: str) -> str | None:
    """The title ``read`` is, from the thẩm quyền line ``tham_quyen``: its first words up to
    those the read line ends with, where signs of no word stand for the words lost before
    them; None where ``read`` is no such line.

    >>> title_of("THỦ TƯỚNG CHÍNH PHỦ", "-'HĐ-TƯỚNG")
    'THỦ TƯỚNG'
    >>> title_of("CHỦ TỊCH HỘI ĐỒNG TRƯỜNG TRƯỜNG ĐẠI HỌC TÂY ĐÔ", "Ï HỘI ĐỒNG TRƯỜNGJ")
    'CHỦ TỊCH HỘI ĐỒNG TRƯỜNG'
    >>> title_of("THỦ TƯỚNG CHÍNH PHỦ", "Áo HN TƯỚNG")  # PHÓ THỦ TƯỚNG's words as many
    >>> title_of("THỦ TƯỚNG CHÍNH PHỦ", "THỦ TƯỚNG"), title_of("THỦ TƯỚNG CHÍNH PHỦ", "22H 0 LỖNG")
    (None, None)
    >>> title_of("THỦ TƯỚNG CHÍNH PHỦ", "Bộ TƯỚNG")  # a word before the title's words
    >>> title_of("ỦY BAN NHÂN DÂN TỈNH", "Ï NHÂN DÂN")  # no head's title opens it
    """
    words, tokens = tham_quyen.split(), _tokens(read)
    found = set()
    for end in range(1, len(words)):
        n = 0
        while n < len(tokens) - 1 and n <= end and (
                tokens[-1 - n] == words[end - n] or n == 0 and _same(tokens[-1], words[end])):
            n += 1
        lost, before = end + 1 - n, tokens[:len(tokens) - n]
        if n and len(words[end]) >= 3 and 1 <= len(before) <= lost \
                and not any(known(t.lower()) is not False for t in before):
            found.add(" ".join(words[:end + 1]))
    title = found.pop() if len(found) == 1 else None
    heads = [head for head, _keys in _heads() if title and f"{title} ".startswith(f"{head} ")]
    return title if heads else None


def from_authority(spec: dict[str, Any]) -> list[str]:
    """The signer's title of a scan's ``spec`` set from its thẩm quyền line where
    :func:`title_of` reads it so and no authority's line was read, with a warning naming what
    was read and what was written.

    >>> spec = {"tham_quyen": "THỦ TƯỚNG CHÍNH PHỦ", "ky": {"chuc_vu": "-'HĐ-TƯỚNG"}}
    >>> len(from_authority(spec)), spec["ky"]["chuc_vu"]
    (1, 'THỦ TƯỚNG')
    >>> spec["ky"] = {"quyen_han": ["KT. THỦ TƯỚNG"], "chuc_vu": "-'HĐ-TƯỚNG"}
    >>> from_authority(spec), spec["ky"]["chuc_vu"]
    ([], "-'HĐ-TƯỚNG")
    """
    ky, tham_quyen = spec.get("ky") or {}, spec.get("tham_quyen")
    read = ky.get("chuc_vu")
    if not (isinstance(tham_quyen, str) and isinstance(read, str)) or ky.get("quyen_han"):
        return []
    title = title_of(" ".join(tham_quyen.split()), read)
    if title is None:
        return []
    ky["chuc_vu"] = title
    return [_("ky.chuc_vu: the signer's title was read “{read}” on the scan, the seal over its "
              "first words; “{title}” was written, the title the letter's thẩm quyền line names "
              "(no KT., TM. or TL. line was read): check it against the paper"
              ).format(read=read, title=title)]
