"""What a web page prints under the letter it shows, set apart from the body with a warning:
the label of a list the page gives nothing under, the names of those who posted it, the name of
the file it links."""

from __future__ import annotations

import re

from ntm_docgen.i18n import _
from ntm_docgen.importer.cleaning import key

#: A page's bare label, the last line of its text: a few words and a colon (``Tài liệu đính
#: kèm:``, ``Các tin khác:``), no number.
_LABEL = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*:$")
#: Between two names of a byline: a dash, a comma, an ampersand or "và" (the spaces around it
#: stay with the names: a pattern opening with ``\s*`` would rescan a long run of spaces).
_BETWEEN = re.compile(r"[-–—,&]|\bva\b")
#: The name of a file a portal links under the letter it shows (the signed letter: ``THONG-BAO
#: -TREO-CO-TO-QUOC-30-4-669(28.04.2025_10h14p37)_signed638814338274518958.pdf``): one word, no
#: space, ending in a document's extension.
_FILE = re.compile(r"^\S+\.(pdf|docx?|xlsx?|odt|zip|rar)$", re.IGNORECASE)


def page_after_end(lines: list[str], warnings: list[str]) -> list[str]:
    """The body's lines without what the web page put under the letter, with a warning naming
    it: a last line that is a bare label (``Tài liệu đính kèm:``) under a paragraph that ends
    with a full stop, a list that promises nothing; or, under the closing ``./.``, a line of two
    or more names joined by dashes or commas (``Bích Trâm – Kiều Tiên``), the page's byline.
    One name alone stays: it may be the signer's, its title lost. A last line that is a file's
    name (``...signed638814338274518958.pdf``) is the file the page links, not the letter's.

    >>> warnings = []
    >>> page_after_end(["4. Giao Phòng Văn hóa - Xã hội kiểm tra.", "Tài liệu đính kèm:"],
    ...                warnings)
    ['4. Giao Phòng Văn hóa - Xã hội kiểm tra.']
    >>> page_after_end(["Thông báo này./.", "Bích Trâm – Kiều Tiên"], warnings)
    ['Thông báo này./.']
    >>> page_after_end(["Thông báo này./.", "Nguyễn Văn An"], [])
    ['Thông báo này./.', 'Nguyễn Văn An']
    >>> page_after_end(["cụ thể như sau:", "Thời gian:"], [])
    ['cụ thể như sau:', 'Thời gian:']
    >>> page_after_end(["2/ Thời gian treo cờ: đến hết ngày 01/5/2025.", "TB-669_signed.pdf"],
    ...                warnings)
    ['2/ Thời gian treo cờ: đến hết ngày 01/5/2025.']
    """
    filled = [n for n, x in enumerate(lines) if x.strip()]
    if len(filled) < 2:
        return lines
    last, above = lines[filled[-1]].strip(), lines[filled[-2]].strip()
    if _LABEL.match(last) and above.endswith("."):
        warnings.append(_("the line under the letter's last paragraph is the web page's label "
                          "of a list it gives nothing under, not the letter's; it was left out: "
                          "{line}").format(line=f"“{last}”"))
        return lines[:filled[-1]]
    if _FILE.match(last):
        warnings.append(_("the line under the letter's last paragraph is the name of a file the "
                          "web page links, not the letter's; it was left out: {line}")
                        .format(line=f"“{last}”"))
        return lines[:filled[-1]]
    if above.endswith("./.") and _byline(last):
        warnings.append(_("the names under the closing ./. are the web page's byline (who "
                          "posted the letter), not the letter's; they were left out: {line}")
                        .format(line=f"“{last}”"))
        return lines[:filled[-1]]
    return lines


def _byline(line: str) -> bool:
    """Two or more names of two to four words each, every word capitalised, joined by dashes,
    commas or "và".

    >>> _byline("Bích Trâm – Kiều Tiên"), _byline("Lê Hòa, Trần Vũ và Ngọc Anh")
    (True, True)
    >>> _byline("Nguyễn Văn An"), _byline("Ủy ban nhân dân xã – Phòng Văn hóa")
    (False, False)
    """
    keyed = key(line)
    names = _BETWEEN.split(keyed)
    if len(names) < 2:
        return False
    at = 0
    for name in names:
        start = keyed.index(name, at)
        words = line[start:start + len(name)].split()
        at = start + len(name)
        if not 2 <= len(words) <= 4 or not all(w[0].isupper() and w.isalpha() for w in words):
            return False
    return True
