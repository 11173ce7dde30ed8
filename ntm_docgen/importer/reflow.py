"""Break a letter that a PDF copy flattened into one long line back into its lines."""

from __future__ import annotations

import re

from ntm_docgen.importer.cleaning import is_furniture, rules
from ntm_docgen.vietnamese.loai import all_loai
from ntm_docgen.vietnamese.text import is_upper_vi

_FLAT = 300
_BEFORE = re.compile(r"(?<!\s)\s+(?=(?:Số\s*:\s*\d|V/v\s|Kính gửi\s*:|CỘNG H(?:ÒA|OÀ) XÃ HỘI|"
                     r"Độc lập\s*[–-]|Căn cứ\s|Xét đề nghị|Theo đề nghị|Điều\s+\d+\.|Nơi nhận\s*:|"
                     r"[IVX]{1,5}\.\s+\S))"
                     r"|(?<!\s)(?<!Điều)(?<!Khoản)\s+(?=\d{1,2}\.\s+[A-ZĐ])")
_QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
_AFTER = re.compile(r"(?<=Hạnh phúc)\s+|(?<=Hạnh Phúc)\s+")
_DATE = re.compile(r"(?:^|\s)((?:[^\W\d_-]+[\s-]){0,3}[^\W\d_]+\s*,\s*ngày\s*\d{0,2}\s*tháng\s*"
                   r"\d{0,2}\s*năm\s*\d{4})")
_MIXED = re.compile(r"^[^\W\d_].*?\s(?:Số\s*:\s*\d+\s*/|CỘNG H(?:ÒA|OÀ) XÃ HỘI|Độc lập\s*[–-])"
                    r"|Hạnh [pP]húc\s+\S")
_NOISE = re.compile(r"^\*[*\s]*$")


def expand_flat(lines: list[str]) -> list[str]:
    """Every flattened line replaced by the lines it once was; other lines kept."""
    out: list[str] = []
    for line in lines:
        out.extend(reflow(line) if is_flat(line) and not is_furniture(line) else [line])
    return out


def is_flat(line: str) -> bool:
    """A line long enough to hold a whole header and more (``Số: ... ngày ... tháng``), or a
    header row a web page copied onto one line (``UBND TỈNH X Số: 5/QĐ-UBND``).

    >>> is_flat("UBND TỈNH BẮC GIANG Số: 172/2015/QĐ-UBND"), is_flat("Số: 172/2015/QĐ-UBND")
    (True, False)
    >>> is_flat("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Bắc Giang, ngày 5")
    True
    """
    if len(line) <= _FLAT:
        return "|" not in line and bool(_MIXED.search(line.strip()))  # a table row: split_cells
    return bool(re.search(r"Số\s*:\s*\d", line)) and bool(_DATE.search(line))


def reflow(line: str) -> list[str]:
    """The lines of a flattened letter: header parts, type name, trích yếu, căn cứ, articles.

    >>> reflow("BỘ X CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 23/2007/QĐ-BX Hà Nội, ngày 05 tháng "
    ...        "10 năm 2007 QUYẾT ĐỊNH BAN HÀNH QUY CHẾ BỘ TRƯỞNG BỘ X Căn cứ Luật A; Xét đề "
    ...        "nghị của Vụ B, QUYẾT ĐỊNH Điều 1. Ban hành" + " kèm theo" * 30)[3:8]
    ['Hà Nội, ngày 05 tháng 10 năm 2007', 'QUYẾT ĐỊNH', 'BAN HÀNH QUY CHẾ', 'BỘ TRƯỞNG BỘ X', \
'Căn cứ Luật A;']
    """
    date = _DATE.search(line)
    if date:
        line = f"{line[:date.start(1)]}\n{date.group(1)}\n{line[date.end(1):]}"
    line = _AFTER.sub("\n", _BEFORE.sub("\n", line))
    out: list[str] = []
    for part in (x for piece in line.split("\n") for x in _kinh_gui_items(piece.strip())):
        if part and not _NOISE.match(part):
            out.extend(_split_caps(part))
    if out:
        out[0] = re.sub(r"^\d{1,2}\.\s+(?=\S+\s)", "", out[0])  # the page number of a viewer
    for i, part in enumerate(out):
        rest = part[len(_QUOC_HIEU):].strip()
        if i and part.startswith(_QUOC_HIEU) and rest and is_upper_vi(out[i - 1]):
            if rest.startswith(tuple(f"{w} " for w in rules()["dau_ten"])):
                out[i - 1] = f"{out[i - 1]}\n{rest}"  # the issuer under its parent body
            else:
                out[i - 1] = f"{out[i - 1]} {rest}"  # the second half of the issuer's name
            out[i] = _QUOC_HIEU
    return [x for part in out for x in part.split("\n")]


