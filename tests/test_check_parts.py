"""A finding of the body's rules on a Căn cứ line is labelled by the part it is in (căn cứ),
not "nội dung"; on the body's own paragraphs it stays "nội dung"."""

from __future__ import annotations

from check_letter import build_letter, edit, find
from docx.enum.text import WD_ALIGN_PARAGRAPH

from ntm_docgen.check import check_file


def left(pattern: str):
    def change(document) -> None:
        find(document, pattern).alignment = WD_ALIGN_PARAGRAPH.LEFT
    return change


def test_a_can_cu_line_is_labelled_can_cu(tmp_path) -> None:
    letter = edit(build_letter(tmp_path / "hd.docx"), tmp_path / "left.docx",
                  left(r"^Căn cứ Hướng"))
    found = [f for f in check_file(letter) if f.rule == "body.justify"]
    assert len(found) == 1
    assert found[0].element == "căn cứ"
    assert found[0].as_dict()["element"] == "căn cứ"
    assert "căn cứ at the line beginning “Căn cứ Hướng" in str(found[0])


def test_a_body_paragraph_stays_noi_dung(tmp_path) -> None:
    letter = edit(build_letter(tmp_path / "hd.docx"), tmp_path / "left.docx",
                  left(r"^Đánh giá, tổng kết"))
    found = [f for f in check_file(letter) if f.rule == "body.justify"]
    assert [f.element for f in found] == ["nội dung"]
