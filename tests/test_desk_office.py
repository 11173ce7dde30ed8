"""The office desk: accounts and roles in PostgreSQL, sign-in, CSRF, what each role may do."""

from __future__ import annotations

import pytest
from desk_support import CONG_VAN, PASSWORD, add_clerks, csrf_of, desk_client, new_draft
from register_support import pg_schema

from ntm_docgen.desk import DeskConfig
from ntm_docgen.desk.accounts import make_admin


@pytest.fixture
def office(tmp_path):
    """An office desk's config with a quản trị, a văn thư and a chuyên viên."""
    with pg_schema() as url:
        config = DeskConfig(office=True, db=url, home=tmp_path)
        make_admin(config, "quantri", PASSWORD)
        add_clerks(url, "vanthu", "chuyenvien")
        yield config


def signed_in(config, tmp_path, name, **more):
    client = desk_client(tmp_path, office=True, db=config.db, **more)
    client.__enter__()
    csrf = csrf_of(client, "/dang-nhap")
    answer = client.post("/dang-nhap", data={"ten": name, "mat_khau": PASSWORD,
                                             "csrf_token": csrf}, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return client


def test_pages_ask_for_sign_in_first(office, tmp_path):
    with desk_client(tmp_path, office=True, db=office.db) as c:
        answer = c.get("/soan", follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"].startswith("/dang-nhap")
        csrf = csrf_of(c, "/dang-nhap")
        wrong = c.post("/dang-nhap", data={"ten": "vanthu", "mat_khau": "sai", "csrf_token": csrf})
        assert wrong.status_code == 401 and "wrong" in wrong.text


def test_sign_in_without_the_csrf_token_is_refused(office, tmp_path):
    with desk_client(tmp_path, office=True, db=office.db) as c:
        c.get("/dang-nhap")
        answer = c.post("/dang-nhap", data={"ten": "vanthu", "mat_khau": PASSWORD})
        assert answer.status_code == 403


def test_a_chuyen_vien_drafts_but_cannot_allocate_a_number(office, tmp_path):
    c = signed_in(office, tmp_path, "chuyenvien")
    try:
        csrf = csrf_of(c)
        editor = new_draft(c, csrf)
        c.post(editor, data={**CONG_VAN, "csrf_token": csrf})
        assert "phat-hanh" not in c.get(editor).text
        answer = c.post(f"{editor}/phat-hanh", data={"csrf_token": csrf})
        assert answer.status_code == 403
        assert "văn thư to issue or copy it" in answer.text
        for page in ("/so", "/sao", "/tai-khoan"):
            assert c.get(page).status_code == 403
        # whose work it is, not "ask the administrator", who cannot do it either (contract13 #12)
        assert "văn thư to issue or copy it" in c.get("/sao").text
        assert "manages the accounts: ask them" in c.get("/tai-khoan").text
        assert c.post(editor, data={**CONG_VAN}).status_code == 403  # no token
    finally:
        c.__exit__(None, None, None)


def test_a_van_thu_issues_a_draft_with_the_next_number(office, tmp_path):
    c = signed_in(office, tmp_path, "vanthu")
    try:
        csrf = csrf_of(c)
        editor = new_draft(c, csrf)
        c.post(editor, data={**CONG_VAN, "csrf_token": csrf})
        answer = c.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "xac_nhan": "1"},
                        follow_redirects=False)
        assert answer.status_code == 303, answer.text
        register = c.get(answer.headers["location"]).text
        assert "01/SNV-TĐKT" in register
        assert c.get("/tai-khoan").status_code == 403
    finally:
        c.__exit__(None, None, None)


def test_a_chuyen_vien_does_not_see_another_clerks_draft(office, tmp_path):
    writer = signed_in(office, tmp_path, "vanthu")
    other = signed_in(office, tmp_path, "chuyenvien")
    try:
        editor = new_draft(writer, csrf_of(writer))
        assert other.get(editor).status_code == 404
    finally:
        writer.__exit__(None, None, None)
        other.__exit__(None, None, None)


