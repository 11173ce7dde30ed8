"""Sao văn bản with a number asks as Phát hành asks (an independent review's finding 8): `copy
--allocate` says a copy dated a day not yet come, or well before the latest copy its series
numbered, before the register numbers it; the desk's copy form (which fills in today's date, hers
to change) took 02/SY-UBND for a copy dated in two weeks, and 03/SY-UBND for one dated three
weeks before it, without a word. Now the page says it in Phát hành's words and takes the number
only once she chooses to, her form and original kept meanwhile."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pytest
from desk_support import csrf_of, desk_client
from lxml import html

from ntm_docgen import api
from ntm_docgen.register.model import NoRegisterYet

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
FORM = {"hinh_thuc": "SAO Y", "co_quan.ten": "ỦY BAN NHÂN DÂN XÃ BẢO THẮNG",
        "co_quan.viet_tat": "UBND", "dia_danh": "Bảo Thắng", "ky.quyen_han": "TM. ỦY BAN NHÂN DÂN",
        "ky.chuc_vu": "CHỦ TỊCH", "ky.ho_ten": "Nguyễn Văn Hùng",
        "noi_nhan": ["Các ban, ngành, đoàn thể xã", "Thôn Nà Làng"], "dang": "docx",
        "cap_so": "1"}
QUESTION = "Lấy số cho bản sao này?"


def _day(day: date) -> str:
    return day.strftime("%d/%m/%Y")


@pytest.fixture
def original(tmp_path):
    letter = tmp_path / "hd-1741.docx"
    api.render(api.load_spec(HD_1741), letter, today=date(2026, 3, 5))
    return letter


@pytest.fixture
def client(tmp_path):
    with desk_client(tmp_path / "desk", lang="vi") as c:
        yield c


def _numbers(tmp_path) -> list[str]:
    try:
        with api.open_register(str(tmp_path / "desk" / "so-di.sqlite3")) as reg:
            return [r.so_hieu for r in reg.entries()]
    except NoRegisterYet:
        return []


def _send(client, original, day: date, **more: str):
    return client.post("/sao", data={**FORM, "ngay": _day(day), **more,
                                     "csrf_token": csrf_of(client, "/sao")},
                       files={"tep": (original.name, original.read_bytes())})


def _said(answer) -> str:
    return " ".join(html.fromstring(answer.text).text_content().split())


def _answer(client, asked, **more: str):
    """Her answer to the question: the page's own form, as the button sends it."""
    form = html.fromstring(asked.text).xpath('//form[contains(@class, "confirm")]')[0]
    fields = {i.get("name"): i.get("value") for i in form.xpath('.//input[@type="hidden"]')}
    return client.post(form.get("action"), data={**fields, **more})


def test_a_copy_dated_ahead_is_asked_about_and_numbered_only_when_she_chooses(
        client, tmp_path, original):
    ahead = date.today() + timedelta(days=14)
    asked = _send(client, original, ahead)
    assert asked.status_code == 200
    said = _said(asked)
    assert QUESTION in said
    assert f"Ngày: văn bản đề ngày {_day(ahead)}" in said  # Phát hành's own words
    assert "Vẫn lấy số từ sổ cho bản sao" in said
    assert _numbers(tmp_path) == [], "no number is taken before she answers"
    made = _answer(client, asked)
    assert made.status_code == 200, made.text
    box = html.fromstring(made.text).get_element_by_id("copy-made")
    assert "01/SY-UBND" in box.text_content()
    assert _numbers(tmp_path) == ["01/SY-UBND"]
    again = _answer(client, asked)  # the button pressed twice, or the page sent again
    assert again.status_code == 200  # the copy it made, shown again (test_desk_copy_sent_twice)
    shown = html.fromstring(again.text).get_element_by_id("copy-made").text_content()
    assert "01/SY-UBND" in shown
    assert _numbers(tmp_path) == ["01/SY-UBND"], "one answer, one number"


def test_a_copy_dated_well_before_the_latest_of_its_series_is_asked_about(
        client, tmp_path, original):
    today = date.today()
    first = _send(client, original, today)
    assert QUESTION not in _said(first), "a copy dated today is numbered at once"
    assert _numbers(tmp_path) == ["01/SY-UBND"]
    earlier = today - timedelta(days=20)
    asked = _send(client, original, earlier)
    said = _said(asked)
    assert QUESTION in said
    if earlier.year == today.year:
        assert f"văn bản đề ngày {_day(earlier)}, nhưng văn bản số 01/SY-UBND cùng dãy số " \
               f"trong sổ đã đề ngày {_day(today)}" in said
    assert _numbers(tmp_path) == ["01/SY-UBND"]


