"""A PDF LibreOffice made without a picture of its letter (near its memory bound it leaves out
a 40-megapixel photo of a signed page, saying nothing) is refused naming the picture, its PDF
removed: no PDF goes out with a picture missing in silence."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Cm
from PIL import Image

from ntm_docgen.errors import ConversionError, LimitError
from ntm_docgen.files import pdf
from ntm_docgen.files.pdfpictures import missing


def _letter(folder: Path, *sizes: tuple[int, int]) -> Path:
    document = Document()
    document.add_paragraph("ỦY BAN NHÂN DÂN XÃ TÂN ĐOÀN")
    for size in sizes:
        picture = io.BytesIO()
        Image.new("RGB", size, (200, 30, 30)).save(picture, "PNG")
        document.add_picture(picture, width=Cm(8))
    path = folder / "letter.docx"
    document.save(path)
    return path


def _pdf(folder: Path, *sizes: tuple[int, int]) -> Path:
    """A PDF of one page per image of ``sizes`` (a page of text alone when none)."""
    path = folder / "letter.pdf"
    pages = [Image.new("RGB", size, "white") for size in sizes]
    if not pages:
        from pypdf import PdfWriter

        writer = PdfWriter()
        writer.add_blank_page(595, 842)
        writer.write(path)
        return path
    pages[0].save(path, save_all=True, append_images=pages[1:])
    return path


@pytest.mark.parametrize(("letter", "drawn", "named"), [
    ([(600, 400)], [], ["word/media/image1.png"]),
    ([(600, 400)], [(300, 200)], []),  # drawn with fewer pixels, of the same shape
    ([(600, 400), (200, 800)], [(100, 400)], ["word/media/image1.png"]),
    ([], [], []),
], ids=["left-out", "drawn-smaller", "the-one-of-its-shape-kept", "no-picture"])
def test_the_pictures_a_pdf_lacks_are_named(tmp_path: Path, letter: list[tuple[int, int]],
                                            drawn: list[tuple[int, int]],
                                            named: list[str]) -> None:
    found = missing(_letter(tmp_path, *letter), _pdf(tmp_path, *drawn))
    assert [name for name, _size in found] == named


def test_a_conversion_that_left_a_picture_out_is_refused_and_its_pdf_removed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What LibreOffice wrote at a bound of 800 MB for a letter with a photo of 7,800 × 5,200
    pixels: a whole PDF without the photo, exit 0. Shown with a conversion that writes a PDF
    without the letter's picture."""
    source = _letter(tmp_path, (780, 520))
    out = tmp_path / "out"
    out.mkdir()

    def converted(sources: list[Path], out_dir: Path, *_args: object) -> None:
        _pdf(out_dir)

    monkeypatch.setattr(pdf, "find_soffice", lambda: "soffice")
    monkeypatch.setattr("ntm_docgen.files.office.shared_pool", lambda: None)
    monkeypatch.setattr(pdf, "_convert_once", converted)
    monkeypatch.setenv("NTM_DOCGEN_LANG", "en")
    with pytest.raises(ConversionError) as raised:
        pdf.convert([source], out)
    said = str(raised.value)
    assert "lacks the picture image1.png (780 × 520 pixels)" in said, said
    assert "NTM_DOCGEN_MAX_OFFICE_MEMORY" in said
    assert not (out / "letter.pdf").exists()


def test_a_letter_over_the_office_memory_bound_is_not_named_by_a_scratch_file(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A letter with a 40-megapixel photo at NTM_DOCGEN_MAX_OFFICE_MEMORY=600 MB was refused
    naming /tmp/ntm-pdf-…/letter.docx, a file the clerk never saw: it is the letter's PDF."""
    from ntm_docgen.files.limits import OFFICE_MEMORY

    def converted(sources: list[Path], *_args: object, **_kwargs: object) -> None:
        raise OFFICE_MEMORY.exceeded(sources[0])

    monkeypatch.setattr(pdf, "convert", converted)
    monkeypatch.setenv("NTM_DOCGEN_LANG", "en")
    with pytest.raises(LimitError) as raised:
        pdf.pdf_bytes(b"PK")
    said = str(raised.value)
    assert said.startswith("the PDF of the letter: the memory LibreOffice needs"), said
    assert "ntm-pdf-" not in said and raised.value.env == "NTM_DOCGEN_MAX_OFFICE_MEMORY"
