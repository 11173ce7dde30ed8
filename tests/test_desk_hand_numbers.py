"""The office desk's first morning, mid-year: a commune that numbered its letters by hand since
January tells the register where each series stands (Số đã cấp trên sổ giấy), so that the first
letter issued on the desk takes the next number, not 01, and the sổ printed says where the
paper one ends; and a chuyên viên's letter starts from the body and signer the văn thư saved."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from urllib.parse import unquote

import pytest
from desk_support import CONG_VAN, PASSWORD, add_clerks, csrf_of, desk_client, new_draft
from register_support import pg_schema

from ntm_docgen import register
from ntm_docgen.desk import DeskConfig
from ntm_docgen.desk.accounts import make_admin

YEAR = date.today().year
TODAY = date.today().strftime("%d/%m/%Y")
PAGE = "/so/so-cap-bang-tay"
#: A commune's body and signer as the văn thư saves them on the first morning.
XA = {
    "co_quan.ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH", "co_quan.viet_tat": "UBND",
    "don_vi": "VP", "dia_danh": "Tân Thành", "ten_goi": "Ủy ban nhân dân xã Tân Thành",
    "cap": "xã", "tinh": "Tân Thành", "thuoc": "Lạng Sơn",
    "ky.quyen_han": ["TM. ỦY BAN NHÂN DÂN"], "ky.chuc_vu": "CHỦ TỊCH",
    "ky.ho_ten": "Hoàng Văn Chủ",
}


def hand(c, csrf: str, **numbers: str):  # type: ignore[no-untyped-def]
    """The page Số đã cấp trên sổ giấy sent: ``che_do`` and ``so_<code>`` fields."""
    return c.post(PAGE, data={"csrf_token": csrf, "co_quan": "SNV", "nam": str(YEAR),
                              **numbers}, follow_redirects=False)


def issue(c, csrf: str, loai: str = "CV", **fields: str) -> str:  # type: ignore[no-untyped-def]
    """A complete letter of ``loai`` issued today; the number the register gave it."""
    editor = new_draft(c, csrf, loai)
    c.post(editor, data={**CONG_VAN, "loai": loai, "ngay": TODAY, "csrf_token": csrf,
                         **fields})
    done = c.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "xac_nhan": "1"},
                  follow_redirects=False)
    assert done.status_code == 303, done.text
    return unquote(re.search(r"da_cap=([^&]+)", done.headers["location"]).group(1))


def lines(db: str) -> dict[str, tuple[str, str]]:
    with register.Register(db) as reg:
        return {r.so_hieu: (r.trang_thai, r.ghi_chu) for r in reg.entries(nam=YEAR)}


def test_the_first_letter_goes_on_from_the_numbers_given_by_hand(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    db = str(tmp_path / "so-di.sqlite3")
    with desk_client(tmp_path, lang="vi") as c:
        home = c.get("/").text
        assert 'id="so-tay-dau-nam"' in home and f'href="{PAGE}"' in home, \
            "a register with no number this year asks first"
        csrf = csrf_of(c, PAGE)
        saved = hand(c, csrf, che_do="theo-loai", so_CV="57", so_KH="12", so_BC="31", so_QĐ="")
        assert saved.status_code == 303
        page = c.get(saved.headers["location"]).text
        assert ("Số tiếp theo sổ sẽ cấp: 58/SNV (công văn), 13/KH-SNV (kế hoạch), "
                "32/BC-SNV (báo cáo)") in page
        assert "Số 01 đến số 57 đã cấp và ghi trong sổ giấy; sổ này cấp tiếp từ số 58." in page
        assert "đã cấp trên sổ giấy" in page
        assert "/so/huy/" not in page, "the line closing the paper sổ is no number to cancel"
        assert issue(c, csrf) == "58/SNV-TĐKT", "not 01: January's 01 was given by hand"
        assert issue(c, csrf, "KH", **{"kinh_gui": ""}) == "13/KH-SNV"
        assert 'id="so-tay-dau-nam"' not in c.get("/").text
        book = load_workbook(io.BytesIO(c.get("/so/xuat.xlsx", params={"nam": YEAR}).content))
    cells = [str(v) for row in book.active.iter_rows(values_only=True) for v in row if v]
    assert "Số 01 đến số 57 đã cấp và ghi trong sổ giấy; sổ này cấp tiếp từ số 58." in cells
    assert "đã cấp trên sổ giấy" in cells
    assert lines(db)["58/SNV-TĐKT"][0] == "da_ghi"


def test_a_number_copied_from_the_paper_with_its_ky_hieu_is_taken(tmp_path: Path) -> None:
    """contract13 #18: “57/UBND” as the paper sổ prints it was refused."""
    db = str(tmp_path / "so-di.sqlite3")
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c, PAGE)
        assert hand(c, csrf, che_do="chung", so_chung="57/SNV").status_code == 303
        assert issue(c, csrf) == "58/SNV-TĐKT"
    assert set(lines(db)) == {"57/SNV", "58/SNV-TĐKT"}


