"""A phụ lục a Quyết định issues, kept as a Word file of its own (round 29: the Danh mục of
procedures and the Phụ lục of Lào Cai, Hậu Giang, Đắk Lắk, Tây Ninh, Lai Châu and Bình Dương):
it opens with its heading and title over "(Kèm theo Quyết định ...)", prints no header of its
own and may lie across from its first page. Not told for the header it has no need of, its
landscape kept by --fix; the forms it holds further on are not read as its header."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from ntm_docgen.check import check_file, fix_file
from ntm_docgen.i18n import set_language

#: the Lào Cai phụ lục's first lines (Trangsct/skill-sct, Phu-luc-danh-muc-uy-quyen-VLNCN_...)
LAO_CAI = ("Phụ lục", "DANH MỤC MỘT SỐ NHIỆM VỤ, QUYỀN HẠN TRONG LĨNH VỰC VẬT LIỆU NỔ CÔNG "
           "NGHIỆP CỦA ỦY BAN NHÂN DÂN TỈNH LÀO CAI ỦY QUYỀN CHO GIÁM ĐỐC SỞ CÔNG THƯƠNG THỰC "
           "HIỆN", "(Kèm theo Quyết định số:          /QĐ-UBND ngày      tháng     năm 2025 của "
           "UBND tỉnh Lào Cai)")
#: the Bình Dương Phần I's (namn44241/OCR_Vietocr, SYT.2_P1_DM_TTHC_CB_BB_SYT_17.02.docx)
BINH_DUONG = ("PHẦN I", "DANH MỤC THỦ TỤC HÀNH CHÍNH SỬA ĐỔI, BỔ SUNG",
              "TRONG LĨNH VỰC KHÁM BỆNH, CHỮA BỆNH", "THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ Y TẾ",
              "(Ban hành kèm theo Quyết định số:          /QĐ-UBND ngày     tháng     năm 2025 "
              "của Chủ tịch Ủy ban nhân dân tỉnh Bình Dương)")
#: the Lào Cai quy trình's (hnh-sct-vn/.../Quy-trinh-noi-bo-TTHC-HHNH.docx): a text issued
#: with the decision, laid out by the decree's form with its header, not a phụ lục
QUY_TRINH = ("QUY TRÌNH", "NỘI BỘ, LIÊN THÔNG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH LĨNH VỰC HOÁ CHẤT",
             "(Kèm theo Quyết định số:         /QĐ-UBND ngày       /4/2026",
             "của Chủ tịch Ủy ban nhân dân tỉnh Lào Cai)")
HEADER = {"quoc_hieu.missing", "tieu_ngu.missing", "co_quan.missing"}


@pytest.fixture(autouse=True)
def _english():
    set_language("en")
    yield
    set_language(None)


def _landscape(section) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(20)


def _phu_luc(path: Path, title: tuple[str, ...], landscape: bool = True,
             form: bool = False) -> Path:
    """A phụ lục as the real ones lay it: its title lines centred and bold, the note centred
    in italic, then a table of procedures; with ``form``, a ministry's form after a section
    break, its own Quốc hiệu, "Số: /Ký hiệu tên đơn vị" and subject in a table (Bình Dương's
    Phần II, Mẫu 01)."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(14)
    if landscape:
        _landscape(document.sections[0])
    for line in title:
        para = document.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        note = line.startswith(("(", "của"))
        run = para.add_run(line)
        run.bold, run.italic = not note, note
    table = document.add_table(rows=3, cols=4)
    table.style = "Table Grid"
    for row, cells in enumerate([("STT", "Tên thủ tục hành chính", "Mã số", "Ghi chú"),
                                 ("1", "Cấp Giấy phép sử dụng vật liệu nổ công nghiệp",
                                  "2.000229", ""),
                                 ("2", "Thu hồi Giấy phép sử dụng vật liệu nổ công nghiệp",
                                  "2.000210", "")]):
        for col, text in enumerate(cells):
            table.cell(row, col).text = text
    document.add_paragraph()
    if form:
        section = document.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        document.add_paragraph("Mẫu 01 - Đơn đề nghị cấp lại Giấy xác nhận nội dung quảng cáo")
        head = document.add_table(rows=2, cols=2)
        head.cell(0, 0).text = "TÊN ĐƠN VỊ\n-------"
        head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
        head.cell(1, 0).text = "Số: /Ký hiệu tên đơn vị"
        head.cell(1, 1).text = "……, ngày…… tháng…… năm 20……"
        for line in ("ĐƠN ĐỀ NGHỊ", "Cấp lại Giấy xác nhận nội dung quảng cáo",
                     "Kính gửi: Sở Y tế tỉnh Bình Dương"):
            document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.save(str(path))
    return path


@pytest.mark.parametrize("title", [LAO_CAI, BINH_DUONG],
                         ids=["phu-luc-lao-cai", "phan-i-binh-duong"])
