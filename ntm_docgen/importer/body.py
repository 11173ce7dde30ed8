"""Read the body of a letter: wrapped lines back into paragraphs, Kính gửi, căn cứ, content."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.vietnamese.text import is_upper_vi

_MARK = re.compile(r"^(\d{1,2}(\.\d{1,2})+\.?\s|\d{1,2}[.)]\s|[ivx]{1,5}[.)]\s|[a-zđ][.)]\s"
                   r"|dieu\s+\d+\b|(phan|chuong|muc)\s+(thu\s+\w+|[ivxlc]+\b|\d+\b))")
_BULLET = ("-", "+", "*", "•", "|", "–")
_END = re.compile(r"([.:;!?]|\./\.)[”\"')]*$")
#: A stroke after the semicolon that ends a line (``... QCVN 01:2019/BCT; -``): a speck OCR
#: read as a dash, or the dash of the next item wrapped up to this line; the item ends at ``;``.
_STROKE_AFTER_ITEM = re.compile(r";\s+[-–—_~]$")
_BARE_KINH_GUI = re.compile(r"k\w{2,3}h\s+[g8]\w{1,3}\s*:?")
#: An article named in a sentence wrapped before it (``... có tên tại`` / ``Điều 1 chịu trách
#: nhiệm ...``): its number followed by a word in lower case, where an article's heading has a
#: stop, a colon or its title.
_ARTICLE_CITED = re.compile(r"^Điều\s+\d+\s+([^\W\d_])")


@dataclass
class Body:
    """Kính gửi, căn cứ and content of a letter."""

    kinh_gui: list[str] = field(default_factory=list)
    can_cu: list[str] = field(default_factory=list)
    noi_dung: list[str] = field(default_factory=list)


def starts_paragraph(line: str) -> bool:
    """A numbered heading, a bullet, a căn cứ or Kính gửi line, a table row, the closing
    ``Trên đây là ...``: always a new one.

    >>> [starts_paragraph(x) for x in ("1.1. Tập thể", "a) Đối với", "- Các sở", "giai đoạn")]
    [True, True, True, False]
    >>> starts_paragraph("Trên đây là báo cáo ..."), starts_paragraph("trên đây là nhiệm vụ")
    (True, False)
    >>> starts_paragraph("Điều 1 chịu trách nhiệm thi hành"), starts_paragraph("Điều 1 Thành lập")
    (False, True)
    """
    k = key(line)
    mo_dau = rules()["mo_dau"]
    if line.startswith(_BULLET) or line == "---" or rules()["loi_chao"].match(k):
        return True
    if rules()["loi_ket"].match(k):
        return line[0].isupper()  # "Trên đây là báo cáo ...": the body's closing paragraph
    if mo_dau["can_cu"].match(k) or mo_dau["kinh_gui"].match(k):
        return line[0].isupper()
    match = _MARK.match(k)
    cited = _ARTICLE_CITED.match(line)
    if match is None or cited and cited.group(1).islower():
        return False
    return line[0].isupper() or line[0].isdigit() or match.group().endswith(") ") \
        or bool(re.match(r"[a-zđ][.)]\s", k))


def _mostly_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


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
        return _wrapped_under_addressee([line for line in lines if line])
    out: list[str] = []
    blank = True
    addressee = False  # out[-1] is "Kính gửi: ..." or one of its "- ..." recipients
    whole = False  # the line before was longer than a printed line: a paragraph typed whole
    short = _short_line(lines)
    ended, previous = False, ""  # the line before stopped well before the right margin
    cited_end = False  # ... and closed a căn cứ with a comma: the căn cứ ends there
    for at, line in enumerate(lines):
        if not line:
            blank = True
            continue
        line = _STROKE_AFTER_ITEM.sub(";", line)
        if out and not addressee and _speck_before_words(out[-1], line) \
                and not _speck_before_words("", next((n for n in lines[at + 1:] if n), ""),
                                            listed=True):
            line = line[1:].lstrip()
        if out and (_wraps_name(out[-1], line) or _wrapped_item(out[-1], line) if addressee
                    else _continues(out[-1], line, blank, whole)
                    and not (ended and _item_or_label(previous, line, short))
                    and not (cited_end and line[0].isupper())):
            glue = "" if re.search(r"\d-$", out[-1]) and line[0].isdigit() else " "
            if addressee and line.startswith("(") and out[-1].endswith("."):
                out[-1] = out[-1][:-1]  # "Công ty X." / "(Địa chỉ: ...)": one recipient
            out[-1] = out[-1] + glue + line
        else:
            after_bare = addressee and bool(_BARE_KINH_GUI.fullmatch(key(out[-1]).strip()))
            addressee = bool(rules()["mo_dau"]["kinh_gui"].match(key(line))) \
                or (addressee and (line.startswith(_BULLET) or after_bare))
            out.append(line)
        blank = False
        whole = len(line) > _PRINTED_LINE and not line.endswith(("-", "–", ","))
        ended = len(line) < short and not line.endswith(("-", "–", ",")) \
            and key(line).split()[-1] not in rules()["noi_tiep"]
        cited_end = len(line) < short and line.endswith(",") \
            and bool(rules()["mo_dau"]["can_cu"].match(key(out[-1])))
        previous = line
    return _article_text(out)


#: A dash before a word in small letters that goes on with a sentence the line above left
#: unfinished (``... là tổ chức phối hợp liên ngành`` / ``- giúp Thủ tướng Chính phủ ...``): a
#: speck of the scan read as a dash, for an item opens with a capital or under a line that
#: ends with a colon, a semicolon or a comma.
_SPECK_DASH = re.compile(r"^[-–]\s+(?P<first>\w)")


def _speck_before_words(before: str, line: str, listed: bool = False) -> bool:
    """The line's dash is a speck: the paragraph above, long and in sentence case, ends in
    no mark and is no dashed item itself, and the words after the dash are in small letters
    (``listed``: only the last, a dash before small letters, as the items of a list open; a
    dash followed by another such line is a list whose lead lost its colon, never a speck).

    >>> _speck_before_words("Điều 1. Thành lập Tổ công tác là tổ chức phối hợp liên ngành",
    ...                     "- giúp Thủ tướng Chính phủ nghiên cứu, chỉ đạo.")
    True
    >>> _speck_before_words("1. Giảng viên thực hiện việc ra đề thi như sau:", "- giảng viên ra đề")
    False
    >>> _speck_before_words("Điều 1. Thành lập Tổ công tác là tổ chức phối hợp liên ngành",
    ...                     "- Giúp Thủ tướng Chính phủ.")
    False
    >>> _speck_before_words("a) Đối tượng", "- cán bộ, công chức.")
    False
    >>> _speck_before_words("Điều 1. Thành lập Tổ công tác là tổ chức phối hợp liên ngành",
    ...                     "- Đánh giá về công tác tổ chức.")
    False
    >>> _speck_before_words("- rà soát kế hoạch của các đơn vị trực thuộc trên địa bàn toàn tỉnh",
    ...                     "- nộp báo cáo về Sở Nội vụ trước ngày 30/6")
    False
    """
    dash = _SPECK_DASH.match(line)
    if dash is None or not dash.group("first").islower():
        return False
    return listed or len(before) >= 60 and not before.startswith(_BULLET) \
        and not _END.search(before) and not before.rstrip().endswith((",", "-", "–")) \
        and not _mostly_capitals(before)


def _wrapped_under_addressee(paras: list[str]) -> list[str]:
    """A Word paragraph in brackets under a recipient of the Kính gửi (its address, ``(Theo Kế
    hoạch số ...)``) belongs to that recipient, as a wrapped line of a PDF does; so does one in
    lower case under a recipient that ends in no stop: the end of its name, wrapped by Enter
    (``- Các đơn vị hoạt động hóa chất`` / ``trên địa bàn tỉnh.``).

    >>> _wrapped_under_addressee(["Kính gửi: Công ty X.", "(địa chỉ: phường Lào Cai)", "Ngày 14"])
    ['Kính gửi: Công ty X (địa chỉ: phường Lào Cai)', 'Ngày 14']
    >>> _wrapped_under_addressee(["Kính gửi:", "- Sở A;", "- Các đơn vị hoạt động ", "trên địa "
    ...                           "bàn tỉnh.", "Thực hiện chỉ đạo"])[2:]
    ['- Các đơn vị hoạt động trên địa bàn tỉnh.', 'Thực hiện chỉ đạo']
    >>> _wrapped_under_addressee(["Kính gửi:", "- Sở A;", "- Sở B", "Thực hiện chỉ đạo"])[2:]
    ['- Sở B', 'Thực hiện chỉ đạo']
    """
    out: list[str] = []
    addressee = False
    for para in paras:
        line = para.strip()
        if out and addressee and line.startswith("(") and _wrapped_item(out[-1].rstrip(), line):
            out[-1] = out[-1].rstrip().removesuffix(".") + " " + line
            continue
        previous = out[-1].rstrip() if out else ""
        if addressee and line[:1].islower() \
                and (_wraps_name(previous, line) or _wrapped_item(previous, line)):
            out[-1] = previous + " " + line
            continue
        addressee = bool(rules()["mo_dau"]["kinh_gui"].match(key(line))) \
            or (addressee and line.startswith(_BULLET))
        out.append(para)
    return out


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


def _wraps_name(previous: str, line: str) -> bool:
    """A recipient's name goes on in the next line only when that line starts in lower case
    (``Kính gửi: Ủy ban nhân dân`` / ``tỉnh Lạng Sơn``): the body never joins a Kính gửi.

    >>> _wraps_name("Kính gửi: Ủy ban nhân dân", "tỉnh Lạng Sơn")
    True
    >>> _wraps_name("Kính gửi: Ủy ban nhân dân tỉnh", "Sở Nội vụ đề nghị các đơn vị báo cáo")
    False
    >>> _wraps_name("Kính gửi:", "Ủy ban nhân dân tỉnh"), _wraps_name("- Sở A;", "và Sở B")
    (False, False)
    """
    if _BARE_KINH_GUI.fullmatch(key(previous).strip()):
        return False  # the recipient stands on the line under "Kính gửi:": read_body takes it
    return line[0].islower() and not _END.search(previous) and not starts_paragraph(line)


def _wrapped_item(previous: str, line: str) -> bool:
    """A recipient of a Kính gửi list wrapped over lines (``- Các Sở, ngành: Công`` / ``an
    tỉnh, Bộ Chỉ huy`` / ``Bộ đội Biên phòng tỉnh;``), or its address under it in brackets.

    >>> _wrapped_item("- Các Sở, ngành: Công", "Bộ đội Biên phòng tỉnh;")
    True
    >>> _wrapped_item("- Sở A;", "- Sở B."), _wrapped_item("- Sở A;", "Thực hiện Kế hoạch ...")
    (False, False)
    >>> _wrapped_item("Kính gửi: Công ty TNHH Đại Đồng Tiến.", "(Địa chỉ: số 190, phường Yên Bái)")
    True
    >>> _wrapped_item("Kính gửi: Bà Nguyễn Thị Ngọc", "Địa chỉ: Thôn Vĩnh Xuân, thị xã Đức")
    True
    >>> _wrapped_item("Kính gửi: Bà Ngọc Địa chỉ: Thôn Vĩnh Xuân, xã Đức", "Phổ, tỉnh Quảng Ngãi")
    True
    >>> _wrapped_item("Kính gửi: Bà Ngọc Địa chỉ: thị xã Đức Phổ", "Hiện nay, bà Ngọc khiếu nại "
    ...               "Quyết định số 7770/QĐ-UBND ngày 13/12/2023 của UBND thị xã")
    False
    """
    if line.startswith("(") and (line.endswith(")") or "địa chỉ" in line.lower()[:12]):
        return not previous.endswith((";", ":")) or "địa chỉ" in line.lower()[:12]
    if _ADDRESS.match(key(line)) or _address_on(line) and _ADDRESS.search(key(previous)):
        return not previous.endswith((";", ":", ".")) and not _BARE_KINH_GUI.fullmatch(
            key(previous).strip()) and (len(line) <= 60 or _ADDRESS.match(key(line)) is not None)
    return previous.startswith(_BULLET) and not _END.search(previous) \
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


_LABEL = re.compile(r"^(?:[-+•]\s*)?[^\W\d_]+(?:\s+[^\W\d_]+){0,4}\s*:\s*\S")


def _item_or_label(previous: str, line: str, short: int) -> bool:
    """After a line that stopped well before the right margin, ``line`` opens a paragraph of
    its own when both are short lines in sentence case (a list's items, one a line) or when
    either is a label with its value (``Điện thoại: 0898.129.994`` / ``Người đại diện ...``,
    ``Người đại diện theo pháp luật của Công ty`` / ``Ông: Bùi Trung Hiếu; ...``).

    >>> _item_or_label("Người đại diện theo pháp luật", "Ông: Bùi Trung Hiếu; Ngày sinh", 54)
    True
    >>> _item_or_label("Tuyên truyền về bầu cử", "Tập huấn cho tổ bầu cử", 54)
    True
    >>> _item_or_label("Xét đề nghị của Giám đốc", "Sở Nông nghiệp & Phát triển nông thôn "
    ...                "tỉnh tại Tờ trình số 473/TTr - NN&PTNT", 54)
    False
    """
    if not line[0].isupper() or _mostly_capitals(line) or _mostly_capitals(previous):
        return False
    return len(line) < short or any(_LABEL.match(x) or x.endswith(":") for x in (previous, line))


def _short_line(lines: list[str]) -> int:
    """How short a line is that ended its paragraph before the right margin: under 60 % of
    the lines' usual length (the longest quarter's shortest), when that is a printed line's
    (60 characters or more); 0 when the lines are too few or too short to tell.

    >>> _short_line(["x" * 90] * 6 + ["Ông: Bùi Trung Hiếu;"]), _short_line(["Số 1", "Số 2"])
    (54, 0)
    """
    sizes = sorted(len(x) for x in lines if x and not x.startswith("|"))
    if len(sizes) < 4:
        return 0
    usual = sizes[len(sizes) * 3 // 4]
    return int(usual * 0.6) if usual >= 60 else 0


#: More characters than a line of an A4 page holds in 13-14 pt Times (about 90): a line this
#: long is a paragraph the PDF reader joined, or one typed whole, never a wrapped piece.
_PRINTED_LINE = 120


def _continues(previous: str, line: str, blank: bool, whole: bool = False) -> bool:
    """Whether ``line`` goes on the paragraph ``previous``; ``whole``: the line before it was
    longer than a printed line and did not stop at a dash or a comma, so a paragraph typed whole
    (a Word paragraph copied as one line), which a line opening with a capital does not continue.

    >>> _continues("Điều 3. Các ông (bà) thi hành Quyết định này", "Quyết định này có hiệu lực.",
    ...            False, whole=True)
    False
    >>> _continues("Các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành", "Quyết định này.",
    ...            False)
    True
    """
    if _dashed_name(previous, line):
        return True
    if starts_paragraph(line) or previous.endswith("|") or previous == "---":
        return False
    if previous.startswith("(") and previous.endswith(")") and line[0].isupper():
        return False  # "(Có bản dự thảo Quyết định kèm theo)": a note on a line of its own
    words = key(previous).split()
    if _END.search(previous):
        return False
    if line[0].islower():
        return True
    if blank or (_mostly_capitals(line) and not _mostly_capitals(previous)
                 and sum(any(c.isalpha() for c in w) for w in line.split()) >= 2):
        return False
    if words[-1] in rules()["noi_tiep"]:
        return True  # a line cut after "ngày", "số", "của" ...
    if len(line) > _PRINTED_LINE or whole:
        return False  # longer than a printed line: a paragraph already whole (a PDF's, typed)
    if _MARK.match(key(previous)) and len(previous) < 80:
        return _mostly_capitals(previous) and _mostly_capitals(line)
    return True


def _dashed_name(previous: str, line: str) -> bool:
    """``Sở Lao động`` / ``- Thương binh và Xã hội``: a name with a dash, wrapped at the dash.

    >>> _dashed_name("Theo đề nghị của Sở Lao động", "- Thương binh và Xã hội tại Tờ trình")
    True
    >>> _dashed_name("Kính gửi:", "- Sở Lao động - Thương binh và Xã hội")
    False
    """
    before, after = key(previous).rstrip(), key(line)
    return any(before.endswith(f" {a}") and re.match(rf"[-–]\s*{b}\b", after)
               for a, b in rules()["ten_gach"])


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
        while wraps and i < len(paras) and _list_goes_on(paras[i]):
            rest, i = f"{rest} {paras[i]}", i + 1  # one addressee whose list of names wraps
            wraps = not rest.endswith((".", ";"))
        if rest:
            body.kinh_gui.extend(_items(rest))
        while i < len(paras) and paras[i].startswith(_BULLET):
            body.kinh_gui.extend(_items(paras[i]))
            i += 1
        if not body.kinh_gui and not rest and i < len(paras) and len(paras[i]) < 200 \
                and not _END.search(paras[i].rstrip(";.")) and not starts_paragraph(paras[i]):
            body.kinh_gui.append(_cut_end(paras[i]))
            i += 1
    while can_cu and i < len(paras) and (mo_dau["can_cu"].match(key(_undashed(paras[i])))
                                         or body.can_cu and (_cited(paras[i]) or mo_dau[
                                             "can_cu_tiep"].match(key(_undashed(paras[i]))))) \
            and not is_upper_vi(paras[i]) \
            and not paras[i].rstrip().endswith("./.") \
            and not (paras[i].rstrip().endswith(":") and not _colon_for_semicolon(paras, i)) \
            and not rules()["mo_than_bai"].search(key(paras[i])) \
            and (thuc_hien or not rules()["mo_bao_cao"].match(key(_undashed(paras[i])))):
        body.can_cu.append(_cut_end(_undashed(paras[i]).rstrip(":").rstrip()))
        i += 1
    body.noi_dung = paras[i:]
    return body


def _list_goes_on(para: str) -> bool:
    """Under a Kính gửi ending in a comma, a paragraph that goes on with its list of names:
    names of a few words parted by commas, in no sentence (no word of a paragraph's opening, no
    bullet), its last name wrapped or not (``Cà Mau, Cao Bằng, Quảng`` / ``Ngãi, Gia Lai,`` /
    ``Tháp, Vĩnh Long.``).

    >>> _list_goes_on("Cà Mau, Cao Bằng, Bắc Ninh, Quảng"), _list_goes_on("Tháp, Vĩnh Long.")
    (True, True)
    >>> _list_goes_on("Thực hiện Nghị quyết số 163/2024/QH15, Bộ Công an đề nghị như sau:")
    False
    >>> _list_goes_on("Vừa qua, Sở đã nhận được văn bản của các đơn vị.")
    False
    """
    names = para.strip().rstrip(".,;").split(",")
    return len(para) <= 400 and len(names) >= 2 and all(len(x.split()) <= 4 for x in names) \
        and not starts_paragraph(para) \
        and not any(p.match(key(para)) for p in rules()["mo_dau"].values())


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


_CITED = re.compile(r"(luat|bo luat|nghi dinh|nghi quyet|thong tu|quyet dinh|chi thi|ket luan"
                    r"|van ban|cong van|ke hoach|huong dan)\s+(so\b|\d)")


def _items(text: str) -> list[str]:
    """``- Bộ Xây dựng; - UBND tỉnh.`` → the addressees, without dash and final mark.

    A blank left to fill in by hand (``Kính gửi: ..........``) gives none.
    """
    parts = [p for p in re.split(r"(?:^|;\s*)[-+•–]\s+", text) if p.strip()] or [text]
    items = [_cut_end(p.strip()) for p in parts]
    return [item for item in items if any(c.isalpha() for c in item)]


def _cut_end(text: str) -> str:
    """``text`` without the ``;``, ``,``, ``.`` and ``./.`` it ends with, nor the spaces
    before them (read from the end, so a long line costs one pass).

    >>> _cut_end("Căn cứ Luật A;"), _cut_end("Trân trọng./."), _cut_end("x/")
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
