"""What reading an upload left to check (a letter opened, a guidance derived) stays with its
draft: on a reload, from the list of drafts, after a restart of the desk; until the clerk
hides it, or the draft is issued. More than two such notes are folded under one line, so that
the form's first field stays on a laptop's first screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desk_support import csrf_of, desk_client
from lxml import html

from ntm_docgen.desk.state import State

#: A Giấy mời whose reader leaves eight fields to check (the issuer, number, place, date,
#: signer, Nơi nhận, lines of no field): the most a letter of the committed sets leaves.
EIGHT = Path(__file__).resolve().parent / "data" / "letters" / "held_out_8" \
    / "gm_2018_haiduong_trongcay.txt"
#: A letter whose reader leaves two notes: its place and its date.
TWO = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/UBND-KT\nCÔNG VĂN\nV/v tổng kết phong trào thi đua\n"
       "Kính gửi: Các sở, ban, ngành\nĐề nghị các đơn vị báo cáo kết quả./.\n"
       "Nơi nhận:\n- Như trên;\nCHỦ TỊCH\nNguyễn Văn An\n")


def opened(client, csrf: str, name: str, content: bytes) -> str:
    answer = client.post("/soan/mo", data={"csrf_token": csrf},
                         files={"tep": (name, content)}, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return str(answer.headers["location"])


def notes(page: str) -> list[str]:
    return [n.text_content() for n in html.fromstring(page).xpath(
        "//details[@id='read-notes']/div[@class='notice']")]


def test_the_notes_stay_on_a_reload_and_from_the_list_of_drafts(client, csrf):
    editor = opened(client, csrf, EIGHT.name, EIGHT.read_bytes())
    first = notes(client.get(editor).text)
    assert len(first) == 8, first
    assert notes(client.get(editor).text) == first, "a reload keeps them"
    listed = html.fromstring(client.get("/soan").text).xpath(f"//a[@href='{editor}']")
    assert listed, "the draft is on the list"
    assert notes(client.get(editor).text) == first


def test_the_notes_outlive_a_restart_of_the_desk(tmp_path):
    with desk_client(tmp_path) as c:
        editor = opened(c, csrf_of(c), EIGHT.name, EIGHT.read_bytes())
        before = notes(c.get(editor).text)
    with desk_client(tmp_path) as c:
        assert notes(c.get(editor).text) == before != []


def test_more_than_two_notes_are_folded_under_their_count(client, csrf):
    page = html.fromstring(client.get(opened(client, csrf, EIGHT.name, EIGHT.read_bytes())).text)
    folded = page.xpath("//details[@id='read-notes']")[0]
    assert folded.get("open") is None
    assert "8 things to check" in folded.xpath("summary")[0].text_content()
    two = html.fromstring(client.get(opened(client, csrf, "cv.txt", TWO.encode())).text)
    shown = two.xpath("//details[@id='read-notes']")[0]
    assert shown.get("open") is not None, "two notes are shown unfolded"
    assert "2 things to check" in shown.xpath("summary")[0].text_content()


def test_hiding_the_notes_hides_them_for_good(client, csrf):
    editor = opened(client, csrf, EIGHT.name, EIGHT.read_bytes())
    page = html.fromstring(client.get(editor).text)
    button = page.xpath("//details[@id='read-notes']//button[@form='notes-done']")
    form = page.xpath("//form[@id='notes-done']")[0]
    assert button and not form.xpath("ancestor::form"), "a form of its own, not in the letter's"
    answer = client.post(form.get("action"), data={"csrf_token": csrf}, follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, editor)
    assert notes(client.get(editor).text) == []
    assert 'id="read-notes"' not in client.get(editor).text


def test_hiding_needs_the_session_s_token(client, csrf):
    editor = opened(client, csrf, EIGHT.name, EIGHT.read_bytes())
    answer = client.post(f"{editor}/luu-y/an", data={"csrf_token": "sai"})
    assert answer.status_code == 403
    assert len(notes(client.get(editor).text)) == 8


def kept(tmp_path: Path, draft: str) -> list[str]:
    """The notes the desk's database holds for ``draft``."""
    state = State(f"sqlite:///{tmp_path / 'ban-lam-viec.sqlite3'}")
    try:
        return list(state.notes(draft).get("notes", []))
    finally:
        state.close()


#: What the Giấy mời's reading left as “...”, typed from the paper.
FROM_THE_PAPER = {"co_quan": {"chu_quan": "UBND TỈNH HẢI DƯƠNG", "ten": "SỞ NỘI VỤ",
                              "viet_tat": "SNV"},
                  "dia_danh": "Hải Dương", "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Lê Văn Hiệu"}}


