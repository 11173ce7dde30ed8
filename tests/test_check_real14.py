"""check on the fourteenth round of real letters (the Mặt trận of a phường and of Quảng Ninh, the
Công an and the Sở Tư pháp of Lâm Đồng, the UBND of Lâm Đồng and Hà Giang, a Văn phòng's phiếu
trình, 2024-2026): each thing a văn thư saw printed there and check misread, built into a
letter, is read as printed, and the departure beside it still told."""

from __future__ import annotations

import pytest
from check_letter import LEFT_TEXT_MM, added_after, edit, find
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from ntm_docgen.check import check_file, fix_file
from ntm_docgen.i18n import set_language
from ntm_docgen.letter.context import text_width

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _rules(path) -> set[str]:
    return {f.rule for f in check_file(path)}


def _dash_list(document) -> int:
    """A list of Word's whose items print "-<Tab>" before their text; its numId."""
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/>'
                               '</w:num>'))
    return 90


def _listed_recipients(document, last: str) -> None:
    """The Mặt trận tỉnh's Nơi nhận: its recipients typed without "- ", each an item of a dash
    list Word prints; the last before the Lưu line reads ``last``."""
    num = _dash_list(document)
    items = [find(document, r"^- Ban TĐKT"), find(document, r"^- UBND tỉnh \(b/c\)")]
    for para, text in zip(items, ("Ban TĐKT Trung ương;", last), strict=True):
        para.runs[0].text = text
        for run in para.runs[1:]:
            run.text = ""
        para._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'))


@pytest.mark.parametrize(("last", "told"), [
    ("UBND tỉnh (b/c);", False), ("UBND tỉnh (b/c)", True),
], ids=["items-of-a-dash-list", "one-without-its-semicolon"])
def test_recipients_of_a_word_list_read_with_the_dash_it_prints(hd, tmp_path, last, told):
    """The Mặt trận tỉnh Quảng Ninh's Nơi nhận prints "-<Tab>UBND tỉnh;": the dash is Word's
    list's, not typed. Each recipient was told 'not written "- <name>;"' (7 on the letter),
    and two were joined as one. Read as printed, with its dash; one without its ";" is
    still told."""
    found = _rules(edit(hd, tmp_path / "list.docx", lambda d: _listed_recipients(d, last)))
    assert ("noi_nhan_item.form" in found) is told


def _bare_vv(document, text: str) -> None:
    """The UBND tỉnh Lâm Đồng's công văn to a Liên đoàn: its trích yếu under the number typed
    without "V/v" ("Về kết quả Đại hội ...")."""
    find(document, r"^V/v").runs[0].text = text


@pytest.mark.parametrize("text", ["Về kết quả Đại hội Liên đoàn Võ thuật cổ truyền",
                                  "Về việc sơ kết phong trào thi đua"],
                         ids=["ve", "ve-viec"])
def test_a_trich_yeu_typed_without_vv_is_the_vv_line_told_so(cv, tmp_path, text):
    """It was told "no tên loại nor V/v line" (a denial: the trích yếu prints under the
    number). It is the V/v line, told to begin with "V/v" in place of "Về" (or "Về việc")."""
    set_language("en")
    findings = check_file(edit(cv, tmp_path / "ve.docx", lambda d: _bare_vv(d, text)))
    rules = {f.rule for f in findings}
    assert "ten_loai.missing" not in rules
    form = next(f for f in findings if f.rule == "vv.form")
    word = "Về việc" if text.startswith("Về việc") else "Về"
    assert f'write "V/v" in place of "{word}"' in form.message


def _step(document, title_align, bold: bool = True,
          title: str = "Tổ chức hội nghị hiệp thương lần thứ nhất") -> None:
    """The Mặt trận tỉnh's Hướng dẫn: a part headed "BƯỚC MỘT", centred and bold, its title
    under it in bold small letters, indented 1.27 cm as the body is (``title_align``)."""
    above = find(document, r"^Sở Nội vụ hướng dẫn")
    texts = [("BƯỚC MỘT", WD_ALIGN_PARAGRAPH.CENTER, True),
             (title, title_align, bold)]
    made = added_after(document, above, [text for text, _align, _strong in texts])
    for new, (_text, align, strong) in zip(made, texts, strict=True):
        new.runs[0].font.bold = strong
        new.alignment = align
        new.paragraph_format.first_line_indent = Cm(1.27)


