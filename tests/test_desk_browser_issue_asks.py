"""In Chromium: a commune chairman's decision started from the shipped commune profile (its
signature TM. ỦY BAN NHÂN DÂN against the chairman's authority) is not said “đủ các thành
phần”, and Phát hành says the warning and asks; the issued letter opened again from its file
says the number it holds and takes a second one only when asked to; a phụ lục's title of two
lines keeps them through the autosave (contract9 #4, #7, #9)."""

from __future__ import annotations

from desk_browser import browser, desk_server, shot

ISSUE = "Phát hành: lấy số từ sổ văn bản đi"


def _decision(page, address: str) -> str:
    page.goto(address + "soan")
    page.get_by_label("Loại văn bản").select_option("QĐ")
    page.get_by_label("Cơ quan ban hành").select_option("xa-tan-thanh-lang-son")
    page.get_by_role("button", name="Bắt đầu soạn").click()
    page.wait_for_url("**/soan/*")
    page.locator('[id="f-trich_yeu"]').fill("Về việc khen thưởng phong trào thi đua")
    page.locator('[id="f-ngay"]').fill("05/03/2026")
    page.locator('[id="f-tham_quyen"]').fill("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN THÀNH")
    page.locator('[id="f-noi_dung"]').fill("Điều 1. Khen thưởng thôn Nà Làng.\n"
                                           "Điều 2. Quyết định có hiệu lực từ ngày ký.")
    page.locator('[id="f-ky.ho_ten"]').fill("Trần Văn Hùng")
    page.get_by_role("button", name="+ Thêm nơi nhận").last.click()
    page.locator('input[name="noi_nhan"]').last.fill("Thôn Nà Làng")
    page.get_by_text("Đã lưu").first.wait_for()
    return str(page.url)


def test_a_warned_decision_is_asked_about_and_issued_only_once(tmp_path):
    with desk_server(tmp_path) as address, browser() as page:
        editor = _decision(page, address)
        panel = page.locator("#problems")
        page.wait_for_function("() => { const t = document.getElementById('problems').innerText;"
                               " return t.includes('TM. ỦY BAN NHÂN DÂN')"
                               " && !t.includes('Nguyễn Văn A'); }")
        assert "đủ các thành phần" not in panel.inner_text()
        assert "TM. ỦY BAN NHÂN DÂN" in panel.inner_text()
        assert "warned" in (panel.get_attribute("class") or "").split()  # htmx may add its own
        shot(page, "soan-canh-bao")
        page.get_by_role("button", name=ISSUE).click()
        page.get_by_role("heading", name="Phát hành văn bản này?").wait_for()
        assert "TM. ỦY BAN NHÂN DÂN" in page.locator("main").inner_text()
        shot(page, "phat-hanh-hoi-canh-bao")
        page.get_by_role("link", name="Quay lại văn bản").click()
        page.wait_for_url(editor)
        page.get_by_role("button", name=ISSUE).click()
        page.get_by_role("button", name="Vẫn phát hành: lấy số từ sổ").click()
        page.wait_for_url("**/so?**")
        assert "01/QĐ-UBND" in page.locator("main").inner_text()
        with page.expect_download() as got:
            page.get_by_role("link", name="Tải văn bản đã phát hành (DOCX)").click()
        issued = tmp_path / "da-phat-hanh.docx"
        got.value.save_as(issued)

        page.goto(address + "soan")
        page.locator("#mo_tep").set_input_files(str(issued))
        page.locator("form[action='/soan/mo'] button[type=submit]").click()
        page.wait_for_url(lambda url: "/soan/" in url and url != editor)
        page.get_by_text("Tệp này chính là văn bản số 01/QĐ-UBND do sổ văn bản đi cấp").wait_for()
        shot(page, "mo-van-ban-da-phat-hanh")
        page.get_by_role("button", name=ISSUE).click()
        page.get_by_role("heading", name="Văn bản này đã có số: phát hành lại?").wait_for()
        said = page.locator("main").inner_text()
        assert "đã mang số 01/QĐ-UBND của sổ văn bản đi" in said and "Trần Văn Hùng" in said
        shot(page, "phat-hanh-hoi-da-co-so")
        page.get_by_role("link", name="Quay lại văn bản").click()
        page.goto(address + "so?nam=2026")
        assert page.locator("main").inner_text().count("QĐ-UBND") == 1, "one number only"


def test_a_phu_luc_title_keeps_its_two_lines(tmp_path):
    with desk_server(tmp_path) as address, browser() as page:
        editor = _decision(page, address)
        page.get_by_role("button", name="+ Thêm phụ lục").click()
        title = page.locator('textarea[name="phu_luc.tieu_de"]')
        title.fill("ĐỀ CƯƠNG BÁO CÁO\nTổng kết phong trào thi đua")
        page.locator('textarea[name="phu_luc.noi_dung"]').fill("I. KẾT QUẢ")
        page.wait_for_timeout(1500)  # the autosave after typing
        page.get_by_text("Đã lưu").first.wait_for()
        page.goto(editor)
        kept = page.locator('textarea[name="phu_luc.tieu_de"]')
        assert kept.input_value() == "ĐỀ CƯƠNG BÁO CÁO\nTổng kết phong trào thi đua"
        kept.scroll_into_view_if_needed()
        shot(page, "soan-phu-luc-hai-dong")