def test_the_administrator_manages_accounts(office, tmp_path):
    c = signed_in(office, tmp_path, "quantri")
    try:
        csrf = csrf_of(c, "/tai-khoan")
        short = c.post("/tai-khoan", data={"ten": "moi", "vai_tro": "van_thu",
                                           "mat_khau": "ngan", "csrf_token": csrf})
        assert short.status_code == 422
        made = c.post("/tai-khoan", data={"ten": "moi", "ho_ten": "Người Mới",
                                          "vai_tro": "van_thu", "mat_khau": PASSWORD,
                                          "csrf_token": csrf}, follow_redirects=False)
        assert made.status_code == 303
        assert "Người Mới" in c.get("/tai-khoan").text
        assert c.get("/soan").status_code == 403  # an administrator does not draft
    finally:
        c.__exit__(None, None, None)


def test_an_oversized_upload_in_office_mode_gets_a_clear_message(office, tmp_path):
    c = signed_in(office, tmp_path, "vanthu", max_upload=1024 * 1024)
    try:
        csrf = csrf_of(c)
        answer = c.post("/sao", data={"csrf_token": csrf},
                        files={"tep": ("lon.pdf", b"%PDF-" + b"0" * (2 * 1024 * 1024))})
        assert answer.status_code == 413
        assert "The file is too large" in answer.text
    finally:
        c.__exit__(None, None, None)


def test_a_wrong_password_keeps_the_name_and_says_what_to_check(office, tmp_path):
    with desk_client(tmp_path, office=True, db=office.db) as c:
        csrf = csrf_of(c, "/dang-nhap")
        wrong = c.post("/dang-nhap", data={"ten": "vanthu", "mat_khau": "sai", "csrf_token": csrf})
        assert wrong.status_code == 401
        assert 'name="ten" value="vanthu"' in wrong.text
        assert 'name="mat_khau" autocomplete="current-password" autofocus' in wrong.text
        assert "Caps Lock" in wrong.text and "ask the desk&#39;s administrator" in wrong.text


def test_an_account_refused_keeps_what_was_typed_and_an_empty_name_is_asked_for(office,
                                                                               tmp_path):
    c = signed_in(office, tmp_path, "quantri")
    csrf = csrf_of(c, "/tai-khoan")
    empty = c.post("/tai-khoan", data={"csrf_token": csrf, "ten": "", "mat_khau": ""})
    assert empty.status_code == 422 and "Type the account&#39;s login name." in empty.text
    short = c.post("/tai-khoan", data={"csrf_token": csrf, "ten": "ketoan", "ho_ten": "Trần Thị B",
                                       "vai_tro": ["chuyen_vien"], "mat_khau": "ngan"})
    assert short.status_code == 422 and "at least 10 characters" in short.text
    assert 'name="ten" value="ketoan"' in short.text
    assert 'name="ho_ten" value="Trần Thị B"' in short.text
    assert 'value="chuyen_vien" checked' in short.text
    assert 'value="van_thu" checked' not in short.text


def test_removing_an_account_is_asked_first_without_a_script(office, tmp_path):
    """The list's Remove leads to a question (a page with its own form, no JavaScript) naming
    whose account it is; only its answer removes it, and a removal posted without it (a page
    of the list opened before) is asked first, the account kept."""
    c = signed_in(office, tmp_path, "quantri")
    try:
        listed = c.get("/tai-khoan").text
        assert 'href="/tai-khoan/vanthu/xoa"' in listed
        asked = c.get("/tai-khoan/vanthu/xoa")
        assert asked.status_code == 200
        assert "Remove the account vanthu (Lê Thị Văn)?" in asked.text
        assert 'name="xac_nhan" value="1"' in asked.text and 'href="/tai-khoan"' in asked.text
        csrf = csrf_of(c, "/tai-khoan")
        unasked = c.post("/tai-khoan/vanthu/xoa", data={"csrf_token": csrf},
                         follow_redirects=False)
        assert unasked.status_code == 303
        assert unasked.headers["location"] == "/tai-khoan/vanthu/xoa"
        assert "Lê Thị Văn" in c.get("/tai-khoan").text, "not removed unasked"
        answered = c.post("/tai-khoan/vanthu/xoa", data={"csrf_token": csrf, "xac_nhan": "1"},
                          follow_redirects=False)
        assert answered.status_code == 303 and answered.headers["location"] == "/tai-khoan"
        assert "Lê Thị Văn" not in c.get("/tai-khoan").text
        assert c.get("/tai-khoan/quantri/xoa", follow_redirects=False).status_code == 303, \
            "no question to remove one's own account"
    finally:
        c.__exit__(None, None, None)