@pytest.mark.parametrize(("align", "bold", "told", "says"), [
    (WD_ALIGN_PARAGRAPH.CENTER, True, False, ""),
    (WD_ALIGN_PARAGRAPH.LEFT, True, True, "under the heading"),
    (WD_ALIGN_PARAGRAPH.CENTER, False, True, "justify"),
], ids=["title-centred", "title-set-left", "a-sentence-centred"])
def test_the_title_under_a_centred_heading_is_centred_as_it(hd, tmp_path, align, bold, told,
                                                            says):
    """The bold lines centred under "BƯỚC MỘT" … "BƯỚC NĂM" were told "not justified" (one
    finding, seven paragraphs): they are the parts' titles, centred as the headings above them.
    One set to the left is told to be centred as its heading is; a sentence in ordinary
    letters centred there is still body text to justify."""
    set_language("en")
    findings = check_file(edit(hd, tmp_path / "step.docx", lambda d: _step(d, align, bold)))
    justify = [f for f in findings if f.rule == "body.justify"]
    assert bool(justify) is told
    assert all(says in f.message for f in justify)


def test_a_numbered_point_under_a_centred_heading_opens_its_body(hd, tmp_path):
    """The xã Phú Mỹ Bắc's report: "1. Lĩnh vực nội vụ", bold and flush left under
    "NHIỆM VỤ THÁNG 7 NĂM 2026", is the part's first point, not a title to centre."""
    set_language("en")
    findings = check_file(edit(hd, tmp_path / "point.docx", lambda d: _step(
        d, WD_ALIGN_PARAGRAPH.LEFT, title="1. Lĩnh vực nội vụ")))
    assert not any("under the heading" in f.message for f in findings)


def _phieu_trinh(document, days: bool) -> None:
    """The Văn phòng's phiếu trình: PHIẾU TRÌNH under the header with a rule of 60 mm drawn
    under it (over 1/2 of the title); with ``days``, the form's table of days, ruled, where
    the signature block stood."""
    find(document, r"^HƯỚNG DẪN").runs[0].text = "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC"
    trich = find(document, r"^Tổng kết phong trào")
    rule = trich._p.getnext()
    trich._p.getparent().remove(trich._p)
    line = next(rule.iter("{urn:schemas-microsoft-com:vml}line"))
    line.set("to", "330pt,2pt")
    if days:
        _ruled(document)


def _ruled(document) -> None:
    """The signature's table ruled all round, as Word's "Table Grid" prints."""
    sign = document.tables[-1]
    sign.style = document.styles["Table Grid"]
    for borders in sign._tbl.tblPr.findall(qn("w:tblBorders")):
        sign._tbl.tblPr.remove(borders)


@pytest.mark.parametrize("days", [False, True], ids=["title-rule", "ruled-table"])
def test_a_phieu_trinh_has_no_trich_yeu_rule_nor_signature_frame_to_measure(hd, tmp_path,
                                                                            days):
    """The Văn phòng UBND tỉnh Bình Thuận's phiếu trình (an .rtf): the rule under its title
    was measured as a trích yếu's, and its ruled table of days, where the approvals are
    signed, told as "the signature and the Nơi nhận set in a table whose borders print". A
    phiếu trình is the office's own form (Phụ lục III lists none): neither is looked for in
    it. A Hướng dẫn's signature in a ruled table is still told."""
    found = _rules(edit(hd, tmp_path / "pt.docx", lambda d: _phieu_trinh(d, days)))
    assert not found & {"trich_yeu.rule_length", "khung.chu_ky"}
    if days:
        assert "khung.chu_ky" in _rules(edit(hd, tmp_path / "hd.docx", _ruled))


def _one_line_item(document, text: str) -> None:
    """The Giấy mời's "- Lãnh đạo và công chức Trung tâm ..." set with a left indent of 1 cm
    and no first-line indent, on one line as printed."""
    para = find(document, r"^Đánh giá")
    para.runs[0].text = text
    for run in para.runs[1:]:
        run.text = ""
    para.paragraph_format.first_line_indent = Pt(0)
    para.paragraph_format.left_indent = Cm(1)


def _text_of_width(low: float, high: float) -> str:
    """A recipient line whose width in 14 pt (twips) lies in (``low``, ``high``]."""
    text = "- Lãnh đạo và công chức Trung tâm Phục vụ hành chính công tỉnh"
    while text_width(text, 14, bold=False) <= low:
        text += "n"
    assert text_width(text, 14, bold=False) <= high
    return text


def test_a_line_measured_within_one_percent_over_prints_on_one_line(hd, tmp_path):
    """The Giấy mời's item measured 7501 twips where the narrowest line the decree allows,
    less its indents, holds 7500: told "first-line indent 0 mm" though it prints on one line
    indented 1 cm. Times New Roman's widths err by about 1 %: within it the line is one."""
    area = (210 - 35 - 20 - 10 - 12.7) * 1440 / 25.4
    text = _text_of_width(area, area * 1.01)
    assert "body.indent" not in _rules(edit(hd, tmp_path / "item.docx",
                                            lambda d: _one_line_item(d, text)))
    longer = text + "n" * 12  # wraps: its second line starts 1 cm in, no first-line indent
    assert "body.indent" in _rules(edit(hd, tmp_path / "wraps.docx",
                                        lambda d: _one_line_item(d, longer)))


