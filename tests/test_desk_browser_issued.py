"""In Chromium: a letter issued from the editor opens read-only, as the register and the kept
file hold it, and a new draft starts from it without number and date; a scan read while the
clerk was elsewhere is named at the top of every page until she hides the line with "Ẩn"
(JavaScript off: a plain form), and stays hidden after the page is opened again."""

from __future__ import annotations

import io
import re
import time

from desk_browser import browser, desk_server, shot
from desk_support import scanned_letter
from docx import Document
from docx.oxml.ns import qn


def test_an_issued_letter_opens_read_only_and_a_new_draft_starts_from_it(tmp_path):
    with desk_server(tmp_path) as address, browser() as page:
        page.goto(address + "soan")
        page.get_by_label("Loại văn bản").select_option("KH")
        page.get_by_label("Cơ quan ban hành").select_option("lang-son")
        page.get_by_role("button", name="Bắt đầu soạn").click()
        page.wait_for_url("**/soan/*")
        editor = page.url
        page.locator('[id="f-trich_yeu"]').fill("Tổng kết phong trào thi đua")
        page.locator('[id="f-ngay"]').fill("05/03/2026")
        page.locator('[id="f-noi_dung"]').fill("I. MỤC ĐÍCH, YÊU CẦU\n- Đánh giá kết quả.")
        # the signer, for the profile's placeholder "Nguyễn Văn A" (warned of: Phát hành asks)
        page.locator('[id="f-ky.ho_ten"]').fill("Hoàng Thị Hiền")
        page.get_by_role("button", name="+ Thêm nơi nhận").last.click()
        page.locator('input[name="noi_nhan"]').last.fill("Các sở, ban, ngành tỉnh")
        page.locator("#problems.ok").wait_for()  # saved, the signer too: nothing to ask
        page.get_by_role("button", name="Phát hành: lấy số từ sổ văn bản đi").click()
        page.wait_for_url("**/so?**")
        page.goto(editor)
        heading = page.get_by_role("heading", level=1)
        assert re.fullmatch(r"Văn bản đã phát hành 01/KH-\w+", heading.inner_text())
        assert page.locator('[id="f-trich_yeu"]').count() == 0, "nothing to type in"
        page.locator("#preview img").first.wait_for()
        shot(page, "soan-da-phat-hanh")
        with page.expect_download() as got:
            page.get_by_role("link", name="Tải văn bản đã phát hành (DOCX)").click()
        body = Document(io.BytesIO(got.value.path().read_bytes())).element.body
        text = "".join(t.text or "" for t in body.iter(qn("w:t")))  # the Số line is in a table
        assert "Số: 01/KH-" in text and "Tổng kết phong trào thi đua" in text
        page.get_by_role("link", name="Xem dòng của văn bản trong sổ văn bản đi").click()
        page.wait_for_url(re.compile(r".*/so\?nam=2026&q=01%2FKH-\w+#dong-\d+$"))
        assert page.locator("tr:target").inner_text().startswith("01/KH-")
        page.goto(editor)
        page.get_by_role("button", name="Soạn văn bản mới từ văn bản này").click()
        page.wait_for_url(lambda url: url.startswith(address + "soan/") and url != editor)
        assert "chép từ văn bản đã phát hành 01/KH-" in page.locator("#started-from").inner_text()
        assert page.locator('[id="f-so"]').input_value() == ""
        assert page.locator('[id="f-ngay"]').input_value() == ""
        assert page.locator('[id="f-trich_yeu"]').input_value() == "Tổng kết phong trào thi đua"


def test_a_finished_reading_s_line_is_hidden_with_its_button_without_javascript(tmp_path):
    scan = scanned_letter(tmp_path)
    with desk_server(tmp_path / "nha") as address, browser(javascript=False) as page:
        page.goto(address + "soan")
        page.locator("#mo_tep").set_input_files(str(scan))
        page.get_by_role("button", name="Mở", exact=True).click()
        page.wait_for_url("**/doc/*")
        page.goto(address + "sao")  # she does another job meanwhile
        bar = page.locator(".reading-bar")
        deadline = time.monotonic() + 600
        while "Đã đọc xong" not in (bar.inner_text() if bar.count() else ""):
            assert time.monotonic() < deadline, page.content()
            time.sleep(1)
            page.reload()
        shot(page, "doc-xong-an")
        page.get_by_role("button", name="Ẩn thông báo này").click()
        page.wait_for_url(address + "sao")
        assert page.locator(".reading-bar").count() == 0
        page.goto(address)
        assert page.locator(".reading-bar").count() == 0, "gone for good"
