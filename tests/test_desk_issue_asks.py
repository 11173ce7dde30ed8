"""Phát hành asks before it takes a number: for a letter that already carries one (the letter
the register issued, opened again from its file: it took a second number, 02/QĐ-UBND for
01/QĐ-UBND, without a word), and for a letter whose warnings say it departs from the decree
(it was shown “đủ các thành phần” in green beside them, and numbered with no question)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from desk_support import CONG_VAN, PASSWORD, add_clerks, csrf_of, desk_client, new_draft
from lxml import html
from register_support import pg_schema

from ntm_docgen import api
from ntm_docgen.desk import DeskConfig
from ntm_docgen.desk.accounts import make_admin
from ntm_docgen.register.model import NoRegisterYet

DERIVE = Path(__file__).resolve().parent / "data" / "derive"
#: The day of the tests' letters: today, so that no letter is of another year or a day to come
#: (each asked about) whenever the tests run.
TODAY = date.today().strftime("%d/%m/%Y")
CV = {**CONG_VAN, "ngay": TODAY}
#: CONG_VAN without its Kính gửi: a công văn to no one, which render warns of.
TO_NO_ONE = {**CV, "kinh_gui": [], "noi_nhan": ["UBND tỉnh (b/c)"]}


@pytest.fixture
def client(tmp_path):
    """A desk on one computer speaking Vietnamese, as the clerk reads it."""
    with desk_client(tmp_path, lang="vi") as c:
        yield c


def _numbers(tmp_path) -> list[str]:
    """The numbers the desk's register gave, in order (none before the first)."""
    try:
        with api.open_register(str(tmp_path / "so-di.sqlite3")) as reg:
            return [r.so_hieu for r in reg.entries()]
    except NoRegisterYet:
        return []


def _asked(client, csrf, editor):
    """Phát hành pressed: the question, on a page of its own that the browser does not keep
    (its back button once the letter is issued asks the desk again)."""
    answer = client.post(f"{editor}/phat-hanh", data={"csrf_token": csrf},
                         follow_redirects=False)
    if answer.status_code != 303 or answer.headers["location"] != f"{editor}/phat-hanh":
        return answer
    asked = client.get(f"{editor}/phat-hanh")
    assert asked.headers.get("cache-control") == "no-store"
    return asked


def _issued(client, csrf, editor, **data) -> str:
    answer = client.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, **data},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return str(answer.headers["location"])


def test_a_warned_letter_is_not_said_complete(client):
    csrf = csrf_of(client)
    editor = new_draft(client, csrf)
    saved = client.post(editor, data={**TO_NO_ONE, "csrf_token": csrf},
                        headers={"hx-request": "true"})
    assert "đủ các thành phần" not in saved.text
    assert 'class="warned"' in saved.text and "Kính gửi" in saved.text
    complete = client.post(editor, data={**CV, "csrf_token": csrf},
                           headers={"hx-request": "true"})
    assert "Đã lưu. Văn bản đã đủ các thành phần." in complete.text
    assert 'class="ok"' in complete.text


def test_issuing_a_warned_letter_says_its_warnings_and_asks(client, tmp_path):
    csrf = csrf_of(client)
    editor = new_draft(client, csrf)
    client.post(editor, data={**TO_NO_ONE, "csrf_token": csrf})
    asked = _asked(client, csrf, editor)
    assert asked.status_code == 200
    assert "Phát hành văn bản này?" in asked.text
    assert "Kính gửi" in asked.text  # the warning itself, at the button
    assert 'name="xac_nhan" value="1"' in asked.text
    assert f'href="{editor}"' in asked.text  # the way back to correct it
    assert _numbers(tmp_path) == [], "no number is taken before she answers"
    _issued(client, csrf, editor, xac_nhan="1")
    assert _numbers(tmp_path) == ["01/SNV-TĐKT"]


def test_a_letter_without_warnings_is_issued_at_once(client, tmp_path):
    csrf = csrf_of(client)
    editor = new_draft(client, csrf)
    client.post(editor, data={**CV, "csrf_token": csrf})
    _issued(client, csrf, editor)
    assert _numbers(tmp_path) == ["01/SNV-TĐKT"]


