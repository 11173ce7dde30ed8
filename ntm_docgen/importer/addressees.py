"""The recipients of a letter's Kính gửi: a name or an address wrapped under its recipient
joined back, a list of names wrapped over paragraphs, and the items without their dashes and
final marks."""

from __future__ import annotations

import re

from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.importer.linestarts import (
    BULLET,
    END,
    starts_paragraph,
)

BARE_KINH_GUI = re.compile(r"k\w{2,3}h\s+[g8]\w{1,3}\s*:?")


def wrapped_under_addressee(paras: list[str]) -> list[str]:
    """A Word paragraph in brackets under a recipient of the Kính gửi (its address, ``(Theo Kế
    hoạch số ...)``) belongs to that recipient, as a wrapped line of a PDF does; so does one in
    lower case under a recipient that ends in no stop: the end of its name, wrapped by Enter
    (``- Các đơn vị hoạt động hóa chất`` / ``trên địa bàn tỉnh.``).

    >>> wrapped_under_addressee(["Kính gửi: Công ty X.", "(địa chỉ: phường Lào Cai)", "Ngày 14"])
    ['Kính gửi: Công ty X (địa chỉ: phường Lào Cai)', 'Ngày 14']
    >>> wrapped_under_addressee(["Kính gửi:", "- Sở A;", "- Các đơn vị hoạt động ", "trên địa "
    ...                           "bàn tỉnh.", "Thực hiện chỉ đạo"])[2:]
    ['- Các đơn vị hoạt động trên địa bàn tỉnh.', 'Thực hiện chỉ đạo']
    >>> wrapped_under_addressee(["Kính gửi:", "- Sở A;", "- Sở B", "Thực hiện chỉ đạo"])[2:]
    ['- Sở B', 'Thực hiện chỉ đạo']
    """
    out: list[str] = []
    addressee = False
    for para in paras:
        line = para.strip()
        if out and addressee and line.startswith("(") and wrapped_item(out[-1].rstrip(), line):
            out[-1] = out[-1].rstrip().removesuffix(".") + " " + line
            continue
        previous = out[-1].rstrip() if out else ""
        if addressee and line[:1].islower() \
                and (wraps_name(previous, line) or wrapped_item(previous, line)):
            out[-1] = previous + " " + line
            continue
        addressee = bool(rules()["mo_dau"]["kinh_gui"].match(key(line))) \
            or (addressee and line.startswith(BULLET))
        out.append(para)
    return out


def wraps_name(previous: str, line: str) -> bool:
    """A recipient's name goes on in the next line only when that line starts in lower case
    (``Kính gửi: Ủy ban nhân dân`` / ``tỉnh Lạng Sơn``): the body never joins a Kính gửi.

    >>> wraps_name("Kính gửi: Ủy ban nhân dân", "tỉnh Lạng Sơn")
    True
    >>> wraps_name("Kính gửi: Ủy ban nhân dân tỉnh", "Sở Nội vụ đề nghị các đơn vị báo cáo")
    False
    >>> wraps_name("Kính gửi:", "Ủy ban nhân dân tỉnh"), wraps_name("- Sở A;", "và Sở B")
    (False, False)
    """
    if BARE_KINH_GUI.fullmatch(key(previous).strip()):
        return False  # the recipient stands on the line under "Kính gửi:": read_body takes it
    return line[0].islower() and not END.search(previous) and not starts_paragraph(line)


