"""No program word reaches the văn thư's page: a spec path opening a bulk check's warning
(“kinh_gui: văn bản kính gửi 2 nơi…”), a key named in a Quyết định's warning (“xóa dòng này
khỏi noi_dung”), a draft's id for its trích yếu in Gửi hàng loạt's choice of drafts, a
damaged Word or Excel file told “không phải tệp nén zip”. Each was found on the desk."""

from __future__ import annotations

import pytest
from desk_support import CONG_VAN, XA, csrf_of, desk_client, new_draft
from lxml import html


def test_a_bulk_checks_warning_names_the_field_not_its_key(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        editor = new_draft(c, csrf)
        c.post(editor, data={**CONG_VAN, "kinh_gui": ["UBND xã A", "UBND xã B"],
                             "csrf_token": csrf})
        answer = c.post("/hang-loat", data={"csrf_token": csrf, "tinh": "Lào Cai",
                                            "ban_nhap": editor.rsplit("/", 1)[1]})
    warnings = [li.text_content() for li in
                html.fromstring(answer.text).xpath("//ul[@class='warning']/li")]
    told = [w for w in warnings if "kính gửi 2 nơi" in w]
    assert told and told[0].startswith("Kính gửi: văn bản kính gửi 2 nơi"), warnings
    assert not any("kinh_gui" in w for w in warnings), warnings


def test_a_draft_without_its_summary_is_listed_as_compose_lists_it(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        editor = new_draft(c, csrf_of(c))
        page = html.fromstring(c.get("/hang-loat").text)
    draft = editor.rsplit("/", 1)[1]
    option = page.get_element_by_id("ban_nhap").xpath(f"option[@value='{draft}']")[0]
    assert option.text_content() == "(chưa có trích yếu)"


def test_a_line_the_decision_prints_above_its_body_is_deleted_from_the_content_box(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        editor = new_draft(c, csrf, "QĐ")
        c.post(editor, data={**CONG_VAN, "loai": "QĐ", "kinh_gui": [],
                             "trich_yeu": "Về việc khen thưởng",
                             "tham_quyen": "GIÁM ĐỐC SỞ NỘI VỤ",
                             "noi_dung": "QUYẾT ĐỊNH:\nĐiều 1. Khen thưởng.\nĐiều 2. Thi hành.",
                             "csrf_token": csrf})
        page = c.get(editor).text
    assert "xóa dòng này khỏi ô “Nội dung”" in page, page
    assert "khỏi noi_dung" not in page and "(delete it from" not in page


@pytest.mark.parametrize(("page", "field", "name"), [
    ("/kiem-tra", "tep", "hong.docx"), ("/hang-loat", "danh_sach", "ds.xlsx")])
def test_a_damaged_word_or_excel_file_is_told_in_plain_words(tmp_path, page, field, name):
    with desk_client(tmp_path, lang="vi") as c:
        files = {field: (name, b"PK\x03\x04" + bytes(400))}
        if field == "danh_sach":
            files["mau"] = (XA.name, XA.read_bytes())
        answer = c.post(page, data={"csrf_token": csrf_of(c)}, files=files)
    said = " ".join(e.text_content() for e in html.fromstring(answer.text).xpath(
        "//*[@role='alert']"))
    assert answer.status_code == 422
    assert "(tệp bị hỏng, hoặc là tệp loại khác mang tên này)" in said, said
    assert "zip" not in said
