"""Read the title of a notice copied from a web page without its header: type and trích yếu."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ntm_docgen.i18n import _
from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.importer.parent import code_loai, split_ky_hieu
from ntm_docgen.vietnamese.loai import Loai, find_loai
from ntm_docgen.vietnamese.text import is_upper_vi

_LABEL = re.compile(r"\((?:so\s*:?\s*)?(?P<so>\d+)/(?P<kh>[^\s()/]+(?:/[^\s()/]+)?)\s*,?\s*"
                    r"ngay\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\)\s*$")
#: The day a portal posted what it shows, on the key of a line of its own: the weekday and the
#: date (``Thứ Hai, 28/04/2025``, ``Chủ Nhật, 03/08/2025``).
_POSTED = re.compile(r"^(thu (hai|ba|tu|nam|sau|bay)|chu nhat)\s*,?\s*\d{1,2}/\d{1,2}/\d{4}$")


def read_page_title(lines: list[str], i: int, head: Any) -> int | None:
    """A notice posted on a web page with no header: its first line is the title, which names
    the type (``Giấy mời dự Lễ ...``, ``Thông báo treo cờ ...``, in capitals too: ``KẾ HOẠCH CẢI
    CÁCH HÀNH CHÍNH NĂM 2025``) or stands over the căn cứ (``Lịch tiếp công dân ...``); it gives
    the trích yếu. A repeat of it under it is skipped. Returns where the body begins, or None
    when the first line is no such title.
    """
    line = lines[i]
    if len(line) > 250 or line.endswith((":", ";")):
        return None
    loai = type_prefix(line)
    if is_upper_vi(line) and loai is None:
        return None  # a line in capitals that names no type: an issuer's, a heading's
    after = next((j for j in range(i + 1, len(lines)) if lines[j]), len(lines))
    if loai is not None:
        title = line[loai[1]:].strip(" :-")
    elif after < len(lines) and rules()["mo_dau"]["can_cu"].match(key(lines[after])) \
            and not line.endswith("."):
        title = line
    else:
        return None
    if not title:
        return None
    if loai is not None:
        head.loai, head.loai_from = loai[0], "page title"
        head.found.add("loai")
    head.trich_yeu = title
    head.found.add("trich_yeu")
    same = key(line).rstrip(" .")
    while after < len(lines) and (not lines[after] or key(lines[after]).rstrip(" .") == same):
        after += 1
    return after


def past_posted(lines: list[str], title: int, body: int, warnings: list[str]) -> int:
    """Where the body of a letter shown on a web page without its header begins, past the day
    the portal posted it, the line under the page's title (line ``title``): ``Thứ Hai,
    28/04/2025`` is when the page went up, not the letter's date line; it is set apart with a
    warning, and a repeat of the title under it is skipped as one right under the title is.

    >>> lines = ["THÔNG BÁO VỀ VIỆC TREO CỜ", "Thứ Hai, 28/04/2025", "THÔNG BÁO VỀ VIỆC TREO CỜ",
    ...          "Thực hiện Kế hoạch số 469/KH-UBND, UBND xã thông báo như sau:"]
    >>> warnings = []
    >>> past_posted(lines, 0, 1, warnings), len(warnings)
    (3, 1)
    >>> past_posted(["Thông báo treo cờ", "Thứ Hai: họp giao ban"], 0, 1, [])
    1
    """
    at = next((j for j in range(body, len(lines)) if lines[j]), len(lines))
    if at >= len(lines) or not _POSTED.match(key(lines[at].strip())):
        return body
    warnings.append(_("ngay: the line “{line}” under the web page's title is the day the page "
                      "was posted, not the letter's date; it was left out").format(line=lines[at]))
    same = key(lines[title]).rstrip(" .")
    at += 1
    while at < len(lines) and (not lines[at] or key(lines[at]).rstrip(" .") == same):
        at += 1
    return at


def type_prefix(line: str) -> tuple[Loai, int] | None:
    """The type a line begins with, in any case, and where the rest of the line starts.

    >>> type_prefix("Giấy mời dự Lễ phát động")[0].ma, type_prefix("Thông báo: x")[1]
    ('GM', 9)
    >>> type_prefix("Giấy") is None, type_prefix("Thông tin về") is None
    (True, True)
    """
    words = line.split()
    for n in (4, 3, 2):
        if len(words) > n:
            loai = find_loai(" ".join(words[:n]).rstrip(":"))
            if loai is not None and not loai.is_cong_van:
                return loai, len(" ".join(words[:n]).rstrip(":"))
    return None


def read_page_label(lines: list[str], loai: Loai | None, head: Any) -> None:
    """A web page that shows a letter without its header may label its title with the number
    and date: ``Giấy mời thẩm định ... (144/GM-BCĐ ngày 16/11/2016)``. Taken when the ký hiệu
    names the type the letter shows (``loai``), or any type when it shows none.

    >>> from types import SimpleNamespace as NS
    >>> head = NS(so=None, ky_hieu=None, ngay=None, nam=None, found=set())
    >>> read_page_label(["Giấy mời họp (144/GM-BCĐ ngày 16/11/2016)"], find_loai("GM"), head)
    >>> head.so, head.ky_hieu, head.ngay
    (144, 'GM-BCĐ', datetime.date(2016, 11, 16))
    >>> head.so = None
    >>> read_page_label(["Tin: (5/QĐ-UBND ngày 02/01/2026)"], find_loai("GM"), head)
    >>> head.so is None
    True
    """
    for line in lines:
        match = _LABEL.search(key(line))
        if match is None:
            continue
        ky_hieu = line[match.start("kh"):match.end("kh")]
        code = split_ky_hieu(ky_hieu)[0]
        if loai is not None and (code is None or code_loai(code) != loai):
            continue
        try:
            ngay = date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            continue
        head.so, head.ky_hieu, head.ngay, head.nam = int(match["so"]), ky_hieu, ngay, ngay.year
        head.found.update({"so", "ngay"})
        return
