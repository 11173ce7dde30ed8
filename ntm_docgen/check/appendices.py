"""The attachments filed after a letter's signature ("Phụ lục 02", "PHỤ LỤC SỐ 01: DANH SÁCH
..."): the name a finding inside one is given, a place the văn thư finds in a file of many pages,
where a paragraph's number is not."""

from __future__ import annotations

import re

from ntm_docgen.check.elements import key
from ntm_docgen.check.findings import Finding, rules
from ntm_docgen.check.locate_sign import table_of
from ntm_docgen.check.paras import Para
from ntm_docgen.check.reader import Document
from ntm_docgen.vietnamese.loai import split_heading

#: a form's line is a line of its own, not a sentence that opens with "Mẫu"
_FORM_LINE_MAX = 200
#: the lines under a form's name its header's Quốc hiệu stands within ("TÊN ĐƠN VỊ" beside it)
_HEADER_BELOW = 3


def name_appendices(doc: Document, found: list[Finding], end: int | None) -> None:
    """Name, on each finding after the letter's signature (``end``), the heading of the
    attachment its paragraph is in. An attachment runs to the next heading, to a PHIẾU TRÌNH
    or to another paper's header (its Quốc hiệu, with the issuer beside it), not to a tên loại
    under its heading (an outline's "BÁO CÁO") nor to the header of a form it holds (under its
    "Mẫu số 01" line)."""
    if end is None:
        return
    after = [para for para in doc.paras if para.index > end]
    heads: list[tuple[int, str]] = []
    for para in after:
        name = appendix_name(para.clean)
        if name:
            heads.append((para.index, name))
        elif heads and heads[-1][1] and _another_paper(para):
            start = _paper_start(para, after, heads[-1][0])
            if not _a_form(after, start):
                heads.append((start, ""))
    if not heads:
        return
    index = {id(p.el): p.index for p in doc.paras}
    for finding in found:
        if finding.element_key.startswith("phu_luc"):
            continue  # told of the attachment's own heading or note
        at = index.get(id(finding.anchor))
        above = [text for n, text in heads if at is not None and n <= at]
        if above:
            finding.appendix = above[-1]


def appendix_name(text: str) -> str:
    """The attachment's name its heading gives (as typed, without the title after it); '' for
    a line that is no such heading.

    >>> appendix_name("Phụ lục số 01"), appendix_name("PHỤ LỤC I."), appendix_name("Phụ lục 1a")
    ('Phụ lục số 01', 'PHỤ LỤC I', 'Phụ lục 1a')
    >>> appendix_name("Phụ lục II-A"), appendix_name("PHỤ LỤC 02: DANH SÁCH CÁC XÃ ĐẠT CHUẨN")
    ('Phụ lục II-A', 'PHỤ LỤC 02')
    >>> appendix_name("PHỤ LỤC 03 BIỂU TỔNG HỢP"), appendix_name("Phụ lục 02 – Kết quả")
    ('PHỤ LỤC 03', 'Phụ lục 02')
    >>> appendix_name("Phụ lục 01 kèm theo báo cáo này"), appendix_name("Phụ lục chi tiết")
    ('', '')
    """
    match = re.match(rules()["phu_luc_named"], text, re.IGNORECASE)
    if match is None:
        return ""
    rest = text[match.end():].strip()
    if rest and rest[0] not in ".:–—-" and not rest.isupper():
        return ""  # a sentence that speaks of the attachment
    return " ".join(match.group(0).split())


def _another_paper(para: Para) -> bool:
    """True for the head of another paper filed after an attachment, no part of it: an
    internal form's name alone in capitals (PHIẾU TRÌNH), or a header's Quốc hiệu."""
    text = para.clean
    if key(rules()["quoc_hieu"]) in key(text):
        return True
    heading = split_heading(text) if text.isupper() else None
    return heading is not None and not heading.words and heading.nhom == "noi_bo"


def _paper_start(para: Para, after: list[Para], heading: int) -> int:
    """Where the paper ``para`` heads begins: its header table's first paragraph (the issuer
    beside the Quốc hiệu), or ``para`` itself; never at or above the attachment's heading."""
    table = table_of(para)
    start = min((p.index for p in after if table is not None and table_of(p) is table),
                default=para.index)
    return max(start, heading + 1)


def _a_form(after: list[Para], start: int) -> bool:
    """True when the last line with text above ``start`` names a form ("Mẫu số 01/BCĐBQH-MT"):
    the header there is the form's, one of the attachment's own pages."""
    above = [p.clean for p in after if p.index < start and p.clean.strip()]
    return bool(above) and re.match(rules()["phu_luc_form"], above[-1], re.IGNORECASE) is not None


def form_lines(paras: list[Para]) -> set[int]:
    """The paragraphs (their index) of the ministries' forms a phụ lục kept as a file of its
    own holds ("Mẫu 09 - Sơ yếu lý lịch tự thuật" and the form under it, its headings, tables
    and small type as the ministry issued them): each from its form's line to the next form's
    line, the phụ lục's next heading or note ("PHỤ LỤC", "(Ban hành kèm theo ...)") or its next
    item (a bold "2." after its item 1, the items counted from 1 outside the forms). The form's
    own line is one of them.

    A form is a line naming it over a header of its own: a "Mẫu 01" line, or a line its
    Thông tư names as a phụ lục ("Phụ lục 01: Văn bản đề nghị ...") with the form's Quốc hiệu
    under it; a "Phụ lục 01: ..." line with none is the phụ lục's heading, or a line naming the
    form. A form's "PHẦN I. THÔNG TIN CHUNG", "I." or "1." is the form's, not the phụ lục's."""
    opens = re.compile(rules()["kem_theo"]["form_start"])
    note = re.compile(rules()["phu_luc_note"])
    printed = [p for p in paras if p.clean.strip()]
    after = {p.index: printed[n + 1:n + 1 + _HEADER_BELOW] for n, p in enumerate(printed)}
    inside, found, item = False, set(), 0
    for para in paras:
        text = para.clean.strip()
        number = _item(para)
        if len(text) <= _FORM_LINE_MAX and (opens.match(text) or appendix_name(text) and any(
                key(rules()["quoc_hieu"]) in key(p.clean) for p in after.get(para.index, []))):
            inside = True
        elif para.cell is None and (note.match(text) or appendix_name(text) or
                                    item and number == item + 1):  # a form's own "1." is not
            inside = False
        if inside:
            found.add(para.index)
        elif number == item + 1:  # a list inside an item, "1. Trường hợp 1", is none
            item = number
    return found


def _item(para: Para) -> int:
    """The number of a phụ lục's own item, "2. Cấp lại giấy ..." in bold outside a table, the
    whole line (a case in it, "13. Trường hợp 13: Hồ sơ ...", is bold only at its start); 0 for
    any other line."""
    match = re.match(r"(\d{1,3})\.\s", para.clean.strip())
    bold = all(r.props.bold for r in para.runs if r.text.strip())
    return int(match[1]) if match and bold and para.cell is None else 0
