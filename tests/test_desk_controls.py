"""Every control of the desk is named for a clerk who reads the page aloud or hovers it: the
✕ of a list's row says it removes the line, the forms of an implementing letter are one group
named by its label."""

from __future__ import annotations

from desk_browser import browser, desk_server


def test_a_rows_remove_button_and_the_form_group_are_named(tmp_path):
    with desk_server(tmp_path) as address, browser() as page:
        page.goto(address + "sao")
        remove = page.get_by_role("button", name="Xóa dòng này", exact=True)
        remove.first.wait_for()
        assert remove.first.get_attribute("title") == "Xóa dòng này"
        page.get_by_role("button", name="+ Thêm nơi nhận").click()
        assert remove.count() == 2  # the row added from the template is named too
        page.goto(address + "thuc-hien")
        group = page.get_by_role("radiogroup", name="Hình thức văn bản mới")
        assert group.get_by_role("radio").count() == 3
        page.goto(address + "soan")
        page.get_by_role("button", name="Bắt đầu soạn").click()
        page.wait_for_url("**/soan/*")
        page.get_by_role("button", name="+ Thêm nơi nhận").first.click()
        page.get_by_role("button", name="Xóa dòng này", exact=True).first.wait_for()
