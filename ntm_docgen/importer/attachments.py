"""Find what follows a letter: a đề cương or phụ lục, and a copy block (SAO Y BẢN CHÍNH)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from ntm_docgen.i18n import _
from ntm_docgen.importer.body import paragraphs
from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.importer.kemtheo import blanks_kept, kem_theo
from ntm_docgen.importer.linestarts import starts_paragraph
from ntm_docgen.importer.motto import opens_motto, split_motto
from ntm_docgen.importer.signzone import is_authority, looks_like_name

_LABEL = re.compile(r"^phu luc\s*([ivxlc]+|\d+)?\s*[.:]?$")
_HINH_THUC = {"sao y ban chinh": "SAO Y", "sao y": "SAO Y", "sao luc": "SAO LỤC",
              "trich sao": "TRÍCH SAO"}


#: The part of an annex its title opens with (``Phần I. DANH MỤC``, ``PHẦN II.``), written small
#: before a title in capitals: the annex's, as the title under it.
_PART = re.compile(r"^(?:Phần|PHẦN)\s+[IVXLC]+\s*[.:]\s*(?=\S)")


def _capitals(line: str) -> bool:
    """Four letters of five or more in capitals, the annex's part before them not counted.

    >>> _capitals("Phần I. DANH MỤC"), _capitals("Phần I. Kết quả"), _capitals("Hoàng Gia Long")
    (True, False, False)
    """
    letters = [c for c in _PART.sub("", line) if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def is_heading(line: str) -> bool:
    """The heading of an attachment: ``ĐỀ CƯƠNG BÁO CÁO``, ``PHỤ LỤC I`` (OCR: ``PE CUONG``).

    >>> is_heading("ĐỀ CƯƠNG BÁO CÁO"), is_heading("PE CUONG BAO CAO"), is_heading("I. ĐẶC ĐIỂM")
    (True, True, False)
    """
    if not line or len(line) > 120 or not _capitals(line):
        return False
    upper = key(line).upper()
    return any(SequenceMatcher(None, upper[:len(word)], word).ratio() >= 0.85
               for word in rules()["phu_luc"])


def hinh_thuc(line: str) -> str | None:
    """``SAO Y BẢN CHÍNH`` → ``SAO Y``; None for any other line."""
    return _HINH_THUC.get(" ".join(key(line).split()).strip(" .:"))


_LABEL_START = re.compile(r"^phu luc\s*([ivxlc]+|\d+)\b\s*[.:]?|^phu luc\s*[.:]?$")
#: A form's label on a line of its own over the form a letter sends (``Mẫu số 01``, ``Mẫu
#: 02a``), as forms attached print it in small letters at the page's top.
#: A form's blanks in its header (``UBND XÃ ………``, ``TÊN CƠ QUAN``): the form's own text.
_BLANKS = re.compile(r"[….]{3}|\bTÊN CƠ QUAN\b|\bTÊN ĐƠN VỊ\b", re.IGNORECASE)
_SO_LINE = re.compile(r"^so\s*:")
_DATE_LINE = re.compile(r"^[^,\d]{2,40},\s*ngay\b.{0,30}\bthang\b.{0,20}\bnam\s*\d{4}\s*$")
_FORM_LABEL = re.compile(r"^mau\s+(?:so\s*)?\d{1,3}[a-z]?\s*:?$")


def find_attachments(lines: list[str], start: int) -> list[int]:
    """Indexes (from ``start``) where an attachment begins: a ``Phụ lục ...`` label, a known
    heading (``ĐỀ CƯƠNG ...``) after a blank or a finished line, a title in capitals over a
    ``(Kèm theo ...)`` line, a title in capitals on a new page (``---``), or a page of its own
    header: the Quốc hiệu under the signer's name, the issuer read beside it (a scan's page
    where no page break was read). Each begins a phụ lục of its own; the lines of one title are
    not counted twice.
    """
    starts: list[int] = []
    title_end = -1
    for i in range(start, len(lines)):
        line, before = lines[i], lines[i - 1] if i else ""
        if not line or i <= title_end:
            continue
        if not before:  # a page break stands apart: "---" and a blank line, then the title
            before = "---" if next((x for x in reversed(lines[:i]) if x), "") == "---" else ""
        if is_authority(line):
            continue  # "KT. THỦ TƯỚNG" over a title in capitals: the signature, not the title
        header = _own_header(lines, i, start)
        if header is not None:
            starts.append(header)
            title_end = _header_end(lines, i)
            continue
        # the issuer over a page's own Quốc hiệu (``---`` / ``ỦY BAN NHÂN DÂN`` / ``TỈNH X`` /
        # ``CỘNG HÒA ...``): that page's header, read whole, not a title of its own
        ahead = [k for k in range(i + 1, min(i + 8, len(lines))) if lines[k]][:2]
        motto = next((k for k in ahead if _own_header(lines, k, start) in (i, k)), None)
        if motto is not None and (before == "---" or _own_header(lines, motto, start) == i):
            starts.append(i)
            title_end = _header_end(lines, motto)
            continue
        signed = is_authority(before)  # a signature with no name under it ends the letter
        opened = not before or before == "---" or before.endswith((".", ")", ":", ";")) or signed
        label = bool(_LABEL_START.match(key(line)) or _FORM_LABEL.match(key(line).strip())) \
            and len(line) <= 120
        if label and (opened or not _capitals(before)) \
                or is_heading(line) and opened \
                or _capitals(line) and len(line) <= 200 and (signed or not _capitals(before)) \
                and (before == "---" or _kem_theo_under(lines, i)):
            starts.append(i)
            title_end = _title_end(lines, i)
    return starts


def _own_header(lines: list[str], i: int, start: int) -> int | None:
    """Where the header of an attachment's own page begins when ``lines[i]`` is its Quốc hiệu
    (``CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM``): at the issuer's lines read before it, up to two,
    when the signer's name (or the authority) stands right over them; else at the Quốc hiệu.

    >>> _own_header(["CHỦ TỊCH", "Nguyễn Văn An", "UBND TỈNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ...              "Độc lập - Tự do - Hạnh phúc"], 3, 0)
    2
    >>> _own_header(["- Văn phòng Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam;"], 0, 0)
    """
    if i <= start or not key(lines[i]).startswith("cong") or not opens_motto(lines[i]) \
            or split_motto(lines[i])[0]:
        return None
    for j in range(i - 1, max(start, i - 3) - 1, -1):
        if not lines[j] or lines[j] == "---":
            return j + 1
        if looks_like_name(lines[j]) or is_authority(lines[j]):
            return j + 1
    return i


def _header_end(lines: list[str], i: int) -> int:
    """The last line of an attachment's own header from its Quốc hiệu at ``i``: the Tiêu ngữ,
    then the title in capitals under it (``KẾ HOẠCH``), which is that attachment's, not one
    of its own.

    >>> _header_end(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    ...              "KẾ HOẠCH", "Tổng kết", "(Kèm theo Quyết định số 5/QĐ-UBND)"], 0)
    2
    """
    j = _number_lines_end(lines, i + 1)
    titled = j < len(lines) and (_capitals(lines[j]) or bool(_LABEL_START.match(key(lines[j]))))
    return _title_end(lines, j) if titled else j - 1  # ``PHỤ LỤC`` or ``Phụ lục I`` over it


def _number_lines_end(lines: list[str], j: int) -> int:
    """The first line from ``j`` past the Tiêu ngữ's lines and the page's own Số and date
    lines under them (a plan issued with its own number), blank lines skipped.

    >>> _number_lines_end(["Độc lập - Tự do - Hạnh phúc", "", "Số: 45/KH-UBND",
    ...                    "Lạng Sơn, ngày 10 tháng 3 năm 2025", "KẾ HOẠCH"], 0)
    4
    """
    while j < len(lines) and (not lines[j] or split_motto(lines[j])[1]):
        j += 1
    for pattern in (_SO_LINE, _DATE_LINE):
        if j < len(lines) and pattern.match(key(lines[j])):
            j += 1
        while j < len(lines) and not lines[j]:
            j += 1
    return j


def _title_end(lines: list[str], i: int) -> int:
    """The last line of the label and title in capitals that begin at ``i``."""
    end = i
    for j in range(i + 1, min(len(lines), i + 8)):
        if lines[j] and not (_capitals(lines[j]) or _LABEL_START.match(key(lines[j]))):
            break
        if lines[j]:
            end = j
    return end


def _kem_theo_under(lines: list[str], i: int) -> bool:
    """A ``(Kèm theo ...)`` line follows the title in capitals that starts at ``i``, right
    under it or under what the title's page prints between them, up to three lines: the
    trích yếu in sentence case (``KẾ HOẠCH`` / ``Tổng kết 15 năm ...``), a field in brackets
    (``(Lĩnh vực: Đường bộ)``); never a person's name (a signer's under a title).

    >>> _kem_theo_under(["KẾ HOẠCH", "Tổng kết 15 năm thi hành Luật", "(Kèm theo Quyết định số "
    ...                  "5/QĐ-UBND)"], 0)
    True
    >>> _kem_theo_under(["PHÓ CHỦ TỊCH", "Nguyễn Văn An", "(Kèm theo Quyết định số 5/QĐ-UBND)"], 0)
    False
    """
    between = 0
    for j in range(_title_end(lines, i) + 1, len(lines)):
        if not lines[j]:
            continue
        if kem_theo(lines, j) is not None:
            return True
        between += 1
        if between > 3 or len(lines[j]) > 150 or looks_like_name(lines[j]) \
                or lines[j].rstrip().endswith((".", ";", ":")) or lines[j] == "---":
            return False
    return False


def find_copy(lines: list[str], start: int) -> int | None:
    """Where a copy block begins: the copying body's name above ``SAO Y``."""
    at = next((i for i in range(start, len(lines)) if hinh_thuc(lines[i])), None)
    if at is None:
        return None
    begin = at
    j = at - 1
    while j >= start and (not lines[j] or _capitals(lines[j]) or key(lines[j]).startswith("so")):
        if lines[j]:
            begin = j
        j -= 1
    return begin


