"""What a văn thư met doing her jobs on the desk with real files (an implementing letter, letters
to every commune from her XLSX list): the notes on an implementing letter speak of the form, not
of a profile file and its keys, and name a city a city; the list's column is the “Kính gửi” she
heads it with, not the spec's key."""

from __future__ import annotations

import io
import re

import pytest
from desk_support import csrf_of, desk_client
from openpyxl import Workbook

from ntm_docgen import api

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
KH_QUANG_NAM = ROOT / "tests" / "data" / "letters" / "held_out_2" / "kh_2023_quangnam_4544.txt"

#: A commune's body as its văn thư saves it on “Your issuer”, without a drafting unit.
XA = {"co_quan.ten": "ỦY BAN NHÂN DÂN\nPHƯỜNG VŨNG TÀU", "co_quan.viet_tat": "UBND",
      "dia_danh": "Vũng Tàu", "ten_goi": "Ủy ban nhân dân phường Vũng Tàu", "cap": "phường",
      "tinh": "Vũng Tàu", "thuoc": "Thành phố Hồ Chí Minh",
      "ky.quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "ky.chuc_vu": "PHÓ CHỦ TỊCH",
      "ky.ho_ten": "Trần Thị Mai"}


def saved_body(client, csrf) -> str:
    answer = client.post("/ho-so/moi", data={**XA, "csrf_token": csrf}, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    listing = client.get(answer.headers["location"]).text
    return re.search(r'href="/ho-so/([0-9a-f-]{36})"', listing).group(1)


def notes_of(page: str) -> str:
    found = re.search(r'id="read-notes".*?</details>', page, re.S)
    assert found, "the draft has its notes"
    return re.sub(r"<[^>]+>", " ", found.group(0))


@pytest.mark.parametrize(("form", "told"), [
    ("cong-van", "fill in “Drafting unit” (for example TH) in this letter"),
    ("ke-hoach", "fill in “Kept at (Lưu)” (for example VT, TH) in this letter"),
], ids=["cong-van", "ke-hoach"])
def test_a_saved_body_without_a_drafting_unit_is_told_by_the_forms_fields(client, csrf,
                                                                          form, told):
    body = saved_body(client, csrf)
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "ho_so": f"rieng:{body}",
                                             "hinh_thuc": form, "ngay": "05/12/2026"},
                         files={"tep": (HD_1741.name, HD_1741.read_bytes())},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    notes = notes_of(client.get(answer.headers["location"]).text)
    assert told in notes and "“Your issuer”" in notes, notes
    assert "don_vi" not in notes and "ho-so.json" not in notes and "luu" not in notes, notes


def test_a_body_of_another_province_names_a_city_as_a_city(client, csrf):
    """Hồ Chí Minh is a thành phố: never “tỉnh Thành phố Hồ Chí Minh”."""
    body = saved_body(client, csrf)
    plan = KH_QUANG_NAM.read_bytes()
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "ho_so": f"rieng:{body}",
                                             "hinh_thuc": "ke-hoach", "ngay": "05/12/2026"},
                         files={"tep": (KH_QUANG_NAM.name, plan)}, follow_redirects=False)
    notes = notes_of(client.get(answer.headers["location"]).text)
    assert "is of tỉnh Quảng Nam" in notes and "is of thành phố Hồ Chí Minh" in notes, notes
    assert "tỉnh Thành phố" not in notes


