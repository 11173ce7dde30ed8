"""A Sở's day on an office desk: its chuyên viên writes the letter, its văn thư issues it and
sends it to every commune of the province. The văn thư pressed “Gửi hàng loạt văn bản này” on
the issued letter and met a dead end: the bulk page listed only her own drafts ("Bạn chưa có
bản nháp nào") and refused the letter ("Hãy chọn một bản nháp của bạn"); and the register's page
where issuing lands her offered the downloads but not the way to the communes."""

from __future__ import annotations

import pytest
from desk_support import CONG_VAN, csrf_of, new_draft
from lxml import html
from test_desk_office import office, signed_in

__all__ = ["office"]  # the fixture, used by name

pytestmark = pytest.mark.usefixtures("office")


def _chuyen_vien_s_letter(config, tmp_path) -> str:  # type: ignore[no-untyped-def]
    """A complete công văn written by the chuyên viên; its editor's address."""
    writer = signed_in(config, tmp_path, "chuyenvien", lang="vi")
    try:
        csrf = csrf_of(writer)
        editor = new_draft(writer, csrf)
        assert writer.post(editor, data={**CONG_VAN, "csrf_token": csrf}).status_code == 200
        return editor
    finally:
        writer.__exit__(None, None, None)


def test_the_van_thu_sends_the_letter_she_issued_for_a_chuyen_vien(office, tmp_path):
    editor = _chuyen_vien_s_letter(office, tmp_path)
    draft = editor.rsplit("/", 1)[1]
    c = signed_in(office, tmp_path, "vanthu", lang="vi")
    try:
        csrf = csrf_of(c)
        issued = c.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "xac_nhan": "1"},
                        follow_redirects=False)
        assert issued.status_code == 303, issued.text
        # from the register's line “issued”, as from the letter's page: one click to the communes
        register = html.fromstring(c.get(issued.headers["location"]).text)
        link = register.get_element_by_id("to-bulk")
        assert link.text_content() == "Gửi hàng loạt văn bản này"
        assert html.fromstring(c.get(editor).text).get_element_by_id("to-bulk").get("href") == \
            link.get("href")
        page = html.fromstring(c.get(link.get("href")).text)
        select = page.get_element_by_id("ban_nhap")
        assert select.xpath("option[@selected]")[0].get("value") == draft
        assert "01/SNV-TĐKT" in select.xpath("option[@selected]")[0].text_content()
        assert page.xpath("//label[@for='ban_nhap']")[0].text_content() == \
            "Bản nháp, hoặc văn bản đã phát hành"
        assert not page.xpath("//*[@id='no-drafts']")
        answer = c.post("/hang-loat", data={"csrf_token": csrf, "ban_nhap": draft,
                                            "tinh": "Lạng Sơn"}, follow_redirects=False)
        assert answer.status_code == 303, answer.text
    finally:
        c.__exit__(None, None, None)


def test_a_chuyen_vien_still_sends_only_her_own(office, tmp_path):
    writer = signed_in(office, tmp_path, "vanthu", lang="vi")
    try:
        csrf = csrf_of(writer)
        editor = new_draft(writer, csrf)
        writer.post(editor, data={**CONG_VAN, "csrf_token": csrf})
    finally:
        writer.__exit__(None, None, None)
    c = signed_in(office, tmp_path, "chuyenvien", lang="vi")
    try:
        csrf = csrf_of(c)
        page = html.fromstring(c.get(f"/hang-loat?ban_nhap={editor.rsplit('/', 1)[1]}").text)
        assert page.xpath("//label[@for='ban_nhap']")[0].text_content() == "Một bản nháp của bạn"
        assert page.get_element_by_id("ban_nhap").xpath("option/@value") == [""]
        answer = c.post("/hang-loat", data={"csrf_token": csrf, "tinh": "Lạng Sơn",
                                            "ban_nhap": editor.rsplit("/", 1)[1]})
        assert answer.status_code == 422
        assert "Hãy chọn một bản nháp của bạn" in answer.text
    finally:
        c.__exit__(None, None, None)


