"""A văn thư's first morning at a fresh desk: the home page says to save her body and signer
first (every form starts from them), and, saved, what now starts from it with the way to each
job; the note is gone once she has one. She found the link only on the implementing letter's
page, after it refused her, and the saved page said “Đã lưu cơ quan.” and nothing more."""

from __future__ import annotations

from desk_browser import browser, desk_server, shot
from desk_support import csrf_of, desk_client
from test_desk_profiles import SO_NOI_VU


def test_the_first_home_page_leads_to_her_body_and_then_no_more(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        assert 'id="first-time"' in c.get("/").text
        csrf = csrf_of(c)
        c.post("/ho-so/moi", data={**SO_NOI_VU, "csrf_token": csrf})
        assert 'id="first-time"' not in c.get("/").text


def test_a_commune_s_first_morning_in_the_browser(tmp_path):
    with desk_server(tmp_path) as address, browser() as page:
        page.goto(address)
        first = page.locator("#first-time")
        assert first.inner_text().startswith("Lần đầu dùng bàn làm việc? Hãy lưu cơ quan")
        first.get_by_role("link", name="Lưu cơ quan và người ký của bạn").click()
        page.wait_for_url("**/ho-so/moi")
        page.get_by_label("Tên cơ quan ban hành").fill("ỦY BAN NHÂN DÂN\nXÃ BẢO THẮNG")
        page.get_by_label("Chữ viết tắt").fill("UBND")
        page.get_by_label("Địa danh").fill("Bảo Thắng")
        page.get_by_label("Tên cơ quan trong câu văn").fill("Ủy ban nhân dân xã Bảo Thắng")
        page.get_by_label("Cấp", exact=True).select_option("xã")
        page.get_by_label("Tên tỉnh hoặc xã").fill("Bảo Thắng")
        page.get_by_label("Thuộc tỉnh").fill("Lào Cai")
        page.get_by_label("Chức vụ người ký").fill("CHỦ TỊCH")
        page.get_by_label("Họ tên người ký").fill("Nguyễn Văn Hùng")
        page.get_by_role("button", name="Lưu cơ quan").click()
        saved = page.locator("#saved-next")
        saved.wait_for()
        shot(page, "co-quan-da-luu")
        assert "Từ nay văn bản mới, bản sao và văn bản thực hiện" in saved.inner_text()
        saved.get_by_role("link", name="Sao văn bản").click()
        page.wait_for_url("**/sao")
        assert page.locator("#ten").input_value() == "ỦY BAN NHÂN DÂN XÃ BẢO THẮNG"
        page.goto(address)
        assert page.locator("#first-time").count() == 0
