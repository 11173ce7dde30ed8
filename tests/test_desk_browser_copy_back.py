"""In Chromium: the browser's back button after a copy took its number at “Lấy số cho bản sao
này?” showed that question again, kept by the browser, offering “Vẫn lấy số từ sổ cho bản
sao” (pressed, the desk gave the same copy, no second number, but the page still asked); it
shows the copy numbered, with its number, and the sổ holds one line."""

from __future__ import annotations

from datetime import date, timedelta

from desk_browser import browser, desk_server, shot
from test_desk_browser_copy_asks import HD_1741, QUESTION, _fill

from ntm_docgen import api


def test_back_after_a_copy_took_its_number_shows_it_numbered_not_the_question(tmp_path):
    original = tmp_path / "hd-1741.docx"
    api.render(api.load_spec(HD_1741), original, today=date(2026, 3, 5))
    ahead = (date.today() + timedelta(days=14)).strftime("%d/%m/%Y")
    with desk_server(tmp_path) as address, browser() as page:
        _fill(page, address, original, ahead)
        page.get_by_role("heading", name=QUESTION).wait_for()
        page.get_by_role("button", name="Vẫn lấy số từ sổ cho bản sao").click()
        page.get_by_text("Bản sao của hd-1741.docx đã sẵn sàng.").wait_for()
        page.go_back()
        page.wait_for_load_state()
        shot(page, "sao-quay-lai")
        assert page.get_by_role("button", name="Vẫn lấy số từ sổ cho bản sao").count() == 0
        assert "01/SY-VP" in page.locator("#copy-made").inner_text()
        page.goto(address + f"so?nam={ahead[-4:]}")
        assert page.locator("main").inner_text().count("SY-VP") == 1, "one number only"
