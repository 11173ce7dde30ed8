"""Round 29's phụ lục: a page is told blank only where nothing prints on it (Hậu Giang 251:
Word counted two pages and LibreOffice prints the end of its table's last row on the second),
and the ministries' forms a phụ lục holds are not held to the letter's body (Tây Ninh 443).

The real letters are not in the repository (tests/data/check/real/provenance.tsv): the tests
on them run where ``NTM_DOCGEN_CHECK_REAL`` names the folder ``tools/real_set.py`` built."""

from __future__ import annotations

import os
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from test_check_real3 import _saved_as

from ntm_docgen.check import check_file
from ntm_docgen.i18n import set_language

REAL = Path(os.environ.get("NTM_DOCGEN_CHECK_REAL", "/nonexistent"))
#: Hậu Giang 251's last procedure (namn44241/OCR_Vietocr, data/raw_data/1a.PHLC3.docx)
ROW = ("1", "Tuyển sinh trung học cơ sở", "Theo hướng dẫn của Sở Giáo dục và Đào tạo",
       "- Cổng dịch vụ công trực tuyến; - Cơ sở giáo dục", "Không",
       "Thông tư số 30/2024/TT-BGDĐT ngày 30/12/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo")


@pytest.fixture(autouse=True)
def _english():
    set_language("en")
    yield
    set_language(None)


def _danh_muc(path: Path, row_mm: int) -> Path:
    """Hậu Giang 251 as it is laid: landscape, its title and note, a table of procedures
    whose rows are ``row_mm`` high at least (a height the words do not tell), the empty
    paragraph Word keeps after a table; saved as Word counts it, two pages."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(12.5), Mm(10)
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(14)
    for line in ("DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG LĨNH VỰC GIÁO DỤC",
                 "(Ban hành kèm theo Quyết định số: 251/QĐ-UBND ngày 18 tháng 02 năm 2025 "
                 "của Chủ tịch UBND tỉnh Hậu Giang)"):
        document.add_paragraph(line).alignment = 1
    table = document.add_table(rows=3, cols=len(ROW))
    table.style = "Table Grid"
    for row in table.rows:
        height = row._tr.get_or_add_trPr().makeelement(
            qn("w:trHeight"), {qn("w:val"): str(row_mm * 1440 * 10 // 254),
                               qn("w:hRule"): "atLeast"})
        row._tr.get_or_add_trPr().append(height)
        for cell, text in zip(row.cells, ROW, strict=True):
            cell.text = text
    document.add_paragraph()
    document.save(str(path))
    return _saved_as(path, path.with_name("saved.docx"), 2)


def test_a_table_row_carried_to_page_two_is_no_blank_page(tmp_path):
    """The rows' height carries the last one onto page 2, as Word counted: page 2 prints it,
    and is not told blank (it was: the words, measured, fit on page 1)."""
    rules = [f.rule for f in check_file(_danh_muc(tmp_path / "dm.docx", 60))]
    assert "page.blank" not in rules


def test_the_empty_paragraph_alone_on_page_two_is_a_blank_page(tmp_path):
    """The same table in low rows: it ends on page 1, and the empty paragraph Word counted a
    page 2 for is told, as the Vovinam công văn's is."""
    rules = [f.rule for f in check_file(_danh_muc(tmp_path / "dm.docx", 8))]
    assert "page.blank" in rules


def test_without_libreoffice_the_measure_decides(tmp_path, monkeypatch):
    """Where LibreOffice cannot lay the letter out, the page is told as the words measured
    say, as before: a check never fails for want of it."""
    from ntm_docgen.errors import ConversionError
    from ntm_docgen.files import pdf

    def absent(_docx: bytes) -> bytes:
        raise ConversionError("LibreOffice is not installed")

    monkeypatch.setattr(pdf, "pdf_bytes", absent)
    rules = [f.rule for f in check_file(_danh_muc(tmp_path / "dm.docx", 60))]
    assert "page.blank" in rules


def _real(name: str) -> Path:
    path = REAL / name
    if not path.is_file():
        pytest.skip(f"{name}: the real set is not at hand (NTM_DOCGEN_CHECK_REAL)")
    return path


def test_hau_giang_251_has_no_blank_last_page():
    findings = check_file(_real("pl_ubnd_hau_giang_gd_251_2025.docx"))
    assert "page.blank" not in [f.rule for f in findings]
    assert "page.margin" in [f.rule for f in findings]  # its true findings still told


def test_the_vovinam_cong_van_still_has_its_blank_page():
    rules = [f.rule for f in check_file(_real("cv_ubnd_bt_vovinam_2025.docx"))]
    assert "page.blank" in rules and "so_trang.missing" not in rules


def test_tay_ninh_443_forms_are_not_told_as_body():
    findings = check_file(_real("pl_ubnd_tay_ninh_kcb_443_2025.docx"))
    assert not [f for f in findings if f.rule.startswith("body.")]
    assert {"page.margin", "font.name", "font.nfc"} <= {f.rule for f in findings}