def wrapped_item(previous: str, line: str) -> bool:
    """A recipient of a Kính gửi list wrapped over lines (``- Các Sở, ngành: Công`` / ``an
    tỉnh, Bộ Chỉ huy`` / ``Bộ đội Biên phòng tỉnh;``), or its address under it in brackets.

    >>> wrapped_item("- Các Sở, ngành: Công", "Bộ đội Biên phòng tỉnh;")
    True
    >>> wrapped_item("- Sở A;", "- Sở B."), wrapped_item("- Sở A;", "Thực hiện Kế hoạch ...")
    (False, False)
    >>> wrapped_item("Kính gửi: Công ty TNHH Đại Đồng Tiến.", "(Địa chỉ: số 190, phường Yên Bái)")
    True
    >>> wrapped_item("Kính gửi: Bà Nguyễn Thị Ngọc", "Địa chỉ: Thôn Vĩnh Xuân, thị xã Đức")
    True
    >>> wrapped_item("Kính gửi: Bà Ngọc Địa chỉ: Thôn Vĩnh Xuân, xã Đức", "Phổ, tỉnh Quảng Ngãi")
    True
    >>> wrapped_item("Kính gửi: Bà Ngọc Địa chỉ: thị xã Đức Phổ", "Hiện nay, bà Ngọc khiếu nại "
    ...               "Quyết định số 7770/QĐ-UBND ngày 13/12/2023 của UBND thị xã")
    False
    """
    if line.startswith("(") and (line.endswith(")") or "địa chỉ" in line.lower()[:12]):
        return not previous.endswith((";", ":")) or "địa chỉ" in line.lower()[:12]
    if _ADDRESS.match(key(line)) or _address_on(line) and _ADDRESS.search(key(previous)):
        return not previous.endswith((";", ":", ".")) and not BARE_KINH_GUI.fullmatch(
            key(previous).strip()) and (len(line) <= 60 or _ADDRESS.match(key(line)) is not None)
    return previous.startswith(BULLET) and not END.search(previous) \
        and not starts_paragraph(line)


#: The address of a recipient on the line under its name (``Địa chỉ: Thôn Vĩnh Xuân, xã Phổ
#: Phong, thị xã Đức``).
_ADDRESS = re.compile(r"(?:^|\s)dia chi(?:\s+[^\W\d_]+){0,4}\s*:")


def _address_on(line: str) -> bool:
    """The end of an address wrapped to the next line: the words that end a place's name,
    then a comma (``Phổ, tỉnh Quảng Ngãi``), or words in lower case (``tỉnh Quảng Ngãi``).

    >>> _address_on("Phổ, tỉnh Quảng Ngãi"), _address_on("Chủ tịch UBND tỉnh nhận được Đơn")
    (True, False)
    """
    head, comma, _ = line.partition(",")
    words = head.split()
    return line[:1].islower() or bool(comma) and 1 <= len(words) <= 3 \
        and all(w.isalpha() for w in words)


def list_goes_on(para: str) -> bool:
    """Under a Kính gửi ending in a comma, a paragraph that goes on with its list of names:
    names of a few words parted by commas, in no sentence (no word of a paragraph's opening, no
    bullet), its last name wrapped or not (``Cà Mau, Cao Bằng, Quảng`` / ``Ngãi, Gia Lai,`` /
    ``Tháp, Vĩnh Long.``).

    >>> list_goes_on("Cà Mau, Cao Bằng, Bắc Ninh, Quảng"), list_goes_on("Tháp, Vĩnh Long.")
    (True, True)
    >>> list_goes_on("Thực hiện Nghị quyết số 163/2024/QH15, Bộ Công an đề nghị như sau:")
    False
    >>> list_goes_on("Vừa qua, Sở đã nhận được văn bản của các đơn vị.")
    False
    """
    names = para.strip().rstrip(".,;").split(",")
    return len(para) <= 400 and len(names) >= 2 and all(len(x.split()) <= 4 for x in names) \
        and not starts_paragraph(para) \
        and not any(p.match(key(para)) for p in rules()["mo_dau"].values())


def addressee_items(text: str) -> list[str]:
    """``- Bộ Xây dựng; - UBND tỉnh.`` → the addressees, without dash and final mark.

    A blank left to fill in by hand (``Kính gửi: ..........``) gives none.
    """
    parts = [p for p in re.split(r"(?:^|;\s*)[-+•–]\s+", text) if p.strip()] or [text]
    items = [cut_end(p.strip()) for p in parts]
    return [item for item in items if any(c.isalpha() for c in item)]


def cut_end(text: str) -> str:
    """``text`` without the ``;``, ``,``, ``.`` and ``./.`` it ends with, nor the spaces
    before them (read from the end, so a long line costs one pass).

    >>> cut_end("Căn cứ Luật A;"), cut_end("Trân trọng./."), cut_end("x/")
    ('Căn cứ Luật A', 'Trân trọng', 'x/')
    """
    end = len(text)
    while end:
        if text.endswith("./.", 0, end):
            end -= 3
        elif text[end - 1] in ";,.":
            end -= 1
        else:
            break
    return text if end == len(text) else text[:end].rstrip()
