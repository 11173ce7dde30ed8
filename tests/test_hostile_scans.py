"""Scans and photos, the heaviest inputs: a scanner's fax-compressed TIFF and its TIFF of many
pages are read page by page within the OCR limits; a page OCR cannot read is refused before it
is drawn, naming the page and what to do (docs/limits.md)."""

from __future__ import annotations

import resource
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from PIL import Image, ImageDraw, ImageFont

from ntm_docgen.cli.main import main
from ntm_docgen.importer import pdfwords, watch
from ntm_docgen.importer.reading import read_source
from tests.hostile_scans import fax_image, scan_pdf

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
LINES = ("Kiểm tra công tác xây dựng nông thôn mới", "Uỷ ban nhân dân xã Tân Đoàn")


def _page(text: str) -> Image.Image:
    """A small black-and-white page of one line, as a scanner set to text makes it."""
    image = Image.new("L", (900, 120), 255)
    ImageDraw.Draw(image).text((30, 30), text, font=ImageFont.truetype(FONT, 40), fill=0)
    return image.convert("1")


def _tiff(path: Path, texts: list[str], compression: str = "group4") -> Path:
    pages = [_page(t) for t in texts]
    pages[0].save(path, save_all=True, append_images=pages[1:], compression=compression,
                  dpi=(300, 300))
    return path


def _text(path: Path) -> str:
    return " ".join(read_source(path).lines)


def test_a_fax_compressed_tiff_is_read_as_the_same_page_saved_as_png(tmp_path: Path) -> None:
    """A scanner's black-and-white TIFF is compressed as a fax (CCITT group 4): the copies made
    of it for Tesseract kept that compression, which a grey picture cannot be saved with, and
    the import failed with Pillow's "encoder error -2" naming no file."""
    scan = _tiff(tmp_path / "cong van.tif", [LINES[1]])
    png = tmp_path / "cong van.png"
    _page(LINES[1]).save(png, dpi=(300, 300))
    read = _text(scan)
    assert "Tân Đoàn" in read, read
    assert read == _text(png)


def test_every_page_of_a_tiff_of_many_pages_is_read_in_order(tmp_path: Path) -> None:
    """A TIFF of two pages: the second was left out in silence, only the first read."""
    read = _text(_tiff(tmp_path / "hai trang.tif", list(LINES)))
    assert "nông thôn mới" in read and "Tân Đoàn" in read, read
    assert read.index("nông thôn mới") < read.index("Tân Đoàn")


