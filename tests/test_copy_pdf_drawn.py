"""The block's page copied into an appended copy as reportlab wrote it (copies/pdfdrawn.py): the
same copy as when pypdf reads the page and writes its objects again, for less."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from copy_originals import write_spec
from PIL import ImageChops
from pypdf import PdfReader
from pypdf.generic import IndirectObject
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ntm_docgen.cli.main import main
from ntm_docgen.copies import pdfcopy, pdfdrawn

WIDTH, HEIGHT = A4


def original(path: Path, lines: int = 20) -> Path:
    canvas = Canvas(str(path), pagesize=A4, pdfVersion=(1, 5))
    canvas.setFont("Times-Roman", 13)
    for line in range(lines):
        canvas.drawString(85, HEIGHT - 60 - line * 18, f"Dòng {line + 1}")
    canvas.showPage()
    canvas.save()
    return path


def block(text: str = "SAO Y") -> bytes:
    def draw(canvas: Canvas) -> None:
        canvas.drawString(100, 300, text)
        canvas.setFont(pdfcopy.face(bold=True), 13)
        canvas.drawString(100, 280, "CHÁNH VĂN PHÒNG 5 0 R")  # a reference's look, as text

    return pdfcopy._overlay(WIDTH, HEIGHT, draw)


def copied(drawn: pdfdrawn.Drawn) -> tuple[pdfdrawn.Raw, dict[int, bytes]]:
    objects: dict[int, bytes] = {}

    def add(obj):  # type: ignore[no-untyped-def]
        number = 1000 + len(objects)
        objects[number] = obj.text
        return IndirectObject(number, 0, None)  # type: ignore[arg-type]

    def put(reference, obj):  # type: ignore[no-untyped-def]
        objects[reference.idnum] = obj.text

    return pdfdrawn.copy_resources(drawn, add, put), objects


def test_the_block_page_is_read_from_reportlabs_bytes():
    drawn = pdfdrawn.read_drawn(block())
    assert drawn is not None
    assert drawn.box == pytest.approx((0, 0, WIDTH, HEIGHT), abs=1e-3)
    assert b"BT 1 0 0 1 100 300 Tm /F1+0 10 Tf" in drawn.content  # decoded
    assert re.search(rb"/Font \d+ 0 R", drawn.resources)


def test_its_objects_are_copied_renumbered_with_their_streams_as_written():
    drawn = pdfdrawn.read_drawn(block())
    assert drawn is not None
    resources, objects = copied(drawn)
    # the font dictionary, and for each of the two faces drawn its font, descriptor, program
    # and ToUnicode map
    assert len(objects) == 1 + 2 * 4
    numbers = {int(n) for text in [resources.text, *objects.values()]
               for n in re.findall(rb"(\d+) 0 R", pdfdrawn._head(text))}
    assert numbers == set(objects)  # every reference renumbered, to an object copied
    written = sorted(text.partition(b"stream")[2] for text in objects.values() if b"stream" in text)
    kept = sorted(text.partition(b"stream")[2] for text in drawn.objects.values()
                  if b"stream" in text and b"ASCII85Decode" not in pdfdrawn._head(text))
    assert len(written) == 2 * 2 and written == kept  # font programs and maps, byte for byte


@pytest.mark.parametrize("data", [
    b"",
    b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n",
    b"%PDF-1.4\nstartxref\n9\n%%EOF\n",
], ids=["empty", "no-table", "table-not-there"])
def test_what_is_not_reportlabs_plain_file_is_left_to_pypdf(data):
    assert pdfdrawn.read_drawn(data) is None


def test_a_stream_with_a_length_kept_elsewhere_is_left_to_pypdf():
    data = block()
    changed = re.sub(rb"/Length (\d+)\n>>\nstream", lambda m: b"/Length 99 0 R\n>>\nstream",
                     data, count=1)
    assert pdfdrawn.read_drawn(changed) is None


def rendered(path: Path):  # type: ignore[no-untyped-def]
    document = pdfium.PdfDocument(str(path))
    try:
        return document[len(document) - 1].render(scale=1).to_pil().convert("L")
    finally:
        document.close()


def test_the_copy_is_the_one_pypdf_makes_of_the_same_block(runner, tmp_path, monkeypatch):
    source = original(tmp_path / "original.pdf")
    spec = write_spec(tmp_path)
    fast = tmp_path / "fast.pdf"
    result = runner.invoke(main, ["copy", str(source), "--spec", str(spec), "-o", str(fast)])
    assert result.exit_code == 0, result.output
    monkeypatch.setattr(pdfcopy, "read_drawn", lambda data: None)
    slow = tmp_path / "slow.pdf"
    result = runner.invoke(main, ["copy", str(source), "--spec", str(spec), "-o", str(slow)])
    assert result.exit_code == 0, result.output
    assert ImageChops.difference(rendered(fast), rendered(slow)).getbbox() is None
    assert PdfReader(fast).pages[-1].extract_text() == PdfReader(slow).pages[-1].extract_text()
    assert fast.read_bytes().startswith(source.read_bytes())


def test_an_appended_copy_does_not_read_its_block_with_pypdf(runner, tmp_path, monkeypatch):
    source = original(tmp_path / "original.pdf", lines=45)  # the block on a page of its own

    def refused(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the block was read by pypdf")

    monkeypatch.setattr(pdfcopy, "PdfReader", refused)
    out = tmp_path / "sao-y.pdf"
    result = runner.invoke(main, ["copy", str(source), "--spec", str(write_spec(tmp_path)),
                                  "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(PdfReader(out).pages) == 2
