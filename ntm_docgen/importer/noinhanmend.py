"""A Nơi nhận item mended from what the letter itself gives: ``- Như Điều bh;`` (a scan's
article number read as letters) names the article of the letter that says who carries it
out, and a speck OCR read beside an item (a lone word written small on the label's line, a
closing bracket with no opening one inside an item) is no part of it."""

from __future__ import annotations

import re

from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.text import nfc

#: ``Như Điều`` followed by what is no article's number: letters OCR read for its digits.
_NHU_DIEU = re.compile(r"^(Như\s+Điều)\s+([^\W\d_]{1,3})$")
#: An article of the body (``Điều 5. Chánh Văn phòng ...``).
_ARTICLE = re.compile(r"^Điều\s+(\d{1,2})\s*[.:]")
#: The words of the article that names who carries the letter out (the decree's last article
#: of a Quyết định: ``... chịu trách nhiệm thi hành Quyết định này``).
_CARRY_OUT = re.compile(r"chịu trách nhiệm\s+(?:tổ chức\s+)?thi hành|thi hành quyết định này",
                        re.IGNORECASE)
#: A closing bracket glued to a word with words after it (``Thường trực HĐND) tỉnh``).
_LONE_CLOSE = re.compile(r"(?<=\w)\)(?=\s+\w)")


def carrying_out(paragraphs: list[str]) -> str | None:
    """The number of the one article that says who carries the letter out, or None when no
    article or several say it.

    >>> carrying_out(["Điều 1. Phê duyệt ...", "Điều 2. Quyết định này có hiệu lực thi hành "
    ...               "kể từ ngày ký.", "Điều 3. Giám đốc Sở Nội vụ chịu trách nhiệm thi hành "
    ...               "Quyết định này./."])
    '3'
    >>> carrying_out(["Điều 1. Phê duyệt ...", "Điều 2. Công ty A chịu trách nhiệm thực hiện."])
    """
    found = {m.group(1) for p in paragraphs
             if (m := _ARTICLE.match(nfc(p.strip()))) and _CARRY_OUT.search(nfc(p))}
    return found.pop() if len(found) == 1 else None


def mend_items(items: list[str], paragraphs: list[str], warnings: list[str]) -> list[str]:
    """The Nơi nhận items with ``Như Điều`` + letters written with the number of the article
    that says who carries the letter out, a word written small alone as the list's first item
    left out (``Nơi nhận: - sở``: no recipient is one word written small) and a closing
    bracket no opening one stands before taken out of an item; each told.

    >>> told = []
    >>> mend_items(["sở", "Như trên", "Thường trực HĐND) tỉnh", "Như Điều bh"],
    ...            ["Điều 5. Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này."],
    ...            told)
    ['Như trên', 'Thường trực HĐND tỉnh', 'Như Điều 5']
    >>> len(told)
    3
    >>> mend_items(["Như Điều 3", "Sở Y tế (để b/c)", "VPUB: CVP (KT)"], [], told)
    ['Như Điều 3', 'Sở Y tế (để b/c)', 'VPUB: CVP (KT)']
    """
    out: list[str] = []
    for n, item in enumerate(items):
        text = nfc(item)
        if n == 0 and len(items) > 1 and re.fullmatch(r"[^\W\d_]+", text) and text.islower():
            warnings.append(_("noi_nhan: “{item}”, one word written small standing as the "
                              "list's first recipient, was left out as a speck of the scan: "
                              "check the list against the paper").format(item=item))
            continue
        article = _NHU_DIEU.match(text)
        number = carrying_out(paragraphs) if article else None
        if article and number:
            mended = f"{article.group(1)} {number}"
            warnings.append(_("noi_nhan: the recipient “{item}” names no article; it was "
                              "written “{mended}”, the article that says who carries the "
                              "letter out: check it against the paper").format(
                item=item, mended=mended))
            text = mended
        unclosed = _unopened(text)
        if unclosed is not None:
            warnings.append(_("noi_nhan: the recipient “{item}” holds a closing bracket with "
                              "no opening one; it was written “{mended}”: check it against "
                              "the paper").format(item=item, mended=unclosed))
            text = unclosed
        out.append(text)
    return out


def _unopened(item: str) -> str | None:
    """``item`` without a closing bracket glued to a word, with words after it, that no opening
    bracket stands before; None when it holds none.

    >>> _unopened("Thường trực HĐND) tỉnh"), _unopened("VPUB: PCVP (VX), KTTH")
    ('Thường trực HĐND tỉnh', None)
    >>> _unopened("Sở Y tế để b/c)")
    """
    for match in _LONE_CLOSE.finditer(item):
        before = item[:match.start()]
        if before.count("(") <= before.count(")"):
            return item[:match.start()] + item[match.end():]
    return None
