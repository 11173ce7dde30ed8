"""Whether a line of a letter's body opens a paragraph or goes on with the one above: headings,
bullets and openings, a speck read as a dash, a list's short items and labels, a line wrapped
at a joining word or at a name's dash."""

from __future__ import annotations

import re

from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.vietnamese.text import is_upper_vi

_MARK = re.compile(r"^(\d{1,2}(\.\d{1,2})+\.?\s|\d{1,2}[.)]\s|[ivx]{1,5}[.)]\s|[a-zđ][.)]\s"
                   r"|dieu\s+\d+\b|(phan|chuong|muc)\s+(thu\s+\w+|[ivxlc]+\b|\d+\b))")
BULLET = ("-", "+", "*", "•", "|", "–")
END = re.compile(r"([.:;!?]|\./\.)[”\"')]*$")
#: An article named in a sentence wrapped before it (``... có tên tại`` / ``Điều 1 chịu trách
#: nhiệm ...``): its number followed by a word in lower case, where an article's heading has a
#: stop, a colon or its title.
_ARTICLE_CITED = re.compile(r"^Điều\s+\d+\s+([^\W\d_])")


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
    if line.startswith(BULLET) or line == "---" or rules()["loi_chao"].match(k):
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


def mostly_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


#: A dash before a word in small letters that goes on with a sentence the line above left
#: unfinished (``... là tổ chức phối hợp liên ngành`` / ``- giúp Thủ tướng Chính phủ ...``): a
#: speck of the scan read as a dash, for an item opens with a capital or under a line that
#: ends with a colon, a semicolon or a comma.
_SPECK_DASH = re.compile(r"^[-–]\s+(?P<first>\w)")


def speck_before_words(before: str, line: str, listed: bool = False) -> bool:
    """The line's dash is a speck: the paragraph above, long and in sentence case, ends in
    no mark and is no dashed item itself, and the words after the dash are in small letters
    (``listed``: only the last, a dash before small letters, as the items of a list open; a
    dash followed by another such line is a list whose lead lost its colon, never a speck).

    >>> speck_before_words("Điều 1. Thành lập Tổ công tác là tổ chức phối hợp liên ngành",
    ...                     "- giúp Thủ tướng Chính phủ nghiên cứu, chỉ đạo.")
    True
    >>> speck_before_words("1. Giảng viên thực hiện việc ra đề thi như sau:", "- giảng viên ra đề")
    False
    >>> speck_before_words("Điều 1. Thành lập Tổ công tác là tổ chức phối hợp liên ngành",
    ...                     "- Giúp Thủ tướng Chính phủ.")
    False
    >>> speck_before_words("a) Đối tượng", "- cán bộ, công chức.")
    False
    >>> speck_before_words("Điều 1. Thành lập Tổ công tác là tổ chức phối hợp liên ngành",
    ...                     "- Đánh giá về công tác tổ chức.")
    False
    >>> speck_before_words("- rà soát kế hoạch của các đơn vị trực thuộc trên địa bàn toàn tỉnh",
    ...                     "- nộp báo cáo về Sở Nội vụ trước ngày 30/6")
    False
    """
    dash = _SPECK_DASH.match(line)
    if dash is None or not dash.group("first").islower():
        return False
    return listed or len(before) >= 60 and not before.startswith(BULLET) \
        and not END.search(before) and not before.rstrip().endswith((",", "-", "–")) \
        and not mostly_capitals(before)


_LABEL = re.compile(r"^(?:[-+•]\s*)?[^\W\d_]+(?:\s+[^\W\d_]+){0,4}\s*:\s*\S")


def item_or_label(previous: str, line: str, short: int) -> bool:
    """After a line that stopped well before the right margin, ``line`` opens a paragraph of
    its own when both are short lines in sentence case (a list's items, one a line) or when
    either is a label with its value (``Điện thoại: 0898.129.994`` / ``Người đại diện ...``,
    ``Người đại diện theo pháp luật của Công ty`` / ``Ông: Bùi Trung Hiếu; ...``).

    >>> item_or_label("Người đại diện theo pháp luật", "Ông: Bùi Trung Hiếu; Ngày sinh", 54)
    True
    >>> item_or_label("Tuyên truyền về bầu cử", "Tập huấn cho tổ bầu cử", 54)
    True
    >>> item_or_label("Xét đề nghị của Giám đốc", "Sở Nông nghiệp & Phát triển nông thôn "
    ...                "tỉnh tại Tờ trình số 473/TTr - NN&PTNT", 54)
    False
    """
    if not line[0].isupper() or mostly_capitals(line) or mostly_capitals(previous):
        return False
    return len(line) < short or any(_LABEL.match(x) or x.endswith(":") for x in (previous, line))


