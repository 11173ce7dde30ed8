"""In Chromium: the browser's back button after Phát hành does not show the question page
offering to issue the letter again (it showed it, kept by the browser: a second press was
refused, but the page still asked); it shows the letter, issued, with its number."""

from __future__ import annotations

from desk_browser import browser, desk_server, shot
from test_desk_browser_issue_asks import ISSUE, _decision

ANSWER = "Vẫn phát hành: lấy số từ sổ"


def test_back_after_issuing_shows_the_letter_issued_not_the_question(tmp_path):
    with desk_server(tmp_path) as address, browser() as page:
        editor = _decision(page, address)
        page.get_by_role("button", name=ISSUE).click()
        page.get_by_role("heading", name="Phát hành văn bản này?").wait_for()
        page.get_by_role("button", name=ANSWER).click()
        page.wait_for_url("**/so?**")
        assert "01/QĐ-UBND" in page.locator("main").inner_text()
        page.go_back()
        page.wait_for_load_state()
        shot(page, "phat-hanh-quay-lai")
        said = page.locator("main").inner_text()
        assert page.get_by_role("button", name=ANSWER).count() == 0, said
        assert "01/QĐ-UBND" in said and "đã phát hành" in said.lower(), said
        assert page.url.startswith(editor), page.url
