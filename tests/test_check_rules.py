"""check: a letter built to the decree has no finding; each planted defect is caught and named."""

from __future__ import annotations

import json
import re

import docx
import pytest
from check_letter import DEFECTS, build_letter, find, paragraphs, retext, set_runs
from docx.oxml.ns import qn
from docx.shared import Pt

from ntm_docgen.check import check_file
from ntm_docgen.check.findings import to_json, to_text


@pytest.fixture(params=["hd", "cv", "textbox"],
                ids=["huong-dan", "cong-van", "text-boxes-and-plain-signature"])
def letter(request, tmp_path):
    """conftest's Hướng dẫn or công văn, or the Hướng dẫn laid out in text boxes."""
    if request.param == "textbox":
        return build_letter(tmp_path / "textbox.docx", "textbox")
    return request.getfixturevalue(request.param)


def plant(src, tmp_path, change, name="defect.docx"):
    document = docx.Document(str(src))
    change(document)
    out = tmp_path / name
    document.save(str(out))
    return out


def test_conforming_letter_has_no_finding(letter):
    assert check_file(letter) == []


@pytest.mark.parametrize(("change", "rule"), [(c, r) for _, c, r in DEFECTS],
                         ids=[i for i, _, _ in DEFECTS])
def test_planted_defect_is_caught_alone(letter, tmp_path, change, rule):
    findings = check_file(plant(letter, tmp_path, change))
    assert [f.rule for f in findings] == [rule]


def drop_border(paragraph) -> None:
    ppr = paragraph._p.pPr
    ppr.remove(ppr.find(qn("w:pBdr")))


EXTRA = [
    ("tieu-ngu-no-rule", lambda d: drop_border(find(d, r"^Độc lập")), "tieu_ngu.rule"),
    ("issuer-no-rule", lambda d: drop_border(next(
        p for p in paragraphs(d) if not p.text and p._p.find(".//" + qn("w:pBdr")) is not None)),
     "co_quan.rule"),
    ("signer-prefix-unknown", lambda d: retext(find(d, r"^KT\. "), r"^KT\.", "K.T."),
     "quyen_han.prefix"),
    ("noi-nhan-no-colon", lambda d: retext(find(d, r"^Nơi nhận"), ":", ""), "noi_nhan.text"),
    ("noi-nhan-item-no-semicolon", lambda d: retext(find(d, r"^- UBND tỉnh"), ";", ""),
     "noi_nhan_item.form"),
    ("so-lower-case", lambda d: retext(find(d, r"^Số:"), r"^Số", "SỐ"), "so.format"),
    ("ten-loai-left", lambda d: setattr(find(d, r"^HƯỚNG DẪN$"), "alignment", 0),
     "ten_loai.align"),
    ("trich-yeu-not-bold", lambda d: set_runs(find(d, r"^Tổng kết phong"), bold=False),
     "trich_yeu.bold"),
    ("can-cu-no-semicolon", lambda d: retext(find(d, r"^Căn cứ Hướng"), ";$", ","),
     "can_cu.punctuation"),
    ("body-left-aligned", lambda d: setattr(find(d, r"^Đánh giá"), "alignment", 0),
     "body.justify"),
    ("body-no-indent", lambda d: setattr(find(d, r"^Đánh giá").paragraph_format,
                                         "first_line_indent", 0), "body.indent"),
    ("body-double-spaced", lambda d: setattr(find(d, r"^Đánh giá").paragraph_format,
                                             "line_spacing", 2.0), "body.line"),
    ("decomposed-text", lambda d: retext(find(d, r"^Đánh giá"), "Đánh giá",
                                         "\u0110a\u0301nh gia\u0301"), "font.nfc"),
    ("red-text", lambda d: setattr(find(d, r"^Đánh giá").runs[0].font.color, "rgb",
                                   docx.shared.RGBColor(255, 0, 0)), "font.color"),
    ("heading-not-bold", lambda d: set_runs(find(d, r"^I\. MỤC"), bold=False), "body.heading"),
    ("tieu-ngu-12pt", lambda d: set_runs(find(d, r"^Độc lập"), size=Pt(12)), "tieu_ngu.size"),
]


@pytest.mark.parametrize(("change", "rule"), [(c, r) for _, c, r in EXTRA],
                         ids=[i for i, _, _ in EXTRA])
def test_more_defects_of_a_huong_dan(tmp_path, change, rule):
    letter = build_letter(tmp_path / "hd.docx", "hd")
    assert [f.rule for f in check_file(plant(letter, tmp_path, change))] == [rule]


