"""check finds elements by position and evidence, classifies headings as render does, and its
--fix never creates a finding."""

from __future__ import annotations

import re
from datetime import date

import docx
import pytest
from check_letter import DEFECTS, build_letter, find, paragraphs, retext, set_runs
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from ntm_docgen.check import check_file, fix_file
from ntm_docgen.check.locate import locate
from ntm_docgen.check.reader import open_docx
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import parse_spec

TODAY = date(2026, 11, 23)


def spec_data(**changes):
    data = {
        "loai": "KH",
        "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ NỘI VỤ", "viet_tat": "SNV"},
        "dia_danh": "Lạng Sơn", "ngay": "2026-03-05", "so": 12,
        "trich_yeu": "Sơ kết phong trào thi đua năm 2026",
        "noi_dung": "I. MỤC ĐÍCH\nĐánh giá kết quả.\nChương I\nQUY ĐỊNH CHUNG\n"
                    "Mục 1. Phạm vi\nXX. HAI MƯƠI\nXXI. Hai mốt\nTrên đây là kế hoạch",
        "ky": {"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC",
               "ho_ten": "Nguyễn Văn A"},
        "noi_nhan": ["UBND tỉnh (b/c)"], "luu": "VT, TĐKT"}
    data.update(changes)
    return data


def rendered(tmp_path, name="letter.docx", **changes):
    path = tmp_path / name
    path.write_bytes(render_docx(parse_spec(spec_data(**changes)), TODAY))
    return path


def plant(src, tmp_path, *changes):
    document = docx.Document(str(src))
    for change in changes:
        change(document)
    out = tmp_path / "planted.docx"
    document.save(str(out))
    return out


def rules_of(path):
    return [f.rule for f in check_file(path)]


def test_centred_part_headings_and_their_caps_title_are_accepted(tmp_path):
    path = rendered(tmp_path)
    document = docx.Document(str(path))
    assert find(document, r"^Chương I$").alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert find(document, r"^QUY ĐỊNH CHUNG$").alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert rules_of(path) == []


@pytest.mark.parametrize(("pattern", "rules"), [
    (r"^Đánh giá", ["body.justify", "body.indent"]),
    (r"^Trên đây", ["body.justify", "body.indent"]),
], ids=["plain-line", "last-line"])
def test_a_centred_plain_line_is_still_caught(tmp_path, pattern, rules):
    def centre(document):
        para = find(document, pattern)
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.paragraph_format.first_line_indent = 0

    assert rules_of(plant(rendered(tmp_path), tmp_path, centre)) == rules


def test_a_left_aligned_chuong_heading_is_caught(tmp_path):
    def left(document):
        find(document, r"^Chương I$").alignment = WD_ALIGN_PARAGRAPH.LEFT

    assert rules_of(plant(rendered(tmp_path), tmp_path, left)) == ["body.justify", "body.indent"]


@pytest.mark.parametrize("loai", ["KH", "HD", "QĐ", "BC"])
def test_trich_yeu_starting_with_thuc_hien_is_found_by_position(tmp_path, loai):
    path = rendered(tmp_path, loai=loai, trich_yeu="Thực hiện phong trào")
    letter = locate(open_docx(path))
    assert [line.clean for line in letter.trich_yeu] == ["Thực hiện phong trào"]
    assert "Thực hiện phong trào" not in [p.clean for p in letter.body]
    # the spec's Quyết định has no tham_quyen and no Điều: render warns of both, check tells them
    assert rules_of(path) == (["ten_loai.tham_quyen", "ten_loai.dieu"] if loai == "QĐ" else [])


@pytest.mark.parametrize(("pattern", "bold", "rules"), [
    (r"^XXI\. ", False, []),
    (r"^XXI\. ", True, []),
    (r"^XX\. ", False, ["body.heading"]),
    (r"^Mục 1\.", False, ["body.heading"]),
], ids=["xxi-plain", "xxi-bold", "xx-not-bold", "muc-not-bold"])
def test_roman_headings_stop_at_xx_as_in_render(tmp_path, pattern, bold, rules):
    path = plant(rendered(tmp_path), tmp_path,
                 lambda d: set_runs(find(d, pattern), bold=bold))
    assert rules_of(path) == rules


