"""A blank last page the layout makes after a table, in a letter of more than two pages: the UBND
tỉnh Lâm Đồng's Thông báo on the PCI meeting (tests/data/check/word_blank/provenance.tsv) ends
its signature's table with 14 empty paragraphs; Word counted 4 pages and marked the beginning of
pages 2 and 3, and from page 3's mark the letter's last words fit on that page while the empty
paragraphs run past it: page 4 prints blank (LibreOffice lays it out so too). check told a blank
last page only of a letter Word laid out on two pages."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ntm_docgen.check import check_file
from ntm_docgen.i18n import set_language

PCI = Path(__file__).parent / "data" / "check" / "word_blank" / "tb_ubnd_ld_pci_2026.docx"


@pytest.fixture(autouse=True)
def _english():
    set_language("en")
    yield
    set_language(None)


def _blank(path: Path) -> list[str]:
    return [f.found for f in check_file(path) if f.rule == "page.blank"]


def test_the_empty_lines_after_the_last_table_printing_page_4_are_told():
    assert _blank(PCI) == ["a blank last page made by the empty lines after the letter's last "
                           "words"]


def test_one_empty_line_after_the_table_is_not_told(tmp_path: Path):
    letter = docx.Document(str(PCI))
    body = letter.element.body
    empty = [p for p in letter.paragraphs[-14:] if not p.text.strip()]
    assert len(empty) == 14
    for paragraph in empty[1:]:  # Word keeps one after a table: it prints on page 3
        body.remove(paragraph._p)
    fewer = tmp_path / "one_empty_line.docx"
    letter.save(str(fewer))
    assert _blank(fewer) == []
