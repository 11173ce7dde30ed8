"""The note that says which pages were read by OCR speaks of one page as one page: 'page 1 is a
scanned image', 'trang 1 là ảnh quét', not 'pages 1 are' / 'các trang 1'."""

from __future__ import annotations

import pytest

from ntm_docgen.i18n import language_kept, set_language
from ntm_docgen.importer.build import _set_apart
from ntm_docgen.importer.reading import Source


@pytest.mark.parametrize(("pages", "english", "vietnamese"), [
    ((1,), "page 1 is a scanned image and was read by OCR",
     "trang 1 là ảnh quét, được đọc bằng nhận dạng chữ (OCR)"),
    ((1, 3), "pages 1, 3 are scanned images and were read by OCR",
     "trang 1, 3 là ảnh quét, được đọc bằng nhận dạng chữ (OCR)"),
])
def test_the_ocr_note_counts_its_pages(pages: tuple[int, ...], english: str,
                                       vietnamese: str) -> None:
    source = Source(lines=["x"], ocr_pages=pages)
    with language_kept():
        set_language("en")
        assert _set_apart(source)[0].startswith(english)
        set_language("vi")
        note = _set_apart(source)[0]
    assert note.startswith(vietnamese) and "các trang" not in note