_ITEM = re.compile(r"(?<=;)\s+(?=[-–+]\s)")
_LAST_ITEM_END = re.compile(r"(?<=[^\W\d_]{2}\.)\s+(?=[A-ZĐ][^\W\d_]*\s)")


def _kinh_gui_items(part: str) -> list[str]:
    """``Kính gửi: - A; - B. Vừa qua, ...``: the label, each recipient of its list, and the body
    that the last one's full stop opens, on lines of their own.

    >>> _kinh_gui_items("Kính gửi: - Ủy ban nhân dân tỉnh; - Bộ Tài chính. Vừa qua, tỉnh A")
    ['Kính gửi:', '- Ủy ban nhân dân tỉnh;', '- Bộ Tài chính.', 'Vừa qua, tỉnh A']
    >>> _kinh_gui_items("Căn cứ Luật A; - B. Xét")
    ['Căn cứ Luật A; - B. Xét']
    """
    match = re.match(r"^(Kính gửi\s*:)\s+(?=[-–+]\s)", part)
    if match is None:
        return [part]
    items = _ITEM.split(part[match.end():])
    body = _LAST_ITEM_END.split(items[-1], maxsplit=1)
    return [match.group(1), *items[:-1], *body]


def _split_caps(part: str) -> list[str]:
    """``QUYẾT ĐỊNH BAN HÀNH ... BỘ TRƯỞNG BỘ X``: type name, trích yếu and ô 5b apart."""
    if re.match(r"^[-–+]\s", part):
        return [part]  # an item of a list (Kính gửi)
    words = part.split(" ")
    caps_end = 0
    while caps_end < len(words) and (is_upper_vi(words[caps_end])
                                     or not any(c.isalpha() for c in words[caps_end])):
        caps_end += 1
    if caps_end == 0:
        return _sentence_then_caps(part)
    head = " ".join(words[:caps_end])
    tail = " ".join(words[caps_end:])
    pieces = []
    for loai in all_loai():
        if head.startswith(loai.ten_hoa + " "):
            pieces.append(loai.ten_hoa)
            head = head[len(loai.ten_hoa):].strip()
            break
    titles = "|".join(re.escape(t) for t in rules()["tham_quyen_hoa"])
    match = re.search(rf"\s(?=(?:{titles})\b)", head)
    if match and pieces:
        pieces.extend([head[:match.start()], head[match.end():]])
    elif head:
        pieces.append(head)
    return pieces + ([tail] if tail else [])


def _sentence_then_caps(part: str) -> list[str]:
    """``Xét đề nghị của Vụ B, QUYẾT ĐỊNH``: the closing căn cứ and ``QUYẾT ĐỊNH`` apart."""
    match = re.search(r"(?<=[,;.:])\s+(?=\S+\s+\S+\s*:?$)", part)
    if match is None:
        return [part]
    tail = part[match.end():].split()
    if len(tail) >= 2 and all(is_upper_vi(word) for word in tail):
        return [part[:match.start()], part[match.end():]]
    return [part]
