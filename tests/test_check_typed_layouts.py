"""check on letters laid out by hand: header and signature typed in columns with the space bar
and tabs, an internal PHIẾU TRÌNH, an issuer's name wrapped over two bold lines, a legal
document's number with its year, one-line headings, the drafter's initials typed small, a Lưu
line's defect named; and every sentence in Vietnamese with Vietnamese numbers."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import docx
import pytest
from check_letter import DEFECTS, edit, find, retext, set_runs
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Mm, Pt

from ntm_docgen.check import check_file, fix_file
from ntm_docgen.check.locate import locate
from ntm_docgen.check.reader import open_docx
from ntm_docgen.i18n import set_language


def rules_of(path: Path) -> set[str]:
    return {f.rule for f in check_file(path)}


def _typed(document, runs: list[tuple[str, float, bool, bool]], align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    para = document.add_paragraph()
    para.alignment = align
    for text, size, bold, italic in runs:
        run = para.add_run(text)
        run.font.size, run.font.bold, run.font.italic = Pt(size), bold, italic
        run.font.name = "Times New Roman"
    return para


def _typed_cong_van(path: Path, signature) -> Path:
    """UBND tỉnh Lâm Đồng's công văn of 2025 as typed: no table; the header, the number and
    date side by side, typed with spaces and tabs; ``signature`` types its Nơi nhận and
    signature."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    _typed(document, [("      ỦY BAN NHÂN DÂN            ", 13, True, False),
                      ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, True, False)])
    _typed(document, [("       TỈNH LÂM ĐỒNG\t                          ", 13, True, False),
                      ("Độc lập - Tự do - Hạnh phúc", 13, True, False)])
    _typed(document, [("     Số:             /UBND-NC                       ", 13, False, False),
                      ("Lâm Đồng, ngày         tháng 10 năm 2025", 14, False, True)])
    _typed(document, [("V/v triển khai thực hiện Công văn số 4552/BCA-C04", 12, False, False)],
           WD_ALIGN_PARAGRAPH.CENTER)
    _typed(document, [("                     Kính gửi: Công an tỉnh", 14, False, False)])
    body = _typed(document, [("Chủ tịch Ủy ban nhân dân tỉnh giao Công an tỉnh nghiên cứu, "
                              "triển khai thực hiện./.", 14, False, False)])
    body.paragraph_format.first_line_indent = Mm(12.7)
    signature(document)
    document.save(str(path))
    return path


def _signature_below(document) -> None:
    """The authority and title typed right of the Nơi nhận, the name below, pushed right."""
    _typed(document, [("Nơi nhận:", 12, True, True), ("\t    TL. CHỦ TỊCH", 14, True, False)])
    _typed(document, [("- Như trên;", 11, False, False), ("\t   CHÁNH VĂN PHÒNG", 14, True, False)])
    _typed(document, [("- Lưu: VT, NC.", 11, False, False)])
    for _ in range(3):
        document.add_paragraph()
    _typed(document, [(" " * 60 + "Nguyễn Nhân Bản", 14, True, False)])


def _signature_beside_in_capitals(document) -> None:
    """UBND tỉnh Bình Dương's Chỉ thị of 2009: the whole signature typed right of the Nơi nhận's
    items, the name too, here in capitals."""
    _typed(document, [("Nơi nhận:", 12, True, True), ("\tTL. CHỦ TỊCH", 14, True, False)])
    _typed(document, [("- Như trên;", 11, False, False), ("\tCHÁNH VĂN PHÒNG", 14, True, False)])
    _typed(document, [("- CT, PCT UBND tỉnh;", 11, False, False), ("\t(Đã ký)", 14, False, False)])
    _typed(document, [("- Lưu: VT, NC.", 11, False, False), ("\tNGUYỄN NHÂN BẢN", 14, True, False)])


def test_a_signers_name_typed_in_capitals_beside_the_items_is_the_name(tmp_path):
    path = _typed_cong_van(tmp_path / "typed.docx", _signature_beside_in_capitals)
    letter = locate(open_docx(path))
    assert [s.clean for s in letter.chuc_vu] == ["CHÁNH VĂN PHÒNG"]
    assert letter.ho_ten.clean == "NGUYỄN NHÂN BẢN"
    rules = rules_of(path)
    assert "ho_ten.case" in rules
    assert not {r for r in rules if r.endswith(".missing")}