def test_a_phu_luc_of_its_own_is_not_told_for_a_header(tmp_path, title):
    rules = {f.rule for f in check_file(_phu_luc(tmp_path / "pl.docx", title))}
    assert not rules & HEADER
    assert "page.paper" not in rules  # landscape from its first page: a wide table


def test_fix_keeps_the_phu_luc_across(tmp_path):
    """The Lào Cai phụ lục: --fix turned its landscape first page upright (its wide table on
    A4 portrait); its paper is kept, the margins of the decree still set."""
    letter = _phu_luc(tmp_path / "pl.docx", LAO_CAI)
    changed = docx.Document(str(letter))
    changed.sections[0].left_margin = Mm(20)
    changed.save(str(letter))
    out = tmp_path / "fixed.docx"
    result = fix_file(letter, out)
    assert "page.margin" in {result.before[i].rule for i in result.fixed}
    fixed = docx.Document(str(out)).sections[0]
    assert (round(fixed.page_width.mm), round(fixed.page_height.mm)) == (297, 210)
    assert round(fixed.left_margin.mm) == 30


def test_the_forms_inside_are_not_its_header(tmp_path):
    """Bình Dương's Phần II (round 28): the Quốc hiệu, number line and subject of a ministry's
    form inside were read as the letter's, and told (a ký hiệu "Ký hiệu tên đơn vị", no rule
    under the đơn's subject, no signature, no Nơi nhận)."""
    letter = _phu_luc(tmp_path / "pl.docx", BINH_DUONG, landscape=False, form=True)
    rules = {f.rule for f in check_file(letter)}
    assert not rules & {"so.format", "trich_yeu.rule", "chuc_vu.missing", "noi_nhan.missing",
                        "co_quan.rule_typed", *HEADER}


def test_a_quy_trinh_is_still_held_to_the_header(tmp_path):
    """A text the decision issues that is not a phụ lục (a quy trình, a quy chế) prints the
    header by the decree's form: its absence is still told."""
    rules = {f.rule for f in check_file(_phu_luc(tmp_path / "qt.docx", QUY_TRINH,
                                                 landscape=False))}
    assert rules >= HEADER


def test_a_letter_laid_across_from_page_1_is_still_told(tmp_path):
    """A letter, not a phụ lục, on landscape paper from its first page: told, as before."""
    document = docx.Document()
    _landscape(document.sections[0])
    for line in ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Số: 12/UBND-VP",
                 "Lào Cai, ngày 05 tháng 3 năm 2026",
                 "V/v báo cáo kết quả", "Kính gửi: Sở Nội vụ", "Nội dung."):
        document.add_paragraph(line)
    document.save(str(tmp_path / "cv.docx"))
    assert "page.paper" in {f.rule for f in check_file(tmp_path / "cv.docx")}


#: Tây Ninh 443's form (namn44241/OCR_Vietocr, PHULUCDM-QTNBLINHVUCKHAMBENHCHUABENH-443..docx):
#: its line, then its lines in 12 pt, aligned left, unindented, with no space between them
TAY_NINH_FORM = ("Mẫu 09 - Sơ yếu lý lịch tự thuật", "SƠ YẾU LÝ LỊCH TỰ THUẬT",
                 "I. THÔNG TIN CÁ NHÂN", "Họ và tên: ………………………………………………………………",
                 "Ngày, tháng, năm sinh:…………………………………………………...",
                 "Địa chỉ cư trú:…………………………………………………………..….",
                 "Tôi xin cam đoan những lời khai trên là đúng sự thật.")
FORM_RULES = {"body.size", "body.justify", "body.indent", "body.spacing", "body.heading"}


def _with_form(path: Path, own: str | None = None) -> Path:
    """The Bình Dương Phần I with Tây Ninh 443's form after its table; with ``own``, a line of
    the phụ lục's own, before the form, typed as the form's lines are."""
    document = docx.Document(str(_phu_luc(path, BINH_DUONG, landscape=False)))
    lines = ([own] if own else []) + list(TAY_NINH_FORM)
    for line in lines:
        para = document.add_paragraph()
        para.paragraph_format.space_before = para.paragraph_format.space_after = Pt(0)
        para.add_run(line).font.size = Pt(12)
    document.save(str(path))
    return path


def test_a_form_inside_is_not_held_to_the_letter_body(tmp_path):
    """Tây Ninh 443 (round 29): the ministries' forms it holds were told for their 11-12 pt,
    their lines aligned left, unindented, with no space between them, as body paragraphs."""
    found = [f for f in check_file(_with_form(tmp_path / "pl.docx")) if f.rule in FORM_RULES]
    assert not found, [(f.rule, f.where) for f in found]


def test_a_line_of_the_phu_luc_own_is_still_held_to_the_body(tmp_path):
    """The same lines before the form's line are the phụ lục's: told as before."""
    own = "Các thủ tục hành chính trên được thực hiện theo quy trình nội bộ tại Phụ lục."
    found = {f.rule: f for f in check_file(_with_form(tmp_path / "pl.docx", own))}
    assert "body.size" in found and own[:20] in found["body.size"].found + found[
        "body.size"].note
