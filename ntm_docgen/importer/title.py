"""Read the title under a letter's number and date: type name, trích yếu, ô 5b (tham quyền)."""

from __future__ import annotations

import re
from typing import Any

from ntm_docgen.i18n import _
from ntm_docgen.importer.cleaning import is_stamp, key, rules
from ntm_docgen.importer.headfix import names_a_kind
from ntm_docgen.importer.parent import code_loai, split_ky_hieu
from ntm_docgen.importer.titlemarks import (
    capitals,
    no_words,
    q_put_back,
    received_beside,
    thuc_hien_title,
    unspecked,
)
from ntm_docgen.vietnamese.loai import Loai, find_loai, split_heading
from ntm_docgen.vietnamese.text import is_upper_vi

_HEADING = re.compile(r"^([ivx]{1,5}|\d{1,2})\.\s")


def read_type_and_title(lines: list[str], i: int, head: Any) -> int:
    """From the type name (``HƯỚNG DẪN``) on: the trích yếu and, in a Quyết định, ô 5b."""
    while i < len(lines) and (not lines[i] or is_stamp(lines[i])):
        i += 1
    if i >= len(lines):
        return i
    if q_put_back(lines[i]) != lines[i]:
        head.warnings.append(_("loai: the title “{line}” was read as QUYẾT ĐỊNH, its Q lost in "
                               "the scan; check the type against the paper").format(line=lines[i]))
        lines[i] = q_put_back(lines[i])
    caps = capitals(lines[i]) or lines[i].upper() == lines[i]
    if caps:
        lines[i] = unspecked(lines[i])
    loai = find_loai(lines[i]) if caps else None
    heading = split_heading(lines[i]) if caps and loai is None else None
    if heading is not None and heading.loai is None:
        head.outside = heading  # GIẤY PHÉP, NGHỊ ĐỊNH, ĐƠN ...: no type of Phụ lục III
        return i
    if heading is not None and "so" not in head.found and heading.loai is not None \
            and heading.loai.code != "GM" and not _under_the_motto(head):
        heading = None  # a title under no number ("QUY CHẾ LÀM" / "VIỆC"): an attachment's
    named_as = loai or (heading.loai if heading is not None else None)
    if named_as is not None:
        _misread_name(lines[i], named_as, head)
    named = loai is not None or heading is not None
    parts: list[str] = []
    if heading is not None and heading.loai is not None:
        loai = heading.loai
        if loai.code == "GM" or key(heading.words).upper() in rules()["lien_nganh"]:
            # "GIẤY MỜI HỌP": the template prints GIẤY MỜI; the trích yếu is the line under it
            # (so too "HƯỚNG DẪN LIÊN NGÀNH": who issues it jointly, not what it is about)
            head.warnings.append(_("trich_yeu: the heading “{line}” is printed as {name}; "
                                   "“{words}” was left out of the trích yếu").format(
                line=lines[i], name=loai.ten_hoa, words=heading.words))
        else:
            parts.append(heading.words)  # "KẾ HOẠCH TỔ CHỨC ...": the trích yếu begins
    if loai is not None and named:
        head.loai, head.loai_from = loai, "type name"
        head.found.add("loai")
        i += 1
    else:
        # No type name (lost in the copy): a line of capitals under the number is the trích
        # yếu when the ký hiệu names the type (``816/QĐ-UBND``).
        code = split_ky_hieu(head.ky_hieu)[0] if head.ky_hieu else None
        loai = code_loai(code) if code else None
        if loai is None or not is_upper_vi(lines[i]) or find_loai(lines[i]) is not None:
            return i
    mo_dau = rules()["mo_dau"]
    qualified = False  # the heading's words qualify the type: the trích yếu is under it
    while i < len(lines):
        line = lines[i]
        k = key(line)
        if not line or is_stamp(line) \
                or parts and not is_upper_vi(parts[0]) and received_beside(lines, i):
            i += 1
            continue
        opening = key(re.sub(r"^[-–+]\s+", "", line))  # "- Căn cứ ..." opens it as "Căn cứ" does
        opens_body = any(p.match(opening) for p in mo_dau.values()) and not is_upper_vi(line) \
            and not (parts and line[0].islower()) \
            and not (not parts and named and thuc_hien_title(lines, i))
        moi = rules()["loi_moi"].search(k)
        opens_body = opens_body or bool(moi and (parts or moi.group(1)))
        bracket = _bracketed(lines, i) if parts else None
        if bracket is not None:
            parts.append(" ".join(lines[i:bracket]))  # "(Cấp lần đầu: ngày ...)" under it
            i = bracket
            continue
        if opens_body or line.endswith(":") or _HEADING.match(k) \
                or line.endswith(";") and not (parts and loai.layout == "quyet_dinh"
                                               and _title_goes_on(lines, i, head)) \
                or (len(line) > 250 and not is_upper_vi(line)
                    and not _bold_title(parts, line, head)) or len(parts) >= 8 \
                or (qualified and _paragraph_after(parts, line)):
            break
        bare = _SPECK_BEFORE.sub("", line)
        if loai.layout == "quyet_dinh" and is_upper_vi(bare) \
                and (_is_tham_quyen(bare, head) or (parts and _authority_here(lines, i, head))):
            head.tham_quyen, i = _tham_quyen_rest(lines, i)
            head.tham_quyen = _SPECK_BEFORE.sub("", head.tham_quyen)
            break
        if parts and is_upper_vi(parts[0]) != is_upper_vi(line) \
                and any(c.isalpha() for c in line):
            if not _qualifier(parts, heading, line):
                break
            # "BIÊN BẢN KIỂM TRA" / "Thực tế kho ...": the heading's words qualify the type;
            # the trích yếu is the line in sentence case under it
            head.warnings.append(_("trich_yeu: the heading “{line}” is printed as {name}; "
                                   "“{words}” was left out of the trích yếu").format(
                line=lines[i - 1], name=loai.ten_hoa, words=parts[0]))
            parts, qualified = [], True
        if parts and parts[0] in head.bold and line not in head.bold:
            break  # a Word document: the trích yếu is bold, the body under it is not
        parts.append(line)
        i += 1
    if parts and heading is not None and names_a_kind(loai, parts, heading.words):
        head.warnings.append(_("trich_yeu: the heading “{line}” is printed as {name}; “{words}” "
                               "was left out of the trích yếu").format(
            line=f"{loai.ten_hoa} {parts[0]}", name=loai.ten_hoa, words=parts[0]))
        parts = []  # "BIÊN BẢN LÀM VIỆC" over its căn cứ: the kind of minutes, no trích yếu
    if parts:
        head.trich_yeu = trich_yeu_text(" ".join(parts), None if named else loai)
        head.found.add("trich_yeu")
    return i