@pytest.mark.parametrize(("change", "rule"), [
    (lambda d: retext(find(d, r"^- UBND các xã"), r"\.$", ";"), "kinh_gui.item"),
    (lambda d: retext(find(d, r"^Kính gửi"), ":", ""), "kinh_gui.form"),
    (lambda d: retext(find(d, r"^- Như trên"), "Như trên", "Ban TĐKT"), "noi_nhan_item.nhu_tren"),
    (lambda d: set_runs(find(d, r"^V/v"), bold=True), "vv.bold"),
    (lambda d: retext(find(d, r"^V/v"), r"^V/v", "v/v"), "vv.form"),
], ids=["kinh-gui-last-semicolon", "kinh-gui-no-colon", "no-nhu-tren", "vv-bold", "vv-case"])
def test_defects_of_a_cong_van(tmp_path, change, rule):
    letter = build_letter(tmp_path / "cv.docx", "cv")
    assert [f.rule for f in check_file(plant(letter, tmp_path, change))] == [rule]


def test_finding_names_rule_decree_place_found_and_required(tmp_path):
    letter = build_letter(tmp_path / "hd.docx", "hd")
    bad = plant(letter, tmp_path, lambda d: set_runs(find(d, r"^Nơi nhận"), size=Pt(13)))
    (finding,) = check_file(bad)
    assert finding.rule == "noi_nhan.size"
    assert finding.ref == "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 9, điểm d; ô 9b"
    assert finding.where == "paragraph 18 (table row 1, column 1)"
    assert (finding.text, finding.found, finding.required) == (
        "Nơi nhận:", "13 pt", "12 pt for the Nơi nhận")
    assert finding.severity == "loi"
    assert str(finding) == (
        "error: noi_nhan.size [NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 9, điểm d; ô 9b] "
        "Nơi nhận at "
        "the line beginning “Nơi nhận:”, in a table (row 1, column 1): Nơi nhận \"Nơi nhận:\" "
        "is in 13 pt; set it to 12 pt")
    rows = json.loads(to_json([finding]))
    assert rows == [{"rule": "noi_nhan.size", "ref": finding.ref, "element": "Nơi nhận",
                     "where": finding.where, "text": "Nơi nhận:", "found": "13 pt",
                     "required": "12 pt for the Nơi nhận", "fixable": True, "severity": "loi",
                     "message": 'Nơi nhận "Nơi nhận:" is in 13 pt; set it to 12 pt'}]
    assert re.match(r"^\S+: 1 finding\n  error: noi_nhan\.size ", to_text([finding], str(bad)))


@pytest.mark.parametrize(("ok", "wrong"), [("01", "1"), ("02", "2"), ("3", "03"), ("6", "06"),
                                           ("9", "09")], ids=["jan", "feb", "mar", "jun", "sep"])
def test_month_padding_only_for_january_and_february(tmp_path, ok, wrong):
    letter = build_letter(tmp_path / "hd.docx", "hd")
    good = plant(letter, tmp_path, lambda d: retext(find(d, ", ngày"), r"tháng \d+",
                                                   f"tháng {ok}"), "good.docx")
    assert check_file(good) == []
    bad = plant(letter, tmp_path, lambda d: retext(find(d, ", ngày"), r"tháng \d+",
                                                  f"tháng {wrong}"), "bad.docx")
    assert [f.rule for f in check_file(bad)] == ["ngay.month"]


@pytest.mark.parametrize(("day", "number", "rules"), [
    ("09", "09", []), ("10", "10", []), ("9", "10", ["ngay.day"]), ("10", "9", ["so.padding"]),
], ids=["day-09-so-09", "day-10-so-10", "day-9", "so-9"])
def test_day_and_number_padding(tmp_path, day, number, rules):
    letter = build_letter(tmp_path / "hd.docx", "hd")

    def change(document):
        retext(find(document, ", ngày"), r"ngày \d+", f"ngày {day}")
        retext(find(document, "^Số:"), r"Số: \d+", f"Số: {number}")

    assert [f.rule for f in check_file(plant(letter, tmp_path, change))] == rules


def test_draft_number_and_date_are_accepted(tmp_path):
    letter = build_letter(tmp_path / "hd.docx", "hd")

    def change(document):
        gap = "\u00a0" * 4
        retext(find(document, ", ngày"), r"ngày \d+ tháng \d+", f"ngày{gap} tháng{gap}")
        retext(find(document, "^Số:"), r"Số: \d+", "Số:\u00a0\u00a0\u00a0\u00a0")

    assert check_file(plant(letter, tmp_path, change)) == []


@pytest.mark.parametrize(("typed", "kind"), [("Số 106/SNV-TĐKT", "cv"), ("Số      /HD-SNV", "hd")],
                         ids=["numbered-cong-van", "draft-huong-dan"])
def test_number_line_without_its_colon_is_told_so_not_missing(tmp_path, typed, kind):
    letter = build_letter(tmp_path / f"{kind}.docx", kind)
    path = plant(letter, tmp_path, lambda d: retext(find(d, "^Số:"), r"^Số: \S+", typed))
    shown = " ".join(typed.split())
    assert [(f.rule, f.found) for f in check_file(path)] == [("so.format", f'"{shown}"')]
