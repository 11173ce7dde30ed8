"""In Chromium, two pages on one draft (contract10 #6): the later page to save is told that the
draft changed since it loaded (who, when), its form stays as typed, a link opens the saved draft
in a new tab, and nothing of the other page's text is lost; Phát hành from such a page issues
nothing. On one computer (two tabs, SQLite) and in an office (a chuyên viên and the văn thư,
PostgreSQL)."""

from __future__ import annotations

import pytest
import yaml
from desk_browser import browser as chromium
from desk_browser import desk_server, shot, sign_in
from desk_support import add_clerks
from playwright.sync_api import expect

ISSUE = "Phát hành: lấy số từ sổ văn bản đi"
BODY = "Nội dung do chuyên viên sửa lần cuối.\nĐề nghị các thôn thực hiện./."
SUMMARY = "V/v văn thư sửa trích yếu"
#: A commune's công văn, complete, as a clerk opens it from a file.
SPEC = {"loai": "CV", "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN",
                                  "ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH", "viet_tat": "UBND"},
        "don_vi": "VHXH", "dia_danh": "Tân Thành", "ngay": "2026-03-05",
        "trich_yeu": "V/v báo cáo kết quả xây dựng thôn kiểu mẫu năm 2026",
        "kinh_gui": ["Trưởng các thôn trên địa bàn xã"],
        "noi_dung": "Ủy ban nhân dân xã đề nghị Trưởng các thôn báo cáo kết quả./.",
        "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH",
               "ho_ten": "Hoàng Văn Tùng"},
        "noi_nhan": ["Như trên", "CT, các PCT UBND xã"], "luu": "VT, VHXH"}


def _open(page, address: str, tmp_path) -> str:  # type: ignore[no-untyped-def]
    """The spec opened as a new draft; the editor's address."""
    spec = tmp_path / "cong-van.yaml"
    spec.write_text(yaml.safe_dump(SPEC, allow_unicode=True), encoding="utf-8")
    page.goto(address + "soan")
    page.locator("#mo_tep").set_input_files(str(spec))
    page.locator("form[action='/soan/mo'] button[type=submit]").click()
    page.wait_for_url("**/soan/*")
    page.locator("#problems.ok").wait_for()
    return str(page.url)


def _saved(page, editor: str, field: str, text: str):  # type: ignore[no-untyped-def]
    """``text`` typed in ``field``; the autosave's answer."""
    with page.expect_response(lambda r: r.url == editor and r.request.method == "POST") as got:
        page.locator(f'[id="f-{field}"]').fill(text)
    return got.value