def test_columns_typed_with_spaces_and_tabs(tmp_path):
    """The công văn's Nơi nhận and signature side by side, its name below."""
    path = _typed_cong_van(tmp_path / "typed.docx", _signature_below)
    letter = locate(open_docx(path))
    assert letter.quoc_hieu.clean == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert [s.clean for s in letter.co_quan] == ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"]
    assert letter.so.clean == "Số: /UBND-NC"  # the blank left for the number stays
    assert letter.ngay.clean == "Lâm Đồng, ngày tháng 10 năm 2025"
    assert [s.clean for s in letter.noi_nhan_items] == ["- Như trên;", "- Lưu: VT, NC."]
    assert [s.clean for s in letter.quyen_han] == ["TL. CHỦ TỊCH"]
    assert [s.clean for s in letter.chuc_vu] == ["CHÁNH VĂN PHÒNG"]
    assert letter.ho_ten.clean == "Nguyễn Nhân Bản"
    rules = rules_of(path)
    assert not {r for r in rules if r.endswith(".missing")}
    assert not rules & {"quoc_hieu.text", "so.format", "so.italic", "noi_nhan_item.size",
                        "noi_nhan_item.bold", "noi_nhan_item.luu"}


def test_phieu_trinh_is_an_internal_form(hd, tmp_path):
    def form(document):
        retext(find(document, r"^HƯỚNG DẪN$"), r".+", "PHIẾU TRÌNH")
        retext(find(document, r", ngày"), r".+", "")
        sign = document.tables[1]._tbl
        sign.getparent().remove(sign)
    rules = rules_of(edit(hd, tmp_path / "pt.docx", form))
    assert not rules & {"ten_loai.missing", "ngay.missing", "chuc_vu.missing",
                        "noi_nhan.missing"}


def test_issuer_wrapped_over_two_bold_lines_is_one_name(hd, tmp_path):
    def wrapped(document):
        parent = find(document, r"^UBND TỈNH LẠNG SƠN$")
        retext(parent, r".+", "SỞ NÔNG NGHIỆP VÀ")
        set_runs(parent, bold=True)
        retext(find(document, r"^SỞ NỘI VỤ$"), r".+", "MÔI TRƯỜNG")
    path = edit(hd, tmp_path / "wrapped.docx", wrapped)
    letter = locate(open_docx(path))
    assert ([s.clean for s in letter.chu_quan], [s.clean for s in letter.co_quan]) == \
        ([], ["SỞ NÔNG NGHIỆP VÀ", "MÔI TRƯỜNG"])
    assert not {r for r in rules_of(path) if r.startswith(("chu_quan.", "co_quan."))} - \
        {"co_quan.rule_length"}


@pytest.mark.parametrize("number", ["Số: 31/2020/HD-SNV", "Số: 05/2026/HD-SNV",
                                    "Số:      /2026/HD-SNV"],
                         ids=["cited-style", "padded", "blank-with-year"])
def test_number_with_its_year_is_read(hd, tmp_path, number):
    """Read whole, and told only that a Hướng dẫn's number carries no year (so.nam: the year is
    a legal normative document's)."""
    path = edit(hd, tmp_path / "year.docx", lambda d: retext(find(d, r"^Số:"), r".+", number))
    assert {r for r in rules_of(path) if r.startswith("so.")} == {"so.nam"}


def test_one_line_paragraph_indented_as_a_whole_prints_its_indent(hd, tmp_path):
    def indented(document, text: str):
        para = find(document, r"^Việc tổng kết")
        retext(para, r".+", text)
        para.paragraph_format.first_line_indent = Mm(0)
        para.paragraph_format.left_indent = Mm(12.7)
    one = edit(hd, tmp_path / "one.docx", lambda d: indented(d, "Việc tổng kết cần thiết./."))
    assert "body.indent" not in rules_of(one)
    long = "Việc tổng kết cần đảm bảo thiết thực, hiệu quả, đúng thực chất, tránh hình thức, " \
           "lãng phí; gắn với nhiệm vụ chính trị của cơ quan, đơn vị./."
    several = edit(hd, tmp_path / "several.docx", lambda d: indented(d, long))
    assert "body.indent" in rules_of(several)  # every line pushed right, none indented