def _issuer_in_one_paragraph(bold: bool):
    def change(document):
        parent, issuer = find(document, r"^UBND TỈNH"), find(document, r"^SỞ NỘI VỤ$")
        for extra in parent.runs[1:]:
            extra._r.getparent().remove(extra._r)
        parent.runs[0].text = "UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ"
        parent.runs[0].font.bold = bold
        issuer._p.getparent().remove(issuer._p)
    return change


@pytest.mark.parametrize(("bold", "rule"), [(False, "co_quan.bold"), (True, "chu_quan.bold")],
                         ids=["issuer-not-bold", "parent-bold"])
def test_fix_touches_only_the_line_of_its_element(tmp_path, bold, rule):
    bad = plant(build_letter(tmp_path / "hd.docx"), tmp_path, _issuer_in_one_paragraph(bold))
    assert rules_of(bad) == [rule]
    result = fix_file(bad, tmp_path / "fixed.docx")
    assert [f.rule for f in result.after] == []
    fixed = docx.Document(str(tmp_path / "fixed.docx"))
    assert find(fixed, r"^UBND TỈNH").text == "UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ"


@pytest.mark.parametrize(("change", "rule"), [(c, r) for _, c, r in DEFECTS],
                         ids=[i for i, _, _ in DEFECTS])
def test_fix_never_creates_a_finding(tmp_path, change, rule):
    bad = plant(build_letter(tmp_path / "hd.docx"), tmp_path, change,
                _issuer_in_one_paragraph(False))
    result = fix_file(bad, tmp_path / "fixed.docx")
    before = {(f.rule, f.where) for f in result.before}
    assert {(f.rule, f.where) for f in result.after} <= before


def _plain(tmp_path, lines, align=None):
    document = docx.Document()
    for text in lines:
        para = document.add_paragraph(text)
        if align is not None and text.isupper() or text == "Nguyễn Văn A":
            para.alignment = align
    path = tmp_path / "plain.docx"
    document.save(str(path))
    return path


def test_no_signature_without_evidence(tmp_path):
    path = _plain(tmp_path, ["KẾ HOẠCH", "Tổ chức phong trào thi đua năm 2026",
                             "Nơi nhận:", "- Lưu: VT."])
    letter = locate(open_docx(path))
    assert (letter.chuc_vu, letter.ho_ten) == ([], None)
    assert [line.clean for line in letter.trich_yeu] == ["Tổ chức phong trào thi đua năm 2026"]
    rules = rules_of(path)
    assert "chuc_vu.missing" in rules
    assert not [r for r in rules if r.startswith(("ho_ten.", "chuc_vu.", "quyen_han."))
                and r != "chuc_vu.missing"]


@pytest.mark.parametrize(("lines", "align", "found"), [
    (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"], None,
     (["KT. GIÁM ĐỐC"], ["PHÓ GIÁM ĐỐC"], "Nguyễn Văn A")),
    (["GIÁM ĐỐC", "Nguyễn Văn A"], WD_ALIGN_PARAGRAPH.CENTER,
     ([], ["GIÁM ĐỐC"], "Nguyễn Văn A")),
    (["GIÁM ĐỐC", "Nguyễn Văn A"], None, ([], [], None)),
], ids=["authority-line", "centred-title-and-name", "left-title-and-name-is-no-evidence"])
def test_signature_evidence(tmp_path, lines, align, found):
    path = _plain(tmp_path, ["KẾ HOẠCH", "Tổ chức phong trào", "Nội dung kế hoạch.",
                             *lines, "Nơi nhận:", "- Lưu: VT."], align)
    letter = locate(open_docx(path))
    got = ([s.clean for s in letter.quyen_han], [s.clean for s in letter.chuc_vu],
           letter.ho_ten.clean if letter.ho_ten else None)
    assert got == found


