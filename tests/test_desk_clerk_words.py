"""The letter's page speaks to a văn thư, who never opens a terminal: the links that save the
draft as a file say what she would do with it (finish it on another computer, send it to a
colleague), where they said “Dùng với dòng lệnh hoặc bàn làm việc khác” and that
“ntm-docgen chỉ in được” it; nor do the links' own words (“YAML · JSON”), the tab's title
(“· ntm-docgen”) or the message of an upload too large (an environment variable only the
administrator sets: docs/desk.md names it to him)."""

from __future__ import annotations

from desk_support import csrf_of, desk_client, new_draft
from lxml import html

from ntm_docgen.desk.bodylimit import too_big_message
from ntm_docgen.i18n import set_language


def test_the_editor_names_no_command_line_nor_the_program(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        editor = new_draft(c, csrf_of(c))
        main = html.fromstring(c.get(editor).text).xpath("//main")[0]
    said = " ".join(main.text_content().split())
    assert "Để làm tiếp ở máy khác hoặc gửi cho đồng nghiệp, lưu bản nháp thành tệp:" in said
    assert "để mở lại ở đây bằng “Mở văn bản” và làm tiếp" in said
    for word in ("dòng lệnh", "ntm-docgen", "YAML", "JSON"):
        assert word not in said


def test_the_list_of_drafts_names_the_editor_s_link_for_a_draft_s_file(tmp_path):
    """“Mở văn bản” told her to open a file saved with “Lưu tệp mô tả”, a link the editor no
    longer has (it reads “Tải tệp bản nháp”), or one “viết cho dòng lệnh”."""
    with desk_client(tmp_path, lang="vi") as c:
        editor = new_draft(c, csrf_of(c))
        links = html.fromstring(c.get(editor).text).xpath("//main//a/text()")
        hint = " ".join(html.fromstring(c.get("/soan").text).xpath(
            "//form[@action='/soan/mo']")[0].text_content().split())
    assert "Tải tệp bản nháp" in links
    assert "đã lưu từ một văn bản ở đây bằng “Tải tệp bản nháp”, hoặc do đồng nghiệp gửi" in hint
    for word in ("Lưu tệp mô tả", "dòng lệnh"):
        assert word not in hint


def test_the_tab_s_title_in_english_is_not_the_desk_twice(tmp_path):
    """A review: the page's title came escaped (“The clerks&#39; desk”), so the home page's
    tab said the desk's name twice in English."""
    with desk_client(tmp_path, lang="en") as c:
        titles = [html.fromstring(c.get(page).text).findtext(".//title") for page in ("/", "/soan")]
    assert titles == ["The clerks' desk", "Compose a letter · The clerks' desk"]


def test_the_tab_names_the_page_and_the_desk_never_the_program(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        editor = new_draft(c, csrf_of(c))
        titles = [html.fromstring(c.get(page).text).findtext(".//title")
                  for page in ("/", "/soan", editor)]
    assert titles[0] == "Bàn làm việc văn thư"
    assert titles[1] == "Soạn văn bản · Bàn làm việc văn thư"
    assert titles[2].endswith(" · Bàn làm việc văn thư")
    assert not any("ntm-docgen" in title for title in titles)


def test_an_upload_too_large_names_no_setting():
    set_language("vi")  # the conftest's fixture sets it back
    said = too_big_message(20 * 1024 * 1024)
    assert "20 MB" in said and "quản trị" in said
    assert "NTM_DOCGEN" not in said
