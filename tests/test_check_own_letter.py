"""check on a clerk's own letter: a ký hiệu typed with a look-alike hyphen, a signer's title in
lower case that no list knows, a trích yếu typed in capitals; each told, each near miss silent."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from check_letter import build_letter, edit, find, retext

from ntm_docgen.check import check_file, fix_file
from ntm_docgen.i18n import set_language


@pytest.fixture(scope="module")
def hd(tmp_path_factory) -> Path:
    return build_letter(tmp_path_factory.mktemp("own") / "hd.docx", "hd")


@pytest.fixture(scope="module")
def cv(tmp_path_factory) -> Path:
    return build_letter(tmp_path_factory.mktemp("own") / "cv.docx", "cv")


@pytest.fixture(scope="module")
def textbox(tmp_path_factory) -> Path:
    """The Hướng dẫn with its signature in plain paragraphs, not a table."""
    return build_letter(tmp_path_factory.mktemp("own") / "textbox.docx", "textbox")


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


@pytest.mark.parametrize("title", ["CHÁNH THANH TRA", "Người báo cáo"],
                         ids=["capitals-not-listed", "nguoi-bao-cao"])
def test_a_title_in_capitals_or_a_signers_part_is_silent(hd, tmp_path, title):
    """Near misses: a title no list knows in capitals is right; "Người báo cáo" names the
    signer's part in the paper, not an office, and is found all the same."""
    path = edit(hd, tmp_path / "s.docx", _title(title, authority=False))
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
