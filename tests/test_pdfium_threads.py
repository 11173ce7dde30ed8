"""pdfium is called by one thread at a time (``files.pages.PDFIUM``): the desk imports letters in
its worker threads while others draw previews, and pdfium may not be called from two threads at
once, not even on two documents (pypdfium2's documentation)."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ntm_docgen.errors import DocgenError
from ntm_docgen.importer import import_letter


def _pdf(path: Path, scanned: bool) -> Path:
    canvas = Canvas(str(path), pagesize=(200, 120))
    if scanned:  # a page that is only an image: read by OCR
        image = Image.new("L", (200, 120), 255)
        buffer = io.BytesIO()
        image.save(buffer, "PNG")
        canvas.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, 200, 120)
    else:
        canvas.drawString(20, 60, "ỦY BAN NHÂN DÂN XÃ TÂN THÀNH")
    canvas.showPage()
    canvas.save()
    return path


@pytest.mark.parametrize("scanned", [False, True], ids=["text-layer", "scanned"])
def test_import_of_a_pdf_calls_pdfium_holding_the_lock(tmp_path, pdfium_calls, scanned):
    # nothing letter-like on the page: what was read with pdfium is what counts
    with contextlib.suppress(DocgenError):
        import_letter(_pdf(tmp_path / "van-ban.pdf", scanned))
    assert pdfium_calls and all(owned for _name, owned in pdfium_calls), pdfium_calls
    assert any(name == "PdfPage.render" for name, _owned in pdfium_calls) is scanned