def test_the_issued_letter_opened_again_is_not_numbered_twice(client, tmp_path):
    csrf = csrf_of(client)
    editor = new_draft(client, csrf)
    client.post(editor, data={**CV, "csrf_token": csrf})
    _issued(client, csrf, editor)
    issued = client.get(f"{editor}/tai.docx")
    assert issued.status_code == 200
    opened = client.post("/soan/mo", data={"csrf_token": csrf},
                         files={"tep": ("da-phat-hanh.docx", issued.content)},
                         follow_redirects=False)
    assert opened.status_code == 303, opened.text
    again = opened.headers["location"]
    assert again != editor
    noted = " ".join(re.sub(r"<[^>]+>", " ", client.get(again).text).split())
    assert "Tệp này chính là văn bản số 01/SNV-TĐKT do sổ văn bản đi cấp ngày" in noted
    asked = _asked(client, csrf, again)
    assert asked.status_code == 200
    said = " ".join(re.sub(r"<[^>]+>", " ", asked.text).split())
    assert "đã mang số 01/SNV-TĐKT của sổ văn bản đi" in said
    assert TODAY in said and "Hoàng Thị Hiền" in said
    assert "Phát hành như một văn bản mới: lấy số mới" in said
    assert _numbers(tmp_path) == ["01/SNV-TĐKT"]
    _issued(client, csrf, again, xac_nhan="1")  # only by her explicit choice
    assert _numbers(tmp_path) == ["01/SNV-TĐKT", "02/SNV-TĐKT"]


def test_a_number_typed_by_hand_is_asked_about_too(client, tmp_path):
    csrf = csrf_of(client)
    editor = new_draft(client, csrf)
    client.post(editor, data={**CV, "so": "7", "csrf_token": csrf})
    asked = _asked(client, csrf, editor)
    said = " ".join(re.sub(r"<[^>]+>", " ", asked.text).split())
    assert "đã ghi số 07/SNV-TĐKT" in said and "sổ văn bản đi này không có" in said
    assert _numbers(tmp_path) == []


def test_an_office_asks_too_its_register_in_the_database(tmp_path):
    """In an office the sổ is PostgreSQL's: the issued file opened again is found there, by
    its file and by its number."""
    home = tmp_path / "nha"
    with pg_schema() as url:
        make_admin(DeskConfig(office=True, db=url, home=home), "quantri", PASSWORD)
        add_clerks(url, "vanthu")
        with desk_client(home, office=True, db=url, lang="vi") as client:
            csrf = csrf_of(client, "/dang-nhap")
            client.post("/dang-nhap", data={"ten": "vanthu", "mat_khau": PASSWORD,
                                            "csrf_token": csrf})
            csrf = csrf_of(client)
            editor = new_draft(client, csrf)
            client.post(editor, data={**CV, "csrf_token": csrf})
            _issued(client, csrf, editor)
            opened = client.post("/soan/mo", data={"csrf_token": csrf}, files={
                "tep": ("da-phat-hanh.docx", client.get(f"{editor}/tai.docx").content)},
                follow_redirects=False)
            again = opened.headers["location"]
            assert "Tệp này chính là văn bản số 01/SNV-TĐKT" in client.get(again).text
            asked = _asked(client, csrf, again)
            assert asked.status_code == 200
            assert "đã mang số 01/SNV-TĐKT của sổ văn bản đi" in asked.text
            with api.open_register(url) as reg:
                assert [r.so_hieu for r in reg.entries()] == ["01/SNV-TĐKT"]


def test_a_letter_dated_in_a_year_not_begun_is_asked_about(client, tmp_path):
    """A slip of the year ("2027" typed in 2026) would open next year's series: Phát hành
    says so and asks (a black-box test numbered one 01 of 2027 without a word)."""

    later = date.today().year + 1
    csrf = csrf_of(client)
    editor = new_draft(client, csrf)
    client.post(editor, data={**CONG_VAN, "ngay": f"05/03/{later}", "csrf_token": csrf})
    asked = _asked(client, csrf, editor)
    assert asked.status_code == 200
    said = " ".join(re.sub(r"<[^>]+>", " ", asked.text).split())
    assert f"05/03/{later}" in said and f"năm {later}" in said
    assert _numbers(tmp_path) == [], "no number is taken before she answers"


def test_a_letter_dated_in_a_year_gone_is_asked_about(client, tmp_path):
    """A letter dated 29/12 of last year, issued now, would take a number of last year's
    series: Phát hành says so and asks, as render --allocate says it (a black-box run's
    finding: the desk asked of a later day and a back-dated one, but not of another year)."""

    earlier = date.today().year - 1
    csrf = csrf_of(client)
    editor = new_draft(client, csrf)
    client.post(editor, data={**CONG_VAN, "ngay": f"29/12/{earlier}", "csrf_token": csrf})
    asked = _asked(client, csrf, editor)
    assert asked.status_code == 200
    said = " ".join(re.sub(r"<[^>]+>", " ", asked.text).split())
    assert f"29/12/{earlier}" in said and f"năm {earlier}" in said
    assert _numbers(tmp_path) == [], "no number is taken before she answers"
    _issued(client, csrf, editor, xac_nhan="1")
    assert len(_numbers(tmp_path)) == 1


