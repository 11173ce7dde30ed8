"""A draft issued on the desk is the letter the register records and the desk keeps: its page
shows it read-only (number, date, the kept file, its register line), every change and a second
issue are refused (409) on one computer and in an office, and a new draft starts from it
without number and date. A draft issued before the desk wrote that down is found by the
register's line."""

from __future__ import annotations

import io

import pytest
from desk_support import CONG_VAN, PASSWORD, add_clerks, csrf_of, desk_client, new_draft
from docx import Document
from register_support import pg_schema

from ntm_docgen.desk import DeskConfig
from ntm_docgen.desk.accounts import make_admin
from ntm_docgen.desk.state import State


def _text(docx: bytes) -> str:
    return "\n".join(p.text for p in Document(io.BytesIO(docx)).paragraphs)


def issued(client) -> tuple[str, str]:
    """A công văn dated 05/03/2026 issued from a new draft: the editor's address, the CSRF."""
    csrf = csrf_of(client)
    editor = new_draft(client, csrf)
    client.post(editor, data={**CONG_VAN, "ngay": "05/03/2026", "csrf_token": csrf})
    answer = client.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "xac_nhan": "1"},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return editor, csrf


def refused_and_unchanged(client, editor: str, csrf: str) -> None:
    """Saving, issuing again and a spec download are refused, in Vietnamese; the register keeps
    one line, and the letter downloaded is the one issued."""
    before = client.get(f"{editor}/tai.docx")
    assert before.status_code == 200
    changed = {**CONG_VAN, "ngay": "05/03/2026", "trich_yeu": "V/v một việc khác",
               "ky.ho_ten": "Người Khác", "csrf_token": csrf}
    for address, data in ((editor, changed), (f"{editor}/phat-hanh", {"csrf_token": csrf})):
        answer = client.post(address, data=data, follow_redirects=False)
        assert answer.status_code == 409, (address, answer.text)
        assert "đã được phát hành" in answer.text and "Soạn văn bản mới từ văn bản này" \
            in answer.text, answer.text
    assert client.get(f"{editor}/tai.yaml").status_code == 409
    after = client.get(f"{editor}/tai.docx")
    assert after.content == before.content, "the kept file, as it was issued"
    assert "Người Khác" not in _text(after.content)
    register = client.get("/so?nam=2026").text
    assert register.count('id="dong-') == 1, "issued once"


def test_an_issued_draft_is_shown_read_only_and_refuses_changes(tmp_path):
    with desk_client(tmp_path, lang="vi") as client:
        editor, csrf = issued(client)
        page = client.get(editor).text
        assert "Văn bản đã phát hành 01/" in page and 'id="letter"' not in page, \
            "no form to change it"
        assert "05/03/2026" in page and f'href="{editor}/tai.docx"' in page
        assert "/so?nam=2026&amp;q=01%2F" in page and "#dong-" in page, "its register line"
        refused_and_unchanged(client, editor, csrf)
        listed = client.get("/soan").text
        assert "đã phát hành: 01/" in listed


def test_a_new_draft_from_an_issued_letter_has_no_number_nor_date(tmp_path):
    with desk_client(tmp_path, lang="vi") as client:
        editor, csrf = issued(client)
        answer = client.post(f"{editor}/soan-moi", data={"csrf_token": csrf},
                             follow_redirects=False)
        assert answer.status_code == 303
        new = answer.headers["location"]
        assert new != editor and new.startswith("/soan/")
        page = client.get(new).text
        assert 'id="letter"' in page and 'id="started-from"' in page
        assert "chép từ văn bản đã phát hành 01/" in page and "chưa có số và ngày" in page
        spec = client.get(f"{new}/tai.yaml").text
        assert "so:" not in spec and "ngay:" not in spec and "V/v" in spec


