"""An implementing letter once issued still shows, read-only beside its pages, the guidance it
was derived from, to those who may open it (its writer, the office's văn thư); a clerk of
another office, or another chuyên viên, gets no page and none of its text (desk day 22 #3)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from desk_support import PASSWORD, add_clerks, csrf_of, desk_client
from register_support import pg_schema

from ntm_docgen.desk import DeskConfig
from ntm_docgen.desk.accounts import make_admin

ROOT = Path(__file__).resolve().parent.parent
HD_106 = ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"
#: The guidance's trích yếu, as the desk shows it beside the letter derived from it.
CITED = "Tổng kết phong trào thi đua"


def _derived(client) -> tuple[str, str]:
    """A plan derived on the desk from Hướng dẫn 106/HD-SNV: its editor's address, the CSRF."""
    csrf = csrf_of(client)
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "ke-hoach",
                                             "ho_so": "xa-tan-thanh-lang-son",
                                             "ngay": "05/01/2026"},
                         files={"tep": (HD_106.name, HD_106.read_bytes())})
    assert answer.status_code == 200, answer.text
    editor = answer.url.path
    assert editor.startswith("/soan/"), editor
    return editor, csrf


def _issue(client, editor: str, csrf: str) -> None:
    answer = client.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "xac_nhan": "1"},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text


def _guidance_shown(page: str) -> bool:
    page = html.unescape(page)
    return 'id="guidance"' in page and "106/HD-SNV" in page and CITED in page


def test_an_issued_letter_shows_the_guidance_it_was_derived_from(tmp_path):
    with desk_client(tmp_path, lang="vi") as client:
        editor, csrf = _derived(client)
        assert _guidance_shown(client.get(editor).text)
        _issue(client, editor, csrf)
        page = client.get(editor).text
        assert "Văn bản đã phát hành 01/" in page and 'id="letter"' not in page
        assert _guidance_shown(page)
        assert "Văn bản cấp trên mà văn bản này thực hiện" in html.unescape(page)


def test_an_issued_letter_not_derived_shows_no_guidance(tmp_path):
    from test_desk_issued_draft import issued

    with desk_client(tmp_path, lang="vi") as client:
        editor, _csrf = issued(client)
        assert 'id="guidance"' not in client.get(editor).text


def _signed_in(client, name: str) -> None:
    csrf = csrf_of(client, "/dang-nhap")
    answer = client.post("/dang-nhap", data={"ten": name, "mat_khau": PASSWORD,
                                             "csrf_token": csrf}, follow_redirects=False)
    assert answer.status_code == 303, answer.text


@pytest.fixture
def office(tmp_path):
    home = tmp_path / "nha"
    with pg_schema() as url:
        make_admin(DeskConfig(office=True, db=url, home=home), "quantri", PASSWORD)
        add_clerks(url, "vanthu", "chuyenvien", "chuyenvien2")
        yield lambda: desk_client(home, office=True, db=url, lang="vi")


def test_in_an_office_the_guidance_of_an_issued_letter_is_its_offices_only(office):
    with office() as writer, office() as clerk, office() as other:
        _signed_in(writer, "chuyenvien")
        _signed_in(clerk, "vanthu")
        _signed_in(other, "chuyenvien2")
        editor, _csrf = _derived(writer)
        _issue(clerk, editor, csrf_of(clerk))
        for who in (writer, clerk):
            page = who.get(editor)
            assert page.status_code == 200 and _guidance_shown(page.text)
        refused = other.get(editor)
        assert refused.status_code in (403, 404), refused.status_code
        assert CITED not in html.unescape(refused.text)
        outside = office()  # no account: sent to sign in, shown nothing of it
        with outside as stranger:
            answer = stranger.get(editor, follow_redirects=False)
            assert answer.status_code in (303, 401, 403, 404)
            assert CITED not in html.unescape(answer.text)
