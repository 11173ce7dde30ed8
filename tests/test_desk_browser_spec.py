"""In a real browser: while the letter has problems, the editor says beside the spec links
that the YAML keeps the draft with its problems noted (and the YAML does), and the JSON waits
for a complete letter; filled in, both are given."""

from __future__ import annotations

from desk_browser import browser, desk_server, shot
from test_desk_browser import field, fill_cong_van, start_letter


def test_the_spec_links_say_what_a_draft_with_problems_saves(tmp_path):
    with desk_server(tmp_path) as address, browser() as page:
        start_letter(page, address)
        hint = page.locator(".spec-hint")
        json_link = page.get_by_role("link", name="tệp cho phần mềm khác")
        assert hint.is_visible()
        assert "mỗi lỗi ghi chú ngay trên mục của nó" in hint.inner_text()
        assert json_link.evaluate("a => getComputedStyle(a).pointerEvents") == "none"
        shot(page, "soan-tep-mo-ta-con-loi")
        with page.expect_download() as info:
            page.get_by_role("link", name="Tải tệp bản nháp").click()
        saved = tmp_path / "nhap.yaml"
        info.value.save_as(saved)
        text = saved.read_text(encoding="utf-8")
        assert "# Họ tên người ký: bắt buộc" in text, text
        fill_cong_van(page)
        page.get_by_text("Đã lưu. Văn bản đã đủ các thành phần.").wait_for()
        page.locator("#letter-actions:not([data-blocked])").wait_for()
        hint.wait_for(state="hidden")
        assert json_link.evaluate("a => getComputedStyle(a).pointerEvents") == "auto"
        field(page, "ky.ho_ten").fill("")
        hint.wait_for(state="visible")  # an emptied field: said again as she types
