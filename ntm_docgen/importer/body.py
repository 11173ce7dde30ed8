"""Read the body of a letter: wrapped lines back into paragraphs, Kính gửi, căn cứ, content."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ntm_docgen.importer.addressees import (
    BARE_KINH_GUI,
    addressee_items,
    cut_end,
    list_goes_on,
    wrapped_item,
    wrapped_under_addressee,
    wraps_name,
)
from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.importer.linestarts import (
    BULLET,
    END,
    PRINTED_LINE,
    continues,
    item_or_label,
    short_line,
    speck_before_words,
    starts_paragraph,
)
from ntm_docgen.vietnamese.text import is_upper_vi

#: A stroke after the semicolon that ends a line (``... QCVN 01:2019/BCT; -``): a speck OCR
#: read as a dash, or the dash of the next item wrapped up to this line; the item ends at ``;``.
_STROKE_AFTER_ITEM = re.compile(r";\s+[-–—_~]$")


@dataclass
class Body:
    """Kính gửi, căn cứ and content of a letter."""

    kinh_gui: list[str] = field(default_factory=list)
    can_cu: list[str] = field(default_factory=list)
    noi_dung: list[str] = field(default_factory=list)


def paragraphs(lines: list[str], wrapped: bool = True) -> list[str]:
    """Join the lines a PDF or web page wrapped back into paragraphs (``wrapped``); the lines
    of a Word document are its paragraphs already.

    >>> paragraphs(["Căn cứ Nghị định số", "07/2021/NĐ-CP ngày 27/01/2021;", "I. CĂN CỨ XÂY DỰNG",
    ...             "KẾ HOẠCH", "1. Mục đích", "Theo dõi việc", "", "", "thực hiện."])
    ['Căn cứ Nghị định số 07/2021/NĐ-CP ngày 27/01/2021;', 'I. CĂN CỨ XÂY DỰNG KẾ HOẠCH', \
'1. Mục đích', 'Theo dõi việc thực hiện.']
    >>> paragraphs(["(Có bản dự thảo kèm theo)", "Sở Công Thương kính đề nghị."])
    ['(Có bản dự thảo kèm theo)', 'Sở Công Thương kính đề nghị.']
    >>> paragraphs(["Căn cứ Quy chuẩn QCVN 01:2019/BCT; -", "Các căn cứ khác có liên quan;"])
    ['Căn cứ Quy chuẩn QCVN 01:2019/BCT;', 'Các căn cứ khác có liên quan;']

    A list in small letters under a lead whose colon the scan lost keeps its items:

    >>> lead = "Đề nghị các đơn vị trực thuộc Sở triển khai thực hiện các nội dung sau"
    >>> len(paragraphs([lead, "- rà soát kế hoạch năm 2026", "- nộp báo cáo trước ngày 30/6"]))
    3
    >>> len(paragraphs(["Kính gửi: Ủy ban nhân dân các xã, phường trên địa bàn toàn tỉnh Lâm Đồng",
    ...                 "- các sở, ban, ngành"]))
    2

    A căn cứ ends where its last line stops short of the margin, whether with ``;``, ``.``,
    nothing or a comma (``... năm 2026,`` with the content's first sentence under it):

    >>> paragraphs(["x" * 89 + "."] * 3 + ["Căn cứ Công văn số 1316/SGDĐT-TCCB ngày 09 tháng 9 năm",
    ...             "2025 về việc xét tặng danh hiệu,", "Nhằm triển khai thực hiện tốt"])[3:]
    ['Căn cứ Công văn số 1316/SGDĐT-TCCB ngày 09 tháng 9 năm 2025 về việc xét tặng danh hiệu,', \
'Nhằm triển khai thực hiện tốt']
    """
    if not wrapped:
        return wrapped_under_addressee([line for line in lines if line])
    out: list[str] = []
    blank = True
    addressee = False  # out[-1] is "Kính gửi: ..." or one of its "- ..." recipients
    whole = False  # the line before was longer than a printed line: a paragraph typed whole
    short = short_line(lines)
    ended, previous = False, ""  # the line before stopped well before the right margin
    cited_end = False  # ... and closed a căn cứ with a comma: the căn cứ ends there
    for at, line in enumerate(lines):
        if not line:
            blank = True
            continue
        line = _STROKE_AFTER_ITEM.sub(";", line)
        if out and not addressee and speck_before_words(out[-1], line) \
                and not speck_before_words("", next((n for n in lines[at + 1:] if n), ""),
                                            listed=True):
            line = line[1:].lstrip()
        if out and (wraps_name(out[-1], line) or wrapped_item(out[-1], line) if addressee
                    else continues(out[-1], line, blank, whole)
                    and not (ended and item_or_label(previous, line, short))
                    and not (cited_end and line[0].isupper())):
            glue = "" if re.search(r"\d-$", out[-1]) and line[0].isdigit() else " "
            if addressee and line.startswith("(") and out[-1].endswith("."):
                out[-1] = out[-1][:-1]  # "Công ty X." / "(Địa chỉ: ...)": one recipient
            out[-1] = out[-1] + glue + line
        else:
            after_bare = addressee and bool(BARE_KINH_GUI.fullmatch(key(out[-1]).strip()))
            addressee = bool(rules()["mo_dau"]["kinh_gui"].match(key(line))) \
                or (addressee and (line.startswith(BULLET) or after_bare))
            out.append(line)
        blank = False
        whole = len(line) > PRINTED_LINE and not line.endswith(("-", "–", ","))
        ended = len(line) < short and not line.endswith(("-", "–", ",")) \
            and key(line).split()[-1] not in rules()["noi_tiep"]
        cited_end = len(line) < short and line.endswith(",") \
            and bool(rules()["mo_dau"]["can_cu"].match(key(out[-1])))
        previous = line
    return _article_text(out)


def _article_text(paras: list[str]) -> list[str]:
    """``Điều 1.`` alone, then its text: one paragraph (the article's text is never a heading).

    >>> _article_text(["Điều 1.", "Ban hành kèm theo.", "Điều 2.", "1. Giao"])
    ['Điều 1. Ban hành kèm theo.', 'Điều 2.', '1. Giao']
    """
    out: list[str] = []
    for para in paras:
        if out and re.fullmatch(r"dieu\s+\d+\.?", key(out[-1])) and not starts_paragraph(para):
            out[-1] = f"{out[-1]} {para}"
        else:
            out.append(para)
    return out


def read_body(lines: list[str], wrapped: bool = True, can_cu: bool = True,
              thuc_hien: bool = True) -> Body:
    """Split the body's paragraphs into Kính gửi, căn cứ and content (``wrapped``: see
    paragraphs). A công văn has no căn cứ (``can_cu`` False, mẫu 1.5 of Nghị định 30): its
    opening "Thực hiện ..." or "Căn cứ ..." paragraph is the first of its content. A báo cáo
    (``thuc_hien`` False) keeps its "Căn cứ ..." lines, but "Thực hiện ..." opens its content.

    >>> read_body(["Kính gửi: Sở Y tế", "Thực hiện Quyết định số 5/QĐ-TTg.", "Đề nghị."],
    ...           can_cu=False).can_cu
    []
    >>> read_body(["Thực hiện Quyết định số 5/QĐ-TTg, Đoàn đã kiểm tra.", "1. Kết quả"],
    ...           thuc_hien=False).noi_dung[0]
    'Thực hiện Quyết định số 5/QĐ-TTg, Đoàn đã kiểm tra.'
    """
    body = Body()
    paras = paragraphs(lines, wrapped)
    mo_dau = rules()["mo_dau"]
    i = 0
    opening = mo_dau["kinh_gui"].match(key(paras[0])) if paras else None
    if opening:
        rest = paras[0][opening.end():].strip(" :")
        i = 1
        wraps = rest.endswith(",")
        while wraps and i < len(paras) and list_goes_on(paras[i]):
            rest, i = f"{rest} {paras[i]}", i + 1  # one addressee whose list of names wraps
            wraps = not rest.endswith((".", ";"))
        if rest:
            body.kinh_gui.extend(addressee_items(rest))
        while i < len(paras) and paras[i].startswith(BULLET):
            body.kinh_gui.extend(addressee_items(paras[i]))
            i += 1
        if not body.kinh_gui and not rest and i < len(paras) and len(paras[i]) < 200 \
                and not END.search(paras[i].rstrip(";.")) and not starts_paragraph(paras[i]):
            body.kinh_gui.append(cut_end(paras[i]))
            i += 1
    while can_cu and i < len(paras):
        if body.can_cu and _cut_off(body.can_cu[-1], paras[i]):
            body.can_cu[-1] = f"{body.can_cu[-1]} {cut_end(paras[i]).rstrip(':').rstrip()}"
            i += 1
            continue
        if not (mo_dau["can_cu"].match(key(_undashed(paras[i])))
                or body.can_cu and (_cited(paras[i]) or mo_dau["can_cu_tiep"].match(
                    key(_undashed(paras[i]))))) \
                or is_upper_vi(paras[i]) \
                or paras[i].rstrip().endswith("./.") \
                or (paras[i].rstrip().endswith(":") and not _colon_for_semicolon(paras, i)) \
                or rules()["mo_than_bai"].search(key(paras[i])) \
                or not (thuc_hien or not rules()["mo_bao_cao"].match(key(_undashed(paras[i])))
                        or bool(body.can_cu) and (_cited_ground(paras[i])
                                                  or _ground_between(paras, i))):
            break
        body.can_cu.append(cut_end(_undashed(paras[i]).rstrip(":").rstrip()))
        i += 1
    body.noi_dung = paras[i:]
    return body


def _cut_off(ground: str, para: str) -> bool:
    """A căn cứ cut by a hard line break in the middle of its sentence (a Word file's
    ``... năm 2010 của`` / ``Chính phủ về kiểm soát thủ tục hành chính; ...``): the căn cứ read
    so far stops on a word that always goes on (``của``, ``số``, ``ngày``, ...) with no mark
    after it, and the next paragraph opens in the middle of a sentence, in small letters or on
    a name, not on a marker or a line in capitals.

    >>> _cut_off("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của",
    ...          "Chính phủ về kiểm soát thủ tục hành chính;")
    True
    >>> _cut_off("Căn cứ Luật Tổ chức chính quyền địa phương", "QUYẾT ĐỊNH:"), _cut_off(
    ...     "Căn cứ Luật Đất đai số", "1. Giao")
    (False, False)
    >>> _cut_off("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024", "Điều 1. Giao")
    False
    """
    words = key(ground).split()
    return bool(words) and words[-1] in rules()["noi_tiep"] \
        and not is_upper_vi(para) and not starts_paragraph(para) \
        and not rules()["mo_dau"]["can_cu"].match(key(_undashed(para)))


def _colon_for_semicolon(paras: list[str], i: int) -> bool:
    """A căn cứ ending in a colon with another căn cứ under it: its semicolon read as a colon
    (a scan), for a căn cứ that opens a list (``... như sau:``) has the list under it.

    >>> _colon_for_semicolon(["Căn cứ Luật A ngày 19 tháng 02 năm 2025:", "Căn cứ Luật B;"], 0)
    True
    >>> _colon_for_semicolon(["Căn cứ kết quả kiểm tra, Sở đề nghị như sau:", "1. Rà soát"], 0)
    False
    """
    return i + 1 < len(paras) and bool(rules()["mo_dau"]["can_cu"].match(key(
        _undashed(paras[i + 1]))))


def _undashed(para: str) -> str:
    """A căn cứ written as a dashed item (``- Căn cứ Nghị quyết số ...``) without its dash.

    >>> _undashed("- Căn cứ Luật Thi đua;"), _undashed("Căn cứ Luật;"), _undashed("-5 độ")
    ('Căn cứ Luật Thi đua;', 'Căn cứ Luật;', '-5 độ')
    """
    return re.sub(r"^[-–+]\s+", "", para)


def _cited(para: str) -> bool:
    """A further document of the căn cứ above, on a paragraph of its own (``Căn cứ Thông tư
    số 38/...;`` / ``Thông tư số 15/2026/TT-BCT ... ;``).

    >>> _cited("Thông tư số 15/2026/TT-BCT ngày 25/3/2026 của Bộ trưởng;"), _cited("Giao Sở A;")
    (True, False)
    """
    return para.rstrip().endswith(";") and bool(_CITED.match(key(para)))


def _cited_ground(para: str) -> bool:
    """A ``Thực hiện ...`` paragraph set as one more ground under ``Căn cứ`` lines: a document
    cited by its number and nothing after it but what it is about, closed with the list's
    ``;`` (``Thực hiện Kế hoạch số 9669/KH-UBND ngày 24/12/2025 của Ủy ban nhân dân tỉnh về
    ...;``). A paragraph that goes on to tell what was done (``Thực hiện Kết luận ...; Chủ
    tịch UBND tỉnh đã điều động ...;``) is the body's.

    >>> _cited_ground("Thực hiện Kế hoạch số 9669/KH-UBND ngày 24/12/2025 của UBND tỉnh;")
    True
    >>> _cited_ground("Thực hiện Kết luận số 5-KL/TU; Chủ tịch UBND tỉnh đã điều động ông A;")
    False
    >>> _cited_ground("Thực hiện Kế hoạch số 5/KH-UBND, Sở báo cáo kết quả như sau:")
    False
    """
    text = _undashed(para).rstrip()
    return text.endswith(";") and ";" not in text[:-1] and ":" not in text \
        and bool(_THUC_HIEN_CITED.match(key(text)))


def _ground_between(paras: list[str], i: int) -> bool:
    """A ``Thực hiện ...;`` paragraph between ``Căn cứ`` lines, another under it: the block of
    grounds goes on past it, however long it is (Tô Hiệu's Tờ trình 155 of held_out_43).

    >>> _ground_between(["Thực hiện Thông báo số 1016/TB-VPUB: dự án A; dự án B;",
    ...                  "Căn cứ Kế hoạch số 71/KH-UBND;"], 0)
    True
    >>> _ground_between(["Thực hiện Kế hoạch số 5/KH-UBND, Sở báo cáo như sau:", "1. Kết quả"], 0)
    False
    """
    return _undashed(paras[i]).rstrip().endswith(";") and i + 1 < len(paras) \
        and key(_undashed(paras[i + 1])).startswith("can cu ")


#: ``Thực hiện`` and a document cited by its number (``Kế hoạch số 9669/KH-UBND``).
_THUC_HIEN_CITED = re.compile(r"^thuc hien\s+(\w+\s+){0,2}?(luat|nghi dinh|nghi quyet|thong tu"
                              r"|quyet dinh|chi thi|ket luan|van ban|cong van|ke hoach"
                              r"|huong dan|thong bao|chuong trinh)\s+so\s+\d")


_CITED = re.compile(r"(luat|bo luat|nghi dinh|nghi quyet|thong tu|quyet dinh|chi thi|ket luan"
                    r"|van ban|cong van|ke hoach|huong dan)\s+(so\b|\d)")
