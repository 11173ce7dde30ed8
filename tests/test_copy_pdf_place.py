"""Where the copy's additions land on a PDF original, read from the result's text positions,
and what fonts they bring: ô 14 clear above the quốc hiệu, nothing unembedded."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from copy_originals import page_fonts, write_spec
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ntm_docgen.cli.main import main
from ntm_docgen.copies.pdfblock import face

WIDTH, HEIGHT = A4


def letter_like(path: Path, top_mm: float) -> Path:
    """A one-page original typeset in an embedded Times New Roman-like face, its quốc hiệu
    line starting ``top_mm`` from the top edge."""
    canvas = Canvas(str(path), pagesize=A4, initialFontName=face(), initialFontSize=12)
    canvas.setFont(face(bold=True), 12)
    canvas.drawString(95 * mm, HEIGHT - top_mm * mm - 10, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    canvas.setFont(face(), 14)
    for line in range(12):
        canvas.drawString(30 * mm, HEIGHT - (top_mm + 40) * mm - line * 20, f"Dòng {line + 1}")
    canvas.showPage()
    canvas.save()
    return path


def boxes(path: Path) -> list[tuple[float, float, str]]:
    """(top, bottom, text) of every text line of page 1, in points from the top edge."""
    page = pdfium.PdfDocument(path)[0]
    text = page.get_textpage()
    out = []
    for index in range(text.count_rects()):
        left, bottom, right, top = text.get_rect(index)
        out.append((HEIGHT - top, HEIGHT - bottom, text.get_text_bounded(left, bottom, right,
                                                                          top).strip()))
    return out


def fonts(path: Path) -> list[tuple[str, bool]]:
    """(name, embedded) of every font of every page."""
    out = []
    for page in PdfReader(path).pages:
        for font in page_fonts(page):
            descriptors = [font.get("/FontDescriptor")] + [
                d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])]
            embedded = any(d is not None and any(k in d.get_object() for k in
                                                 ("/FontFile", "/FontFile2", "/FontFile3"))
                           for d in descriptors)
            out.append((str(font["/BaseFont"]), embedded))
    return out


@pytest.mark.parametrize("top_mm", [20, 25, 35])
def test_the_electronic_stamp_stands_clear_above_the_quoc_hieu(runner, tmp_path, top_mm):
    original = letter_like(tmp_path / "original.pdf", top_mm)
    out = tmp_path / "dien-tu.pdf"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(write_spec(tmp_path)),
                                  "-o", str(out), "--dien-tu"])
    assert result.exit_code == 0, result.output
    lines = boxes(out)
    quoc_hieu = next(top for top, _, text in lines if text.startswith("CỘNG HÒA"))
    stamp = [(top, bottom) for top, bottom, text in lines if top < quoc_hieu - 1]
    assert len(stamp) == 3  # the form, the copying body, the time
    assert quoc_hieu - max(bottom for _, bottom in stamp) >= 3 * mm
    assert min(top for top, _ in stamp) >= 3.5 * mm


@pytest.mark.parametrize("dien_tu", [False, True], ids=["paper", "electronic"])
def test_a_pdf_copy_brings_no_unembedded_font(runner, tmp_path, dien_tu):
    original = letter_like(tmp_path / "original.pdf", 20)
    assert all(embedded for _, embedded in fonts(original))
    out = tmp_path / "copy.pdf"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(write_spec(tmp_path)),
                                  "-o", str(out), *(["--dien-tu"] if dien_tu else [])])
    assert result.exit_code == 0, result.output
    found = fonts(out)
    assert not [name for name, _ in found if "Helvetica" in name]
    assert all(embedded for _, embedded in found), found


def stamp_left(path: Path) -> float:
    """Where ô 14's first line (its form word, above the original's content) starts, in points
    from the page's left edge."""
    page = pdfium.PdfDocument(path)[0]
    text = page.get_textpage()
    for index in range(text.count_rects()):
        left, bottom, right, top = text.get_rect(index)
        if text.get_text_bounded(left, bottom, right, top).strip() == "SAO Y":
            return left
    raise AssertionError("no SAO Y line")


