"""What a body and its appendices print: a heading the body repeats printed once (with a
warning), the phụ lục note naming the authority that signs."""

from __future__ import annotations

import pytest
from docxview import open_docx, paragraphs, texts

from ntm_docgen.letter.context import spec_warnings
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import parse_spec

QD = {"loai": "QĐ", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "viet_tat": "UBND"},
      "so": 15, "dia_danh": "Lạng Sơn", "ngay": "2026-01-05",
      "trich_yeu": "Về việc tặng Bằng khen", "tham_quyen": "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
      "noi_dung": "Điều 1. Tặng Bằng khen.\nĐiều 2. Thi hành.",
      "ky": {"quyen_han": ["KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH", "ho_ten": "Lê Văn A"},
      "phu_luc": [{"tieu_de": "DANH SÁCH", "noi_dung": "| TT | Tên |\n|---|---|\n| 1 | A |"}]}


def printed(spec: dict, today) -> list[str]:
    return texts([p for p in paragraphs(open_docx(render_docx(parse_spec(spec), today)))
                  if p.where == "body"])


@pytest.mark.parametrize(("head", "dropped"), [
    ("QUYẾT ĐỊNH:", 1),
    ("**QUYẾT ĐỊNH:**", 1),
    ("Quyết định:", 1),
    ("QUYẾT ĐỊNH\nVề việc tặng Bằng khen\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nQUYẾT ĐỊNH:", 4),
    ("\n\nQUYẾT ĐỊNH:\n", 1),
], ids=["quyet-dinh", "in-bold-markup", "lower-case", "whole-head-pasted", "blank-lines-first"])
def test_a_body_that_repeats_the_heading_prints_it_once_and_says_so(today, head, dropped):
    spec = {**QD, "noi_dung": f"{head}\n{QD['noi_dung']}"}
    lines = printed(spec, today)
    assert lines.count("QUYẾT ĐỊNH:") == 1 and lines.count("QUYẾT ĐỊNH") == 1
    assert lines.count("Về việc tặng Bằng khen") == 1
    assert lines[lines.index("QUYẾT ĐỊNH:") + 1].startswith("Điều 1.")
    warnings = [w for w in spec_warnings(parse_spec(spec)) if w.startswith("noi_dung:")]
    assert len(warnings) == dropped and "printed once" in warnings[0]


def test_a_kế_hoạch_body_that_starts_with_its_type_heading_prints_it_once(today):
    spec = {**QD, "loai": "KH", "tham_quyen": None, "trich_yeu": "Tổng kết phong trào",
            "noi_dung": "KẾ HOẠCH\nI. MỤC ĐÍCH\nĐánh giá."}
    lines = printed(spec, today)
    assert lines.count("KẾ HOẠCH") == 1 and lines[lines.index("KẾ HOẠCH") + 2] == "I. MỤC ĐÍCH"


def test_a_body_line_like_the_heading_later_on_is_kept(today):
    spec = {**QD, "noi_dung": "Điều 1. Tặng Bằng khen.\nQUYẾT ĐỊNH:\nĐiều 2. Thi hành."}
    assert printed(spec, today).count("QUYẾT ĐỊNH:") == 2
    assert not [w for w in spec_warnings(parse_spec(spec)) if w.startswith("noi_dung:")]


@pytest.mark.parametrize(("change", "authority"), [
    ({}, "của Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn)"),
    ({"tham_quyen": None}, "của Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn)"),
    ({"tham_quyen": None, "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
                                 "chuc_vu": "PHÓ CHỦ TỊCH", "ho_ten": "Lê Văn A"}},
     "của Ủy ban nhân dân tỉnh Lạng Sơn)"),
    ({"tham_quyen": "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"}, "của Ủy ban nhân dân tỉnh Lạng Sơn)"),
    ({"loai": "KH", "tham_quyen": None}, "của Ủy ban nhân dân tỉnh Lạng Sơn)"),
], ids=["chu-tich-tham-quyen", "kt-chu-tich", "tm-ubnd", "ubnd-tham-quyen", "ke-hoach"])
def test_the_phu_luc_note_names_the_authority_that_signs(today, change, authority):
    lines = printed({**QD, **change}, today)
    note = " ".join(x for x in lines if x.startswith("(Kèm theo") or x.startswith("của "))
    assert note.endswith(authority), note


@pytest.mark.parametrize(("change", "path", "tag"), [
    ({"noi_dung": "Điều 1. Tặng:\n{% for x in xa %}\n- {{ x }};\n{% endfor %}"}, "noi_dung",
     "{% for x in xa %}"),
    ({"phu_luc": [{"tieu_de": "DANH SÁCH", "noi_dung": "{% if a %}x{% endif %}"}]},
     "phu_luc[0].noi_dung", "{% if a %}"),
], ids=["body-ending-in-a-block", "phu-luc"])
def test_template_syntax_in_a_letter_is_named_as_printed_as_written(change, path, tag):
    """No letter fills ``{% ... %}``: render prints it as written, and says so, field by field."""
    warnings = [w for w in spec_warnings(parse_spec({**QD, **change})) if "{%" in w]
    assert warnings and warnings[0].startswith(f"{path}: {tag}") and "as written" in warnings[0]


def test_a_letter_without_template_syntax_gets_no_such_warning():
    assert not [w for w in spec_warnings(parse_spec(QD)) if "{%" in w]


@pytest.mark.parametrize(("ky_hieu", "warned"), [("QĐ/UBND", True), ("QĐ-UBND", False)])
def test_a_ky_hieu_joined_by_a_slash_is_warned_as_check_finds_it(ky_hieu, warned):
    """"Số: 15/QĐ/UBND" renders, and check calls it an error: render says so first."""
    found = [w for w in spec_warnings(parse_spec({**QD, "ky_hieu": ky_hieu}))
             if w.startswith("ky_hieu:")]
    assert bool(found) is warned
    if warned:
        assert found == ['ky_hieu: "QĐ/UBND" holds a "/"; the decree joins the parts of a ký '
                         'hiệu with "-" ("QĐ-UBND"): the "/" stands only between the number '
                         'and the ký hiệu']
