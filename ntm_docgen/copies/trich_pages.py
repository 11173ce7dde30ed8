"""A phụ lục that a PDF original prints on landscape pages stays on landscape pages when a
TRÍCH SAO lays the letter out again: its wide table, put on a portrait page, wrapped its
cells word by word and ran on to a page more (review of 6 December 2026, finding 3)."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

#: How many words of a phụ lục's title are looked for on the original's pages.
TITLE_WORDS = 8


def _words(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def page_texts(original: Path) -> list[tuple[str, bool]]:
    """Each page's text (words in NFC, case folded) and whether it prints landscape; none
    when pdfium cannot open a file the reader could (the phụ lục then keep the renderer's
    own rule)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(original)
    except (pdfium.PdfiumError, OSError):
        return []
    try:
        out = []
        for page in document:
            text = page.get_textpage().get_text_range()
            out.append((_words(text), page.get_width() > page.get_height()))
        return out
    finally:
        document.close()


def turned(spec: dict[str, Any], pages: list[tuple[str, bool]]) -> dict[str, Any]:
    """The spec read from the PDF, each phụ lục whose title begins on a landscape page of the
    original set ``ngang: true``; a phụ lục found on no page, or on a portrait one, is left to
    the renderer's own rule (a table of many columns).

    >>> spec = {"phu_luc": [{"tieu_de": "PHỤ LỤC\\nDanh mục thủ tục", "noi_dung": "x"},
    ...                     {"tieu_de": "Đề cương", "noi_dung": "y"}]}
    >>> pages = [("ủy ban nhân dân ...", False), ("phụ lục danh mục thủ tục | tt", True),
    ...          ("đề cương báo cáo", False)]
    >>> [item.get("ngang") for item in turned(spec, pages)["phu_luc"]]
    [True, None]
    """
    items = spec.get("phu_luc")
    if not items or not any(wide for _text, wide in pages[1:]):
        return spec
    out = []
    for item in items:
        title = _words(" ".join(str(item.get(k) or "") for k in ("tieu_de", "ten")))
        wanted = " ".join(title.split()[:TITLE_WORDS])
        page = next((wide for text, wide in pages[1:] if wanted and wanted in text), None)
        out.append({**item, "ngang": True} if page and item.get("ngang") is None else item)
    return {**spec, "phu_luc": out}