def test_drafter_initials_typed_small_are_not_a_recipient_size(hd, tmp_path):
    def initials(document):
        run = find(document, r"^- Lưu").add_run("Hiền")
        run.font.size = Pt(7)
    path = edit(hd, tmp_path / "initials.docx", initials)
    assert "noi_nhan_item.size" not in rules_of(path)


@pytest.mark.parametrize(("typed", "said"), [
    ("- Lưu VT, TĐKT.", '"Lưu" has no colon after it'),
    ("- Lưu: TĐKT, VT.", "it does not begin with VT"),
    ("- Lưu: VT, TĐKT", "it has no full stop at the end"),
], ids=["no-colon", "vt-not-first", "no-full-stop"])
def test_luu_line_message_names_the_defect(hd, tmp_path, typed, said):
    path = edit(hd, tmp_path / "luu.docx", lambda d: retext(find(d, r"^- Lưu"), r".+", typed))
    (finding,) = [f for f in check_file(path) if f.rule == "noi_nhan_item.luu"]
    assert said in finding.message


#: an English word of a finding's sentence: none is left in a Vietnamese message
ENGLISH = re.compile(r"\b(the|is|are|found|required|set|write|paragraphs?|margin|between|"
                     r"portrait|landscape|only|after|with)\b")


@pytest.mark.parametrize(("defect", "change"), [(d[0], d[1]) for d in DEFECTS] + [
    ("margin-left-25.4mm", lambda d: setattr(d.sections[0], "left_margin", Mm(25.4))),
    ("body-12.5pt", lambda d: set_runs(find(d, r"\./\.$"), size=Pt(12.5))),
    ("body-decomposed", lambda d: retext(find(d, r"^Đánh giá"), r".+", unicodedata.normalize(
        "NFD", "Đánh giá, tổng kết quá trình tổ chức triển khai thực hiện phong trào."))),
], ids=lambda value: value if isinstance(value, str) else "")
def test_every_sentence_is_vietnamese_with_a_decimal_comma(hd, tmp_path, defect, change):
    path = edit(hd, tmp_path / f"{defect}.docx", change)
    set_language("vi")
    try:
        findings = check_file(path)
        messages = [f.message for f in findings]
    finally:
        set_language(None)
    assert findings
    for finding, message in zip(findings, messages, strict=True):
        assert finding.note, f"{finding.rule} has no sentence of its own"
        assert not ENGLISH.search(message), message
        assert not re.search(r"\d\.\d+ (mm|pt|cm)", message), message
    wanted = {"margin-left-25.4mm": "25,4 mm", "body-12.5pt": "12,5 pt"}.get(defect)
    assert wanted is None or any(wanted in m for m in messages), messages


