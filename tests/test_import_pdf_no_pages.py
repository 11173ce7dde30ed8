"""A whole PDF with no page in it is told as one: import said it was damaged or cut off and
sent the clerk to ask for the file again, where ``copy`` said "has no pages" (a black-box run
against contract §6)."""

from __future__ import annotations

from pypdf import PdfWriter

from ntm_docgen.cli.main import main


def test_a_pdf_with_no_pages_is_told_as_one(runner, tmp_path):
    empty = tmp_path / "trong.pdf"
    with empty.open("wb") as f:
        PdfWriter().write(f)
    out = tmp_path / "trong.yaml"
    result = runner.invoke(main, ["--lang", "en", "import", str(empty), "-o", str(out)])
    assert result.exit_code == 1
    assert "trong.pdf: has no pages" in result.output
    assert "damaged" not in result.output and not out.exists()


def test_a_damaged_pdf_is_still_told_as_damaged(runner, tmp_path):
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n")
    result = runner.invoke(main, ["--lang", "en", "import", str(bad), "-o",
                                  str(tmp_path / "hong.yaml")])
    assert result.exit_code == 1 and "damaged or cut off" in result.output


def test_a_pdf_with_no_pages_read_after_a_locked_one_is_not_called_locked(runner, tmp_path):
    """pdfium keeps its last error in one place for the process and leaves it as it was when
    it fails to load a file with no page: in CI a locked PDF read by an earlier test made the
    empty one "password-protected"."""
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt("mat-khau", "chu-so-huu")
    locked = tmp_path / "khoa.pdf"
    with locked.open("wb") as f:
        writer.write(f)
    empty = tmp_path / "trong.pdf"
    with empty.open("wb") as f:
        PdfWriter().write(f)
    told = [runner.invoke(main, ["--lang", "en", "import", str(pdf), "-o",
                                 str(tmp_path / f"{pdf.stem}.yaml")]).output
            for pdf in (locked, empty)]
    assert "khoa.pdf: is password-protected" in told[0]
    assert "trong.pdf: has no pages" in told[1] and "password" not in told[1]
