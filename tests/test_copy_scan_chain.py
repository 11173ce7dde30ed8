"""A paper SAO Y, scanned, made a SAO LỤC (contract10 finding 11): the tool OCR'd the same file
for a TRÍCH SAO and an import, yet sent the clerk to "run OCR first", a tool she does not have.
The SAO Y block of a PDF whose pages carry no text is now looked for by OCR: the last page,
then the first, stopping where it is found, each page read once however often the copy asks
(a numbered copy checks its original before it writes); refused only where it is not read,
quoting what was read where the block stands. A SAO Y of a scan is not OCR'd for it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image
from test_copy_chain import copy, pdf_letter, spec_of

from ntm_docgen import api
from ntm_docgen.copies import scanblock


def scanned(pdf: Path, out: Path) -> Path:
    """``pdf`` printed and scanned: each page's pixels at 200 dpi in grey, in a PDF with no
    text layer."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        pages = [document[i].render(scale=200 / 72).to_pil().convert("L")
                 for i in range(len(document))]
    finally:
        document.close()
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=200)
    return out


def blank_scan(out: Path, pages: int) -> Path:
    """A scan of ``pages`` white pages (what OCR reads of it is given by the test)."""
    page = Image.new("L", (1654, 2339), 255)
    page.save(out, save_all=True, append_images=[page] * (pages - 1), resolution=200)
    return out


@pytest.fixture
def read_by_ocr(monkeypatch):
    """OCR stood in for: what each page (its index) reads, and the pages read, in order."""
    pages: dict[int, tuple[str, ...]] = {}
    asked: list[int] = []

    def read(key, index):  # type: ignore[no-untyped-def]
        asked.append(index)
        return pages.get(index, ())

    monkeypatch.setattr(scanblock, "_read", read)
    monkeypatch.setattr("ntm_docgen.importer.ocrpage.check_ocr", lambda path: None)
    return pages, asked


def test_a_scanned_paper_sao_y_makes_a_numbered_sao_luc_read_once(runner, tmp_path,
                                                                   monkeypatch):
    """Tesseract reads the scan's one page once, for the check before the number is taken
    and for the copy, and its header's part once for the sổ's line (what kind of letter, its
    trích yếu: ``copies/scanblock.head_read``); the clerk is told the block was read by OCR,
    to check it on paper."""
    from ntm_docgen.importer import ocrpage

    sao_y = tmp_path / "sao-y.pdf"
    made = copy(runner, pdf_letter(tmp_path / "ke-hoach.pdf"), spec_of(tmp_path, "SAO Y", 12),
                sao_y)
    assert made.exit_code == 0, made.output
    scan = scanned(sao_y, tmp_path / "sao y quet.pdf")
    runs: list[int] = []
    real = ocrpage.ocr_page

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        runs.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(ocrpage, "ocr_page", counted)
    out, db = tmp_path / "sao-luc.pdf", tmp_path / "so-di.sqlite3"
    result = copy(runner, scan, spec_of(tmp_path, "SAO LỤC", 13), out, "--allocate", "--db",
                  str(db))
    assert result.exit_code == 0, result.output
    assert out.is_file() and runs == [1, 1]
    said = " ".join(result.output.split())
    assert "warning: sao y quet.pdf: the SAO Y block was read by OCR on page 1 of the scan (a " \
           "SAO Y block" in said and "check it against the paper" in said, said


def test_a_scan_with_no_sao_y_block_is_refused_quoting_what_was_read(runner, tmp_path,
                                                                   read_by_ocr):
    pages, asked = read_by_ocr
    pages[1] = ("Họp triển khai./.", "Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC", "Hoàng Văn Thái")
    pages[0] = ("UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ", "Số: 07/KH-SNV")
    scan = blank_scan(tmp_path / "quet.pdf", 2)
    out = tmp_path / "sao-luc.pdf"
    refused = copy(runner, scan, spec_of(tmp_path, "SAO LỤC", 13), out)
    assert refused.exit_code == 1
    said = " ".join(refused.output.split())
    assert ("quet.pdf: carries no SAO Y block that OCR could read: page 2 of the scan ends with "
            "“Họp triển khai./.”; “Nơi nhận:”; “- Lưu: VT.”; “GIÁM ĐỐC”; “Hoàng Văn Thái”, "
            "where a paper copy's block stands") in said
    assert "run OCR" not in said and not out.exists()
    assert asked == [1, 0], "the last page, then the first"


