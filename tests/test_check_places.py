"""check: a header set to one side or a Quốc hiệu on two lines (ô 1, ô 2), and what render
warns of told on the page too: a Quyết định without its authority or articles, the huyện after
1 July 2025 (a black-box test's findings 9 and 12)."""

from __future__ import annotations

import re
from datetime import date

import docx
import pytest
from check_letter import build_letter, find, set_runs
from conftest import EXAMPLES
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from ntm_docgen.check import check_file, fix_file
from ntm_docgen.letter.render import render_spec
from ntm_docgen.letter.spec import load_spec
from ntm_docgen.letter.two_levels import three_levels


def planted(tmp_path, change, kind="hd"):
    letter = build_letter(tmp_path / f"{kind}.docx", kind)
    document = docx.Document(str(letter))
    change(document)
    out = tmp_path / "planted.docx"
    document.save(str(out))
    return out


def rules_of(path):
    return [f.rule for f in check_file(path)]


def left(pattern):
    return lambda d: setattr(find(d, pattern), "alignment", WD_ALIGN_PARAGRAPH.LEFT)


def condensed(paragraph, twips: int) -> None:
    for run in paragraph.runs:
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:val"), str(twips))
        run._r.get_or_add_rPr().append(spacing)


@pytest.mark.parametrize(("change", "rule"), [
    (left(r"^SỞ NỘI VỤ$"), "co_quan.align"),
    (left(r"^UBND TỈNH LẠNG SƠN$"), "chu_quan.align"),
    (lambda d: set_runs(find(d, r"^CỘNG HÒA"), size=Pt(13)), "quoc_hieu.wrap"),
], ids=["issuer-left", "parent-left", "quoc-hieu-13pt-in-91mm"])
def test_a_header_departure_is_caught_alone_and_fixed(tmp_path, change, rule):
    bad = planted(tmp_path, change)
    assert rules_of(bad) == [rule]
    result = fix_file(bad, tmp_path / "fixed.docx")
    assert result.after == []


def test_the_fix_centres_the_issuer_and_sets_the_quoc_hieu_in_12pt(tmp_path):
    def change(d):
        left(r"^SỞ NỘI VỤ$")(d)
        set_runs(find(d, r"^CỘNG HÒA"), size=Pt(13))

    fix_file(planted(tmp_path, change), tmp_path / "fixed.docx")
    fixed = docx.Document(str(tmp_path / "fixed.docx"))
    assert find(fixed, r"^SỞ NỘI VỤ$").alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert {r.font.size for r in find(fixed, r"^CỘNG HÒA").runs} == {Pt(12)}
    assert find(fixed, r"^CỘNG HÒA").text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def test_a_quoc_hieu_set_closer_holds_on_one_line(tmp_path):
    """13 pt with its characters 1 pt closer (a clerk's way, as round 1's permits): 84 mm."""
    def change(d):
        set_runs(find(d, r"^CỘNG HÒA"), size=Pt(13))
        condensed(find(d, r"^CỘNG HÒA"), -20)

    assert rules_of(planted(tmp_path, change)) == []


def test_a_tieu_ngu_set_left_in_a_wide_cell_is_told_and_centred_is_not(tmp_path):
    def unindented(d, align):
        tieu_ngu = find(d, r"^Độc lập")
        tieu_ngu.paragraph_format.left_indent = tieu_ngu.paragraph_format.right_indent = 0
        tieu_ngu.alignment = align

    assert "tieu_ngu.align" in rules_of(planted(
        tmp_path, lambda d: unindented(d, WD_ALIGN_PARAGRAPH.LEFT)))
    assert "tieu_ngu.align" not in rules_of(planted(
        tmp_path, lambda d: unindented(d, WD_ALIGN_PARAGRAPH.CENTER)))


def test_a_line_that_fills_its_column_is_not_told_whatever_its_alignment(tmp_path):
    """The Quốc hiệu, 88.3 mm in a column of 91.2 mm: set left it prints 1.5 mm off the
    middle, which no one sees."""
    assert rules_of(planted(tmp_path, left(r"^CỘNG HÒA"))) == []