#: A speck of the scan read on the thẩm quyền's first letter (``-THỦ TƯỚNG CHÍNH PHỦ``, the
#: edge of a stamp beside it); a dash that opens an item has a space after it.
_SPECK_BEFORE = re.compile(r"^[-–—_~.,·'\"`]+(?=[^\W\d_])")


def _bracketed(lines: list[str], i: int) -> int | None:
    """The index after a note in brackets under a title (``(Cấp lần đầu: ngày ...)``), on one
    line or wrapped over up to three; None when ``lines[i]`` opens none.

    >>> _bracketed(["(Cấp lần đầu: Ngày 02 tháng", "7 năm 2026)", "CHỦ TỊCH"], 0)
    2
    >>> _bracketed(["(Kèm theo)"], 0), _bracketed(["(a", "b", "c", "d)"], 0)
    (1, None)
    """
    if not lines[i].startswith("("):
        return None
    total = 0
    for j in range(i, min(len(lines), i + 3)):
        if not lines[j] or (j > i and "(" in lines[j]):
            return None
        total += len(lines[j])
        if total > 120:
            return None
        if lines[j].endswith(")"):
            return j + 1
    return None


def _bold_title(parts: list[str], line: str, head: Any) -> bool:
    """A Word paragraph set bold right under the type name is the trích yếu, however long:
    Word keeps a paragraph on one line, so a trích yếu of three printed lines (``Phê duyệt
    phương án nổ mìn thi công gói thầu số 13: ...``, 272 signs) is one line read, where a
    line that long read from a PDF or a web page is a paragraph of the body."""
    return not parts and line in head.bold


