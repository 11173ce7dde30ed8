"""Read the title under a letter's number and date: type name, trích yếu, ô 5b (tham quyền)."""

from __future__ import annotations

import re
from typing import Any

from ntm_docgen.i18n import _
from ntm_docgen.importer.cleaning import is_stamp, key, rules
from ntm_docgen.importer.parent import code_loai, split_ky_hieu
from ntm_docgen.vietnamese.loai import Loai, find_loai, split_heading
from ntm_docgen.vietnamese.text import is_upper_vi

_HEADING = re.compile(r"^([ivx]{1,5}|\d{1,2})\.\s")


def capitals(line: str) -> bool:
    """A short line in capitals (a header or title line)."""
    return is_upper_vi(line) and len(line) <= 80


def read_type_and_title(lines: list[str], i: int, head: Any) -> int:
    """From the type name (``HƯỚNG DẪN``) on: the trích yếu and, in a Quyết định, ô 5b."""
    while i < len(lines) and (not lines[i] or is_stamp(lines[i])):
        i += 1
    if i >= len(lines):
        return i
    caps = capitals(lines[i]) or lines[i].upper() == lines[i]
    loai = find_loai(lines[i]) if caps else None
    heading = split_heading(lines[i]) if caps and loai is None else None
    if heading is not None and heading.loai is None:
        head.outside = heading  # GIẤY PHÉP, NGHỊ ĐỊNH, ĐƠN ...: no type of Phụ lục III
        return i
    if heading is not None and "so" not in head.found and heading.loai is not None \
            and heading.loai.code != "GM":
        heading = None  # a title under no number ("QUY CHẾ LÀM" / "VIỆC"): an attachment's
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
    while i < len(lines):
        line = lines[i]
        k = key(line)
        if not line or is_stamp(line):
            i += 1
            continue
        opening = key(re.sub(r"^[-–+]\s+", "", line))  # "- Căn cứ ..." opens it as "Căn cứ" does
        opens_body = any(p.match(opening) for p in mo_dau.values()) and not is_upper_vi(line) \
            and not (parts and line[0].islower())  # "thực hiện ..." going on from the line above
        moi = rules()["loi_moi"].search(k)
        opens_body = opens_body or bool(moi and (parts or moi.group(1)))
        if parts and line.startswith("(") and line.endswith(")") and len(line) <= 120:
            parts.append(line)  # "(Cấp lần đầu: ngày ...)" under the title
            i += 1
            continue
        if opens_body or line.endswith((":", ";")) or _HEADING.match(k) \
                or (len(line) > 250 and not is_upper_vi(line)) or len(parts) >= 8:
            break
        if loai.layout == "quyet_dinh" and is_upper_vi(line) \
                and (_is_tham_quyen(line, head) or (parts and _authority_here(lines, i, head))):
            head.tham_quyen, i = _tham_quyen_rest(lines, i)
            break
        if parts and is_upper_vi(parts[0]) != is_upper_vi(line) \
                and any(c.isalpha() for c in line):
            break
        if parts and parts[0] in head.bold and line not in head.bold:
            break  # a Word document: the trích yếu is bold, the body under it is not
        parts.append(line)
        i += 1
    if parts:
        head.trich_yeu = trich_yeu_text(" ".join(parts), None if named else loai)
        head.found.add("trich_yeu")
    return i


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
    line; and the index after it.

    >>> _tham_quyen_rest(["ỦY BAN NHÂN DÂN TỈNH", "SƠN LA", "Căn cứ Luật ..."], 0)
    ('ỦY BAN NHÂN DÂN TỈNH SƠN LA', 2)
    >>> _tham_quyen_rest(["CHỦ TỊCH UBND TỈNH", "QUYẾT ĐỊNH:", "Điều 1. ..."], 0)
    ('CHỦ TỊCH UBND TỈNH', 1)
    """
    ahead = [j for j in range(i + 1, min(len(lines), i + 5)) if lines[j] and not is_stamp(lines[j])]
    if len(ahead) >= 2:
        rest, after = lines[ahead[0]], lines[ahead[1]]
        k = key(after).rstrip(" :")
        opens = (rules()["mo_dau"]["can_cu"].match(key(after)) and not is_upper_vi(after)) \
            or k in ("quyet dinh", "quyet nghi")
        if opens and capitals(rest) and not rest.rstrip().endswith(":") \
                and find_loai(rest) is None and not _HEADING.match(key(rest)):
            return f"{lines[i]} {rest}", ahead[0] + 1
    return lines[i], i + 1


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