def test_the_list_column_is_named_as_the_clerk_heads_it(tmp_path):
    """The form and a list without the addressees' column speak of “Kính gửi”, not of the
    spec's key kinh_gui."""
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "DANH SÁCH CÁC XÃ"
    sheet.merge_cells("A1:C1")
    sheet.append(["STT", "Tên đơn vị", "Điện thoại"])
    sheet.append([1, "UBND xã Đoàn Kết", "0205"])
    listed = tmp_path / "ds.xlsx"
    book.save(listed)
    spec = (ROOT / "tests" / "data" / "bulk" / "xa.yaml").read_bytes()
    with desk_client(tmp_path / "ban", lang="vi") as client:
        form = client.get("/hang-loat").text
        page = client.post("/hang-loat", data={"csrf_token": csrf_of(client)},
                           files={"mau": ("xa.yaml", spec),
                                  "danh_sach": ("ds.xlsx", listed.read_bytes())}).text
    assert "trong cột có tiêu đề “Kính gửi”" in form and "tiêu đề kinh_gui" not in form
    assert "không có cột “Kính gửi”" in page, page
    assert "hãy đặt tên cột nơi nhận là “Kính gửi”" in page




def test_a_refused_implementing_letter_names_the_file_to_choose_again(client, csrf):
    """The date typed wrong, the page comes back without the guidance (no browser keeps a file
    sent): it says which file she sent and to choose it again, as the copy page does."""
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "ke-hoach",
                                             "ho_so": "lang-son", "han": "31/02/2026"},
                         files={"tep": ("Kế hoạch 70.pdf", b"%PDF-1.4\n")})
    assert answer.status_code == 422
    sent = re.search(r'<p class="hint" id="sent">([^<]*)</p>', answer.text)
    assert sent, answer.text
    assert "You sent Kế hoạch 70.pdf" in sent.group(1) and "choose it again" in sent.group(1)
    assert 'id="sent"' not in client.get("/thuc-hien").text  # a fresh page: nothing sent yet


def test_a_body_saved_from_the_implementing_letter_page_leads_back_to_it_chosen(client, csrf):
    """From “Văn bản thực hiện” she saves her body and is back there with it chosen, where
    she landed on the list of bodies and had to find the page and choose it again."""
    page = client.get("/thuc-hien").text
    assert 'href="/ho-so/moi?ve=thuc-hien"' in page
    form = client.get("/ho-so/moi?ve=thuc-hien").text
    assert 'name="ve" value="thuc-hien"' in form and 'href="/thuc-hien"' in form
    answer = client.post("/ho-so/moi", data={**XA, "ve": "thuc-hien", "csrf_token": csrf},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    assert answer.headers["location"].startswith("/thuc-hien?ho_so=rieng:")
    back = client.get(answer.headers["location"]).text
    chosen = re.search(r'<option value="(rieng:[0-9a-f-]{36})" selected>([^<]*)</option>', back)
    assert chosen and chosen.group(2) == "Ủy ban nhân dân phường Vũng Tàu", back
    assert "The issuer is saved; it is chosen below." in back
    # only that page is gone back to: any other address leads to the list, as before
    other = client.post("/ho-so/moi", data={**XA, "ve": "https://example.org",
                                            "csrf_token": csrf}, follow_redirects=False)
    assert other.headers["location"] == "/ho-so?da-luu=1"


def test_a_two_row_header_tells_the_addressees_column_as_headed(client, csrf):
    """“Đơn vị nhận” merged over “Tên đơn vị” | “Kính gửi”: the note names her “Kính gửi”."""
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "DANH SÁCH CÁC XÃ"
    sheet.merge_cells("A1:C1")
    sheet["A3"], sheet["B3"], sheet["B4"], sheet["C4"] = "STT", "Đơn vị nhận", "Tên đơn vị", \
        "Kính gửi"
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("B3:C3")
    sheet.append([1, "Đoàn Kết", "UBND xã Đoàn Kết"])
    spec = (ROOT / "tests" / "data" / "specs" / "good.minimal.yaml").read_bytes()
    listed = io.BytesIO()
    book.save(listed)
    answer = client.post("/hang-loat", data={"csrf_token": csrf},
                         files={"mau": ("cv.yaml", spec), "danh_sach": ("ds.xlsx",
                                                                       listed.getvalue())})
    page = client.get(answer.url).text if answer.history else answer.text
    assert "are merged over “Tên đơn vị”, “Kính gửi”" in page, page
    assert "“kinh_gui”" not in page