def _paragraph_after(parts: list[str], line: str) -> bool:
    """A paragraph of the body under a trích yếu in sentence case set under a qualified
    heading (``BIÊN BẢN KIỂM TRA``): a line in sentence case over 120 signs and more than
    twice as long as the trích yếu's longest line (a title is set centred in short lines; a
    paragraph read from a scan or a PDF is one long line)."""
    return bool(parts) and not is_upper_vi(parts[0]) and not is_upper_vi(line) \
        and len(line) > 120 and len(line) > 2 * max(len(x) for x in parts)


def _qualifier(parts: list[str], heading: Any, line: str) -> bool:
    """The words after a type name on the heading's line (``KIỂM TRA`` in ``BIÊN BẢN KIỂM
    TRA``), a word or two in capitals, over a trích yếu in sentence case (``line``); three or
    four (``KIỂM TRA THỰC TẾ``) over a line that ends in no stop, as a title's lines do (over a
    sentence they are the trích yếu, ``KẾ HOẠCH TỔ CHỨC HỘI NGHỊ`` over the body)."""
    words = len(parts[0].split()) if parts else 0
    return heading is not None and parts == [heading.words] and is_upper_vi(parts[0]) \
        and (1 <= words <= 2 or words <= 4 and not line.endswith((".", ";", ":"))) \
        and line[:1].isupper() and not is_upper_vi(line)


def _under_the_motto(head: Any) -> bool:
    """A heading right under the motto of a letter that prints no issuer and no number (a
    Biên bản of several parties), or under the place and date of one that prints no number (a
    Biên bản of an issuer's inspection team): the letter's own, not an attachment's, which
    prints no date line of its own."""
    return "quoc_hieu" in head.found and ("issuer" not in head.found or "ngay" in head.found)


def _misread_name(line: str, loai: Loai, head: Any) -> None:
    """A warning when the type name of a heading is read with other marks than the name's
    (``BIỂN BẢN`` for ``BIÊN BẢN``): taken for that type, as an OCR misreading."""
    words = line.split()[:len(loai.ten.split())]
    read = " ".join(w.casefold().rstrip(":.,;") for w in words)
    if read != loai.ten.casefold() and key(read) == key(loai.ten):
        head.warnings.append(_("loai: the heading “{line}” was read as a {ten}, whose name "
                               "differs from “{words}” by its marks only (a misreading of the "
                               "scan?); check the type").format(
            line=line, ten=loai.ten.lower(), words=" ".join(words)))


def trich_yeu_text(text: str, loai: Loai | None = None) -> str:
    """The trích yếu without a full stop at its end (a title: none is printed) and, when
    the type name is on its line (``loai``: the type the ký hiệu names), without that name.

    >>> trich_yeu_text("BAN HÀNH QUY CHẾ THI ĐUA TỈNH AN GIANG.")
    'BAN HÀNH QUY CHẾ THI ĐUA TỈNH AN GIANG'
    >>> trich_yeu_text("HƯỚNG DẪN CÔNG TÁC THI ĐUA NĂM 2004", find_loai("HD"))
    'CÔNG TÁC THI ĐUA NĂM 2004'
    >>> trich_yeu_text("Tổ chức hội nghị v.v..."), trich_yeu_text("HƯỚNG DẪN", find_loai("HD"))
    ('Tổ chức hội nghị v.v...', 'HƯỚNG DẪN')
    """
    text = text.strip()
    if loai is not None and key(text).startswith(key(loai.ten_hoa) + " "):
        text = text[len(loai.ten_hoa):].strip()
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1].rstrip()
    return text


