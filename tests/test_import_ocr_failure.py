"""OCR that fails or stalls while a scan is read (Tesseract killed, its model damaged, a page it
cannot finish): one message naming the file and what to do, exit 1, no file written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytesseract
import pytest
from click.testing import CliRunner
from PIL import Image, ImageDraw, ImageFont

from ntm_docgen.cli.main import main
from ntm_docgen.errors import InputFileError
from ntm_docgen.importer import import_letter

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    """A small photo of two lines of a letter, with words whose marks the second look reads."""
    image = Image.new("L", (900, 200), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 40)
    draw.text((30, 30), "Kiểm tra công tác xây dựng nông thôn mới", font=font, fill=0)
    draw.text((30, 110), "Uỷ ban nhân dân xã Tân Đoàn", font=font, fill=0)
    path = tmp_path / "anh chup.png"
    image.save(path, dpi=(300, 300))
    return path


def _failing_on(call: int, error: Exception, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tesseract answers its first ``call - 1`` calls, then fails with ``error``."""
    real = pytesseract.image_to_data
    calls = []

    def image_to_data(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) >= call:
            raise error
        return real(*args, **kwargs)

    monkeypatch.setattr(pytesseract, "image_to_data", image_to_data)


FAILURES = [
    (1, pytesseract.TesseractError(1, "Error opening data file vie.traineddata")),
    (2, pytesseract.TesseractError(-9, "")),  # killed while the words are read again
    (1, RuntimeError("Tesseract process timeout")),
]


@pytest.mark.parametrize(("call", "error"), FAILURES,
                         ids=["model-damaged", "killed-in-second-look", "timeout"])
def test_ocr_failing_mid_run_is_one_message_naming_the_file(
        photo: Path, call: int, error: Exception, monkeypatch: pytest.MonkeyPatch) -> None:
    _failing_on(call, error, monkeypatch)
    with pytest.raises(InputFileError) as caught:
        import_letter(photo)
    assert caught.value.path == str(photo)
    assert "OCR" in caught.value.reason


@pytest.mark.parametrize(("call", "error"), FAILURES,
                         ids=["model-damaged", "killed-in-second-look", "timeout"])
