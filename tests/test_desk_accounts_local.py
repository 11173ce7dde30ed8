"""On one computer the desk has no accounts: /tai-khoan says so in the clerk's words (she does
every job, the desk opens only on this computer, her issuer and signer are under “Cơ quan của
bạn”), and a form sent to it (an old bookmark, a page of an office desk) saves nothing and
says so, never speaking of roles she does not have."""

from __future__ import annotations

import pytest
from desk_support import csrf_of, desk_client
from lxml import html


@pytest.fixture
def vi(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        yield c


def test_the_page_says_there_are_no_accounts_and_leads_to_her_issuer(vi):
    answer = vi.get("/tai-khoan")
    assert answer.status_code == 200
    page = html.fromstring(answer.text)
    said = page.xpath("//*[@id='one-computer']")[0].text_content()
    assert "không có tài khoản" in said
    assert "Vai trò của bạn" not in answer.text
    assert page.xpath("//*[@id='one-computer']//a[@href='/ho-so']")
    assert not page.xpath("//input[@name='mat_khau']"), "no account form to fill in vain"


@pytest.mark.parametrize("address", ["/tai-khoan", "/tai-khoan/vanthu/xoa"],
                         ids=["save", "remove"])
def test_a_form_sent_saves_nothing_and_says_so(vi, address):
    answer = vi.post(address, data={"csrf_token": csrf_of(vi), "ten": "vanthu",
                                    "vai_tro": "van_thu", "mat_khau": "mat-khau-du-dai",
                                    "xac_nhan": "1"})
    assert answer.status_code == 409
    page = html.fromstring(answer.text)
    assert "Chưa lưu gì" in page.xpath("//*[@id='not-saved']")[0].text_content()
    assert "Vai trò của bạn" not in answer.text


def test_the_removal_question_is_not_asked(vi):
    answer = vi.get("/tai-khoan/vanthu/xoa")
    assert answer.status_code == 200
    assert 'id="one-computer"' in answer.text and 'name="xac_nhan"' not in answer.text