def test_old_tone_placement_in_the_quoc_hieu_is_an_accepted_variant(tmp_path):
    path = plant(rendered(tmp_path), tmp_path,
                 lambda d: retext(find(d, r"^CỘNG HÒA"), "HÒA", "HOÀ"))
    assert check_file(path) == []  # both tone placements are standard (check_variants.yaml)


@pytest.mark.parametrize("pattern", [r"^Đánh giá", r"^I\. MỤC", r"^XXI\."],
                         ids=["text", "heading", "plain-roman"])
def test_no_space_between_body_paragraphs_is_caught(tmp_path, pattern):
    def squeeze(document):
        paras = paragraphs(document)
        at = next(i for i, p in enumerate(paras) if re.search(pattern, p.text))
        paras[at].paragraph_format.space_after = Pt(0)
        paras[at + 1].paragraph_format.space_before = Pt(0)

    path = plant(rendered(tmp_path), tmp_path, squeeze)
    (finding,) = check_file(path)
    assert (finding.rule, finding.found) == ("body.spacing", "0 pt between paragraphs")


def _dash_item(**changes):
    return spec_data(noi_dung="I. MỤC ĐÍCH\n- Đánh giá kết quả thực hiện phong trào thi đua "
                         "trên địa bàn toàn tỉnh, biểu dương các tập thể, cá nhân tiêu biểu.\n"
                         "+ Khen thưởng kịp thời.\nTrên đây là kế hoạch", **changes)


@pytest.mark.parametrize(("pattern", "change", "rules"), [
    (r"^- Đánh giá", "left", ["body.justify"]),
    (r"^- Đánh giá", "no-indent", ["body.indent"]),
    (r"^\+ Khen", "double", ["body.line"]),
], ids=["dash-left", "dash-no-indent", "plus-double-spaced"])
def test_a_dash_or_plus_item_is_held_to_the_body_rules(tmp_path, pattern, change, rules):
    """A "- " or "+ " line of the body is a body paragraph like a "1." one (about half the
    body of most letters): justified, its first line indented 1-1.27 cm, single to 1.5 lines."""
    path = tmp_path / "letter.docx"
    path.write_bytes(render_docx(parse_spec(_dash_item()), TODAY))
    assert rules_of(path) == []

    def planted(document):
        para = find(document, pattern)
        if change == "left":
            para.alignment = WD_ALIGN_PARAGRAPH.LEFT
        elif change == "no-indent":
            para.paragraph_format.first_line_indent = 0
        else:
            para.paragraph_format.line_spacing = 2.0

    assert rules_of(plant(path, tmp_path, planted)) == rules


@pytest.mark.parametrize(("spaces", "rules"), [(11, []), (10, []), (20, ["body.indent"])],
                         ids=["eleven", "ten", "twenty"])
def test_an_item_indented_with_the_space_bar_counts_the_spaces(tmp_path, spaces, rules):
    """A clerk who indents "- " items with spaces sees them indented: 10 or 11 spaces of 14 pt
    print about 1.2 cm in (right within one space), 20 print 2.5 cm in."""
    path = tmp_path / "letter.docx"
    path.write_bytes(render_docx(parse_spec(_dash_item()), TODAY))

    def spaced(document):
        para = find(document, r"^- Đánh giá")
        para.paragraph_format.first_line_indent = 0
        retext(para, r"^", " " * spaces)

    assert rules_of(plant(path, tmp_path, spaced)) == rules


def test_a_kinh_gui_that_lost_its_first_word_is_told_as_such(tmp_path):
    """"gửi: - Các Bộ, …" (a letter cut from a longer file) is the Kính gửi: its recipients
    are not body paragraphs, and the line is told to begin "Kính gửi:"."""
    path = tmp_path / "letter.docx"
    path.write_bytes(render_docx(parse_spec(spec_data(
        loai="CV", trich_yeu="V/v tổng kết phong trào", kinh_gui=["Sở Nội vụ", "Sở Tài chính"],
        noi_nhan=[])), TODAY))
    assert rules_of(path) == []

    def cut(document):
        retext(find(document, r"^Kính gửi"), r"^Kính ", "")

    assert rules_of(plant(path, tmp_path, cut)) == ["kinh_gui.form"]