def test_the_command_line_says_ocr_failed_and_writes_nothing(
        photo: Path, call: int, error: Exception, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _failing_on(call, error, monkeypatch)
    out = tmp_path / "spec.yaml"
    result = CliRunner().invoke(main, ["import", str(photo), "-o", str(out)])
    assert result.exit_code == 1
    assert str(photo) in result.stderr and "OCR" in result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.output
    assert not out.exists()


def test_the_desk_refuses_a_scan_whose_ocr_failed_with_one_message(
        photo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan opened on the desk as a letter (a job of its own, OCR being slow): its page
    says what failed, not a bare 500."""
    from desk_support import csrf_of, desk_client, read_to_the_end

    scan = tmp_path / "cong-van-quet.pdf"
    Image.open(photo).save(scan, resolution=300)
    _failing_on(2, pytesseract.TesseractError(-9, ""), monkeypatch)
    with desk_client(tmp_path, lang="en") as client:
        answer = read_to_the_end(client, client.post(
            "/soan/mo", data={"csrf_token": csrf_of(client)},
            files={"tep": (scan.name, scan.read_bytes())}, follow_redirects=False))
    assert answer.status_code == 422
    assert "cong-van-quet.pdf: OCR stopped with an error" in answer.text
    assert "reinstall Tesseract" in answer.text


@pytest.mark.parametrize("pillow_bound", [400, 10_000], ids=["pillow-refuses", "pillow-warns"])
def test_a_photo_of_more_pixels_than_the_limit_is_refused_by_the_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pillow_bound: int) -> None:
    """An image over the pixel limit: the clerk is told the limit and its variable, not that
    the file is damaged (Pillow's 'decompression bomb'), nor Pillow's warning in English."""
    monkeypatch.setenv("NTM_DOCGEN_MAX_PDF_PIXELS", "1000")
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", pillow_bound)
    photo = tmp_path / "anh-lon.png"
    Image.new("L", (40, 40), 255).save(photo)
    out = tmp_path / "spec.yaml"
    result = CliRunner().invoke(main, ["import", str(photo), "-o", str(out)])
    assert result.exit_code == 1
    assert f"{photo}: " in result.stderr and "over the limit of 1,000" in result.stderr, \
        result.stderr
    assert "NTM_DOCGEN_MAX_PDF_PIXELS" in result.stderr and "damaged" not in result.stderr
    assert not out.exists()


def test_the_pdf_readers_own_warnings_do_not_reach_the_clerk(tmp_path: Path) -> None:
    """pdfminer warns in English of a font with no box (``Could not get FontBBox ...``) on
    stderr; the clerk reads only the tool's own messages."""
    import subprocess
    import sys

    from hostile_files import _page, _pdf, _stream

    pdf = tmp_path / "khong-hop.pdf"
    pdf.write_bytes(_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                          b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                          _page(resources=b"<< /Font << /F1 << /Type /Font /Subtype /Type1 "
                                          b"/BaseFont /Lac /FontDescriptor << /Type "
                                          b"/FontDescriptor >> >> >> >>"),
                          _stream(b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET")]))
    result = subprocess.run([sys.executable, "-m", "ntm_docgen", "import", str(pdf), "-o",
                             str(tmp_path / "spec.yaml")], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: ") and "FontBBox" not in result.stderr, \
        result.stderr


@pytest.fixture
def scan_pages(tmp_path: Path) -> Path:
    """A PDF of three scanned pages (images with no text layer)."""
    font = ImageFont.truetype(FONT, 40)
    pages = []
    for number in range(1, 4):
        page = Image.new("RGB", (1240, 1754), "white")
        ImageDraw.Draw(page).text((100, 100), f"Trang {number} của văn bản quét", font=font,
                                  fill="black")
        pages.append(page)
    path = tmp_path / "quet.pdf"
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=150)
    return path


def _languages_asked(monkeypatch: pytest.MonkeyPatch, answers: list[list[str]]) -> list[int]:
    """Each time Tesseract is asked for its models (a run of ``tesseract --list-langs``), in a
    process that has not asked yet; it answers ``answers`` in turn, then what it has. The
    pages' OCR itself is left out."""
    import ntm_docgen.importer.ocrpage as ocrpage

    asked: list[int] = []
    real = pytesseract.get_languages

    def get_languages(*args: Any, **kwargs: Any) -> Any:
        asked.append(1)
        return answers.pop(0) if answers else real(*args, **kwargs)

    monkeypatch.setattr(ocrpage, "_OCR_FOUND", [])
    monkeypatch.setattr(pytesseract, "get_languages", get_languages)
    monkeypatch.setattr(ocrpage, "_ocr_words", lambda image, scale, first_page=True: ([], []))
    return asked


def test_tesseract_is_asked_for_its_models_once_a_process(
        scan_pages: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ntm_docgen.importer.pdfwords import read_pdf_text

    asked = _languages_asked(monkeypatch, [])
    for _ in range(2):
        read_pdf_text(scan_pages)
    assert len(asked) == 1


def test_a_missing_model_is_looked_for_again_once_installed(
        scan_pages: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The desk runs for days: a model installed while it runs is found on the next scan."""
    from ntm_docgen.importer.ocrpage import OcrMissingError
    from ntm_docgen.importer.pdfwords import read_pdf_text

    asked = _languages_asked(monkeypatch, [["eng"]])
    with pytest.raises(OcrMissingError, match="tesseract-ocr-vie"):
        read_pdf_text(scan_pages)
    read_pdf_text(scan_pages)
    read_pdf_text(scan_pages)
    assert len(asked) == 2


def test_an_error_of_the_reading_is_not_blamed_on_the_pdf(
        photo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fault in reading a scanned page (ours, not the file's) is never told as a damaged PDF:
    the clerk would ask the sender for a file that was whole."""
    import ntm_docgen.importer.pdfwords as pdfwords

    scan = tmp_path / "cong-van-quet.pdf"
    Image.open(photo).save(scan, resolution=300)

    def fails(*args: Any, **kwargs: Any) -> Any:
        raise ValueError("a reading rule's own fault")

    monkeypatch.setattr(pdfwords, "ocr_page", fails)
    with pytest.raises(ValueError, match="own fault"):
        import_letter(scan)
    result = CliRunner().invoke(main, ["import", str(scan), "-o", str(tmp_path / "spec.yaml")])
    assert result.exit_code == 1 and "not a readable PDF" not in result.stderr, result.stderr
