"""check on a clerk's own letter: a ký hiệu typed with a look-alike hyphen, a signer's title in
lower case that no list knows, a trích yếu typed in capitals; each told, each near miss silent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from check_letter import build_letter, edit, find, paragraphs, retext
from conftest import DATA

from ntm_docgen.check import check_file, fix_file
from ntm_docgen.i18n import set_language
from ntm_docgen.letter.render import render_spec
from ntm_docgen.letter.spec import load_spec


@pytest.fixture(scope="module")
def textbox(tmp_path_factory) -> Path:
    """The Hướng dẫn with its signature in plain paragraphs, not a table."""
    return build_letter(tmp_path_factory.mktemp("own") / "textbox.docx", "textbox")


@pytest.fixture(scope="module")
def qd(tmp_path_factory) -> Path:
    """A Quyết định as render lays it out: its trích yếu "Về việc chấp thuận ..."."""
    out = tmp_path_factory.mktemp("own") / "qd.docx"
    spec = DATA / "check" / "printed" / "quyet-dinh.can-cu-xet-and-others.yaml"
    render_spec(load_spec(spec), out, today=date(2026, 11, 23))
    return out


def _findings(path: Path, prefix: str):
    return [f for f in check_file(path) if f.rule.startswith(prefix)]


def _vietnamese(path: Path, rule: str) -> str:
    """The message of the finding ``rule`` on ``path``, as check says it in Vietnamese."""
    set_language("vi")
    try:
        return next(f.message for f in check_file(path) if f.rule == rule)
    finally:
        set_language(None)


# 1. A ký hiệu typed with a look-alike hyphen

@pytest.mark.parametrize(("char", "told"), [
    ("\u2010", "(U+2010, Unicode hyphen, as text copied"),
    ("\u2011", "(U+2011, non-breaking hyphen, as text copied"),
    ("\u2012", '"\u2012" (U+2012, figure dash), a dash longer than the hyphen'),
    ("\u2013", '"\u2013" (U+2013, en dash), a dash longer than the hyphen'),
    ("\u2212", '"\u2212" (U+2212, minus sign), a dash longer than the hyphen'),
], ids=["unicode-hyphen", "non-breaking-hyphen", "figure-dash", "en-dash", "minus"])
def test_a_ky_hieu_with_a_look_alike_hyphen_names_the_character(cv, tmp_path, char, told):
    path = edit(cv, tmp_path / "k.docx",
                lambda d: retext(find(d, r"^Số:"), "SNV-TĐKT", f"SNV{char}TĐKT"))
    (finding,) = check_file(path)
    assert (finding.rule, finding.severity, finding.fixable) == ("so.dash", "luu_y", True)
    assert told in finding.message
    assert 'a search of the register for "SNV-TĐKT" will not find this letter' in finding.message


def test_a_type_code_joined_by_a_dash_is_not_told_as_another_type(hd, tmp_path):
    """``HD‐SNV``: the ký hiệu opens with the Hướng dẫn's code all the same; only the hyphen is
    told, not "does not begin with the code of a Hướng dẫn"."""
    path = edit(hd, tmp_path / "k.docx",
                lambda d: retext(find(d, r"^Số:"), "HD-SNV", "HD\u2011SNV"))
    assert [f.rule for f in check_file(path)] == ["so.dash"]


def test_a_ky_hieu_spaced_around_a_dash_is_told_both_and_shown_with_the_hyphen(cv, tmp_path):
    path = edit(cv, tmp_path / "k.docx",
                lambda d: retext(find(d, r"^Số:"), "SNV-TĐKT", "SNV \u2013 TĐKT"))
    found = {f.rule: f.message for f in _findings(path, "so.")}
    assert set(found) == {"so.dash", "so.format"}
    assert found["so.format"].endswith('write "SNV-TĐKT"')
    assert found["so.dash"].endswith('without spaces: "SNV-TĐKT"')  # not "SNV - TĐKT"


def test_fix_types_the_keyboard_hyphen_in_each_ones_place(cv, tmp_path):
    path = edit(cv, tmp_path / "k.docx",
                lambda d: retext(find(d, r"^Số:"), "106/SNV-TĐKT", "106/SNV\u2010TĐ\u2013KT"))
    result = fix_file(path, tmp_path / "fixed.docx")
    assert [f.rule for f in result.before] == ["so.dash"] and result.fixed == {0}
    assert result.after == []
    fixed = docx.Document(str(tmp_path / "fixed.docx"))
    assert find(fixed, r"^Số:").text == "Số: 106/SNV-TĐ-KT"


def test_a_ky_hieu_dash_is_told_in_vietnamese(cv, tmp_path):
    path = edit(cv, tmp_path / "k.docx",
                lambda d: retext(find(d, r"^Số:"), "SNV-TĐKT", "SNV\u2011TĐKT"))
    said = _vietnamese(path, "so.dash")
    assert "dấu gạch nối không ngắt dòng" in said
    assert 'tìm "SNV-TĐKT" trong sổ văn bản đi sẽ không thấy văn bản này' in said


def test_a_dash_elsewhere_than_the_ky_hieu_is_no_ky_hieu_dash(hd, tmp_path):
    """Near miss: the keyboard's hyphen in the ký hiệu, an en dash in the trích yếu's years."""
    path = edit(hd, tmp_path / "k.docx",
                lambda d: retext(find(d, r"^Tổng kết"), "2011 - 2020", "2011 \u2013 2020"))
    assert check_file(path) == []


# 2. A signer's title in lower case that data/chuc_danh.yaml does not list

def _title(title: str, authority: bool):
    def change(document) -> None:
        retext(find(document, r"^PHÓ GIÁM ĐỐC$"), ".+", title)
        if not authority:
            line = find(document, r"^KT\. GIÁM ĐỐC$")
            line._p.getparent().remove(line._p)
    return change


@pytest.mark.parametrize("layout", ["hd", "textbox"], ids=["table", "paragraphs"])
@pytest.mark.parametrize("authority", [True, False], ids=["under-kt", "alone"])
@pytest.mark.parametrize("title", ["phó trưởng phòng", "chánh thanh tra", "Kế toán trưởng",
                                   "chủ tịch", "trưởng phòng kinh tế"])
def test_a_title_in_lower_case_is_told_as_such_not_as_no_signature(
        request, tmp_path, layout, authority, title):
    path = edit(request.getfixturevalue(layout), tmp_path / "s.docx", _title(title, authority))
    (finding,) = check_file(path)
    assert finding.rule == "chuc_vu.case"
    assert finding.message.endswith(f'write it in capitals: "{title.upper()}"')


@pytest.mark.parametrize("layout", ["hd", "textbox"], ids=["table", "paragraphs"])
def test_fix_puts_a_lower_case_title_in_capitals(request, tmp_path, layout):
    path = edit(request.getfixturevalue(layout), tmp_path / "s.docx",
                _title("phó trưởng phòng kinh tế", True))
    result = fix_file(path, tmp_path / "fixed.docx")
    assert [f.rule for f in result.before] == ["chuc_vu.case"] and result.fixed == {0}
    assert result.after == []
    fixed = docx.Document(str(tmp_path / "fixed.docx"))
    assert any(p.text == "PHÓ TRƯỞNG PHÒNG KINH TẾ" for p in paragraphs(fixed))


@pytest.mark.parametrize("title", ["CHÁNH THANH TRA", "Người báo cáo"],
                         ids=["capitals-not-listed", "nguoi-bao-cao"])
def test_a_title_in_capitals_or_a_signers_part_is_silent(hd, tmp_path, title):
    """Near misses: a title no list knows in capitals is right; "Người báo cáo" names the
    signer's part in the paper, not an office, and is found all the same."""
    path = edit(hd, tmp_path / "s.docx", _title(title, authority=False))
    assert check_file(path) == []