@pytest.mark.parametrize(("top_mm", "left"), [(5, True), (20, False)])
def test_a_stamp_finds_the_top_left_when_the_right_is_taken(runner, tmp_path, top_mm, left):
    """An original whose quốc hiệu reaches the top edge (or a signature's stamp there, as an
    e-office's): ô 14 stands at the top left, where page 1 has room, and the clerk is told;
    drawn over the quốc hiệu, neither could be read (contract11 finding 14)."""
    original = letter_like(tmp_path / "original.pdf", top_mm)
    out = tmp_path / "dien-tu.pdf"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(write_spec(tmp_path)),
                                  "-o", str(out), "--dien-tu"])
    assert result.exit_code == 0, result.output
    assert ("stands at its top left" in result.output) is left
    assert (stamp_left(out) < WIDTH / 2) is left
    lines = boxes(out)
    stamp = [(top, bottom) for top, bottom, text in lines if text == "SAO Y"]
    assert len(stamp) == 1 and stamp[0][1] < 5 * mm + 12  # at the top, in either corner
    paper = runner.invoke(main, ["copy", str(original), "--spec", str(write_spec(tmp_path)),
                                 "-o", str(tmp_path / "giay.pdf")])
    assert "top left" not in paper.output


def test_the_paper_blocks_number_is_level_with_its_date(tmp_path, today):
    """The copy's number stands on its date's row, as in a letter's header (ô 3 and ô 4), where
    it stood a line lower under the copying body's two names."""
    from ntm_docgen.copies.pdfblock import layout
    from ntm_docgen.letter.spec import load_copy_spec

    lines, _height = layout(load_copy_spec(write_spec(tmp_path)), today, 480)
    number = next(line.top for line in lines if line.text.startswith("Số:"))
    day = next(line.top for line in lines if ", ngày" in line.text)
    assert number == day


def scan_like(path: Path, top_mm: float, askew: bool) -> Path:
    """A one-page scan at 100 dpi, its first line of print ``top_mm`` from the top edge; when
    ``askew``, scanned a degree off: black wedges along its edges, as a rotated scan gets."""
    from PIL import Image, ImageDraw

    dots = 100 / 25.4
    image = Image.new("L", (round(210 * dots), round(297 * dots)), 255)
    draw = ImageDraw.Draw(image)
    for line in range(10):
        y = round((top_mm + line * 8) * dots)
        draw.rectangle((round(30 * dots), y, round(180 * dots), y + 12), fill=0)
    if askew:
        draw.polygon([(0, 0), (image.width, 0), (image.width, round(3.5 * dots))], fill=0)
        draw.polygon([(0, 0), (round(3 * dots), image.height), (0, image.height)], fill=0)
    image.save(path, resolution=100)
    return path


@pytest.mark.parametrize("askew", [True, False], ids=["askew", "straight"])
def test_a_scans_askew_edges_are_not_taken_for_content(runner, tmp_path, askew):
    """A scan a degree off has black wedges at its edges: no printer prints there, so ô 14
    keeps its place at the top right (a black-box finding)."""
    original = scan_like(tmp_path / "scan.pdf", 20, askew)
    out = tmp_path / "dien-tu.pdf"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(write_spec(tmp_path)),
                                  "-o", str(out), "--dien-tu"])
    assert result.exit_code == 0, result.output
    assert "top left" not in result.output and stamp_left(out) > WIDTH / 2