def _kept(page, editor: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    return yaml.safe_load(page.request.get(editor + "/tai.yaml").text())


def _told_and_kept(first, second, editor: str, said: str, name: str) -> None:  # type: ignore[no-untyped-def]
    """``first`` rewrites the body, then ``second``, loaded before, corrects the summary: she
    is told ``said``, her form kept, the body of ``first`` too, and the saved draft opens in
    a new tab."""
    assert _saved(first, editor, "noi_dung", BODY).status == 200
    assert _saved(second, editor, "trich_yeu", SUMMARY).status == 409
    panel = second.locator("#problems")
    panel.locator("#overtaken").wait_for()
    told = panel.inner_text()
    assert said in told and "những gì bạn sửa trên trang này chưa được lưu" in told, told
    assert "khác nhau ở: Trích yếu nội dung, Nội dung" in told
    assert "Đã lưu" not in told
    assert second.locator('[id="f-trich_yeu"]').input_value() == SUMMARY, "her form as typed"
    # greyed by the page's script once the answer is in: waited for, not read at once
    expect(second.get_by_role("button", name=ISSUE)).to_be_disabled()
    kept = _kept(first, editor)
    assert kept["noi_dung"].startswith("Nội dung do chuyên viên") and kept["trich_yeu"] != SUMMARY
    second.evaluate("window.scrollTo(0, 0)")
    shot(second, name)
    # typing on: still refused, never saved over the other's text
    assert _saved(second, editor, "luu", "VT, VHXH, TH").status == 409
    assert _kept(first, editor)["luu"] == "VT, VHXH"
    with second.context.expect_page() as opened:
        second.get_by_role("link", name="Mở bản nháp đã lưu trong thẻ mới").click()
    saved = opened.value
    saved.wait_for_load_state()
    assert saved.url == editor
    assert saved.locator('[id="f-noi_dung"]').input_value().startswith("Nội dung do chuyên viên")
    assert _saved(saved, editor, "trich_yeu", SUMMARY).status == 200, "carried over, saved"
    assert _kept(first, editor) == {**kept, "trich_yeu": SUMMARY}
    saved.close()


def test_one_computer_two_tabs(tmp_path):
    with desk_server(tmp_path) as address, chromium() as first:
        editor = _open(first, address, tmp_path)
        second = first.context.new_page()
        second.goto(editor)
        said = "Bản nháp này đã được lưu từ một trang khác (một thẻ hoặc cửa sổ khác) lúc "
        _told_and_kept(first, second, editor, said, "hai-the-bi-tu-choi")
        # she chooses her page after all, knowingly: refused again first, the draft having
        # been saved in the new tab since she was told; saved in its place the second time
        keep = second.get_by_role("button", name="Lưu trang này thay cho bản đã lưu")
        with second.expect_navigation():
            keep.click()
        assert second.locator("#overtaken").count() == 1
        assert second.locator('[id="f-luu"]').input_value() == "VT, VHXH, TH"
        with second.expect_navigation():
            keep.click()
        second.wait_for_url(editor)
        second.locator("#problems.ok").wait_for()
        assert _kept(second, editor)["luu"] == "VT, VHXH, TH"
        # the first tab, left as it was, is now the one behind: Phát hành saves what it
        # shows first (its body field still has the focus), is told, and issues nothing
        first.get_by_role("button", name=ISSUE).click()
        first.locator("#overtaken").wait_for()
        expect(first.get_by_role("button", name=ISSUE)).to_be_disabled()
        assert first.url == editor and "01/UBND" not in first.request.get(
            address + "so?nam=2026").text()
        first.goto(editor)
        first.get_by_role("button", name=ISSUE).click()
        first.wait_for_url("**/so?**")
        assert "01/UBND-VHXH" in first.locator("main").inner_text()


@pytest.fixture
def office():
    from register_support import pg_schema

    with pg_schema() as url:
        add_clerks(url, "chuyenvien", "vanthu")
        yield url


def test_office_a_chuyen_vien_and_the_van_thu_on_one_draft(tmp_path, office):
    with desk_server(tmp_path, "--office", "--db", office) as address, chromium() as cv:
        sign_in(cv, address, "chuyenvien")
        cv.get_by_text("Bạn cần làm gì?").wait_for()
        editor = _open(cv, address, tmp_path)
        other = cv.context.browser.new_context(viewport={"width": 1366, "height": 900},
                                               locale="vi-VN")
        vt = other.new_page()
        sign_in(vt, address, "vanthu")
        vt.get_by_text("Bạn cần làm gì?").wait_for()
        vt.goto(editor)
        reading = other.new_page()  # a second page of the văn thư's, left open to read
        reading.goto(editor)
        _told_and_kept(cv, vt, editor, "Trần Văn Chuyên đã sửa và lưu bản nháp này lúc ",
                       "van-thu-bi-tu-choi")
        # the page she read before the summary was carried over issues nothing
        reading.get_by_role("button", name=ISSUE).click()
        reading.get_by_text("Văn bản chưa được phát hành: bản nháp này đã được lưu từ một "
                            "trang khác lúc").wait_for()
        assert "01/UBND-VHXH" not in reading.request.get(address + "so?nam=2026").text()
        reading.get_by_role("link", name="Quay lại văn bản").click()
        reading.get_by_role("button", name=ISSUE).click()
        reading.wait_for_url("**/so?**")
        assert "01/UBND-VHXH" in reading.locator("main").inner_text()
        other.close()


def test_phat_hanh_pressed_while_typing_issues_what_was_typed(tmp_path):
    """The văn thư corrects the summary and presses Phát hành at once, before the autosave's
    pause: the letter issued carries her correction."""
    with desk_server(tmp_path) as address, chromium() as page:
        _open(page, address, tmp_path)
        page.locator('[id="f-trich_yeu"]').fill(SUMMARY)
        # sent as the button sends it, the field keeping the focus (a click's blur would send
        # the save at once, racing the issue): the autosave's pause has not passed yet
        page.locator("#issue-form").evaluate("form => form.requestSubmit()")
        page.wait_for_url("**/so?**")
        assert SUMMARY in page.locator("main").inner_text()


def test_a_page_left_open_while_the_letter_is_issued_is_told_at_its_next_save(tmp_path):
    """contract13 #2: the letter issued from one tab, the other (loaded before) types on: its
    autosave is refused (409) and the refusal is shown where the panel is, with the way to the
    issued letter's page, the issue button greyed; before, the page said nothing."""
    with desk_server(tmp_path) as address, chromium() as first:
        editor = _open(first, address, tmp_path)
        second = first.context.new_page()
        second.goto(editor)
        second.locator("#problems.ok").wait_for()
        first.get_by_role("button", name=ISSUE).click()
        first.wait_for_url("**/so?**")
        assert _saved(second, editor, "trich_yeu", SUMMARY).status == 409
        refusal = second.locator("#problems-box [data-refused]")
        refusal.wait_for()
        assert "01/UBND-VHXH đã được phát hành" in refusal.inner_text()
        expect(second.get_by_role("button", name=ISSUE)).to_be_disabled()
        shot(second, "da-phat-hanh-o-the-khac")
        second.get_by_role("link", name="Mở trang văn bản").click()
        # the link leads to the address the page is at: waiting for it returns at once, and
        # the old page's heading was read before the new one came (CI)
        expect(second.get_by_role("heading", level=1)).to_have_text(
            "Văn bản đã phát hành 01/UBND-VHXH")
        assert second.url == editor