def test_the_numbers_given_by_hand_are_corrected_until_the_register_gives_one(
        tmp_path: Path) -> None:
    db = str(tmp_path / "so-di.sqlite3")
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c, PAGE)
        hand(c, csrf, che_do="theo-loai", so_CV="75")
        assert hand(c, csrf, che_do="theo-loai", so_CV="57").status_code == 303
        assert set(lines(db)) == {"57/SNV"}, "a mistyped number is replaced, not added"
        form = c.get(PAGE, params={"co_quan": "SNV"}).text
        assert 'name="so_CV" value="57"' in form and 'value="theo-loai" checked' in form
        assert issue(c, csrf) == "58/SNV-TĐKT"
        late = hand(c, csrf, che_do="theo-loai", so_CV="60")
        fixed = c.get(PAGE, params={"co_quan": "SNV"}).text
    assert late.status_code == 422
    assert "sổ đã cấp số trong dãy số này (số cuối là 58/SNV-TĐKT)" in late.text
    assert "cách đánh số chỉ đổi được từ năm sau" in fixed and 'type="radio"' not in fixed
    assert set(lines(db)) == {"57/SNV", "58/SNV-TĐKT"}


def test_one_series_for_every_letter_goes_on_from_its_last_number(tmp_path: Path) -> None:
    db = str(tmp_path / "so-di.sqlite3")
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c, PAGE)
        hand(c, csrf, che_do="theo-loai", so_KH="12")
        assert hand(c, csrf, che_do="chung", so_chung="100").status_code == 303
        assert set(lines(db)) == {"100/SNV"}, "the other way of numbering's lines are gone"
        assert issue(c, csrf) == "101/SNV-TĐKT"
        assert issue(c, csrf, "KH", kinh_gui="") == "102/KH-SNV"


@pytest.mark.parametrize(("fields", "said"), [
    ({"che_do": "theo-loai", "so_KH": "12a"},
     "Kế hoạch: hãy nhập số cuối cùng đã cấp trên sổ giấy, một số nguyên như 57; đang là “12a”"),
    ({"che_do": "theo-loai", "so_KH": "0"}, "Kế hoạch: hãy nhập số cuối cùng"),
    ({"che_do": "theo-loai"}, "Hãy nhập số cuối cùng đã cấp trên sổ giấy của ít nhất một loại"),
    ({"che_do": "chung", "so_chung": "-3"}, "mọi văn bản: hãy nhập số cuối cùng"),
    ({"che_do": "chung", "so_chung": "5²"}, "mọi văn bản: hãy nhập số cuối cùng"),
    ({"che_do": "theo-loai", "so_ban_sao": "²"}, "bản sao (SY, SL, TrS): hãy nhập số cuối cùng"),
    # a copy's number in the field of every letter: copies have their own series (review12)
    ({"che_do": "chung", "so_chung": "5/SY-UBND"}, "mọi văn bản: hãy nhập số cuối cùng"),
], ids=["letters", "zero", "nothing", "negative", "superscript", "superscript-copies",
        "a-copy-s-number"])
def test_a_number_not_typed_right_is_told_by_its_kind(tmp_path: Path, fields, said) -> None:
    with desk_client(tmp_path, lang="vi") as c:
        answer = hand(c, csrf_of(c, PAGE), **fields)
    assert answer.status_code == 422
    assert said in answer.text
    assert not (tmp_path / "so-di.sqlite3").exists() or not lines(str(tmp_path / "so-di.sqlite3"))


@pytest.mark.parametrize("mode", ["chung", "theo-loai"])
def test_copies_and_secret_letters_are_told_their_numbers_given_by_hand(tmp_path: Path,
                                                                        mode: str) -> None:
    db = str(tmp_path / "so-di.sqlite3")
    ordinary = {"so_chung": "40"} if mode == "chung" else {"so_CV": "40"}
    with desk_client(tmp_path, lang="vi") as c:
        form = c.get(PAGE).text
        assert 'name="so_ban_sao"' in form and 'name="so_mat"' in form
        csrf = csrf_of(c, PAGE)
        saved = hand(c, csrf, che_do=mode, so_ban_sao="5", so_mat="2", **ordinary)
        assert saved.status_code == 303, saved.text
        again = c.get(PAGE, params={"co_quan": "SNV"}).text
    assert 'name="so_ban_sao" value="5"' in again and 'name="so_mat" value="2"' in again
    with register.Register(db) as reg:
        assert reg.allocate("SNV", "SY", nam=YEAR).so_hieu == "06/SY-SNV", "not 01/SY again"
        assert reg.allocate("SNV", "TrS", nam=YEAR).so_hieu == "07/TrS-SNV"
        assert reg.allocate("SNV", "CV", nam=YEAR, mat=True).so == 3
        assert reg.allocate("SNV", "CV", nam=YEAR).so_hieu == "41/SNV"