def _signed(mark: str):
    """``mark`` typed on a blank line between the title and the name, as a copy stands for the
    signature ("Đã ký")."""
    def change(document) -> None:
        paras = paragraphs(document)
        title = next(i for i, p in enumerate(paras) if p.text == "PHÓ GIÁM ĐỐC")
        next(p for p in paras[title + 2:] if not p.text.strip()).add_run(mark)
    return change


@pytest.mark.parametrize("layout", ["hd", "textbox"], ids=["table", "paragraphs"])
@pytest.mark.parametrize("mark", ["Đã ký", "ĐÃ KÝ", "Ký tên"])
def test_a_signed_mark_between_title_and_name_is_neither(request, tmp_path, layout, mark):
    """Near miss: "Đã ký" typed without brackets where the signature goes is no title in lower
    case, nor ("ĐÃ KÝ") a title that makes the real one an authority line."""
    path = edit(request.getfixturevalue(layout), tmp_path / "s.docx", _signed(mark))
    assert check_file(path) == []


def test_a_lower_case_line_with_no_signature_space_under_it_is_no_title(hd, tmp_path):
    """Near miss: a line right above the name with no room to sign between and no authority
    line above it is not taken for a title on its place alone."""
    def change(document) -> None:
        _title("chánh thanh tra", authority=False)(document)
        for para in list(document.tables[-1].cell(0, 1).paragraphs):
            if not para.text.strip():
                para._p.getparent().remove(para._p)
    path = edit(hd, tmp_path / "s.docx", change)
    assert [f.rule for f in check_file(path)] == ["chuc_vu.missing"]