def short_line(lines: list[str]) -> int:
    """How short a line is that ended its paragraph before the right margin: under 60 % of
    the lines' usual length (the longest quarter's shortest), when that is a printed line's
    (60 characters or more); 0 when the lines are too few or too short to tell.

    >>> short_line(["x" * 90] * 6 + ["Ông: Bùi Trung Hiếu;"]), short_line(["Số 1", "Số 2"])
    (54, 0)
    """
    sizes = sorted(len(x) for x in lines if x and not x.startswith("|"))
    if len(sizes) < 4:
        return 0
    usual = sizes[len(sizes) * 3 // 4]
    return int(usual * 0.6) if usual >= 60 else 0


#: More characters than a line of an A4 page holds in 13-14 pt Times (about 90): a line this
#: long is a paragraph the PDF reader joined, or one typed whole, never a wrapped piece.
PRINTED_LINE = 120


def continues(previous: str, line: str, blank: bool, whole: bool = False) -> bool:
    """Whether ``line`` goes on the paragraph ``previous``; ``whole``: the line before it was
    longer than a printed line and did not stop at a dash or a comma, so a paragraph typed whole
    (a Word paragraph copied as one line), which a line opening with a capital does not continue.

    >>> continues("Điều 3. Các ông (bà) thi hành Quyết định này", "Quyết định này có hiệu lực.",
    ...            False, whole=True)
    False
    >>> continues("Các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành", "Quyết định này.",
    ...            False)
    True

    An article's first line cut after a comma goes on, however long the line under it:

    >>> continues("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các: Sở Y tế,",
    ...           "Sở Thông tin và Truyền thông; " * 6, False)
    True
    """
    if _dashed_name(previous, line):
        return True
    if starts_paragraph(line) or previous.endswith("|") or previous == "---":
        return False
    if previous.startswith("(") and previous.endswith(")") and line[0].isupper():
        return False  # "(Có bản dự thảo Quyết định kèm theo)": a note on a line of its own
    words = key(previous).split()
    if END.search(previous):
        return False
    if line[0].islower():
        return not _heading(previous)
    if blank or (mostly_capitals(line) and not mostly_capitals(previous)
                 and sum(any(c.isalpha() for c in w) for w in line.split()) >= 2):
        return False
    if words[-1] in rules()["noi_tiep"]:
        return True  # a line cut after "ngày", "số", "của" ...
    if previous.endswith(",") and _MARK.match(key(previous)) and len(previous) >= 40:
        return True  # "Điều 3. ..., Giám đốc các: Sở Y tế," / "Sở Thông tin ...": a list cut
    if len(line) > PRINTED_LINE or whole:
        return False  # longer than a printed line: a paragraph already whole (a PDF's, typed)
    if _MARK.match(key(previous)) and len(previous) < 80:
        return mostly_capitals(previous) and mostly_capitals(line)
    return True


def _heading(paragraph: str) -> bool:
    """A paragraph wholly in capitals, of two words or more (``I. ĐẶC ĐIỂM TÌNH HÌNH``, ``TOÀN
    BỘ CHỮ HOA``): a heading (contract §2), which a line in small letters does not go on
    (contract12 #14); one in capitals still does (``I. CĂN CỨ XÂY DỰNG`` / ``KẾ HOẠCH``).

    >>> _heading("I. ĐẶC ĐIỂM TÌNH HÌNH"), _heading("HĐND"), _heading("I. Kết quả thực hiện")
    (True, False, False)
    """
    return is_upper_vi(paragraph) and sum(any(c.isalpha() for c in w)
                                          for w in paragraph.split()) >= 2


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
