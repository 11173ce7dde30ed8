"""Layout tests: render letters of every family and assert the decree's rules from the DOCX."""

from __future__ import annotations

import zipfile
from datetime import date
from io import BytesIO

import pytest
from docx.oxml.ns import qn
from docxview import find, open_docx, paragraphs, texts

from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import parse_spec

BASE = {
    "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ NỘI VỤ", "viet_tat": "SNV"},
    "dia_danh": "Lạng Sơn",
    "ngay": "2026-01-05",
    "so": 5,
    "trich_yeu": "Sơ kết phong trào thi đua “Chung sức xây dựng nông thôn mới”",
    "noi_dung": "I. MỤC ĐÍCH, YÊU CẦU\n- Đánh giá kết quả.\nII. NỘI DUNG\nTrên đây là kế hoạch.",
    "ky": {"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC", "ho_ten": "Hoàng Thị Hiền"},
    "noi_nhan": ["Ban TĐKT Trung ương", "UBND tỉnh (b/c)"],
    "luu": "VT, BTĐKT",
}


def render(today: date, **changes) -> list:
    data = {**BASE, "loai": "KH", **changes}
    return paragraphs(open_docx(render_docx(parse_spec(data), today)))


def test_page_is_a4_with_the_decree_margins(today):
    document = open_docx(render_docx(parse_spec({**BASE, "loai": "KH"}), today))
    section = document.sections[0]
    assert (section.page_width.twips, section.page_height.twips) == (11906, 16838)
    assert 1134 <= section.top_margin.twips <= 1417
    assert 1134 <= section.bottom_margin.twips <= 1417
    assert 1701 <= section.left_margin.twips <= 1984
    assert 850 <= section.right_margin.twips <= 1134


def test_times_new_roman_in_all_four_slots_and_vietnamese_language(today):
    document = open_docx(render_docx(parse_spec({**BASE, "loai": "KH"}), today))
    defaults = document.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    assert {fonts.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "cs", "eastAsia")} == {
        "Times New Roman"}
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "vi-VN"
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    for para in paragraphs(document):
        assert para.fonts <= {"Times New Roman"}, para.text


def test_page_numbers_from_page_two(today):
    document = open_docx(render_docx(parse_spec({**BASE, "loai": "KH"}), today))
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert "PAGE" not in section.first_page_header._element.xml
    number = section.header.paragraphs[0]
    assert number.alignment == 1  # centred
    assert {r.font.size.pt for r in number.runs} <= {13.0, 14.0}