def test_the_search_stops_on_the_last_page_where_the_block_is(runner, tmp_path, read_by_ocr):
    pages, asked = read_by_ocr
    pages[2] = ("Hoàng Văn Thái", "VĂN PHÒNG", "SAO Y", "Số: 12/SY-VP", "Lương Thị Mai")
    made = copy(runner, blank_scan(tmp_path / "quet.pdf", 3), spec_of(tmp_path, "SAO LỤC", 13),
                tmp_path / "sao-luc.pdf")
    assert made.exit_code == 0, made.output
    assert asked == [2]


def test_a_scanned_sao_luc_is_refused_as_a_sao_luc(runner, tmp_path, read_by_ocr):
    pages, _asked = read_by_ocr
    pages[0] = ("SAO Y", "Số: 12/SY-VP", "Lương Thị Mai", "ỦY BAN NHÂN DÂN", "XÃ TÂN THÀNH",
                "SAO LỤC", "Số: 03/SL-UBND")
    refused = copy(runner, blank_scan(tmp_path / "quet.pdf", 1), spec_of(tmp_path, "SAO LỤC", 13),
                   tmp_path / "sao-luc.pdf")
    assert refused.exit_code == 1
    assert ("is already a SAO LỤC: it carries a SAO Y block “Số: 12/SY-VP” and a SAO LỤC block "
            "“Số: 03/SL-UBND”") in " ".join(refused.output.split())


def test_a_sao_y_of_a_scan_reads_no_page_by_ocr(runner, tmp_path, read_by_ocr):
    _pages, asked = read_by_ocr
    made = copy(runner, blank_scan(tmp_path / "quet.pdf", 2), spec_of(tmp_path, "SAO Y", 13),
                tmp_path / "sao-y.pdf")
    assert made.exit_code == 0, made.output
    assert asked == []


def test_a_page_with_text_is_not_read_by_ocr(runner, tmp_path, read_by_ocr):
    """A typeset letter with no SAO Y block is refused from its text, as before."""
    _pages, asked = read_by_ocr
    refused = copy(runner, pdf_letter(tmp_path / "ke-hoach.pdf"),
                   spec_of(tmp_path, "SAO LỤC", 13), tmp_path / "sao-luc.pdf")
    assert refused.exit_code == 1 and "carries no SAO Y block, and" in refused.output
    assert asked == []


def test_the_limit_of_pages_read_by_ocr_holds(runner, tmp_path, read_by_ocr, monkeypatch):
    monkeypatch.setenv("NTM_DOCGEN_MAX_OCR_PAGES", "1")
    _pages, asked = read_by_ocr
    refused = copy(runner, blank_scan(tmp_path / "quet.pdf", 2), spec_of(tmp_path, "SAO LỤC", 13),
                   tmp_path / "sao-luc.pdf")
    assert refused.exit_code == 1 and "NTM_DOCGEN_MAX_OCR_PAGES" in refused.output
    assert asked == []


def test_api_copy_of_a_scan_is_the_same_rule(tmp_path, read_by_ocr):
    """The desk's door (``api.copy_document``) refuses as the command line does."""
    from ntm_docgen.errors import InputFileError

    scan = blank_scan(tmp_path / "quet.pdf", 1)
    ban_sao = api.load_copy_spec(spec_of(tmp_path, "SAO LỤC", 13))
    with pytest.raises(InputFileError, match="carries no SAO Y block that OCR could read"):
        api.copy_document(scan, ban_sao, tmp_path / "sl.pdf", today=date(2026, 3, 6))