def _tham_quyen_rest(lines: list[str], i: int) -> tuple[str, int]:
    """Ô 5b at ``lines[i]`` with the line of capitals a narrow column wrapped it onto
    (``ỦY BAN NHÂN DÂN TỈNH`` / ``SƠN LA``), when the căn cứ or ``QUYẾT ĐỊNH:`` follows that
    line; and the index after it, past a line of no words there (a stamp's edge), which is
    left out.

    >>> _tham_quyen_rest(["ỦY BAN NHÂN DÂN TỈNH", "SƠN LA", "Căn cứ Luật ..."], 0)
    ('ỦY BAN NHÂN DÂN TỈNH SƠN LA', 2)
    >>> _tham_quyen_rest(["CHỦ TỊCH UBND TỈNH", "QUYẾT ĐỊNH:", "Điều 1. ..."], 0)
    ('CHỦ TỊCH UBND TỈNH', 1)
    >>> _tham_quyen_rest(["THỦ TƯỚNG CHÍNH PHỦ", "VN UẤ", "Căn cứ Luật ..."], 0)
    ('THỦ TƯỚNG CHÍNH PHỦ', 2)
    """
    ahead = [j for j in range(i + 1, min(len(lines), i + 5)) if lines[j] and not is_stamp(lines[j])]
    if len(ahead) >= 2:
        rest, after = lines[ahead[0]], lines[ahead[1]]
        k = key(after).rstrip(" :")
        opens = (rules()["mo_dau"]["can_cu"].match(key(after)) and not is_upper_vi(after)) \
            or k in ("quyet dinh", "quyet nghi")
        if opens and no_words(rest) and len(rest.split()) <= 3:
            return lines[i], ahead[0] + 1  # "VN UẤ": the edge of a stamp, left unread
        if opens and capitals(rest) and not rest.rstrip().endswith(":") \
                and find_loai(rest) is None and not _HEADING.match(key(rest)):
            return f"{lines[i]} {rest}", ahead[0] + 1
    return lines[i], i + 1


def _title_goes_on(lines: list[str], i: int, head: Any) -> bool:
    """A line of a Quyết định's trích yếu ending in ";" goes on with the title when ô 5b comes
    within the next four lines and no line before it opens the body: a title that names several
    agencies parts them so (``... của Sở Giao thông vận tải;`` / ``Sở Xây dựng; ...`` / ``CHỦ
    TỊCH ỦY BAN NHÂN DÂN TỈNH``).

    >>> class Head: ten = None
    >>> _title_goes_on(["của Sở Giao thông vận tải;", "Sở Xây dựng;", "(Lĩnh vực: Đường bộ)",
    ...                 "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"], 0, Head())
    True
    >>> _title_goes_on(["của Sở Giao thông vận tải;", "Căn cứ Luật ...;", "CHỦ TỊCH"], 0, Head())
    False
    """
    for line in lines[i + 1:i + 5]:
        if not line or is_stamp(line):
            continue
        bare = _SPECK_BEFORE.sub("", line)
        if is_upper_vi(bare):
            return _is_tham_quyen(bare, head)
        opening = key(re.sub(r"^[-–+]\s+", "", line))
        if any(p.match(opening) for p in rules()["mo_dau"].values()) or line.endswith(":") \
                or len(line) > 250:
            return False
    return False


def _authority_here(lines: list[str], i: int, head: Any) -> bool:
    """A caps line under a trích yếu is ô 5b when a căn cứ follows it, or when a Word document
    sets it bold under a trích yếu that is not in capitals (``HỘI ĐỒNG THI ĐUA ...``)."""
    after = next((x for x in lines[i + 1:i + 4] if x and not is_stamp(x)), "")
    if rules()["mo_dau"]["can_cu"].match(key(after)) and not is_upper_vi(after):
        return True
    title = next((x for x in reversed(lines[:i]) if x), "")
    return lines[i] in head.bold and title in head.bold and not is_upper_vi(title)


def _is_tham_quyen(line: str, head: Any) -> bool:
    k = key(line)
    issuer = key(" ".join((head.ten or "").split()))
    return bool(rules()["tham_quyen"].match(k)) or (bool(issuer) and k == issuer)