def _commune_letter(path: Path, signature: str, date_pt: float = 14) -> Path:
    """A xã's công văn typed in Word (a black-box test's finding 13): the header in a 2×2 table
    of Word's default widths (each cell 78.7 mm inside its margins), the date in ``date_pt``;
    its Nơi nhận and signature in body paragraphs, the signature set by ``signature``: "tabs"
    (five or seven tabs on Word's default stops), "spaces", "indents" (left-aligned at one
    indent), or "centre-tab" (one centred tab stop for every line)."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    table = document.add_table(rows=2, cols=2)
    cells = [("ỦY BAN NHÂN DÂN", 13, True, False), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True,
                                                   False),
             ("Số: 15/UBND-VP", 13, False, False),
             ("Tân Thành, ngày 03 tháng 12 năm 2026", date_pt, False, True)]
    for cell, (text, size, bold, italic) in zip(
            [table.cell(0, 0), table.cell(0, 1), table.cell(1, 0), table.cell(1, 1)], cells,
            strict=True):
        run = cell.paragraphs[0].add_run(text)
        run.font.size, run.font.bold, run.font.italic = Pt(size), bold, italic
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _typed(document, [("Kính gửi: Trưởng các thôn trên địa bàn xã.", 14, False, False)])
    _typed(document, [("\tỦy ban nhân dân xã đề nghị các thôn gửi báo cáo trước ngày "
                       "15/12/2026./.", 14, False, False)])
    left = ["Nơi nhận:", "- Như trên;", "- Lưu: VT, VP.", "", "", ""]
    right = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hoàng Văn Tùng"]
    if signature == "cell":  # a borderless 1×2 table, the lines pushed right with spaces
        cells = document.add_table(rows=1, cols=2).rows[0].cells
        cells[0].paragraphs[0].add_run("Nơi nhận:").font.size = Pt(12)
        for n, line in zip((0, 8, 20, 0, 0, 10), right, strict=True):
            cells[1].add_paragraph().add_run(" " * n + line).font.size = Pt(14)
        document.save(str(path))
        return path
    if signature == "indents":  # the signature first, each line at 90 mm; the Nơi nhận below
        left, right = ["", "", "", "", "", "", *left[:3]], [*right, "", "", ""]
    for item, line in zip(left, right, strict=True):
        label = item == "Nơi nhận:"
        runs = [(item, 12 if label else 11, label, label)] if item else []
        gap = {"tabs": "\t" * (5 if item else 7), "centre-tab": "\t",
               "spaces": " " * (70 - 2 * len(item)), "indents": ""}[signature]
        if line:
            runs.append((gap + line, 14, True, False))
        para = _typed(document, runs, align=WD_ALIGN_PARAGRAPH.LEFT)
        if signature == "centre-tab":
            para.paragraph_format.tab_stops.add_tab_stop(Mm(123.8), WD_TAB_ALIGNMENT.CENTER)
        if signature == "indents" and line:
            para.paragraph_format.left_indent = Mm(90)
    document.save(str(path))
    return path


@pytest.mark.parametrize("signature", ["tabs", "spaces", "indents"])
def test_signature_lines_off_one_centre_are_told_with_where_they_print(tmp_path, signature):
    """Ô 7: the name centred under the authority and title; four lines on three axes told,
    each line named with where its middle prints, and one centred tab stop as the fix."""
    path = _commune_letter(tmp_path / "xa.docx", signature)
    set_language("en")
    told = [f for f in check_file(path) if f.rule == "ho_ten.axis"]
    assert len(told) == 1
    note = told[0].message
    for line in ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Văn Tùng"):
        assert f'"{line}" at ' in note
    assert "one centred tab stop at 123.8 mm" in note
    assert told[0].fix is None  # the tabs are typed in the text, which --fix leaves alone


def test_signature_lines_pushed_by_spaces_in_a_cell_are_told_centre_them_in_the_cell(tmp_path):
    set_language("en")
    told = [f for f in check_file(_commune_letter(tmp_path / "xa.docx", "cell"))
            if f.rule == "ho_ten.axis"]
    assert len(told) == 1
    assert told[0].message.endswith("delete the spaces and tabs typed before them and centre "
                                    "each line in its cell")


@pytest.mark.parametrize("signature", ["centre-tab"])
def test_signature_on_one_centred_tab_stop_is_not_told(tmp_path, signature):
    """The fix the finding gives, made: no finding of the signature's axis."""
    assert "ho_ten.axis" not in rules_of(_commune_letter(tmp_path / "xa.docx", signature))


def test_a_date_line_that_wraps_in_its_column_is_told_as_the_quoc_hieu(tmp_path):
    """Ô 4: "Tân Thành, ngày 03 tháng 12 năm 2026" in 14 pt italic (79.3 mm) in a cell of
    78.7 mm prints "2026" on a second line; in 13 pt it holds, and --fix sets 13 pt."""
    set_language("en")
    wide = _commune_letter(tmp_path / "wide.docx", "centre-tab")
    told = [f for f in check_file(wide) if f.rule == "ngay.wrap"]
    assert [f.message for f in told] == [
        'the date line "Tân Thành, ngày 03 tháng 12 năm 2026" is 79.3 mm wide and its column '
        "holds 78.7 mm: it prints on two lines; set it in 13 pt, or widen the column, or write "
        "the place name shorter"]
    assert "ngay.wrap" not in rules_of(_commune_letter(tmp_path / "fits.docx", "centre-tab", 13))
    result = fix_file(wide, tmp_path / "fixed.docx")
    assert "ngay.wrap" not in {f.rule for f in result.after}