def test_a_letter_still_holding_what_was_not_read_is_not_issued(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        editor = opened(c, csrf, EIGHT.name, EIGHT.read_bytes())
        answer = c.post(f"{editor}/phat-hanh", data={"csrf_token": csrf},
                        follow_redirects=False)
        assert answer.status_code == 422
        said = html.fromstring(answer.text).xpath("//*[@role='alert']")[0].text_content()
        assert said.startswith("Văn bản chưa được phát hành: ô Tên cơ quan ban hành, ")
        assert "Họ tên người ký vẫn còn “...”" in said
        assert html.fromstring(answer.text).xpath(f"//a[@href='{editor}']"), "back to it"
    assert not (tmp_path / "so-di.sqlite3").exists(), "no number taken: no register yet"


def test_the_panel_says_what_still_holds_the_placeholder_not_that_the_letter_is_complete(
        tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        editor = opened(c, csrf_of(c), EIGHT.name, EIGHT.read_bytes())
        panel = html.fromstring(c.get(editor).text).xpath("//div[@id='problems']")[0]
    assert panel.get("class") == "todo"
    said = panel.text_content()
    assert "đủ các thành phần" not in said
    assert "vẫn còn “...” ở ô Tên cơ quan ban hành, Địa danh, " in said


def test_an_issued_draft_drops_its_notes(client, csrf, tmp_path):
    editor = opened(client, csrf, EIGHT.name, EIGHT.read_bytes())
    draft = editor.rsplit("/", 1)[1]
    assert len(kept(tmp_path, draft)) == 8
    state = State(f"sqlite:///{tmp_path / 'ban-lam-viec.sqlite3'}")
    try:  # what the clerk types from the paper before she issues it
        data = state.draft(draft).data  # type: ignore[union-attr]
        state.save_draft(draft, {**data, **FROM_THE_PAPER})
    finally:
        state.close()
    # its issuer, Hải Dương, is warned of: issued once the văn thư has answered the question
    answer = client.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "xac_nhan": "1"},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    assert kept(tmp_path, draft) == []


def test_deleting_a_draft_deletes_its_notes(client, csrf, tmp_path):
    editor = opened(client, csrf, EIGHT.name, EIGHT.read_bytes())
    draft = editor.rsplit("/", 1)[1]
    assert len(kept(tmp_path, draft)) == 8
    client.post(f"{editor}/xoa", data={"csrf_token": csrf, "xac_nhan": "1"})
    assert kept(tmp_path, draft) == []


def test_eight_notes_leave_the_first_field_on_a_laptop_s_first_screen(tmp_path):
    from desk_browser import browser, desk_server, shot

    with desk_server(tmp_path / "data") as address, browser((1366, 768)) as page:
        page.goto(address + "soan")
        page.locator('input[name="tep"]').set_input_files(str(EIGHT))
        page.get_by_role("button", name="Mở", exact=True).click()
        page.wait_for_url("**/soan/*")
        shot(page, "soan-luu-y-khi-doc")
        first = page.get_by_label("Loại văn bản").bounding_box()
        assert first is not None
        assert first["y"] + first["height"] <= 768, first
        assert not page.locator("#read-notes .notice").first.is_visible()
        page.locator("#read-notes summary").click()
        assert page.locator("#read-notes .notice").count() == 8
        assert page.locator("#read-notes .notice").first.is_visible()


def test_in_an_office_the_notes_are_kept_in_its_database_and_stay_the_clerk_s(tmp_path):
    """An office keeps them in PostgreSQL beside the draft: the văn thư who issues it sees
    them too, and a second desk on the same database (a restart) still has them."""
    from desk_support import PASSWORD, add_clerks
    from register_support import pg_schema

    def signed_in(c: Any, name: str) -> str:
        c.post("/dang-nhap", data={"ten": name, "mat_khau": PASSWORD,
                                  "csrf_token": csrf_of(c, "/dang-nhap")})
        return csrf_of(c)

    with pg_schema() as url:
        add_clerks(url, "chuyenvien", "vanthu")
        with desk_client(tmp_path, office=True, db=url) as c:
            editor = opened(c, signed_in(c, "chuyenvien"), EIGHT.name, EIGHT.read_bytes())
            before = notes(c.get(editor).text)
        with desk_client(tmp_path, office=True, db=url) as c:
            signed_in(c, "vanthu")
            assert notes(c.get(editor).text) == before != []


def test_an_implementing_letter_s_notes_are_said_of_its_making(client, csrf):
    from test_desk_derive_source_unread import GUIDANCE

    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "cong-van",
                                             "ho_so": "xa-tan-thanh-lang-son",
                                             "ngay": "10/03/2026"},
                         files={"tep": ("hd.txt", GUIDANCE.encode())})
    assert answer.status_code == 200, answer.text
    summary = html.fromstring(answer.text).xpath("//details[@id='read-notes']/summary")[0]
    assert summary.text_content().strip().startswith(
        "Making this letter from the one from above left ")
    assert notes(client.get(str(answer.url)).text), "kept on a reload"


def test_the_desk_and_the_command_line_read_the_same_fields_as_unread():
    """review12: the desk refused a letter with “...” in any field (a Nơi nhận item she typed
    so) where ``render --allocate`` numbered it: both read the fields the importer writes
    “...” in, and those only."""
    from ntm_docgen.desk.drafts import READ_FIELDS, Checked
    from ntm_docgen.desk.labels import label_of
    from ntm_docgen.letter.unread import FIELDS

    assert READ_FIELDS == FIELDS
    typed = Checked({"dia_danh": "Hải Dương", "noi_nhan": ["Như trên", "..."]})
    assert typed.unread() == []
    assert Checked({"dia_danh": " ... "}).unread() == [label_of("dia_danh")]