# 3. A trích yếu typed in capitals

def test_a_cong_van_trich_yeu_in_capitals_is_told_with_the_line_in_ordinary_letters(cv, tmp_path):
    path = edit(cv, tmp_path / "v.docx", lambda d: retext(
        find(d, r"^V/v"), r"sơ kết.*", "TĂNG CƯỜNG CÔNG TÁC THI ĐUA TẠI TỈNH LẠNG SƠN"))
    (finding,) = check_file(path)
    assert (finding.rule, finding.severity, finding.fixable) == ("vv.case", "loi", False)
    assert finding.message.endswith('"V/v tăng cường công tác thi đua tại tỉnh Lạng Sơn"')
    said = _vietnamese(path, "vv.case")
    assert 'Nghị định viết trích yếu sau chữ "V/v" bằng chữ in thường' in said


@pytest.mark.parametrize(("fixture", "pattern", "typed", "wanted"), [
    ("qd", r"^Về việc chấp thuận", "VỀ VIỆC CHẤP THUẬN NHÀ ĐẦU TƯ DỰ ÁN KHU DÂN CƯ",
     '"Về việc chấp thuận nhà đầu tư dự án khu dân cư"'),
    ("hd", r"^Tổng kết", "TỔNG KẾT PHONG TRÀO THI ĐUA (giai đoạn 2011 - 2020)",
     '"Tổng kết phong trào thi đua (giai đoạn 2011 - 2020)"'),
], ids=["quyet-dinh-ve-viec", "huong-dan-with-bracket"])
def test_a_trich_yeu_in_capitals_under_the_ten_loai_is_told(
        request, tmp_path, fixture, pattern, typed, wanted):
    path = edit(request.getfixturevalue(fixture), tmp_path / "t.docx",
                lambda d: retext(find(d, pattern), ".+", typed))
    (finding,) = _findings(path, "trich_yeu.case")
    assert finding.message.endswith(wanted)


@pytest.mark.parametrize("typed", [
    "V/v triển khai Kế hoạch số 12/KH-UBND về phòng, chống dịch COVID-19",
    "V/v UBND",
    "V/v đề nghị Sở Nội vụ (SNV) thẩm định",
], ids=["codes-and-abbreviations", "one-abbreviation", "abbreviation-in-brackets"])
def test_a_cong_van_trich_yeu_with_capitals_only_in_codes_is_silent(cv, tmp_path, typed):
    path = edit(cv, tmp_path / "v.docx", lambda d: retext(find(d, r"^V/v"), ".+", typed))
    assert check_file(path) == []


def test_a_normative_documents_trich_yeu_in_capitals_is_silent(qd, tmp_path):
    """Near miss: a number with its year is a legal normative document's, laid out by the law
    on such documents, which prints its trích yếu in capitals."""
    path = edit(qd, tmp_path / "t.docx",
                lambda d: retext(find(d, r"^Về việc chấp thuận"), ".+", "VỀ VIỆC CHẤP THUẬN"),
                lambda d: retext(find(d, r"^Số:"), r"310/", "31/2026/"))
    assert _findings(path, "trich_yeu.case") == []
