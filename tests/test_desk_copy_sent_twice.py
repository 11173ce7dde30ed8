"""A numbered copy's page reloaded (the browser posts its form again): the copy made the first
time is shown again and the register gives no second number (a black-box day on the desk: F5
on "Số lấy từ sổ: 04/SY-UBND" gave 05/SY-UBND, two lines in the sổ for one copy). The same
for the answer to the question asked before a number."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from desk_support import csrf_of, desk_client
from lxml import html

from ntm_docgen import api

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
FORM = {"hinh_thuc": "SAO Y", "co_quan.ten": "ỦY BAN NHÂN DÂN XÃ BẢO THẮNG",
        "co_quan.viet_tat": "UBND", "dia_danh": "Bảo Thắng", "ky.quyen_han": "TM. ỦY BAN NHÂN DÂN",
        "ky.chuc_vu": "CHỦ TỊCH", "ky.ho_ten": "Nguyễn Văn Hùng",
        "noi_nhan": ["Các ban, ngành, đoàn thể xã"], "dang": "docx", "cap_so": "1"}


@pytest.fixture
def original(tmp_path):
    letter = tmp_path / "hd-1741.docx"
    api.render(api.load_spec(HD_1741), letter, today=date(2026, 3, 5))
    return letter


def _numbers(tmp_path) -> list[str]:
    with api.open_register(str(tmp_path / "desk" / "so-di.sqlite3")) as reg:
        return [r.so_hieu for r in reg.entries()]


def _form_key(page: str) -> str:
    return html.fromstring(page).xpath('//input[@name="lan_gui"]')[0].get("value")


def _post(client, original, key: str, day: date, csrf: str):
    return client.post("/sao", data={**FORM, "ngay": day.strftime("%d/%m/%Y"), "lan_gui": key,
                                     "csrf_token": csrf},
                       files={"tep": (original.name, original.read_bytes())})


def test_the_copy_form_sent_again_shows_its_copy_without_a_second_number(tmp_path, original):
    with desk_client(tmp_path / "desk", lang="vi") as client:
        csrf = csrf_of(client, "/sao")
        key = _form_key(client.get("/sao").text)
        first = _post(client, original, key, date.today(), csrf)
        assert first.status_code == 200, first.text[:400]
        assert "01/SY-UBND" in first.text
        again = _post(client, original, key, date.today(), csrf)
        assert again.status_code == 200 and "01/SY-UBND" in again.text
        assert "02/SY-UBND" not in again.text
        assert _numbers(tmp_path) == ["01/SY-UBND"]
        fresh = _form_key(first.text)  # the page after a copy: a new form, a new key
        assert fresh != key
        _post(client, original, fresh, date.today(), csrf)
        assert _numbers(tmp_path) == ["01/SY-UBND", "02/SY-UBND"]


def test_the_answer_to_the_question_sent_again_takes_no_second_number(tmp_path, original):
    with desk_client(tmp_path / "desk", lang="vi") as client:
        csrf = csrf_of(client, "/sao")
        key = _form_key(client.get("/sao").text)
        asked = _post(client, original, key, date.today() + timedelta(days=14), csrf)
        assert "Lấy số cho bản sao này?" in asked.text
        form = html.fromstring(asked.text).xpath('//form[contains(@class, "confirm")]')[0]
        fields = {i.get("name"): i.get("value") for i in form.xpath('.//input[@type="hidden"]')}
        first = client.post(form.get("action"), data=fields)
        again = client.post(form.get("action"), data=fields)
        assert "01/SY-UBND" in first.text and "01/SY-UBND" in again.text
        assert "không còn được giữ" not in again.text
        assert _numbers(tmp_path) == ["01/SY-UBND"]
