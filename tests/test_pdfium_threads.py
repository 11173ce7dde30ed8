"""pdfium is called by one thread at a time (``files.pages.PDFIUM``): the desk imports letters in
its worker threads while others draw previews, and pdfium may not be called from two threads at
once, not even on two documents (pypdfium2's documentation)."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ntm_docgen.errors import DocgenError
from ntm_docgen.files.pages import PDFIUM
from ntm_docgen.importer import import_letter


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Each pdfium document opened, page read or rendered, and closed, with whether the lock
    was held by the thread that did it."""
    found: list[tuple[str, bool]] = []

    def watched(name: str, real):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            found.append((name, PDFIUM._is_owned()))  # noqa: SLF001
            return real(*args, **kwargs)
        return call

    for cls, name in ((pypdfium2.PdfDocument, "__init__"), (pypdfium2.PdfDocument, "get_page"),
                      (pypdfium2.PdfDocument, "close"), (pypdfium2.PdfPage, "render")):
        monkeypatch.setattr(cls, name, watched(f"{cls.__name__}.{name}", getattr(cls, name)))
    return found


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
def test_import_of_a_pdf_calls_pdfium_holding_the_lock(tmp_path, held, scanned):
    # nothing letter-like on the page: what was read with pdfium is what counts
    with contextlib.suppress(DocgenError):
        import_letter(_pdf(tmp_path / "van-ban.pdf", scanned))
    assert held and all(owned for _name, owned in held), held
    assert any(name == "PdfPage.render" for name, _owned in held) is scanned
