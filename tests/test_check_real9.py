"""check on the ninth round of real letters (the Sở Công Thương Lào Cai's, the UBND tỉnh Lâm
Đồng's and Lào Cai's, the MTTQ xã Lương Minh's of 2025-2026): each thing a văn thư saw printed
there and check misread or missed, built into a letter, is read as printed, and the departure
beside it still told."""

from __future__ import annotations

import pytest
from check_letter import edit, find, retext
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from ntm_docgen.check import check_file


def _rules(path) -> set[str]:
    return {f.rule for f in check_file(path)}


def _recipient_run_on(indented: bool):
    """The Sở Công Thương's công văn on the chemicals decrees: its last recipient "- Các đơn vị
    hoạt động hóa chất" runs on to a paragraph of its own, "trên địa bàn tỉnh.", indented under
    it (``indented``) or typed at the margin."""
    def change(document) -> None:
        items = [find(document, r"^- Các sở"), find(document, r"^- UBND các xã")]
        retext(items[-1], r"\.$", "")
        for item in items:
            item.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            item.paragraph_format.left_indent = Mm(57)
            item.paragraph_format.first_line_indent = Mm(6)
        rest = items[-1].insert_paragraph_before("")
        items[-1]._p.addnext(rest._p)
        rest.add_run("trên địa bàn tỉnh.").font.size = Pt(14)
        rest.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        rest.paragraph_format.left_indent = Mm(65) if indented else None
        rest.paragraph_format.first_line_indent = Mm(1.5) if indented else Mm(12.7)
        rest.paragraph_format.space_after = Pt(6)
    return change


@pytest.mark.parametrize(("indented", "told"), [(True, False), (False, True)],
                         ids=["run-on-indented-under-the-recipient", "typed-at-the-margin"])
def test_a_recipient_run_on_to_an_indented_paragraph_is_one_recipient(cv, tmp_path, indented,
                                                                      told):
    """It was told "the last recipient is not written "- <name>."" and "the body paragraph
    "trên địa bàn tỉnh." has a first-line indent of 66.5 mm": the page prints one recipient."""
    rules = _rules(edit(cv, tmp_path / "kg.docx", _recipient_run_on(indented)))
    assert ("kinh_gui.item" in rules) is told
    assert "body.indent" not in rules or told