def test_a_register_used_last_year_is_not_asked_again_in_january(tmp_path: Path) -> None:
    db = str(tmp_path / "so-di.sqlite3")
    with register.Register(db) as reg:
        reg.allocate("SNV", "CV", nam=YEAR - 1)
    with desk_client(tmp_path, lang="vi") as c:
        assert 'id="so-tay-dau-nam"' not in c.get("/").text
        assert 'id="so-tay"' not in c.get("/so", params={"nam": YEAR}).text


def test_the_numbers_given_by_hand_are_asked_in_the_first_year_only(tmp_path: Path) -> None:
    with desk_client(tmp_path, lang="vi") as c:
        assert 'id="so-tay"' in c.get("/so", params={"nam": YEAR}).text
        hand(c, csrf_of(c, PAGE), che_do="chung", so_chung="57")
        assert 'id="so-tay"' in c.get("/so", params={"nam": YEAR}).text, "said as saved"
        assert 'id="so-tay"' not in c.get("/so", params={"nam": YEAR + 1}).text
        assert 'id="so-tay-dau-nam"' not in c.get("/").text


def test_the_line_closing_the_paper_register_is_not_cancelled(tmp_path: Path) -> None:
    db = str(tmp_path / "so-di.sqlite3")
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c, PAGE)
        hand(c, csrf, che_do="theo-loai", so_CV="57")
        with register.Register(db) as reg:
            row = reg.entries(nam=YEAR)[0].id
        asked = c.get(f"/so/huy/{row}")
        sent = c.post(f"/so/huy/{row}", data={"csrf_token": csrf, "ly_do": "nhầm"})
    assert asked.status_code == sent.status_code == 409
    assert "57/SNV là số cuối cùng đã cấp trên sổ giấy" in asked.text
    assert lines(db)["57/SNV"][0] == "tay"


@pytest.fixture
def office(tmp_path):
    with pg_schema() as url:
        config = DeskConfig(office=True, db=url, home=tmp_path)
        make_admin(config, "quantri", PASSWORD)
        add_clerks(url, "vanthu", "chuyenvien")
        yield config


def signed_in(config, tmp_path, name):  # type: ignore[no-untyped-def]
    client = desk_client(tmp_path, office=True, db=config.db, lang="vi")
    client.__enter__()
    csrf = csrf_of(client, "/dang-nhap")
    client.post("/dang-nhap", data={"ten": name, "mat_khau": PASSWORD, "csrf_token": csrf})
    return client, csrf_of(client, "/")


def test_a_chuyen_vien_starts_from_the_body_the_van_thu_saved(office, tmp_path) -> None:
    vt, vt_csrf = signed_in(office, tmp_path, "vanthu")
    cv, cv_csrf = signed_in(office, tmp_path, "chuyenvien")
    try:
        assert 'id="first-time"' in cv.get("/").text
        saved = vt.post("/ho-so/moi", data={**XA, "csrf_token": vt_csrf},
                        follow_redirects=False)
        assert saved.status_code == 303, saved.text
        home, listing = cv.get("/").text, cv.get("/soan").text
        assert 'id="first-time"' not in home, "the office's body is saved: no first-time note"
        assert 'id="so-tay-dau-nam"' not in home, "numbers are the văn thư's to set"
        picked = re.search(r'<option value="(rieng:[^"]+)" selected>([^<]+)</option>', listing)
        assert picked and "Ủy ban nhân dân xã Tân Thành" in picked.group(2)
        editor = cv.post("/soan/moi", data={"loai": "KH", "profile": picked.group(1),
                                            "csrf_token": cv_csrf}, follow_redirects=False)
        form = cv.get(editor.headers["location"]).text
        assert "TM. ỦY BAN NHÂN DÂN" in form and 'value="Hoàng Văn Chủ"' in form
        assert cv.get("/ho-so").status_code == 200
        assert "Ủy ban nhân dân xã Tân Thành" not in cv.get("/ho-so").text, \
            "her own list, to change and delete, holds hers only"
    finally:
        vt.__exit__(None, None, None)
        cv.__exit__(None, None, None)


def test_the_accounts_page_says_what_each_role_does_and_that_the_signer_needs_none(
        office, tmp_path) -> None:
    admin, _csrf = signed_in(office, tmp_path, "quantri")
    try:
        page = admin.get("/tai-khoan").text
    finally:
        admin.__exit__(None, None, None)
    assert "phát hành văn bản và cấp số, sao văn bản, giữ sổ văn bản đi" in page
    assert "soạn văn bản, gửi hàng loạt, văn bản thực hiện, kiểm tra; văn thư phát hành" in page
    assert "Người ký (Chủ tịch, Phó Chủ tịch) không cần tài khoản để ký" in page