def test_header_block(today):
    paras = render(today)
    parent, issuer = find(paras, "UBND TỈNH LẠNG SƠN"), find(paras, "SỞ NỘI VỤ")
    assert parent.where == issuer.where == "header[0][0]"
    assert not any(r.bold for r in parent.runs) and parent.sizes <= {12.0, 13.0}
    assert issuer.bold and issuer.sizes <= {12.0, 13.0}
    quoc_hieu = find(paras, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    tieu_ngu = find(paras, "Độc lập - Tự do - Hạnh phúc")
    assert quoc_hieu.where == tieu_ngu.where == "header[0][1]"
    assert quoc_hieu.bold and quoc_hieu.sizes <= {12.0, 13.0}
    assert tieu_ngu.bold and tieu_ngu.sizes <= {13.0, 14.0}
    header = [p for p in paras if p.where.startswith("header[0]")]
    after_motto = header[header.index(tieu_ngu) + 1]
    assert after_motto.top_border and after_motto.text == ""
    after_issuer = [p for p in header if p.where == "header[0][0]"][-1]
    assert after_issuer.top_border and after_issuer.text == ""
    number, when = find(paras, "Số:"), find(paras, "Lạng Sơn, ngày")
    assert (number.where, when.where) == ("header[1][0]", "header[1][1]")
    assert number.text == "Số: 05/KH-SNV" and number.sizes == {13.0}
    assert not number.bold and not number.italic
    assert when.text == "Lạng Sơn, ngày 05 tháng 01 năm 2026" and when.italic


def test_header_table_is_borderless_two_columns_about_40_60(today):
    document = open_docx(render_docx(parse_spec({**BASE, "loai": "KH"}), today))
    table = document.tables[0]
    widths = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert len(widths) == 2 and 0.35 <= widths[0] / sum(widths) <= 0.45
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert all(b.get(qn("w:val")) in ("nil", "none") for b in borders)


@pytest.mark.parametrize(("ngay", "expected"), [
    ("2019-06-29", "ngày 29 tháng 6 năm 2019"),
    ("2026-01-05", "ngày 05 tháng 01 năm 2026"),
    ("2026-02-10", "ngày 10 tháng 02 năm 2026"),
    ("2026-03-09", "ngày 09 tháng 3 năm 2026"),
    ("2026-12-31", "ngày 31 tháng 12 năm 2026"),
], ids=["month-6", "month-1-day-5", "month-2", "month-3-day-9", "month-12"])
def test_date_line_padding(today, ngay, expected):
    assert find(render(today, ngay=ngay), "Lạng Sơn, ").text == f"Lạng Sơn, {expected}"


@pytest.mark.parametrize(("so", "expected"), [(1, "Số: 01/KH-SNV"), (9, "Số: 09/KH-SNV"),
                                               (10, "Số: 10/KH-SNV"), (1741, "Số: 1741/KH-SNV")],
                         ids=["1", "9", "10", "1741"])
def test_number_padding(today, so, expected):
    assert find(render(today, so=so), "Số:").text == expected


def test_draft_leaves_number_and_day_blank(today):
    paras = render(today, so=None, ngay=None)
    assert find(paras, "Số:").text == "Số:      /KH-SNV"
    assert find(paras, "Lạng Sơn, ngày").text == "Lạng Sơn, ngày    tháng    năm 2026"


def test_a_draft_for_signing_in_a_known_month_prints_the_month_and_leaves_the_day(today):
    """``thang`` (beside contract §1's ``nam``): a Giấy mời or a draft sent up in December is
    printed ``ngày    tháng 12 năm 2026``, the day left for the signing; a month before March
    has its zero, as a dated letter's."""
    paras = render(today, so=None, ngay=None, nam=2026, thang=12)
    assert find(paras, "Lạng Sơn, ngày").text == "Lạng Sơn, ngày    tháng 12 năm 2026"
    paras = render(today, so=None, ngay=None, thang=2)
    assert find(paras, "Lạng Sơn, ngày").text == f"Lạng Sơn, ngày    tháng 02 năm {today.year}"


@pytest.mark.parametrize(("changes", "told"), [
    ({"thang": 13}, r"Month \(thang\): expected a month from 1 to 12"),
    ({"thang": 0}, r"Month \(thang\): expected a month from 1 to 12"),
    ({"thang": -3}, r"Month \(thang\): expected a month from 1 to 12"),
    ({"thang": -100}, r"Month \(thang\): expected a month from 1 to 12"),
    ({"thang": 10 ** 20}, r"Month \(thang\): expected a month from 1 to 12"),
    ({"thang": 12, "ngay": "2026-12-05"},
     r"Month \(thang\): only for a draft whose day is not written"),
], ids=["13", "0", "negative", "below-99", "huge", "with-ngay"])
def test_a_draft_s_month_out_of_place_is_refused_naming_thang(changes, told):
    from ntm_docgen.errors import SpecError
    with pytest.raises(SpecError, match=told):
        parse_spec({**BASE, "loai": "KH", "ngay": None, **changes})


def test_title_block_and_body(today):
    paras = render(today)
    title = find(paras, "KẾ HOẠCH")
    assert title.bold and title.align == "center" and title.sizes <= {13.0, 14.0}
    summary = paras[paras.index(title) + 1]
    assert summary.text == BASE["trich_yeu"] and summary.bold and summary.align == "center"
    assert paras[paras.index(summary) + 1].top_border
    heading = find(paras, "I. MỤC ĐÍCH, YÊU CẦU")
    assert heading.bold and heading.where == "body"
    item = find(paras, "- Đánh giá kết quả.")
    assert not any(r.bold for r in item.runs)
    assert item.align == "both" and item.sizes <= {13.0, 14.0}
    fmt = item.paragraph.paragraph_format
    assert fmt.first_line_indent.cm == pytest.approx(1.27, abs=0.01)
    assert fmt.space_before.pt >= 6 or (fmt.space_after and fmt.space_after.pt >= 6)
    assert find(paras, "Trên đây là kế hoạch").text.endswith("./.")


def test_signature_and_noi_nhan(today):
    paras = render(today)
    label = find(paras, "Nơi nhận:")
    assert label.where == "signature[0][0]" and label.bold and label.italic
    assert label.sizes == {12.0}
    items = [p for p in paras if p.where == "signature[0][0]" and p.text.startswith("- ")]
    assert [p.text for p in items] == ["- Ban TĐKT Trung ương;", "- UBND tỉnh (b/c);",
                                       "- Lưu: VT, BTĐKT."]
    assert all(p.sizes == {11.0} and not any(r.bold for r in p.runs) for p in items)
    right = [p for p in paras if p.where == "signature[0][1]" and p.text]
    assert [p.text for p in right] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Thị Hiền"]
    assert all(p.bold and p.sizes <= {13.0, 14.0} for p in right)
    name = right[-1].paragraph.paragraph_format
    assert name.space_before.pt >= 36  # room for the signature and seal


def test_cong_van_layout(today):
    paras = render(today, loai="CV", don_vi="TH", trich_yeu="sơ kết phong trào thi đua", luu=None,
                   kinh_gui=["Các sở, ban, ngành tỉnh", "UBND các xã, phường"])
    assert find(paras, "Số:").text == "Số: 05/SNV-TH"
    vv = find(paras, "V/v sơ kết phong trào thi đua")
    assert vv.where == "header[1][0]" and not any(r.bold for r in vv.runs)
    assert vv.sizes <= {12.0, 13.0}
    assert not any(p.text == "CÔNG VĂN" for p in paras)
    kinh_gui = [p.text for p in paras if p.where == "body"][:2]
    assert kinh_gui == ["Kính gửi:\t- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường."]
    items = [p.text for p in paras if p.where == "signature[0][0]"]
    assert items[1] == "- Như trên;" and items[-1] == "- Lưu: VT, TH."


def test_single_kinh_gui_on_one_line(today):
    paras = render(today, loai="CV", trich_yeu="V/v báo cáo", kinh_gui=["Sở Nội vụ"])
    assert find(paras, "Kính gửi:").text == "Kính gửi: Sở Nội vụ"
    assert find(paras, "V/v báo cáo").text == "V/v báo cáo"


@pytest.mark.parametrize("typed", ["Về việc báo cáo", "về việc báo cáo", "v/v báo cáo",
                                   "V/v: báo cáo", "báo cáo"])
def test_a_cong_vans_trich_yeu_opens_with_one_v_v(today, typed):
    """Clerks type "Về việc …" as often as "V/v …": ô 5b prints one "V/v", never "V/v Về việc"."""
    paras = render(today, loai="CV", trich_yeu=typed, kinh_gui=["Sở Nội vụ"])
    assert find(paras, "V/v").text == "V/v báo cáo"


def test_quyet_dinh_layout(today):
    paras = render(today, loai="QĐ", tham_quyen="Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
                   can_cu=["Căn cứ Luật Thi đua, khen thưởng", "Theo đề nghị của Sở Nội vụ;"],
                   noi_dung="Điều 1. Tặng Bằng khen.\nĐiều 2. Quyết định có hiệu lực.")
    authority = find(paras, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN")
    assert authority.bold and authority.align == "center"
    first, last = find(paras, "Căn cứ Luật"), find(paras, "Theo đề nghị")
    assert first.text.endswith(";") and last.text.endswith(".")
    assert first.italic and last.italic
    decide = find(paras, "QUYẾT ĐỊNH:")
    assert decide.bold and paras.index(decide) > paras.index(last)
    article = find(paras, "Điều 1.")
    assert article.runs[0].text == "Điều 1." and article.runs[0].bold
    assert not article.runs[-1].bold


def test_giay_moi_without_trich_yeu(today):
    paras = render(today, loai="GM", trich_yeu=None, noi_dung="Sở Nội vụ trân trọng kính mời.")
    assert find(paras, "GIẤY MỜI").bold
    assert find(paras, "Số:").text == "Số: 05/GM-SNV"


def test_urgency_and_secrecy_marks(today):
    paras = render(today, do_khan="hỏa tốc", do_mat="Mật")
    urgent, secret = find(paras, "HỎA TỐC"), find(paras, "MẬT")
    assert urgent.where == secret.where == "header[1][0]"
    assert urgent.bold and secret.bold
    box = urgent.paragraph._p.getparent().getparent().getparent()  # p -> tc -> tr -> tbl
    borders = box.findall(f"{qn('w:tblPr')}/{qn('w:tblBorders')}/*")
    assert box.tag == qn("w:tbl") and len(borders) == 4
    assert secret.paragraph._p.getparent().tag == qn("w:tc")  # MẬT is not boxed


@pytest.mark.parametrize("field", ["trich_yeu", "noi_dung", "ho_ten", "noi_nhan"])
def test_text_is_never_evaluated(today, field):
    hostile = "A&B <x> {{ 7*7 }} {% if x %}y{% endif %} \\*"
    data = {**BASE, "loai": "KH"}
    if field == "ho_ten":
        data["ky"] = {**BASE["ky"], "ho_ten": hostile}
    elif field == "noi_nhan":
        data["noi_nhan"] = [hostile]
    else:
        data[field] = hostile
    all_text = "\n".join(texts(paragraphs(open_docx(render_docx(parse_spec(data), today)))))
    assert "A&B <x> {{ 7*7 }} {% if x %}y{% endif %}" in all_text
    assert "49" not in all_text


def test_decomposed_input_comes_out_composed(today):
    decomposed = "Hoa\u0300ng Thi\u0323 Hie\u0302\u0300n"
    data = {**BASE, "loai": "KH", "ky": {**BASE["ky"], "ho_ten": decomposed}}
    paras = paragraphs(open_docx(render_docx(parse_spec(data), today)))
    assert find(paras, "Hoàng Thị Hiền").text == "Hoàng Thị Hiền"


@pytest.mark.parametrize(("line", "bold"), [
    ("Phần lớn các xã đã đạt chuẩn.", False), ("Phần còn lại do xã tự chi.", False),
    ("Chương trình hành động của xã.", False), ("Mục đích của kế hoạch.", False),
    ("Phần I. Kết quả thực hiện", True), ("Phần thứ hai", True), ("Chương II", True),
    ("Mục 2. Khen thưởng", True), ("Điều 3. Hiệu lực", True),
    ("Chương II của Kế hoạch này quy định kinh phí.", False),
    ("Phần thứ hai của báo cáo nêu kết quả.", False), ("Phần thứ hai: Nhiệm vụ", True),
], ids=lambda v: v if isinstance(v, str) else "")
def test_only_real_part_headings_are_bold(today, line, bold):
    document = open_docx(render_docx(parse_spec({**BASE, "loai": "KH", "noi_dung": line}), today))
    para = find(paragraphs(document), line)
    if bold:  # an article's title after "Điều N." is not bold: the marker run is
        assert para.runs[0].bold
    else:
        assert not any(r.bold for r in para.runs)


def test_inline_bold_italic_table_and_page_break(today):
    body = ("Một **hai** *ba* \\*bốn\\*.\n| STT | Nội dung |\n|---|---|\n| 1 | A&B |\n"
            "---\nTrang sau.")
    document = open_docx(render_docx(parse_spec({**BASE, "loai": "KH", "noi_dung": body}), today))
    paras = paragraphs(document)
    line = find(paras, "Một hai ba *bốn*.")
    bold = [r.text for r in line.runs if r.bold]
    italic = [r.text for r in line.runs if r.italic]
    assert bold == ["hai"] and italic == ["ba"]
    table = document.tables[1]
    assert [[c.text for c in row.cells] for row in table.rows] == [["STT", "Nội dung"],
                                                                  ["1", "A&B"]]
    assert all(r.bold for r in table.rows[0].cells[0].paragraphs[0].runs)
    assert 'w:type="page"' in document.element.body.xml


def test_phu_luc_on_new_pages_numbered_on_their_own(today):
    data = {**BASE, "loai": "HD", "phu_luc": [
        {"tieu_de": "Tổng hợp kết quả", "noi_dung": "1. Xã A."},
        {"tieu_de": "ĐỀ CƯƠNG BÁO CÁO", "ghi_chu": "(Kèm theo báo cáo)", "noi_dung": "I. CHUNG"},
    ]}
    document = open_docx(render_docx(parse_spec(data), today))
    assert len(document.sections) == 3
    assert [s.start_type for s in document.sections[1:]] == [2, 2]  # new page
    starts = [s._sectPr.find(qn("w:pgNumType")) for s in document.sections]
    assert starts[0] is None
    assert [s.get(qn("w:start")) for s in starts[1:]] == ["1", "1"]
    paras = paragraphs(document)
    assert find(paras, "Phụ lục I").bold
    title = find(paras, "TỔNG HỢP KẾT QUẢ")
    assert title.bold and title.align == "center"
    note = find(paras, "(Kèm theo Hướng dẫn số 05/HD-SNV ngày 05 tháng 01 năm 2026 của Sở Nội vụ)")
    assert note.italic
    assert find(paras, "(Kèm theo báo cáo)").italic
    assert find(paras, "Phụ lục II").bold  # several attachments are numbered, named or not


def test_a_copy_block_closes_the_letter_after_its_appendices(today):
    copy = {"hinh_thuc": "SAO Y", "co_quan": {"ten": "VĂN PHÒNG", "viet_tat": "VP"},
            "dia_danh": "Lạng Sơn", "ky": {"chuc_vu": "CHÁNH VĂN PHÒNG", "ho_ten": "Lê Văn B"},
            "noi_nhan": ["UBND các xã"], "luu": "VT"}
    data = {**BASE, "loai": "HD", "ban_sao": copy,
            "phu_luc": [{"tieu_de": "ĐỀ CƯƠNG BÁO CÁO", "noi_dung": "I. KẾT QUẢ"}]}
    document = open_docx(render_docx(parse_spec(data), today))
    order = texts(paragraphs(document))
    assert order.index("ĐỀ CƯƠNG BÁO CÁO") < order.index("I. KẾT QUẢ") < order.index("SAO Y")
    body = document.element.body
    assert body[-1].tag == qn("w:sectPr") and len(body.findall(qn("w:p") + "/" + qn("w:pPr") + "/"
                                                              + qn("w:sectPr"))) == 1


def test_a_single_named_attachment_has_no_phu_luc_heading(today):
    data = {**BASE, "loai": "HD", "phu_luc": [{"tieu_de": "ĐỀ CƯƠNG BÁO CÁO", "noi_dung": "I."}]}
    paras = paragraphs(open_docx(render_docx(parse_spec(data), today)))
    assert not any(p.text.startswith("Phụ lục") for p in paras)
    assert find(paras, "ĐỀ CƯƠNG BÁO CÁO").bold


def test_cong_van_vv_stands_6pt_under_the_number(today):
    paras = render(today, loai="CV", trich_yeu="V/v báo cáo", kinh_gui=["Sở Nội vụ"])
    number = find(paras, "Số:").paragraph.paragraph_format
    vv = find(paras, "V/v báo cáo").paragraph.paragraph_format
    assert (number.space_after.pt if number.space_after else 0) + \
        (vv.space_before.pt if vv.space_before else 0) >= 6


def test_closing_mark_rules(today):
    for body, last in [("Trên đây là nội dung ...", "Trên đây là nội dung ..."),
                       ("Điều 1. Có hiệu lực.", "Điều 1. Có hiệu lực./."),
                       ("Xin trân trọng cảm ơn", "Xin trân trọng cảm ơn./.")]:
        paras = render(today, noi_dung=body)
        assert find(paras, body.split()[0]).text == last


@pytest.mark.parametrize("body", [
    "Đề nghị các xã thực hiện./.\nPHỤ LỤC\nDanh sách các xã đạt chuẩn năm 2025",
    "Đề nghị các xã thực hiện./.\n| Xã | Điểm |\n|---|---|\n| Tân Lập | 19 |\nGhi chú: năm 2025",
    "Trân trọng./.\n\n---\nBIỂU TỔNG HỢP\nSố liệu đến ngày 30/6",
], ids=["phu-luc-after-mark", "table-and-note-after-mark", "page-break-after-mark"])
def test_the_end_mark_stands_once_where_the_body_already_has_it(today, body):
    texts_ = [p.text for p in render(today, noi_dung=body)]
    assert sum(text.count("./.") for text in texts_) == 1
    assert texts_[next(i for i, t in enumerate(texts_) if t.startswith(body.split()[0]))] \
        .endswith("./.")


def test_can_cu_is_plain_text(today):
    paras = render(today, can_cu=["Căn cứ **Luật** số 1*2*3"])
    line = find(paras, "Căn cứ")
    assert line.text == "Căn cứ **Luật** số 1*2*3;" and not any(r.bold for r in line.runs)


def test_rendering_is_deterministic_and_templates_do_not_leak(today):
    first = render_docx(parse_spec({**BASE, "loai": "KH"}), today)
    other = render_docx(parse_spec({**BASE, "loai": "KH", "so": 77, "trich_yeu": "Khác"}), today)
    again = render_docx(parse_spec({**BASE, "loai": "KH"}), today)
    assert first == again != other
    assert zipfile.ZipFile(BytesIO(first)).testzip() is None


def test_same_text_as_a_plain_docxtpl_render(today, tmp_path):
    """The compiled path gives what docxtpl's own render gives for the same values."""
    from docxtpl import DocxTemplate

    from ntm_docgen.files.resources import template_path
    from ntm_docgen.letter.context import letter_context
    from ntm_docgen.letter.layout import ENV

    spec = parse_spec({**BASE, "loai": "KH"})
    ours = texts(paragraphs(open_docx(render_docx(spec, today))))
    plain = DocxTemplate(template_path("van_ban"))
    plain.render(letter_context(spec, today), jinja_env=ENV, autoescape=True)
    plain.save(tmp_path / "plain.docx")
    theirs = texts(paragraphs(open_docx((tmp_path / "plain.docx").read_bytes())))
    assert ours == theirs


def test_kinh_gui_under_the_title_of_a_bao_cao(today):
    paras = render(today, loai="BC", kinh_gui=["Ủy ban nhân dân tỉnh Lạng Sơn"])
    line = find(paras, "Kính gửi:")
    assert line.text == "Kính gửi: Ủy ban nhân dân tỉnh Lạng Sơn" and line.where == "body"
    assert paras.index(line) > paras.index(find(paras, "BÁO CÁO"))
    assert find(paras, "- Như trên;").where == "signature[0][0]"


def test_headings_stay_with_the_text_after_them(today):
    body = "I. MỤC ĐÍCH\n1.2. Cá nhân\nd) Đối với các xã:\nNội dung dài hơn.\nKết thúc."
    document = open_docx(render_docx(parse_spec({**BASE, "loai": "KH", "noi_dung": body}),
                                     today))
    paras = paragraphs(document)
    for start in ("I. MỤC ĐÍCH", "1.2. Cá nhân", "d) Đối với các xã:"):
        assert find(paras, start).paragraph.paragraph_format.keep_with_next, start
    assert not find(paras, "Nội dung dài hơn.").paragraph.paragraph_format.keep_with_next


@pytest.mark.parametrize(("loai", "line"), [("QĐ", "QUYẾT ĐỊNH:"), ("NQ", "QUYẾT NGHỊ:")])
def test_the_line_before_the_articles(today, loai, line):
    paras = render(today, loai=loai, noi_dung="Điều 1. Thông qua.")
    assert find(paras, line).bold
