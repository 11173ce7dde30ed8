"""In Chromium: a commune's plan derived from the guidance of Lạng Sơn's Sở Nội vụ opens in the
editor with that guidance beside its pages (its number, its date as the decree writes it, its
issuer, trích yếu and text), kept with the draft when she comes back to it; on a phone, under
the pages (desk day 21 #1: the draft was shown alone, nothing to hold it against)."""

from __future__ import annotations

from pathlib import Path

from desk_browser import browser, desk_server, shot

ROOT = Path(__file__).resolve().parent.parent
HD_106 = ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"


def _derive(page, address: str) -> str:  # type: ignore[no-untyped-def]
    page.goto(address + "thuc-hien")
    page.locator("#tep").set_input_files(str(HD_106))
    page.locator("#ho_so").select_option("xa-tan-thanh-lang-son")
    page.get_by_label("Kế hoạch").check()
    page.locator("#ngay").fill("05/03/2026")
    page.get_by_role("button", name="Soạn văn bản").click()
    page.wait_for_url("**/soan/*")
    page.locator("#preview img").first.wait_for()
    return str(page.url)


def _guidance_told(page) -> None:  # type: ignore[no-untyped-def]
    told = page.locator("#guidance")
    assert told.is_visible()
    assert "Văn bản cấp trên mà dự thảo này thực hiện" in told.inner_text()
    assert page.locator("#guidance-so").inner_text() == "106/HD-SNV"
    assert page.locator("#guidance-ngay").inner_text() == "Lạng Sơn, ngày 31 tháng 5 năm 2019"
    assert "SỞ NỘI VỤ" in page.locator("#guidance-co-quan").inner_text()
    assert page.locator("#guidance-trich-yeu").inner_text().startswith(
        "Tổng kết phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”")
    assert "I. MỤC ĐÍCH YÊU CẦU" in page.locator("#guidance-text").inner_text()


def test_the_guidance_is_beside_the_draft_and_stays_with_it(tmp_path):
    with desk_server(tmp_path) as address, browser() as page:
        editor = _derive(page, address)
        _guidance_told(page)
        pages, told = (page.locator(s).bounding_box() for s in ("#preview", "#guidance"))
        assert told["x"] >= pages["x"] + pages["width"] - 1  # beside the pages, to their right
        assert told["y"] < pages["y"] + pages["height"]
        shot(page, "thuc-hien-ban-nhap")
        page.goto(address)
        page.goto(editor)  # she comes back to the draft: the guidance is kept with it
        _guidance_told(page)


def test_on_a_phone_the_guidance_is_under_the_pages(tmp_path):
    with desk_server(tmp_path) as address, browser((390, 844)) as page:
        _derive(page, address)
        _guidance_told(page)
        pages, told = (page.locator(s).bounding_box() for s in ("#preview", "#guidance"))
        assert told["y"] >= pages["y"] + pages["height"] - 1
        assert told["x"] + told["width"] <= 390
        shot(page, "thuc-hien-ban-nhap-dien-thoai")


def test_a_letter_written_by_hand_shows_no_guidance(tmp_path):
    with desk_server(tmp_path) as address, browser() as page:
        page.goto(address + "soan")
        page.get_by_role("button", name="Bắt đầu soạn").click()
        page.wait_for_url("**/soan/*")
        assert page.locator("#guidance").count() == 0