def _party(document, where: str) -> None:
    """A letter of the Đảng: "ĐẢNG CỘNG SẢN VIỆT NAM" in place of the Quốc hiệu, issued by a
    body of the Đảng (``head``: ĐẢNG BỘ TỈNH / BAN TỔ CHỨC TỈNH ỦY in place of the Sở's
    UBND TỈNH / SỞ NỘI VỤ; the Sở's own letter so headed has the wrong motto, round 15),
    or a State letter naming the Đảng in capitals in its body (``body``)."""
    if where == "head":
        find(document, r"^CỘNG HÒA").runs[0].text = "ĐẢNG CỘNG SẢN VIỆT NAM"
        find(document, r"^UBND TỈNH").runs[0].text = "ĐẢNG BỘ TỈNH LẠNG SƠN"
        find(document, r"^SỞ NỘI VỤ$").runs[0].text = "BAN TỔ CHỨC TỈNH ỦY"
    else:
        find(document, r"^I\. MỤC ĐÍCH").runs[0].text = "ĐẢNG CỘNG SẢN VIỆT NAM"


@pytest.mark.parametrize(("where", "alone"), [("head", True), ("body", False)],
                         ids=["a-letter-of-the-dang", "a-state-letter-naming-it"])
def test_a_letter_of_the_dang_is_told_out_of_the_decrees_scope(hd, tmp_path, where, alone):
    """A party committee's letter (the Văn phòng Trung ương's Hướng dẫn 36-HD/VPTW, a Tỉnh
    ủy's Nghị quyết) was held to the decree: no Quốc hiệu, no Tiêu ngữ, its number line, its
    Nơi nhận, a dozen findings. The Đảng lays out its own letters: one note says so, and
    nothing else is held to the decree. A State letter naming the Đảng is checked as ever."""
    findings = check_file(edit(hd, tmp_path / "dang.docx", lambda d: _party(d, where)))
    rules = [f.rule for f in findings]
    assert (rules == ["dang.pham_vi"]) is alone
    assert ("dang.pham_vi" in rules) is alone
    assert all(f.severity == "luu_y" for f in findings if f.rule == "dang.pham_vi")


def _issuer_in_14(document, rule_mm: float) -> None:
    """The Sở Tư pháp's header: its name in 14 pt, the rule under it ``rule_mm`` long, half
    the name in 14 pt and more than half of it in the 13 pt --fix gives it."""
    name = find(document, r"^SỞ NỘI VỤ$")
    for run in name.runs:
        run.font.size = Pt(14)
    rule = name._p.getnext()
    indent = Mm((LEFT_TEXT_MM - rule_mm) / 2)
    fmt = next(p for p in document.tables[0].rows[0].cells[0].paragraphs
               if p._p is rule).paragraph_format
    fmt.left_indent = fmt.right_indent = indent


def _quoc_hieu_in_14(document) -> None:
    """The Công an tỉnh's header: the Quốc hiệu in 14 pt set flush left in a column just wide
    enough for it, which leaves room, and prints to one side, in 13 pt."""
    head = document.tables[0]
    for cell in head.columns[1].cells:
        cell.width = Mm(110)
    head._tbl.tblGrid.findall(qn("w:gridCol"))[1].set(qn("w:w"), str(round(110 * 1440 / 25.4)))
    quoc_hieu = find(document, r"^CỘNG HÒA")
    quoc_hieu.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for run in quoc_hieu.runs:
        run.font.size = Pt(14)


@pytest.mark.parametrize(("change", "rule"), [
    (lambda d: _issuer_in_14(d, 14.2), "co_quan.rule_length"),
    (_quoc_hieu_in_14, "quoc_hieu.align"),
], ids=["issuer-rule", "quoc-hieu-left"])
def test_a_header_line_is_held_in_the_size_fix_gives_it(hd, tmp_path, change, rule):
    """--fix set the Sở Tư pháp's name from 14 to 13 pt, and its rule, half the name before,
    was then longer than half of it: a finding --fix created. So was the Công an tỉnh's Quốc
    hiệu, flush left and filling its column in 14 pt, off the middle in 13 pt. Each line is
    held in the size --fix gives it too: told before --fix, none created by it."""
    path = edit(hd, tmp_path / "sized.docx", change)
    assert rule in {f.rule for f in check_file(path)}
    result = fix_file(path, tmp_path / "fixed.docx")
    before = {(f.rule, f.where) for f in result.before}
    assert [f.rule for f in result.after if (f.rule, f.where) not in before] == []
