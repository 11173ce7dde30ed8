"""The register page and the bulk check in Chromium, at a desk's and a phone's size: a search
by type, a search matching nothing, the year of a letter issued with last year's date, a
month's numbers with one cancelled, and a list with a bad row that writes nothing until it is
fixed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from desk_browser import browser, desk_server, shot

from ntm_docgen import register

XA = Path(__file__).resolve().parent / "data" / "bulk" / "xa.yaml"
SIZES = [(1366, 768), (390, 844)]


def fill(db: Path) -> None:
    for code, trich_yeu, day in [
            ("KH", "Tổ chức Hội nghị triển khai phong trào thi đua", date(2026, 3, 5)),
            ("CV", "V/v báo cáo xây dựng nông thôn mới", date(2026, 3, 6)),
            ("CV", "V/v gửi danh sách khen thưởng năm 2025", date(2025, 12, 30))]:
        register.allocate(str(db), co_quan="UBND", loai_code=code, nam=day.year,
                          entry=register.RegisterEntry(trich_yeu=trich_yeu, ngay=day))


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_register_page_searches_and_says_what_it_found(tmp_path, size):
    db = tmp_path / "so-di.sqlite3"
    fill(db)
    with desk_server(tmp_path, "--db", str(db)) as address, browser(size) as page:
        page.goto(address + "so?nam=2026")
        page.get_by_label("Tìm").fill("Kế")
        page.get_by_role("button", name="Xem").click()
        page.get_by_text("01/KH-UBND").wait_for()
        assert page.get_by_text("02/UBND").count() == 0
        shot(page, f"so-tim-ke-{size[0]}")
        page.get_by_label("Tìm").fill("khen thưởng")
        page.get_by_role("button", name="Xem").click()
        said = page.get_by_role("status")
        said.wait_for()
        assert "Không có dòng nào của năm 2026 khớp với “khen thưởng”" in said.inner_text()
        assert page.get_by_text("chưa cấp số nào").count() == 0
        shot(page, f"so-khong-khop-{size[0]}")
        assert page.evaluate("document.documentElement.scrollWidth") <= size[0]
        page.get_by_label("Năm").fill("2025")
        page.get_by_role("button", name="Xem").click()
        page.get_by_text("01/UBND").wait_for()


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_a_list_with_a_bad_row_is_fixed_before_any_letter(tmp_path, size):
    people = tmp_path / "ds.csv"
    people.write_text("kinh_gui,ten,loai_don_vi,ma\nUBND xã Tân Thành,Tân Thành,xã,01\n"
                      ",Hòa Bình,xã,02\n", encoding="utf-8")
    with desk_server(tmp_path) as address, browser(size) as page:
        page.goto(address + "hang-loat")
        page.locator("#mau").set_input_files(str(XA))
        page.locator("#danh_sach").set_input_files(str(people))
        page.get_by_role("button", name="Kiểm tra danh sách").click()
        alert = page.get_by_role("alert")
        alert.wait_for()
        assert "1 dòng không tạo được văn bản, nên chưa ghi văn bản nào" in alert.inner_text()
        page.get_by_text("cột “Kính gửi” để trống").first.wait_for()
        assert page.get_by_role("button", name="Tạo 1 văn bản").count() == 0
        assert page.get_by_role("button", name="Tạo 2 văn bản").count() == 0
        shot(page, f"hang-loat-dong-loi-{size[0]}")
        assert page.evaluate("document.documentElement.scrollWidth") <= size[0]
        page.get_by_role("link", name="Làm lại").first.click()
        page.wait_for_url("**/hang-loat")


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_a_number_given_in_error_is_cancelled_in_the_browser(tmp_path, size):
    """Thursday: the month's numbers, one cancelled; sent without a reason, the page says in
    the desk's Vietnamese what to write (not the browser's own bubble, in its own language)."""
    db = tmp_path / "so-di.sqlite3"
    fill(db)
    with desk_server(tmp_path, "--db", str(db)) as address, browser(size) as page:
        page.goto(address + "so?nam=2026")
        page.get_by_label("Tháng").select_option("3")
        page.get_by_role("button", name="Xem").click()
        page.get_by_text("02/UBND").wait_for()
        assert page.get_by_text("V/v gửi danh sách khen thưởng năm 2025").count() == 0
        page.locator("#dong-2").get_by_role("link", name="Hủy số này").click()
        page.get_by_role("heading", name="Hủy số 02/UBND?").wait_for()
        page.get_by_role("button", name="Hủy số", exact=True).click()
        said = page.get_by_role("alert")
        said.wait_for()
        assert "Hãy ghi lý do hủy số" in said.inner_text()
        shot(page, f"huy-so-chua-ly-do-{size[0]}")
        page.get_by_label("Lý do hủy số").fill("Cấp trùng do nhầm")
        page.get_by_role("button", name="Hủy số", exact=True).click()
        page.get_by_text("Đã hủy số 02/UBND").wait_for()
        assert "Hủy: Cấp trùng do nhầm" in page.locator("#dong-2").inner_text()
        shot(page, f"da-huy-so-{size[0]}")
