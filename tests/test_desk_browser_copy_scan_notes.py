"""In Chromium: a TRÍCH SAO of a scanned plan (read by Tesseract) shows, open beside the pages of
the part kept, that its text was read by machine from the scan and what to hold against the
paper (the heading OCR misnumbered, the words it was unsure of), apart from the form's own
notes; a copy of a typed original says nothing of OCR (desk day 21 #2)."""

from __future__ import annotations

from pathlib import Path

from desk_browser import ask_for_an_extract, browser, desk_server, shot
from desk_support import scanned_plan


def _copy_part_two(page, address: str, original: Path) -> None:  # type: ignore[no-untyped-def]
    ask_for_an_extract(page, address, original)
    page.wait_for_url("**/sao**", timeout=180_000)  # a scan: its reading's page, then back
    page.locator("#copy-made").wait_for(timeout=180_000)
    page.locator(".side img").first.wait_for()


def test_a_trich_sao_of_a_scan_says_open_what_ocr_read(tmp_path):
    original = scanned_plan(tmp_path, scanned=True)
    with desk_server(tmp_path / "ban") as address, browser() as page:
        _copy_part_two(page, address, original)
        told = page.locator("#read-by-ocr")
        assert told.is_visible()  # open, not folded under a line
        said = told.inner_text()
        assert "Chữ trong bản sao này do máy đọc từ bản quét ke-hoach-quet.pdf (1 trang)" in said
        assert "đối chiếu các phần được trích" in said
        assert "ảnh quét" in said  # the reader's own note of the page read by OCR
        assert "OCR" not in said and "Tesseract" not in said
        assert "ảnh quét" not in page.locator("ul.warning").all_inner_texts().__str__()
        pages = page.locator(".side img").first.bounding_box()
        assert told.bounding_box()["y"] < pages["y"]  # read before the pages it speaks of
        shot(page, "sao-trich-ban-quet")


def test_a_copy_of_a_typed_original_says_nothing_of_ocr(tmp_path):
    original = scanned_plan(tmp_path, scanned=False)
    with desk_server(tmp_path / "ban") as address, browser() as page:
        _copy_part_two(page, address, original)
        assert page.locator("#read-by-ocr").count() == 0