def test_a_tiff_of_more_pages_than_ocr_reads_is_refused_before_any_is_read(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A TIFF of 300 pages (570 KB) is counted against NTM_DOCGEN_MAX_OCR_PAGES before OCR
    starts, as a PDF's scanned pages are; shown on 3 pages under a limit of 2."""
    monkeypatch.setenv("NTM_DOCGEN_MAX_OCR_PAGES", "2")

    def read(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("a page was read")

    monkeypatch.setattr(pdfwords, "ocr_page", read)
    scan = _tiff(tmp_path / "ba trang.tif", ["a", "b", "c"])
    out = tmp_path / "s.yaml"
    result = runner.invoke(main, ["--lang", "en", "import", str(scan), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert f"{scan}: " in result.output and "is 3, over the limit of 2" in result.output
    assert "NTM_DOCGEN_MAX_OCR_PAGES" in result.output and not out.exists()


def test_a_page_of_a_tiff_over_the_pixel_limit_is_named(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each page's pixels are checked before any page is read: the second, larger, is named."""
    monkeypatch.setenv("NTM_DOCGEN_MAX_PDF_PIXELS", "200000")
    scan = tmp_path / "lon.tif"
    small, large = Image.new("1", (100, 100), 1), Image.new("1", (1000, 1000), 1)
    small.save(scan, save_all=True, append_images=[large], compression="group4")
    result = runner.invoke(main, ["--lang", "en", "import", str(scan), "-o",
                                  str(tmp_path / "s.yaml")])
    assert result.exit_code == 1, result.output
    assert f"{scan} (page 2): " in result.output and "1,000,000" in result.output


@pytest.mark.parametrize("command", ["import", "derive"])
def test_a_scanned_page_longer_than_ocr_reads_is_refused_before_it_is_drawn(
        runner: CliRunner, tmp_path: Path, command: str) -> None:
    """A scanned page 5 m wide and 5 cm tall is 59,055 pixels long drawn at 300 dpi (under the
    pixel limit): Tesseract refused it ("Image too large"), told as a broken Tesseract to be
    reinstalled. It is refused before it is drawn, naming the page and its size."""
    scan = tmp_path / "dai.pdf"
    scan.write_bytes(scan_pdf(14_173, 142))
    out = tmp_path / ("s.yaml" if command == "import" else "d.docx")
    extra = [] if command == "import" else ["--profile", "quang-ngai", "--as", "cong-van"]
    result = runner.invoke(main, ["--lang", "en", command, str(scan), *extra, "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert f"{scan} (page 1): the scanned page is 500 × 5 cm" in result.output, result.output
    assert "32,767" in result.output and "reinstall" not in result.output
    assert not out.exists()


def test_a_run_of_tesseract_is_held_to_the_ocr_memory_bound(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each run of Tesseract starts under NTM_DOCGEN_MAX_OCR_MEMORY as its address space."""
    monkeypatch.setenv("NTM_DOCGEN_MAX_OCR_MEMORY", str(700 << 20))
    process = watch._Runs.Popen(["sleep", "5"])
    try:
        assert resource.prlimit(process.pid, resource.RLIMIT_AS) == (700 << 20, 700 << 20)
    finally:
        process.kill()
        process.wait()


def test_ocr_out_of_its_memory_is_told_as_the_limit(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page Tesseract cannot read within its memory bound (here lowered to 60 MB, under what
    it needs to start) is refused naming the file and the limit to raise, not as a broken
    Tesseract to reinstall; nothing is written."""
    monkeypatch.setenv("NTM_DOCGEN_MAX_OCR_MEMORY", str(60 << 20))
    photo = tmp_path / "anh.png"
    _page(LINES[0]).save(photo, dpi=(300, 300))
    out = tmp_path / "s.yaml"
    result = runner.invoke(main, ["--lang", "en", "import", str(photo), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert f"{photo}: the memory OCR needs to read one page" in result.output, result.output
    assert "NTM_DOCGEN_MAX_OCR_MEMORY" in result.output and "reinstall" not in result.output
    assert not out.exists()


@pytest.mark.parametrize(("said", "read"), [((200, 200), 200), ((1, 1), 300), ((0, 0), 300),
                                            ((100_000, 100_000), 300)],
                         ids=["200-dpi", "1-dpi", "none", "100000-dpi"])
def test_a_resolution_no_scan_has_is_not_believed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: tuple[int, int],
        read: int) -> None:
    """A TIFF saying 1 dpi (the fuzz's image_size, 6000048) made a page of 42 m whose reading
    ran past two and a half minutes: a picture is taken as scanned at 300 dpi unless its file
    says a resolution between 50 and 4,800."""
    scales = []

    def ocr_page(_path: Path, _image: Any, scale: float, _first: bool) -> Any:
        scales.append(scale)
        return [], []

    monkeypatch.setattr(pdfwords, "ocr_page", ocr_page)
    monkeypatch.setattr(pdfwords, "check_ocr", lambda _path: None)
    scan = tmp_path / "dpi.tif"
    _page("a").save(scan, compression="group4", dpi=said)
    pdfwords.read_image_text(scan)
    assert scales == [pytest.approx(72 / read)]


def test_a_file_whose_ocr_runs_past_its_time_is_refused_between_two_runs(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reading of one file's scans is held to NTM_DOCGEN_MAX_OCR_FILE_SECONDS from its plan
    on, besides each run's own bound: twenty pages of noise would each run to their bound.
    Shown with a clock that moves 1,000 s between two looks, under a limit of 150 s."""
    clock = iter(range(0, 10**9, 1000))
    monkeypatch.setattr(watch, "_now", lambda: next(clock))
    monkeypatch.setenv("NTM_DOCGEN_MAX_OCR_FILE_SECONDS", "150")
    scan = _tiff(tmp_path / "cham.tif", list(LINES))
    out = tmp_path / "s.yaml"
    result = runner.invoke(main, ["--lang", "en", "import", str(scan), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert f"{scan}: the time in seconds that OCR may take on the scanned pages of one file " \
        "is over the limit of 150" in result.output, result.output
    assert "NTM_DOCGEN_MAX_OCR_FILE_SECONDS" in result.output and not out.exists()


def test_the_desk_refuses_a_tiff_of_too_many_pages_naming_it_and_whom_to_ask(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Mở văn bản with a TIFF of more pages than OCR reads: refused in the request, naming the
    file the clerk chose, not the desk's copy of it, and asking for the limit to be raised by
    the administrator (she cannot set it herself)."""
    from desk_support import csrf_of, desk_client

    monkeypatch.setenv("NTM_DOCGEN_MAX_OCR_PAGES", "2")
    scan = _tiff(tmp_path / "Công văn quét.tif", ["a", "b", "c"])
    with desk_client(tmp_path, lang="en") as client:
        answer = client.post("/soan/mo", data={"csrf_token": csrf_of(client)},
                             files={"tep": (scan.name, scan.read_bytes())})
    assert answer.status_code == 400, answer.text
    assert "Công văn quét.tif" in answer.text and "3" in answer.text, answer.text
    assert str(tmp_path) not in answer.text and "administrator" in answer.text, answer.text


@pytest.mark.parametrize("command", ["import", "derive"])
def test_a_scanned_page_holding_an_image_over_the_pixel_limit_is_refused_before_it_is_drawn(
        runner: CliRunner, tmp_path: Path, command: str) -> None:
    """An A4 page holding a fax image of 60,000 × 60,000 pixels (8 KB) was drawn for OCR and
    told as no letter; it is refused naming the page and the image's pixels, as `copy` refuses
    it, before pdfium decodes it."""
    scan = tmp_path / "fax.pdf"
    scan.write_bytes(scan_pdf(595, 842, fax_image(60_000)))
    out = tmp_path / ("s.yaml" if command == "import" else "d.docx")
    extra = [] if command == "import" else ["--profile", "quang-ngai", "--as", "cong-van"]
    result = runner.invoke(main, ["--lang", "en", command, str(scan), *extra, "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert f"{scan} (page 1): the pixels of one image is 3,600,000,000" in result.output, \
        result.output
    assert "NTM_DOCGEN_MAX_PDF_PIXELS" in result.output and not out.exists()