def test_the_header_of_the_black_box_letter_is_told(tmp_path):
    """Contract8 #9: a python-docx letter in two equal columns, every paragraph set left."""
    def word_like(d):
        for pattern in (r"^UBND TỈNH", r"^SỞ NỘI VỤ$", r"^CỘNG HÒA", r"^Độc lập"):
            para = find(d, pattern)
            para.alignment = WD_ALIGN_PARAGRAPH.LEFT
            para.paragraph_format.left_indent = para.paragraph_format.right_indent = 0
        for column in d.tables[0].columns:
            for cell in column.cells:
                cell.width = docx.shared.Mm(82.5)

    found = set(rules_of(planted(tmp_path, word_like)))
    assert {"chu_quan.align", "co_quan.align", "tieu_ngu.align", "quoc_hieu.wrap"} <= found


def render(tmp_path, name, **changes):
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    for field, value in changes.items():
        text = re.sub(rf"(?m)^{field}:.*$", f"{field}: {value}", text)
    spec = tmp_path / name
    spec.write_text(text, encoding="utf-8")
    out = tmp_path / f"{spec.stem}.docx"
    render_spec(load_spec(spec), out, today=date(2026, 11, 23))
    return out


def test_a_quyet_dinh_without_its_authority_or_articles_is_told(tmp_path):
    good = render(tmp_path, "quyet-dinh-khen-thuong.yaml")
    assert not {"ten_loai.tham_quyen", "ten_loai.dieu"} & set(rules_of(good))
    bare = tmp_path / "bare.yaml"
    text = (EXAMPLES / "quyet-dinh-khen-thuong.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^tham_quyen:.*\n", "", text).replace("Điều 1. ", "1. ") \
        .replace("Điều 2. ", "2. ").replace("Điều 3. ", "3. ")
    bare.write_text(text, encoding="utf-8")
    render_spec(load_spec(bare), tmp_path / "bare.docx", today=date(2026, 11, 23))
    findings = check_file(tmp_path / "bare.docx")
    assert {"ten_loai.tham_quyen", "ten_loai.dieu"} <= {f.rule for f in findings}
    assert any("Điều 1." in f.note for f in findings if f.rule == "ten_loai.dieu")


def test_a_letter_dated_after_the_reform_naming_the_huyen_is_told(tmp_path):
    after = render(tmp_path, "cong-van-ubnd-tinh-kon-tum.yaml", nam="2026")
    found = [f for f in check_file(after) if f.rule.endswith(".hai_cap")]
    assert [f.rule for f in found] == ["co_quan.hai_cap", "kinh_gui.hai_cap"]
    assert "Quảng Ngãi" in found[0].note and "huyện" in found[1].note


@pytest.mark.parametrize(("ngay", "told"), [("2026-03-05", True), ("2025-07-01", True),
                                            ("2025-06-30", False), ("2024-12-20", False)],
                         ids=["2026", "the-first-day", "the-day-before", "2024"])
def test_a_merged_province_is_told_as_render_warns_it_a_note_not_an_error(tmp_path, ngay, told):
    """UBND TỈNH KON TUM (part of Quảng Ngãi since 1 July 2025): render warns and renders, and
    check says the same words at the same weight, a lưu ý; before that day, nothing."""
    text = (EXAMPLES / "cong-van-ubnd-tinh-kon-tum.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^(nam|ngay|so):.*\n", "", text)
    text = text.replace("Ủy ban nhân dân các huyện, thành phố", "Ủy ban nhân dân các xã, phường")
    spec_path = tmp_path / "kon-tum.yaml"
    spec_path.write_text(f"{text}\nso: 12\nngay: {ngay}\n", encoding="utf-8")
    spec = load_spec(spec_path)
    warned = three_levels(spec)
    out = tmp_path / "kon-tum.docx"
    render_spec(spec, out, today=date(2026, 11, 23))
    found = [f for f in check_file(out) if f.rule.endswith(".hai_cap")]
    assert [(f.rule, f.severity) for f in found] == ([("co_quan.hai_cap", "luu_y")] if told else [])
    assert [f"co_quan: {f.note}" for f in found] == [str(w) for w in warned]


def test_the_same_letter_before_the_reform_is_not(tmp_path):
    before = render(tmp_path, "cong-van-ubnd-tinh-kon-tum.yaml", nam="2025")
    assert not [r for r in rules_of(before) if r.endswith(".hai_cap")]
