"""Where a letter's header begins and ends: its first line, the motto lines near the number, a
number the issuer's name cites, and the place and date line under a stamp or garbled."""

from __future__ import annotations

from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.importer.numberdate import KY_HIEU_APART, VV, read_ngay, read_so
from ntm_docgen.importer.titlemarks import capitals
from ntm_docgen.vietnamese.loai import find_loai
from ntm_docgen.vietnamese.text import is_upper_vi


def near_the_number(lines: list[str], motto_at: list[int], so_at: int | None) -> list[int]:
    """The motto lines of the header: over the Số line or at most three lines under it (a
    motto further down opens an attachment), and the line that goes on with a motto line kept
    (the Tiêu ngữ under the Quốc hiệu, when a Word cell put the Số line and a two-line V/v
    before the motto's cell).

    >>> near_the_number(["UBND TỈNH A", "Số: /UBND", "V/v triển khai", "thủ tục",
    ...                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    ...                  [4, 5], 1)
    [4, 5]
    """
    kept: list[int] = []
    if so_at is None and motto_at:
        so_at = motto_at[0]  # no Số line read: the first motto is the header's
    for i in motto_at:
        above = next((j for j in range(i - 1, -1, -1) if lines[j]), None)
        if so_at is None or i <= so_at or sum(1 for x in lines[so_at:i] if x) <= 3 \
                or (kept and above == kept[-1]):
            kept.append(i)
    return kept


def cites_a_number(lines: list[str], i: int) -> bool:
    """``lines[i]`` reads as a Số line but is the end of the issuer's name in capitals, with no
    colon (``ĐOÀN KIỂM TRA`` / ``THEO QUYẾT ĐỊNH`` / ``SỐ 1050/QĐ-SCT``): the letter's own Số
    line comes within the next lines.

    >>> cites_a_number(["THEO QUYẾT ĐỊNH", "SỐ 1050/QĐ-SCT", "CỘNG HÒA", "Số: 1105/KH-ĐKT"], 1)
    True
    >>> cites_a_number(["SỞ CÔNG THƯƠNG", "SỐ 1050/QĐ-SCT", "CỘNG HÒA"], 1)
    False
    """
    line = lines[i]
    return is_upper_vi(line) and ":" not in line and i > 0 and capitals(lines[i - 1]) \
        and any(read_so(x) for x in lines[i + 1:i + 6])


def header_start(lines: list[str], anchor: int) -> int:
    """The header's first line: the capitals over the motto or the number (the issuer), and
    over a ``V/v`` block right above the motto when the Số line between them could not be
    read (a number written by hand over it, a stamp).

    >>> header_start(["BỘ CÔNG THƯƠNG", "V/v triển khai thực hiện", "thủ tục cấp",
    ...                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], 3)
    0
    >>> header_start(["Kết quả như sau:", "thủ tục cấp", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"], 2)
    2
    """
    start = anchor
    while start > 0 and (not lines[start - 1] or capitals(lines[start - 1])):
        start -= 1
    vv = next((j for j in range(start - 1, max(start - 6, -1), -1)
               if VV.match(key(lines[j])) and not is_upper_vi(lines[j])), None)
    if vv is not None and vv > 0 and capitals(lines[vv - 1]) \
            and not any(read_ngay(x) or read_so(x) for x in lines[vv:start]):
        start = vv
        while start > 0 and (not lines[start - 1] or capitals(lines[start - 1])):
            start -= 1
    return start


def date_under(lines: list[str], i: int) -> int | None:
    """The line at most four lines under ``lines[i]`` that holds the ký hiệu read apart from its
    Số line and the date (``/TTg-CĐS Hà Nội, ngày 30 ...``), when the lines between are short
    (a stamp read as words): the header goes on to it.

    >>> date_under(["Cá ĐỀN N4", "/TTg-CĐS Hà Nội, ngày 30 tháng 4 năm 2026"], 0)
    1
    >>> date_under(["Triển khai Kết luận số 18", "/TTg-CĐS Hà Nội, ngày 30 tháng 4"], 0) is None
    True
    """
    for j in range(i, min(i + 4, len(lines))):
        if KY_HIEU_APART.match(lines[j]):
            return j if j > i else None
        if len(lines[j]) > 24:
            return None
    return None


def mark_over_date(lines: list[str], i: int) -> int | None:
    """The place and date line right under ``lines[i]``, a mark of three letters at most
    between it and the Số line (``HN,``: initials written by hand on a scan): the header
    goes on to it.

    >>> mark_over_date(["HN,", "Hà Nội, ngày 15 tháng 9 năm 2024"], 0)
    1
    >>> mark_over_date(["QUYẾT ĐỊNH", "Hà Nội, ngày 15 tháng 9 năm 2024"], 0) is None
    True
    """
    after = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j]), None)
    if after is None or sum(c.isalpha() for c in lines[i]) > 3 \
            or any(c.isdigit() for c in lines[i]) or not read_ngay(lines[after]):
        return None
    return after


def date_below_stamp(lines: list[str], i: int) -> int | None:
    """The place and date line at most three lines under ``lines[i]`` (under the Số line),
    the lines between short, naming no type, no V/v, opening no Kính gửi, căn cứ or part of the
    body and ending in no ``;`` or ``:`` (a receiving office's stamp read as words: ``ren`` /
    ``CÔNG THÔNG TTN ĐIỆN TU CHÍNH PHÙ``): the header goes on to it.

    >>> date_below_stamp(["ren", "CÔNG THÔNG TTN ĐIỆN TU CHÍNH PHÙ đố TƯỚNg",
    ...                   "Hà Nội, ngày tháng 10 năm 2024", "QUYẾT ĐỊNH"], 0)
    2
    >>> date_below_stamp(["QUYẾT ĐỊNH", "Hà Nội, ngày 11 tháng 10 năm 2024"], 0) is None
    True
    >>> date_below_stamp(["Kính gửi: Sở A", "Hà Nội, ngày 11 tháng 10 năm 2024"], 0) is None
    True
    >>> date_below_stamp(["Căn cứ Quy chế làm việc;", "Hà Nội, ngày 11 tháng 10 năm 2024"], 0)
    >>> date_below_stamp(["Điều 1. Lịch họp", "Hà Nội, ngày 11 tháng 10 năm 2024"], 0)
    """
    for j in range(i, min(i + 3, len(lines))):
        found = read_ngay(lines[j]) if lines[j] else None
        if found and found[0]:
            return j if j > i else None
        line = key(lines[j])
        if len(lines[j]) > 60 or find_loai(lines[j]) is not None or VV.match(line) \
                or any(p.match(line) for p in rules()["mo_dau"].values()) \
                or lines[j].rstrip().endswith((";", ":")):
            return None
    return None


def date_unread(lines: list[str], i: int) -> bool:
    """``lines[i]``, under the header's motto or V/v and right over the Kính gửi, is the place
    and date line OCR garbled (a short line with a number in it, not in capitals): the body
    begins at the Kính gửi all the same.

    >>> date_unread(["Độc lập - Tự do - Hạnh phúc", "Hà N2: nơàv I0 thá nơ 4 măm 2021",
    ...               "Kính gửi: Các Sở"], 1)
    True
    >>> date_unread(["Độc lập - Tự do - Hạnh phúc", "Năm 2026 Sở đề nghị như sau:",
    ...               "Điều 1. Nội dung"], 1)
    False
    """
    line = lines[i]
    after = next((x for x in lines[i + 1:i + 3] if x), "")
    return len(line) <= 60 and any(c.isdigit() for c in line) and not capitals(line) \
        and bool(rules()["mo_dau"]["kinh_gui"].match(key(after)))
