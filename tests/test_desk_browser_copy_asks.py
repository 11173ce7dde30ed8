"""In Chromium: a SAO Y to number, dated two weeks ahead, is asked about as Phát hành asks (the
date said in its words) and takes no number; back on the form her fields are as she filled
them; sent again and answered, the copy takes one number (an independent review's finding 8)."""

from __future__ import annotations

from datetime import date, timedelta

from desk_browser import SAO_Y, browser, desk_server, shot

from ntm_docgen import api

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
QUESTION = "Lấy số cho bản sao này?"


def _fill(page, address: str, original, day: str) -> None:
    page.goto(address + "sao")
    page.locator("#tep").set_input_files(str(original))
    page.get_by_label("Hình thức sao").select_option("SAO Y")
    for label, value in {**SAO_Y, "Ngày": day}.items():
        page.get_by_label(label).fill(value)
    page.locator('input[name="noi_nhan"]').first.fill("Các sở, ban, ngành")
    page.get_by_label("Lấy số từ sổ văn bản đi").check()
    page.get_by_role("button", name="Tạo bản sao").click()


def test_a_copy_dated_ahead_is_asked_about_before_its_number(tmp_path):
    original = tmp_path / "hd-1741.docx"
    api.render(api.load_spec(HD_1741), original, today=date(2026, 3, 5))
    ahead = (date.today() + timedelta(days=14)).strftime("%d/%m/%Y")
    with desk_server(tmp_path) as address, browser() as page:
        _fill(page, address, original, ahead)
        page.get_by_role("heading", name=QUESTION).wait_for()
        said = page.locator("main").inner_text()
        assert f"văn bản đề ngày {ahead}" in said and "hãy xem lại ngày tháng" in said
        shot(page, "sao-hoi-ngay")
        page.get_by_role("link", name="Quay lại trang sao văn bản").click()
        page.wait_for_url("**/sao/giu/*")
        assert page.locator("#ngay").input_value() == ahead
        assert page.get_by_label("Cơ quan sao").input_value() == "VĂN PHÒNG"
        page.goto(address + "so")
        assert "SY-VP" not in page.locator("main").inner_text(), "no number taken"

        _fill(page, address, original, ahead)
        page.get_by_role("button", name="Vẫn lấy số từ sổ cho bản sao").click()
        page.get_by_text("Bản sao của hd-1741.docx đã sẵn sàng.").wait_for()
        assert "01/SY-VP" in page.locator("#copy-made").inner_text()
        shot(page, "sao-da-lay-so")
        page.goto(address + f"so?nam={ahead[-4:]}")
        assert page.locator("main").inner_text().count("SY-VP") == 1, "one number only"
