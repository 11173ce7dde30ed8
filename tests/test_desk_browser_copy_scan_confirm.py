"""In Chromium: a TRÍCH SAO of a scan to number from the sổ is read and shown first, the part kept
and what OCR was unsure of, with no number taken; the number is taken, once, only when the văn
thư confirms; going back to the form instead leaves the sổ as it was, and the same scan sent
again (not read a second time) is shown and asked about the same way (desk day 22 #2)."""

from __future__ import annotations

from desk_browser import ask_for_an_extract, browser, desk_server, shot
from desk_support import scanned_plan

YEAR = "2026"  # the copy's date on the form (desk_browser.SAO_Y)


def _in_the_register(page, address: str) -> int:  # type: ignore[no-untyped-def]
    page.goto(address + f"so?nam={YEAR}")
    return page.locator("main").inner_text().count("TrS-VP")


def test_a_scans_trich_sao_takes_its_number_once_she_has_read_it(tmp_path):
    original = scanned_plan(tmp_path, scanned=True)
    with desk_server(tmp_path / "ban") as address, browser() as page:
        ask_for_an_extract(page, address, original, numbered=True)
        page.locator("#copy-to-confirm").wait_for(timeout=180_000)  # read, not numbered
        said = page.locator("main").inner_text()
        assert "Bản sao này chưa được lấy số" in said
        notes = page.locator("#read-by-ocr")
        assert notes.is_visible() and "ảnh quét" in notes.inner_text()
        page.locator(".side img").first.wait_for()  # the part kept, to hold against the paper
        assert page.locator("#copy-made").count() == 0
        assert page.get_by_role("link", name="Tải bản sao").count() == 0  # no copy to send yet
        confirm = page.get_by_role("button", name="Lấy số và tạo bản sao")
        assert notes.bounding_box()["y"] < confirm.bounding_box()["y"] + 1  # read before
        shot(page, "sao-trich-quet-cho-lay-so")
        here = page.url

        assert _in_the_register(page, address) == 0, "no number before she confirms"
        page.go_back()
        page.wait_for_url(here)
        page.get_by_role("button", name="Lấy số và tạo bản sao").click()
        page.locator("#copy-made").wait_for(timeout=180_000)
        assert "01/TrS-VP" in page.locator("#copy-made").inner_text()
        assert page.locator("#read-by-ocr").is_visible()  # still said of the numbered copy
        assert _in_the_register(page, address) == 1, "one number, taken when she confirmed"
        page.goto(here)  # the page she confirmed from: now the copy as numbered
        assert "01/TrS-VP" in page.locator("#copy-made").inner_text()
        assert page.locator("#copy-to-confirm").count() == 0


def test_going_back_from_a_scans_trich_sao_takes_no_number(tmp_path):
    original = scanned_plan(tmp_path, scanned=True)
    with desk_server(tmp_path / "ban") as address, browser() as page:
        ask_for_an_extract(page, address, original, numbered=True)
        page.locator("#copy-to-confirm").wait_for(timeout=180_000)
        page.get_by_role("link", name="Quay lại trang sao văn bản").click()
        page.wait_for_url("**/sao/giu/*")
        assert page.locator("#trich").input_value() == "II"  # her form as she filled it
        assert _in_the_register(page, address) == 0
        ask_for_an_extract(page, address, original, numbered=True)  # sent again: not read
        page.locator("#copy-to-confirm").wait_for()  # again by OCR, and still asked, still told
        assert "ảnh quét" in page.locator("#read-by-ocr").inner_text()
        assert "(1 trang)" in page.locator("#read-by-ocr").inner_text()
        assert _in_the_register(page, address) == 0