def test_the_chuyen_vien_is_told_who_issues_her_letter(office, tmp_path):
    """Her letter done, the chuyên viên had the downloads and no Phát hành, and no word of what
    came next: should she download it and send it to the văn thư?"""
    editor = _chuyen_vien_s_letter(office, tmp_path)
    c = signed_in(office, tmp_path, "chuyenvien", lang="vi")
    try:
        said = html.fromstring(c.get(editor).text).get_element_by_id("issued-by")
        assert said.text_content().startswith("Văn thư phát hành văn bản này")
        assert "không cần gửi tệp" in said.text_content()
    finally:
        c.__exit__(None, None, None)
    c = signed_in(office, tmp_path, "vanthu", lang="vi")
    try:
        page = html.fromstring(c.get(editor).text)
        assert not page.xpath("//*[@id='issued-by']") and page.xpath("//*[@id='issue-form']")
    finally:
        c.__exit__(None, None, None)


def test_the_van_thu_s_list_names_who_wrote_each_draft(office, tmp_path):
    """The văn thư sees every clerk's drafts, to issue them: each now says whose it is."""
    editor = _chuyen_vien_s_letter(office, tmp_path)
    c = signed_in(office, tmp_path, "vanthu", lang="vi")
    try:
        page = html.fromstring(c.get("/soan").text)
        row = page.xpath(f"//a[@href='{editor}']/ancestor::tr")[0]
        assert row.find_class("writer")[0].text_content() == "Trần Văn Chuyên"
        assert "Người soạn" in [th.text_content() for th in page.xpath("//th")]
    finally:
        c.__exit__(None, None, None)
    c = signed_in(office, tmp_path, "chuyenvien", lang="vi")
    try:
        page = html.fromstring(c.get("/soan").text)
        assert page.xpath(f"//a[@href='{editor}']") and not page.find_class("writer")
    finally:
        c.__exit__(None, None, None)


def test_the_van_thu_sends_no_chuyen_vien_s_draft_still_being_written(office, tmp_path):
    """Review 9, finding 19: the office văn thư could send to every commune a
    chuyên viên's draft not yet issued; she sends her own drafts and the letters issued."""
    editor = _chuyen_vien_s_letter(office, tmp_path)
    draft = editor.rsplit("/", 1)[1]
    c = signed_in(office, tmp_path, "vanthu", lang="vi")
    try:
        csrf = csrf_of(c)
        assert not html.fromstring(c.get(editor).text).xpath("//*[@id='to-bulk']")
        mine = new_draft(c, csrf).rsplit("/", 1)[1]
        c.post(f"/soan/{mine}", data={**CONG_VAN, "csrf_token": csrf})
        page = html.fromstring(c.get(f"/hang-loat?ban_nhap={draft}").text)
        assert page.get_element_by_id("ban_nhap").xpath("option/@value") == ["", mine]
        answer = c.post("/hang-loat", data={"csrf_token": csrf, "ban_nhap": draft,
                                            "tinh": "Lạng Sơn"}, follow_redirects=False)
        assert answer.status_code == 422
        assert "Hãy chọn một bản nháp của bạn" in answer.text
        assert c.post("/hang-loat", data={"csrf_token": csrf, "ban_nhap": mine, "tinh":
                                          "Lạng Sơn"}, follow_redirects=False).status_code == 303
    finally:
        c.__exit__(None, None, None)


def test_a_chuyen_vien_sends_no_other_clerk_s_letter_even_issued(office, tmp_path):
    c = signed_in(office, tmp_path, "vanthu", lang="vi")
    try:
        csrf = csrf_of(c)
        editor = new_draft(c, csrf)
        c.post(editor, data={**CONG_VAN, "csrf_token": csrf})
        issued = c.post(f"{editor}/phat-hanh", data={"csrf_token": csrf}, follow_redirects=False)
        assert issued.status_code == 303, issued.text
    finally:
        c.__exit__(None, None, None)
    writer = signed_in(office, tmp_path, "chuyenvien", lang="vi")
    try:
        csrf = csrf_of(writer)
        page = html.fromstring(writer.get("/hang-loat").text)
        assert page.get_element_by_id("ban_nhap").xpath("option/@value") == [""]
        answer = writer.post("/hang-loat", data={"csrf_token": csrf, "tinh": "Lạng Sơn",
                                                 "ban_nhap": editor.rsplit("/", 1)[1]})
        assert answer.status_code == 422
    finally:
        writer.__exit__(None, None, None)
