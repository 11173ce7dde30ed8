"""PDF text layers built to strain their readers (docs/limits.md, "PDF text layers and
workbook cells built to strain their readers"): a page of more letters or ruled lines than a
page holds is refused at NTM_DOCGEN_MAX_PDF_PAGE_OBJECTS as it is read, naming its page, where
500,000 one-letter words ran import into its memory bound and derive into a crash. Built
here from the real letter of tests/data/derive/real_pdf (provenance there), whose pages draw
some 2,300 and 1,800 objects."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)

from ntm_docgen.cli.main import main

LETTER = Path(__file__).resolve().parent / "data" / "derive" / "real_pdf" / \
    "cv_2026_laocai_7432.pdf"
SAO_Y = Path(__file__).resolve().parent.parent / "data" / "examples" / "000-sao-y-bac-giang.yaml"
#: Above the letter's own pages, under each page built here.
LIMIT = "3000"


def _drawn(path: Path, page: int, added: bytes) -> Path:
    """The letter with ``added`` drawn after the content of its page ``page`` (from 1)."""
    writer = PdfWriter(clone_from=LETTER)
    target = writer.pages[page - 1]
    stream = DecodedStreamObject()
    stream.set_data(target.get_contents().get_data() + b"\n" + added)
    target[NameObject("/Contents")] = writer._add_object(stream)
    with path.open("wb") as out:
        writer.write(out)
    return path


def _words(count: int) -> bytes:
    rows = [b"1 0 0 1 40 %d Tm (" % (800 - 10 * (n // 100)) + b" ".join([b"a"] * 100) + b") Tj"
            for n in range(0, count, 100)]
    return b"BT /FAAABD 2 Tf\n" + b"\n".join(rows) + b"\nET"


def _rules(count: int) -> bytes:
    """``count`` cells of a grid, one path stroked once (pdfminer reads each as an object)."""
    cells = [b"%d %d 4 4 re" % (40 + 4 * (n % 100), 40 + 4 * (n // 100)) for n in range(count)]
    return b"q 0.1 w\n" + b"\n".join(cells) + b"\nS Q"


@pytest.mark.parametrize(("page", "added"), [(2, _words(2_000)), (1, _rules(2_000))],
                         ids=["words", "rules"])
@pytest.mark.parametrize("command", ["import", "derive"])
def test_a_page_past_the_limit_is_refused_naming_it(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page: int,
        added: bytes, command: str) -> None:
    monkeypatch.setenv("NTM_DOCGEN_MAX_PDF_PAGE_OBJECTS", LIMIT)
    built = _drawn(tmp_path / "cv.pdf", page, added)
    out = tmp_path / ("s.yaml" if command == "import" else "d.docx")
    args = [command, str(built), "-o", str(out)]
    if command == "derive":
        args += ["--profile", "kon-tum-2024", "--as", "cong-van"]
    result = runner.invoke(main, args, env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 1, result.output
    assert (f"{built} (page {page}): the number of letters and lines drawn on one page is "
            "over the limit of 3,000") in result.stderr, result.stderr
    assert "NTM_DOCGEN_MAX_PDF_PAGE_OBJECTS" in result.stderr and "damaged" not in result.stderr
    assert "Traceback" not in result.output and not out.exists()


def _tiled(path: Path, times: int, itself: bool = False) -> Path:
    """The letter whose page 1 draws its own text as a form ``times`` times, a thousandth
    of its size each (or, ``itself``, a form that draws itself)."""
    writer = PdfWriter(clone_from=LETTER)
    page = writer.pages[0]
    form = DecodedStreamObject()
    form.set_data(page.get_contents().get_data() + (b"\nq 0.5 0 0 0.5 0 0 cm /Fm0 Do Q"
                                                    if itself else b""))
    form.update({NameObject("/Type"): NameObject("/XObject"),
                 NameObject("/Subtype"): NameObject("/Form"),
                 NameObject("/BBox"): ArrayObject([NumberObject(n) for n in (0, 0, 596, 842)]),
                 NameObject("/Resources"): page["/Resources"]})
    drawn = writer._add_object(form)
    form[NameObject("/Resources")] = DictionaryObject({**page["/Resources"], NameObject("/XObject"):
                                           DictionaryObject({NameObject("/Fm0"): drawn})})
    page[NameObject("/Resources")] = form["/Resources"]
    tiles = b"\n".join(b"q 0.03 0 0 0.03 %d %d cm /Fm0 Do Q" % (n % 30 * 18, n // 30 * 25)
                       for n in range(times))
    stream = DecodedStreamObject()
    stream.set_data(tiles)
    page[NameObject("/Contents")] = writer._add_object(stream)
    with path.open("wb") as out:
        writer.write(out)
    return path


@pytest.mark.parametrize("command", ["import", "copy"])
def test_a_form_drawn_thousands_of_times_is_refused_before_it_is_drawn(
        runner: CliRunner, tmp_path: Path, command: str) -> None:
    """The letter's page as a form drawn 2,000 times (46 MB drawn); drawn 8,000 times, pdfium
    loading the page held 1.8 GB and aborted the process (SIGABRT) in import and copy."""
    built = _tiled(tmp_path / "cv.pdf", 2_000)
    out = tmp_path / ("s.yaml" if command == "import" else "sao.pdf")
    args = ["import", str(built), "-o", str(out)] if command == "import" else [
        "copy", str(built), "--spec", str(SAO_Y), "-o", str(out)]
    result = runner.invoke(main, args, env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 1, result.output
    assert f"{built} (page 1): the size of a page's content once unpacked is " in result.stderr
    assert "NTM_DOCGEN_MAX_PDF_STREAM" in result.stderr and not out.exists()


def test_a_form_drawing_itself_or_drawn_a_few_times_is_read(
        runner: CliRunner, tmp_path: Path) -> None:
    for name, built in (("self.pdf", _tiled(tmp_path / "self.pdf", 1, itself=True)),
                        ("few.pdf", _tiled(tmp_path / "few.pdf", 4))):
        result = runner.invoke(main, ["import", str(built), "-o", str(tmp_path / f"{name}.yaml")],
                               env={"NTM_DOCGEN_LANG": "en"})
        assert "NTM_DOCGEN_MAX" not in result.stderr, (name, result.stderr)
        assert result.exit_code in (0, 1) and "Traceback" not in result.output


def test_the_letter_itself_is_read_within_the_limit(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NTM_DOCGEN_MAX_PDF_PAGE_OBJECTS", LIMIT)
    built = _drawn(tmp_path / "cv.pdf", 2, _words(500))
    result = runner.invoke(main, ["import", str(built), "-o", str(tmp_path / "s.yaml")],
                           env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 0, result.output
    assert "7432" in (tmp_path / "s.yaml").read_text(encoding="utf-8")