def test_a_copy_without_a_number_to_take_is_not_asked_about(client, tmp_path, original):
    made = _send(client, original, date.today() + timedelta(days=14), cap_so="")
    assert QUESTION not in _said(made)
    assert made.status_code == 200 and _numbers(tmp_path) == []


def test_going_back_shows_her_form_as_she_filled_it(client, tmp_path, original):
    ahead = date.today() + timedelta(days=14)
    asked = _send(client, original, ahead, luu="VT, VP")
    back = html.fromstring(asked.text).xpath(
        '//form[contains(@class, "confirm")]//a[contains(@class, "button")]')[0].get("href")
    form = client.get(back)
    assert form.status_code == 200
    page = html.fromstring(form.text)
    assert page.get_element_by_id("ngay").get("value") == _day(ahead)
    assert page.get_element_by_id("luu").get("value") == "VT, VP"
    rows = page.xpath('//div[@class="items"]/div/input[@name="noi_nhan"]')
    assert [i.get("value") for i in rows] == FORM["noi_nhan"]
    assert "Bạn đã gửi hd-1741.docx" in _said(form)  # the file is chosen again
    assert _numbers(tmp_path) == []
    assert re.search(r"/sao/giu/", back)  # still kept: test_desk_copy_kept.py


def test_a_signed_copy_waits_with_its_certificate_in_memory_only(client, tmp_path, original):
    """The certificate and its password wait for her answer in the desk's memory: never in
    the page asking, never on disk; the copy answered is signed with them."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from test_copy_pdf import certificate

    cert, _der = certificate(tmp_path / "vp.p12", b"mat-khau-bi-mat")
    asked = client.post("/sao", data={**FORM, "ngay": _day(date.today() + timedelta(days=14)),
                                      "dang": "pdf", "mat_khau": "mat-khau-bi-mat",
                                      "csrf_token": csrf_of(client, "/sao")},
                        files={"tep": (original.name, original.read_bytes()),
                               "chung_thu": ("vp.p12", cert.read_bytes())})
    assert QUESTION in _said(asked)
    assert "mat-khau-bi-mat" not in asked.text
    made = _answer(client, asked)
    assert made.status_code == 200, made.text
    signed = client.get(re.search(r'href="(/tai/[0-9a-f]+)"', made.text).group(1)).content
    assert PdfFileReader(io.BytesIO(signed)).embedded_signatures
    assert _numbers(tmp_path) == ["01/SY-UBND"]
    kept = [p for p in tmp_path.rglob("*") if p.is_file() and p.name != "vp.p12"
            and cert.read_bytes()[:64] in p.read_bytes()]
    assert kept == []


def test_a_copy_signed_by_the_sample_name_is_asked_about_and_told(client, tmp_path, original):
    """``copy`` warns of a signer's name left as the forms' sample; the desk numbered such a
    copy without a word, and said nothing of it on a copy without a number either."""
    today = date.today()
    asked = _send(client, original, today, **{"ky.ho_ten": "Nguyễn Văn A"})
    said = _said(asked)
    assert QUESTION in said
    assert "Họ tên người ký: \"Nguyễn Văn A\" là tên mẫu" in said
    assert _numbers(tmp_path) == []
    made = _send(client, original, today, cap_so="", **{"ky.ho_ten": "Nguyễn Văn A"})
    assert QUESTION not in _said(made)
    warned = [" ".join(li.text_content().split())
              for li in html.fromstring(made.text).xpath('//ul[@class="warning"]/li')]
    assert any(w.startswith("Họ tên người ký: \"Nguyễn Văn A\" là tên mẫu") for w in warned)


def test_a_copy_dated_before_its_original_is_asked_about(client, tmp_path):
    """contract13 #3: a TRÍCH SAO dated four days before its original took its number at once,
    the warning shown only beside the copy made; the original's date is read first now."""
    later = date.today() + timedelta(days=4)
    letter = tmp_path / "kh.docx"
    api.render(api.parse_spec({**api.read_spec_data(HD_1741), "ngay": later.isoformat()}),
               letter, today=date.today())
    asked = _send(client, letter, date.today())
    said = _said(asked)
    assert QUESTION in said, said
    assert f"trước ngày của bản gốc ({_day(later)})" in said, said
    assert _numbers(tmp_path) == []