def test_a_page_with_no_room_at_its_top_is_refused(runner, tmp_path):
    """Print from 5 mm under the top edge across the whole width: ô 14 has no corner to
    stand in, and drawn over the print it could not be read; refused, nothing written."""
    original = scan_like(tmp_path / "scan.pdf", 5, False)
    out = tmp_path / "dien-tu.pdf"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(write_spec(tmp_path)),
                                  "-o", str(out), "--dien-tu"])
    assert result.exit_code == 1, result.output
    assert "page 1 has no room at its top for the electronic copy's block" in result.output
    assert "make a paper copy" in result.output and not out.exists()
    paper = runner.invoke(main, ["copy", str(original), "--spec", str(write_spec(tmp_path)),
                                 "-o", str(tmp_path / "giay.pdf")])
    assert paper.exit_code == 0, paper.output


def test_a_page_with_no_room_at_its_top_takes_no_number(runner, tmp_path):
    """contract13 #2: the refusal came after the register gave the copy its number, which
    was then cancelled (two numbers of the sổ gone for copies never made); it comes first."""
    import json

    original = scan_like(tmp_path / "scan.pdf", 5, False)
    db = tmp_path / "so.sqlite"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(write_spec(tmp_path)),
                                  "-o", str(tmp_path / "dien-tu.pdf"), "--dien-tu",
                                  "--allocate", "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert "page 1 has no room at its top for the electronic copy's block" in result.output
    listed = runner.invoke(main, ["register", "list", "--db", str(db), "--json"])
    assert listed.exit_code in (0, 1), listed.output
    assert not db.exists() or json.loads(listed.stdout or "[]") == [], listed.output


def test_a_signature_stamp_at_the_top_right_sends_the_block_left(runner, tmp_path):
    """The original's signature stamp (a form field's picture, not the page's content) in the
    top right corner, as signing software lays it: ô 14 stands at the top left, off it."""
    from copy_originals import signed_pdf

    original = tmp_path / "ky-so.pdf"
    original.write_bytes(signed_pdf((380, 790, 575, 835)))
    out = tmp_path / "dien-tu.pdf"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(write_spec(tmp_path)),
                                  "-o", str(out), "--dien-tu"])
    assert result.exit_code == 0, result.output
    assert "stands at its top left" in result.output
    assert stamp_left(out) < 380 - 20


@pytest.mark.parametrize("ten", ["VĂN PHÒNG", "SỞ NỘI VỤ"], ids=["plain", "dots-under"])
def test_the_rule_under_the_copying_body_stands_clear_of_its_name(runner, tmp_path, ten):
    """The short rule under the copying body's name in a block drawn on a PDF stands as in the
    Word block and in a letter's ô 2 (2.1 mm under the descenders, the Số line 3.1 mm under
    it), where it stood 0.3 mm under the letters, on the dots of Ọ and Ụ (review of 6 December
    2026, finding 1)."""
    import pdfplumber

    spec = write_spec(tmp_path)
    spec.write_text(spec.read_text(encoding="utf-8").replace("ten: VĂN PHÒNG", f"ten: {ten}"),
                    encoding="utf-8")
    out = tmp_path / "sao-y.pdf"
    result = runner.invoke(main, ["copy", str(letter_like(tmp_path / "original.pdf", 20)),
                                  "--spec", str(spec), "-o", str(out)])
    assert result.exit_code == 0, result.output
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        rules = [r for r in page.lines + page.rects if r["height"] < 2]
    name = next(w for w in words if w["text"] == ten.split()[-1])
    number = next(w for w in words if w["text"] == "Số:")
    short = next(r for r in rules if r["x1"] - r["x0"] < 40 * mm and r["top"] > name["top"])
    full = max((r for r in rules if r["x1"] - r["x0"] > 150 * mm), key=lambda r: r["top"])
    parent = next(w for w in words if w["text"] == "UBND" and w["top"] > full["top"])
    assert parent["top"] - full["top"] <= 2.5 * mm  # the block no higher: it fits where it did
    assert short["top"] - name["bottom"] >= 1.8 * mm
    assert number["top"] - short["top"] >= 2.6 * mm
    line = [w for w in words if abs(w["top"] - name["top"]) < 1]
    middle = (min(w["x0"] for w in line) + max(w["x1"] for w in line)) / 2
    assert short["x0"] < middle < short["x1"]
