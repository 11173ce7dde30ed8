"""A scan's signer's title or name read as signs of no word under the seal (``PP V027``, ``NI
2E,``): written as the placeholder and told with what was read, never signed so."""

from __future__ import annotations

from typing import Any

from ntm_docgen.i18n import _
from ntm_docgen.importer.familyname import family_names
from ntm_docgen.importer.fields import PLACEHOLDER
from ntm_docgen.importer.ocrmarks import EDGE
from ntm_docgen.importer.signtitles import head_of
from ntm_docgen.vietnamese.lexicon import known


def _words(text: str) -> list[str]:
    """The words of ``text`` without the signs about them, of two signs or more."""
    return [w for w in (x.strip(EDGE + ",.;:") for x in text.split()) if len(w) >= 2]


def no_title(text: str) -> bool:
    """A title read as signs: fewer than half its words syllables of the language, and no head's
    title of data/chuc_danh.yaml at its end (``GKIoR RỦ TƯỚNG`` is THỦ TƯỚNG's).

    >>> no_title("PP V027"), no_title("22H 0 LỖNG"), no_title("-'HĐ-TƯỚNG")
    (True, True, True)
    >>> no_title("Ï HỘI ĐỒNG TRƯỜNGJ"), no_title("GKIoR RỦ TƯỚNG"), no_title("HIỆU TRƯỞNG")
    (False, False, False)
    >>> no_title("TCT"), no_title("...")
    (False, False)
    """
    words = _words(text)
    if not words or head_of(text) is not None or text.strip() == PLACEHOLDER:
        return False
    return 2 * sum(known(w.lower()) is True for w in words) < len(words) \
        and not (len(words) == 1 and words[0].isalpha() and words[0].isupper() and len(text) <= 5)


def no_name(text: str) -> bool:
    """A name read as signs: a word of it holds a digit, or fewer than half its words are
    syllables of the language and the first no family name of data/ocr_sua.yaml ``ho``.

    >>> no_name("NI 2E,"), no_name("CÀ. 2A"), no_name("ẨÍã Thị Lê Vân"), no_name("Thanh Trà")
    (True, True, False, False)
    >>> no_name("Ksor H'Bloanh"), no_name("...")
    (False, False)
    """
    words = _words(text)
    if not words or text.strip() == PLACEHOLDER:
        return False
    if any(any(c.isdigit() for c in w) for w in words):
        return True
    if words[0] in {name for name, _ in family_names()}:
        return False  # a name of the Central Highlands' peoples: Ksor, Siu, Niê ...
    return 2 * sum(known(w.lower()) is not False for w in words) < len(words)


def unread_signer(spec: dict[str, Any]) -> list[str]:
    """The signer's title and name of a scan's ``spec`` that are signs of no word, each written
    as the placeholder, with a warning naming the field and what was read.

    >>> spec = {"ky": {"chuc_vu": "PP V027", "ho_ten": "Phạm Minh Chính"}}
    >>> len(unread_signer(spec)), spec["ky"]
    (1, {'chuc_vu': '...', 'ho_ten': 'Phạm Minh Chính'})
    """
    ky = spec.get("ky") or {}
    out = []
    for field, unread, what in (("chuc_vu", no_title, _("the signer's title")),
                                ("ho_ten", no_name, _("the signer's name"))):
        read = ky.get(field)
        if isinstance(read, str) and unread(read):
            ky[field] = PLACEHOLDER
            out.append(_("ky.{field}: {what} was read “{read}” on the scan, signs of no word (the "
                         "seal or the signature over it?); '{placeholder}' was written: fill it "
                         "in from the paper").format(field=field, what=what, read=read,
                                                     placeholder=PLACEHOLDER))
    return out