def test_a_letter_dated_months_before_the_latest_of_its_series_is_asked_about(client,
                                                                              tmp_path):
    """A black-box test issued a letter of 03/02 as 06 after 05 of 05/12 with no question:
    Phát hành names the later letter of the series and its date, and asks (the later letter
    is put in the sổ directly, so that no date of the test is a day not yet come)."""

    from ntm_docgen import register
    from ntm_docgen.register.model import RegisterEntry

    year = date.today().year  # the series' latest dated 20/12, the letter 05/01: any day
    register.allocate(str(tmp_path / "so-di.sqlite3"), co_quan="SNV", loai_code="CV", nam=year,
                      ky_hieu="SNV-TĐKT", entry=RegisterEntry(ngay=date(year, 12, 20)))
    csrf = csrf_of(client)
    later = new_draft(client, csrf)
    client.post(later, data={**CONG_VAN, "ngay": f"05/01/{year}", "csrf_token": csrf})
    asked = _asked(client, csrf, later)
    assert asked.status_code == 200
    said = " ".join(re.sub(r"<[^>]+>", " ", asked.text).split())
    (number,) = _numbers(tmp_path)
    assert f"05/01/{year}" in said and f"{number}" in said and f"20/12/{year}" in said, said
    assert _numbers(tmp_path) == [number], "no number is taken before she answers"
    _issued(client, csrf, later, xac_nhan="1")
    assert len(_numbers(tmp_path)) == 2


def test_a_letter_dated_a_day_not_yet_come_is_asked_about(client, tmp_path):
    """A black-box test issued a letter dated 28/12 on 05/12 at once: Phát hành names the
    date and asks (tomorrow is said as a later day, or on 31 December as next year's)."""
    from datetime import timedelta

    tomorrow = date.today() + timedelta(days=1)
    csrf = csrf_of(client)
    editor = new_draft(client, csrf)
    client.post(editor, data={**CONG_VAN, "ngay": tomorrow.strftime("%d/%m/%Y"),
                              "csrf_token": csrf})
    asked = _asked(client, csrf, editor)
    assert asked.status_code == 200
    said = " ".join(re.sub(r"<[^>]+>", " ", asked.text).split())
    assert tomorrow.strftime("%d/%m/%Y") in said, said
    assert _numbers(tmp_path) == [], "no number is taken before she answers"


#: The profile of xã Bảo Thắng (Lào Cai) as its văn thư saved it on the desk.
BAO_THANG = """tinh: Bảo Thắng
thuoc: Lào Cai
cap: xã
co_quan: {ten: "ỦY BAN NHÂN DÂN\\nXÃ BẢO THẮNG", viet_tat: UBND}
don_vi: VP
ten_goi: Ủy ban nhân dân xã Bảo Thắng
dia_danh: Bảo Thắng
ky: {quyen_han: [TM. ỦY BAN NHÂN DÂN], chuc_vu: CHỦ TỊCH, ho_ten: Nguyễn Văn Hùng}
"""


def _derived(client, csrf) -> str:
    """An implementing letter of xã Bảo Thắng from the province's công văn 7432/UBND-XD
    (as a clerk types it): its making leaves notes to check before it is sent, and it has
    no warning."""
    guidance = DERIVE / "real_pdf" / "cv_2026_laocai_7432.txt"
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "ke-hoach",
                                             "ngay": "05/12/2026", "han": "20/12/2026"},
                         files={"tep": (guidance.name, guidance.read_bytes()),
                                "ho_so_tep": ("bao-thang.yaml", BAO_THANG.encode())})
    assert answer.status_code == 200, answer.text
    return str(answer.url.path)


def test_issuing_a_letter_whose_notes_are_not_checked_says_them_and_asks(client, tmp_path):
    """A commune's văn thư issued an implementing letter with three notes “to check before it
    is sent” still open (one: a task left to Công an tỉnh, to rewrite): the number was taken
    without a word, beside a green “đủ các thành phần”."""
    csrf = csrf_of(client)
    editor = _derived(client, csrf)
    page = html.fromstring(client.get(editor).text)
    notes = [n.text_content() for n in page.xpath("//details[@id='read-notes']/div")]
    assert notes
    panel = page.xpath("//div[@id='problems']")[0]
    assert panel.get("class") == "todo", "not the green of a letter with nothing left to check"
    assert f"còn {len(notes)} điều ở dưới cần kiểm tra lại trước khi gửi" in \
        panel.text_content()
    asked = _asked(client, csrf, editor)
    assert asked.status_code == 200
    assert "Phát hành văn bản này?" in asked.text
    assert "mà bạn chưa đánh dấu là đã kiểm tra" in asked.text
    assert notes[0].split("“")[0].strip() in asked.text, "each note said at the question"
    assert "Đã kiểm tra xong, ẩn các lưu ý này" in asked.text, "and how to mark them checked"
    assert _numbers(tmp_path) == [], "no number is taken before she answers"
    client.post(f"{editor}/luu-y/an", data={"csrf_token": csrf})
    assert _asked(client, csrf, editor).status_code == 303, "checked: issued at once"
    assert len(_numbers(tmp_path)) == 1
