"""A letter to send to every commune is taken to Gửi hàng loạt from its own page, chosen there:
the bulk page opened on “(hoặc tải tệp mô tả lên)”, an engineer's choice, and the clerk had to
find her letter by its trích yếu in a list. An address naming another clerk's draft chooses
nothing. Both lists open on what to choose in them, not on another way to give it."""

from __future__ import annotations

from desk_browser import browser, desk_server, shot
from desk_support import CONG_VAN, csrf_of, desk_client, new_draft
from lxml import html


def _chosen(page: str) -> tuple[str, str]:
    """The bulk form's chosen draft (its value) and the text of its first choice."""
    select = html.fromstring(page).get_element_by_id("ban_nhap")
    picked = select.xpath("option[@selected]")
    return (picked[0].get("value") if picked else ""), select.xpath("option")[0].text_content()


def test_the_letter_s_page_leads_to_bulk_with_it_chosen(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        editor = new_draft(c, csrf)
        c.post(editor, data={**CONG_VAN, "csrf_token": csrf})
        draft = editor.rsplit("/", 1)[1]
        link = html.fromstring(c.get(editor).text).get_element_by_id("to-bulk")
        assert link.text_content() == "Gửi hàng loạt văn bản này"
        assert link.get("href") == f"/hang-loat?ban_nhap={draft}"
        assert _chosen(c.get(link.get("href")).text) == (draft, "— chọn bản nháp —")
        assert _chosen(c.get("/hang-loat").text) == ("", "— chọn bản nháp —")
        assert _chosen(c.get("/hang-loat?ban_nhap=khong-co").text)[0] == ""
        province = html.fromstring(c.get("/hang-loat").text).get_element_by_id("tinh")
        assert province.xpath("option")[0].text_content() == "— chọn tỉnh —"


def test_a_draft_with_problems_is_told_at_its_fields_labels_with_the_way_to_it(tmp_path):
    """Chosen on the bulk page before it was complete, a draft was refused as “5 lỗi trong
    mau.json: - co_quan.ten: bắt buộc …”, a file of the desk's and its keys, with “Làm lại”."""
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        editor = new_draft(c, csrf)
        answer = c.post("/hang-loat", data={"csrf_token": csrf, "ban_nhap": editor.rsplit("/")[-1],
                                            "tinh": "Lào Cai"})
    assert answer.status_code == 422
    page = html.fromstring(answer.text)
    said = page.xpath("//div[@role='alert']")[0].text_content()
    assert said.startswith("Văn bản còn 5 lỗi cần sửa trước khi gửi hàng loạt: ")
    assert "Tên cơ quan ban hành: bắt buộc" in said and "Họ tên người ký: bắt buộc" in said
    assert "mau.json" not in said and "co_quan.ten" not in said
    assert page.get_element_by_id("open-draft").get("href") == editor


def test_from_the_letter_to_its_rows_in_the_browser(tmp_path):
    """A province's văn thư writes a công văn, then goes from its page to every commune of
    Lào Cai: the link waits for a complete letter, as the downloads do."""
    from test_desk_browser import fill_cong_van, start_letter

    with desk_server(tmp_path) as address, browser() as page:
        start_letter(page, address)
        to_bulk = page.get_by_role("link", name="Gửi hàng loạt văn bản này")
        assert to_bulk.evaluate("a => getComputedStyle(a).pointerEvents") == "none"
        fill_cong_van(page)
        page.locator("#letter-actions:not([data-blocked])").wait_for()
        to_bulk.click()
        page.wait_for_url("**/hang-loat?ban_nhap=*")
        assert page.locator("#ban_nhap").input_value() == page.url.rsplit("=", 1)[1]
        page.locator("#tinh").select_option("Lào Cai")
        page.get_by_role("button", name="Kiểm tra danh sách").click()
        page.get_by_text("99 nơi nhận từ danh mục năm 2025 của Lào Cai.").wait_for()
        shot(page, "hang-loat-tu-van-ban")