def test_a_draft_issued_before_the_desk_wrote_it_down_is_read_from_the_register(tmp_path):
    """A draft of an earlier desk: its data holds the number, no mark says it was issued; the
    register's line (the file named after the draft) does."""
    from ntm_docgen.desk.records import MARKS

    with desk_client(tmp_path, lang="vi") as client:
        editor, csrf = issued(client)
        state = State(f"sqlite:///{tmp_path / 'ban-lam-viec.sqlite3'}")
        try:
            with state.engine.begin() as conn:
                conn.execute(MARKS.delete())
        finally:
            state.close()
        refused_and_unchanged(client, editor, csrf)
        assert "Văn bản đã phát hành 01/" in client.get(editor).text


def test_a_draft_with_a_number_typed_is_not_taken_for_an_issued_one(tmp_path):
    with desk_client(tmp_path, lang="vi") as client:
        csrf = csrf_of(client)
        editor = new_draft(client, csrf)
        answer = client.post(editor, data={**CONG_VAN, "so": "7", "csrf_token": csrf},
                             follow_redirects=False)
        assert answer.status_code == 303
        assert 'id="letter"' in client.get(editor).text


@pytest.fixture
def office(tmp_path):
    home = tmp_path / "nha"
    with pg_schema() as url:
        make_admin(DeskConfig(office=True, db=url, home=home), "quantri", PASSWORD)
        add_clerks(url, "vanthu")
        with desk_client(home, office=True, db=url, lang="vi") as client:
            csrf = csrf_of(client, "/dang-nhap")
            client.post("/dang-nhap", data={"ten": "vanthu", "mat_khau": PASSWORD,
                                            "csrf_token": csrf})
            yield client


def test_an_office_refuses_changes_to_an_issued_draft(office):
    editor, csrf = issued(office)
    assert "Văn bản đã phát hành 01/" in office.get(editor).text
    refused_and_unchanged(office, editor, csrf)


def test_a_giay_moi_that_says_nothing_is_refused_before_any_question(tmp_path):
    """Phát hành of a Giấy mời with no content: refused in the form's words before the page asks
    about its warnings, and no number taken (review: it was numbered once she confirmed)."""
    with desk_client(tmp_path, lang="vi") as client:
        csrf = csrf_of(client)
        editor = new_draft(client, csrf, loai="GM")
        form = {k: v for k, v in CONG_VAN.items() if k not in ("trich_yeu", "kinh_gui")}
        client.post(editor, data={**form, "loai": "GM", "noi_dung": "", "csrf_token": csrf})
        answer = client.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "xac_nhan": "1"},
                             follow_redirects=False)
        assert answer.status_code == 422, answer.text
        said = " ".join(answer.text.split())
        assert "Giấy mời chưa được phát hành vì chưa có nội dung" in said
        assert "“Nội dung”" in said and "noi_dung" not in said
        assert "/GM-" not in client.get("/so").text


def test_a_copy_block_of_another_form_s_ky_hieu_is_refused_in_the_form_s_words(tmp_path):
    """Phát hành of a letter whose SAO LỤC block is typed SY-VP: refused before a number (as
    render --allocate), said with the field's label, not “ban_sao.ky_hieu” (a review)."""
    with desk_client(tmp_path, lang="vi") as client:
        csrf = csrf_of(client)
        editor = new_draft(client, csrf)
        client.post(editor, data={
            **CONG_VAN, "so": "12", "ban_sao.hinh_thuc": "SAO LỤC",
            "ban_sao.co_quan.chu_quan": "UBND TỈNH LẠNG SƠN", "ban_sao.co_quan.ten": "VĂN PHÒNG",
            "ban_sao.co_quan.viet_tat": "VP", "ban_sao.dia_danh": "Lạng Sơn",
            "ban_sao.ky_hieu": "SY-VP", "ban_sao.ky.chuc_vu": "CHÁNH VĂN PHÒNG",
            "ban_sao.ky.ho_ten": "Nguyễn Văn An", "csrf_token": csrf})
        answer = client.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "xac_nhan": "1"},
                             follow_redirects=False)
        assert answer.status_code == 422, answer.text
        said = " ".join(answer.text.split())
        assert "Ký hiệu (phần hình thức sao): “SY-VP” bắt đầu bằng SY" in said, said
        assert "hãy sửa ô Ký hiệu" in said and "chưa lấy số nào" in said
        assert "ky_hieu" not in said.replace('name="ky_hieu"', "")