def page_header(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The header an attachment's page prints over its title (the issuer, the Quốc hiệu and
    the Tiêu ngữ, as a plan issued with a Quyết định has), the page's own Số and date lines
    under it (kept: the plan's number), and the attachment's other lines; no header, none.

    >>> page_header(["ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ...              "Độc lập - Tự do - Hạnh phúc", "Số: 45/KH-UBND", "PHỤ LỤC", "DANH MỤC"])[1:]
    (['Số: 45/KH-UBND'], ['PHỤ LỤC', 'DANH MỤC'])
    >>> page_header(["PHỤ LỤC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    ([], [], ['PHỤ LỤC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'])
    """
    motto = next((k for k in [n for n, x in enumerate(lines[:8]) if x][:3]
                  if opens_motto(lines[k]) and key(lines[k]).startswith("cong")), None)
    if motto is None or any(_LABEL.match(key(x)) or _FORM_LABEL.match(key(x).strip())
                            or _BLANKS.search(x) for x in lines[:motto]):
        return [], [], lines  # a form's header, its blanks to fill in: the form's own text
    own = motto + 1
    while own < len(lines) and (not lines[own] or split_motto(lines[own])[1]):
        own += 1
    end = _number_lines_end(lines, own)  # its own Số and date lines, if it has them
    if not any(lines[end:]):
        return [], [], lines
    return lines[:own], [x for x in lines[own:end] if x], lines[end:]


def own_page(lines: list[str], n: int, wrapped: bool, warnings: list[str]) -> dict[str, Any]:
    """An attachment without the header its page prints (issuer, Quốc hiệu, Tiêu ngữ), named
    in a warning (a phụ lục prints under its letter's); its own Số and date lines open it."""
    header, numbered, rest = page_header(lines)
    if header:
        warnings.append(_("phu_luc[{n}]: the header printed on its page (“{header}”) was left "
                          "out: a phụ lục prints under its letter's header").format(
                              n=n, header=" / ".join(x for x in header if x)))
    item = read_attachment(rest, wrapped)
    if numbered:
        item["noi_dung"] = "\n".join([*numbered, item["noi_dung"]]).strip()
    return item


def read_attachment(lines: list[str], wrapped: bool = True) -> dict[str, Any]:
    """One đề cương or phụ lục: ``tieu_de``, ``ghi_chu`` (the ``(Kèm theo ...)`` line), content."""
    i = 0
    ten = None
    if _LABEL.match(key(lines[0])):
        ten, i = lines[0], 1
    while i < len(lines) and not lines[i]:
        i += 1
    heading = lines[i] if i < len(lines) else (ten or "PHỤ LỤC")
    if ten is not None and (i >= len(lines) or not _capitals(lines[i])):
        heading, i = ten, i - 1
        ten = None
    title: list[str] = []
    ghi_chu: list[str] = []
    i += 1
    while i < len(lines) and len(title) < 4:
        line = lines[i]
        if not line:
            i += 1
            continue
        note = kem_theo(lines, i)
        if note is not None:
            ghi_chu.append(note[0])
            i = note[1]
            break
        if starts_paragraph(line) or len(line) > 200 or line.endswith(":") \
                or key(line).startswith(("phan thu", "chuong ")):
            break
        title.append(line)
        i += 1
    item: dict[str, Any] = {"tieu_de": "\n".join([heading, *([" ".join(title)] if title else [])])}
    if ten:
        item = {"ten": ten, **item}
    if ghi_chu:
        item["ghi_chu"] = blanks_kept(" ".join(ghi_chu))
    item["noi_dung"] = "\n".join(paragraphs(lines[i:], wrapped))
    return item
