"""check --fix and the pages: a repair that pushes the signer's name onto a page apart from
the letter's text, or makes the letter longer, is told as a lưu ý on LibreOffice's pages."""

from __future__ import annotations

from check_letter import edit, find
from docx.shared import Mm
from test_check_real3 import _one_run_of_text

from ntm_docgen.check import fix_file


def _top_margin_10_mm(lines: int):
    """The top margin at 10 mm and ``lines`` one-line paragraphs more in the body: at 12 the
    signature's table ends page 1 on LibreOffice's page, and the 20 mm --fix sets pushes the
    signer's name onto page 2 alone (as it did the Vovinam công văn of round 17)."""
    def change(document) -> None:
        _one_run_of_text(document)
        document.sections[0].top_margin = Mm(10)
        above = find(document, r"^Việc tổng kết")
        for n in range(lines):
            above.insert_paragraph_before(f"Nội dung thứ {n + 1} của hướng dẫn.")
    return change


def test_a_fix_that_moves_the_signers_name_to_a_page_of_its_own_is_told(hd, tmp_path):
    path = edit(hd, tmp_path / "v.docx", _top_margin_10_mm(12))
    result = fix_file(path, tmp_path / "fixed.docx")
    told = [f for f in result.after if f.rule == "page.fix_pages"]
    assert len(told) == 1 and told[0].severity == "luu_y"
    assert "signer's name prints on page 2" in told[0].found
    assert "page.margin" not in [f.rule for f in result.after]  # the margin is the decree's


def test_a_fix_that_moves_no_line_to_another_page_says_nothing_of_pages(hd, tmp_path):
    path = edit(hd, tmp_path / "v.docx", _top_margin_10_mm(6))
    result = fix_file(path, tmp_path / "fixed.docx")
    assert "page.fix_pages" not in [f.rule for f in result.after]
    assert result.fixed
