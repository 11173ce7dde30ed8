"""What a copy of a PDF no longer pays for: pages measured from their objects, not rendered,
where that gives the same box; the block's font programs made once and kept."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from copy_originals import write_spec
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.ttfonts import TTFontFace
from reportlab.pdfgen.canvas import Canvas

from ntm_docgen.cli.main import main
from ntm_docgen.copies import pdfink

WIDTH, HEIGHT = A4


def typeset(canvas: Canvas) -> None:
    canvas.setFont("Times-Roman", 13)
    for line in range(20):
        canvas.drawString(85 + line % 3, HEIGHT - 60 - line * 18, f"Dòng {line + 1}: gạch, ký")
    canvas.setLineWidth(0.75)
    canvas.line(150, HEIGHT - 450, 300, HEIGHT - 450)  # a rule under a heading
    canvas.setFillColorRGB(0.1, 0.1, 0.1)
    canvas.rect(400, HEIGHT - 520, 60, 30, fill=1, stroke=0)  # a dark box


def scan(canvas: Canvas) -> None:
    image = Image.new("L", (400, 300), 255)
    image.paste(0, (50, 40, 350, 90))  # dark text-like band on white paper
    canvas.drawImage(ImageReader(image), 60, HEIGHT - 400, 400, 300)


def white_box(canvas: Canvas) -> None:
    typeset(canvas)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(70, HEIGHT - 300, 400, 200, fill=1, stroke=0)  # hides lines under it


def hidden_text(canvas: Canvas) -> None:
    scan(canvas)
    text = canvas.beginText(60, HEIGHT - 500)
    text.setTextRenderMode(3)  # a scan's OCR layer: read, never painted
    text.textLine("lớp chữ ẩn")
    canvas.drawText(text)


def signature_stamp(canvas: Canvas) -> None:
    typeset(canvas)
    # a visible annotation below the text (as a signature's stamp is): pdfium draws it, and it
    # is none of the page's objects
    canvas.acroForm.textfield(name="chu_ky", value="Ky so UBND", x=300, y=HEIGHT - 640, width=180,
                              height=60, borderColor=None, fillColor=None, textColor=None,
                              fontSize=20, borderWidth=0)


def one_page(path: Path, draw) -> bytes:  # type: ignore[no-untyped-def]
    canvas = Canvas(str(path), pagesize=A4)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return path.read_bytes()


def measured(data: bytes, objects: bool = True) -> tuple[pdfink.Ink | None, pdfink.Ink | None]:
    """Page 1 measured from its objects (None when not asked) and from its pixels."""
    document = pdfink.open_document(data)
    try:
        page = document[0]
        try:
            return (pdfink._from_objects(page) if objects else None), pdfink._from_pixels(page)
        finally:
            page.close()
    finally:
        document.close()


def close(a: pdfink.Ink, b: pdfink.Ink) -> bool:
    return all(abs(x - y) <= 1.5 for x, y in
               zip((a.left, a.right, a.top, a.bottom), (b.left, b.right, b.top, b.bottom),
                   strict=True))


def test_a_typeset_page_is_measured_from_its_objects_as_rendered(tmp_path):
    by_objects, by_pixels = measured(one_page(tmp_path / "p.pdf", typeset))
    assert by_objects is not None and by_pixels is not None
    assert close(by_objects, by_pixels), (by_objects, by_pixels)


def test_a_copy_block_painted_as_a_form_is_measured_from_its_objects(runner, tmp_path):
    original = tmp_path / "original.pdf"
    one_page(original, typeset)
    out = tmp_path / "sao-y.pdf"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(write_spec(tmp_path)),
                                  "-o", str(out)])
    assert result.exit_code == 0, result.output
    by_objects, by_pixels = measured(out.read_bytes())
    assert by_objects is not None and by_pixels is not None
    assert close(by_objects, by_pixels), (by_objects, by_pixels)
    assert by_objects.bottom > HEIGHT - 520 + 60  # the block under the content is counted


@pytest.mark.parametrize("draw", [scan, white_box, hidden_text, signature_stamp],
                         ids=["scan", "white-box-over-text", "scan-with-hidden-text",
                              "annotation"])
def test_what_objects_cannot_tell_is_rendered(tmp_path, draw):
    data = one_page(tmp_path / "p.pdf", draw)
    document = pdfium.PdfDocument(data)
    with pytest.raises(pdfink._Render):
        pdfink._from_objects(document[0])
    document.close()
    assert pdfink.ink(data, 0) == measured(data, objects=False)[1]
    if draw is signature_stamp:  # the stamp, under the text, is where the content ends
        assert pdfink.ink(data, 0).bottom > 560  # below the dark box (520 pt from the top)


def _subsets_made(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of the font subsets reportlab makes from now on."""
    made: list[int] = []
    subset = TTFontFace.makeSubset
    monkeypatch.setattr(TTFontFace, "makeSubset",
                        lambda self, chars: made.append(len(chars)) or subset(self, chars))
    return made


def test_the_blocks_font_programs_are_made_once(runner, tmp_path, monkeypatch):
    from ntm_docgen.copies import pdfblock

    pdfblock.fonts.cache_clear()  # the faces registered anew, as a new process does: no
    made = _subsets_made(monkeypatch)  # state an earlier test of this process left in them
    monkeypatch.setenv("NTM_DOCGEN_CACHE", str(tmp_path / "cache"))
    original = tmp_path / "original.pdf"
    one_page(original, typeset)
    spec = write_spec(tmp_path)
    texts = []
    for name in ("first.pdf", "second.pdf"):
        out = tmp_path / name
        result = runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o", str(out)])
        assert result.exit_code == 0, result.output
        texts.append(PdfReader(out).pages[0].extract_text())
        if name == "first.pdf":
            assert len(made) == 4  # regular, bold, italic, bold italic
    assert len(made) == 4  # the second copy took all four from the cache
    assert texts[0] == texts[1] and "Nguyễn Đức Đăng" in texts[1]
    # the kept programs are whole fonts: pdfium draws the block's text from them
    bitmap = pdfium.PdfDocument(str(tmp_path / "second.pdf"))[0].render(scale=1).to_pil()
    assert bitmap.convert("L").getextrema()[0] < 80


def test_without_a_cache_every_copy_makes_its_fonts(runner, tmp_path, monkeypatch):
    made = _subsets_made(monkeypatch)
    monkeypatch.setenv("NTM_DOCGEN_CACHE", "")
    original = tmp_path / "original.pdf"
    one_page(original, typeset)
    spec = write_spec(tmp_path)
    for name in ("first.pdf", "second.pdf"):
        result = runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o",
                                      str(tmp_path / name)])
        assert result.exit_code == 0, result.output
    assert len(made) == 8
