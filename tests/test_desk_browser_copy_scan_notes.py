"""In Chromium: a TRÍCH SAO of a scanned plan (read by Tesseract) shows, open beside the pages of
the part kept, that its text was read by machine from the scan and what to hold against the
paper (the heading OCR misnumbered, the words it was unsure of), apart from the form's own
notes; a copy of a typed original says nothing of OCR (desk day 21 #2)."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from desk_browser import SAO_Y, browser, desk_server, shot

from ntm_docgen import api

PLAN = {"loai": "KH", "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN",
                                  "ten": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "viet_tat": "SNNMT"},
        "so": 15, "dia_danh": "Lạng Sơn", "ngay": "2026-03-05",
        "trich_yeu": "Kiểm tra kết quả thực hiện Bộ tiêu chí xã nông thôn mới năm 2026",
        "noi_dung": "I. MỤC ĐÍCH, YÊU CẦU\nĐánh giá đúng thực chất kết quả xây dựng nông thôn "
                    "mới của từng xã.\nII. NỘI DUNG, THỜI GIAN\nKiểm tra hồ sơ tại 65 xã, phường"
                    " trong tháng 4 năm 2026.\nIII. TỔ CHỨC THỰC HIỆN\nGiao Chi cục Phát triển "
                    "nông thôn chủ trì thực hiện Kế hoạch này./.",
        "ky": {"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC",
               "ho_ten": "Vy Văn Thành"},
        "noi_nhan": ["UBND tỉnh (b/c)", "UBND các xã, phường"], "luu": "VT, CCPTNT"}


def _plan(work: Path, scanned: bool) -> Path:
    """The plan printed by LibreOffice; ``scanned``: then scanned at 300 dpi in grey, a PDF of
    its page's pixels with no text layer."""
    from PIL import Image

    from ntm_docgen.files.pdf import convert

    letter = work / "ke-hoach.docx"
    letter.write_bytes(api.render_bytes(api.parse_spec(PLAN), today=date(2026, 3, 5)))
    if not scanned:
        return letter
    convert([letter], work)
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile",
                    str(work / "ke-hoach.pdf"), str(work / "trang")], check=True,
                   capture_output=True)
    scan = work / "ke-hoach-quet.pdf"
    Image.open(work / "trang.png").save(scan, resolution=300)
    return scan


def _copy_part_two(page, address: str, original: Path) -> None:  # type: ignore[no-untyped-def]
    page.goto(address + "sao")
    page.locator("#tep").set_input_files(str(original))
    page.get_by_label("Hình thức sao").select_option("TRÍCH SAO")
    page.locator("#trich").fill("II")
    for label, value in SAO_Y.items():
        page.get_by_label(label).fill(value)
    page.locator('input[name="noi_nhan"]').first.fill("Các xã, phường")
    page.get_by_role("radio", name="PDF").check()
    page.get_by_role("button", name="Tạo bản sao").click()
    page.wait_for_url("**/sao**", timeout=180_000)  # a scan: its reading's page, then back
    page.locator("#copy-made").wait_for(timeout=180_000)
    page.locator(".side img").first.wait_for()


def test_a_trich_sao_of_a_scan_says_open_what_ocr_read(tmp_path):
    original = _plan(tmp_path, scanned=True)
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
    original = _plan(tmp_path, scanned=False)
    with desk_server(tmp_path / "ban") as address, browser() as page:
        _copy_part_two(page, address, original)
        assert page.locator("#read-by-ocr").count() == 0
