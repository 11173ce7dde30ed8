"""`ntm-docgen import` of a letter whose issuer is an enterprise with its name wrapped over two
lines, as held_out_16's Quyết định of a joint-stock company prints it (docs/accuracy.md): one
name, no parent body; a company under its corporation is still a parent and a name."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ntm_docgen.importer import import_letter, import_lines

REST = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 89/2026/QĐ-CT", "Hà Nội, ngày 08 tháng 5 năm 2026", "QUYẾT ĐỊNH",
        "Phê duyệt thiết kế bản vẽ thi công kho chứa", "TỔNG GIÁM ĐỐC",
        "Căn cứ Luật Xây dựng số 50/2014/QH13;", "QUYẾT ĐỊNH:",
        "Điều 1. Phê duyệt thiết kế bản vẽ thi công.", "Điều 2. Quyết định này có hiệu lực kể "
        "từ ngày ký./.", "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.", "TỔNG GIÁM ĐỐC",
        "Nguyễn Văn An"]


@pytest.mark.parametrize(("upper", "lower"), [
    ("CÔNG TY CP ĐẦU TƯ XÂY DỰNG", "HẠ TẦNG VÀ GIAO THÔNG"),
    ("CÔNG TY CỔ PHẦN", "XI MĂNG YÊN BÌNH"),
    ("TỔNG CÔNG TY ĐIỆN LỰC", "MIỀN BẮC"),
])
def test_an_enterprise_name_wrapped_is_one_name(upper: str, lower: str) -> None:
    issuer = import_lines([upper, lower, *REST]).spec["co_quan"]
    assert issuer.get("chu_quan") is None
    assert issuer["ten"].split("\n") == [upper, lower]


@pytest.mark.parametrize(("upper", "lower"), [
    ("TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC", "CÔNG TY ĐIỆN LỰC LÀO CAI"),
    ("CÔNG TY CP MÔNG SƠN", "CHI NHÁNH YÊN BÁI"),
    ("CÔNG TY CP MÔNG SƠN", "BAN QUẢN LÝ DỰ ÁN"),
    ("BỘ CÔNG THƯƠNG", "CỤC HÓA CHẤT"),
])
def test_a_body_under_another_is_still_a_parent_and_a_name(upper: str, lower: str) -> None:
    issuer = import_lines([upper, lower, *REST]).spec["co_quan"]
    assert (issuer["chu_quan"], issuer["ten"]) == (upper, lower)


def test_an_enterprise_name_wrapped_in_a_word_header(tmp_path: Path) -> None:
    document = docx.Document()
    head = document.add_table(rows=1, cols=2)
    left, right = head.cell(0, 0), head.cell(0, 1)
    left.paragraphs[0].text = "CÔNG TY CP ĐẦU TƯ XÂY DỰNG"
    for line in ("HẠ TẦNG VÀ GIAO THÔNG", REST[2]):
        left.add_paragraph(line)
    right.paragraphs[0].text = REST[0]
    for line in (REST[1], REST[3]):
        right.add_paragraph(line)
    for line in REST[4:]:
        document.add_paragraph(line)
    document.save(tmp_path / "qd.docx")
    spec = import_letter(tmp_path / "qd.docx").spec
    assert spec["co_quan"].get("chu_quan") is None
    assert spec["co_quan"]["ten"].split("\n") == ["CÔNG TY CP ĐẦU TƯ XÂY DỰNG",
                                                  "HẠ TẦNG VÀ GIAO THÔNG"]
    assert (spec["so"], spec["ky_hieu"]) == (89, "2026/QĐ-CT")
