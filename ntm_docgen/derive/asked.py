"""A letter implemented that asks its units for work item by item (a công văn), carried into a
Hướng dẫn or Kế hoạch: its request opening, its items and the level above's own deadline."""

from __future__ import annotations

import re

from ntm_docgen.derive.job import Derivation
from ntm_docgen.derive.rules import mau
from ntm_docgen.derive.source import Section
from ntm_docgen.i18n import ngettext, shortened

#: the issuer asking its units for the items below: "… đề nghị các sở …; UBND các xã triển
#: khai thực hiện một số nội dung sau:": its request, then what is asked, then "sau:" with no
#: colon between (each found once: a pattern with ".*" between them read the sentence again
#: at each request, quadratic on a sentence of its words repeated)
_ASK = re.compile(r"\b(?:đề nghị|yêu cầu)\b", re.IGNORECASE)
_WHAT = re.compile(r"\b(?:nội dung|việc|nhiệm vụ)\b", re.IGNORECASE)
_BELOW = re.compile(r"\bsau:$", re.IGNORECASE)
_NUMBERED = re.compile(r"^(\d{1,2})\.\s+")


def asks(sentence: str) -> bool:
    """A request to the units written to, which opens a công văn's items.

    >>> asks("UBND tỉnh đề nghị các sở, ban, ngành triển khai thực hiện một số nội dung sau:")
    True
    >>> asks("Sở Nội vụ hướng dẫn tổng kết phong trào thi đua như sau:")
    False
    """
    below = _BELOW.search(sentence)
    ask = _ASK.search(sentence)
    if below is None or ask is None:
        return False
    before = sentence[:below.start()]
    return _WHAT.search(before, max(ask.end(), before.rfind(":") + 1)) is not None


def items_part(job: Derivation, opening: list[str]) -> Section:
    """The lines after a letter's opening, when it has no parts of its own (a công văn's
    items), as the NỘI DUNG part of the Hướng dẫn or Kế hoạch; the level above's own deadline,
    standing body and reports to its offices (mau.yaml's ``bo_dong``) are left out, quoted in
    a warning, for the local letter sets its own."""
    lines = opening[1:]
    del opening[1:]
    superseded = [re.compile(x) for x in mau()["bo_dong"]]
    kept: list[str] = []
    left: list[str] = []
    for line in lines:
        bare = _NUMBERED.sub("", line, count=1)
        (left if any(rx.search(bare) for rx in superseded) else kept).append(line)
    if left:
        job.warnings.append(ngettext(
            "this line of the level above's own deadline or standing body was left out, the "
            "local letter sets its own: {lines}",
            "these lines of the level above's own deadline or standing body were left out, the "
            "local letter sets its own: {lines}", len(left)).format(
            lines="; ".join(f"“{shortened(x, 160)}”" for x in left)))
    return Section(f"I. {mau()['tieu_de']['noi_dung']}", renumbered(kept))


def renumbered(lines: list[str]) -> list[str]:
    """Numbered items ``1.``, ``2.`` … numbered again in order, after some were left out.

    >>> renumbered(["1. a", "- x", "3. c", "4. d"])
    ['1. a', '- x', '2. c', '3. d']
    """
    out, number = [], 0
    for line in lines:
        if _NUMBERED.match(line):
            number += 1
            line = _NUMBERED.sub(f"{number}. ", line, count=1)
        out.append(line)
    return out


#: An issuer (a committee, a department, a board, a council, an office) that sets out its own
#: letter: "… UBND thành phố X ban hành Kế hoạch … như sau:", "Sở Y hướng dẫn … như sau:".
#: Its body, then what it does, with no ";" or ":" between; then "như sau:" at the sentence's
#: end with no ";" between (read in one pass: a pattern with a lazy run between them read the
#: sentence again at each body named, quadratic on a sentence of its words repeated).
_PARTS = re.compile(r"(?P<does>\b(?:(?:ban hành|xây dựng) (?:kế hoạch|hướng dẫn)|hướng dẫn|"
                    r"triển khai)\b)"
                    r"|(?P<body>\b(?:ủy ban|uỷ ban|ubnd|sở|ban|hội đồng|văn phòng|bộ)\b)"
                    r"|(?P<stop>[;:])", re.IGNORECASE)
_AS_BELOW = re.compile(r"\bnhư sau:$", re.IGNORECASE)


def issues_itself(sentence: str) -> bool:
    """A sentence in which an issuer sets out its own letter (``… ban hành Kế hoạch … như
    sau:``), the opening of a Kế hoạch or Hướng dẫn.

    >>> issues_itself("Theo đề nghị của Trưởng phòng Y tế; UBND thành phố X ban hành Kế "
    ...                "hoạch thực hiện … như sau:")
    True
    >>> issues_itself("Phong trào thi đua được triển khai rộng khắp.")
    False
    >>> issues_itself("UBND THÀNH PHỐ X BAN HÀNH KẾ HOẠCH … NHƯ SAU:")
    True
    >>> issues_itself("Kết quả triển khai thực hiện năm 2024 như sau:")
    False
    """
    below = _AS_BELOW.search(sentence)
    if below is None:
        return False
    before = sentence[:below.start()]
    last_stop = before.rfind(";")  # what it does stands after the last ";"
    body = False  # a body named since the last ";" or ":"
    for part in _PARTS.finditer(before):
        if part.group("stop"):
            body = False
        elif part.group("does"):
            if body and part.start() > last_stop:
                return True
            body = part.group(0).lower().startswith("ban")  # "ban hành": "ban" is a body too
        else:
            body = True
    return False
