"""The desk's register page (Sổ văn bản đi, /so): its search and its month, what it says when
nothing is shown, and the year it opens on after a letter is issued; the search on both
backends."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from desk_support import CONG_VAN, csrf_of, desk_client, new_draft
from register_support import register_db

from ntm_docgen import register
from ntm_docgen.register import RegisterEntry

#: Lines of a register: type code, trích yếu.
LINES = [("KH", "Tổ chức Hội nghị triển khai phong trào thi đua năm 2026", "Hoàng Văn Bình"),
         ("CV", "V/v báo cáo xây dựng nông thôn mới giai đoạn 2021-2025", "Lê Thị Hoa"),
         ("QĐ", "Khen thưởng tập thể, cá nhân theo Công văn 02/UBND", "Lê Thị Hoa")]


def fill(db: str) -> None:
    for code, trich_yeu, signer in LINES:
        register.allocate(db, co_quan="UBND", loai_code=code, nam=2026,
                          entry=RegisterEntry(trich_yeu=trich_yeu, ngay=date(2026, 3, 5),
                                              nguoi_ky=signer))


def decomposed(text: str) -> str:
    return unicodedata.normalize("NFD", text)


SEARCHES = [
    ("Kế", ["01/KH-UBND"]),  # the type's name, Kế hoạch
    ("kế hoạch", ["01/KH-UBND"]),
    (decomposed("HỘI NGHỊ"), ["01/KH-UBND"]),  # typed decomposed, in capitals
    ("quyết định", ["03/QĐ-UBND"]),
    ("thi đua", ["01/KH-UBND"]),
    ("02/UBND", ["02/UBND", "03/QĐ-UBND"]),  # the number, and the letter citing it
    ("kê hoạch", []),  # accents count as typed
    ("ke hoach", ["01/KH-UBND"]),  # none typed (a keyboard without Vietnamese): none compared
    ("03/qd", ["03/QĐ-UBND"]),
    ("Bình", ["01/KH-UBND"]),  # the signer, a column of the sổ
    ("le thi hoa", ["02/UBND", "03/QĐ-UBND"]),
    ("02", ["02/UBND", "03/QĐ-UBND"]),  # the number, and a text citing a 02; not 2025, 2026
    ("2", ["02/UBND"]),  # a number typed without its zero
    ("2026", ["01/KH-UBND"]),  # a year typed whole is a year
    ("1/UBND", ["01/KH-UBND"]),  # the number and a part of its ký hiệu
    ("3/qd-ubnd", ["03/QĐ-UBND"]),
    ("3/KH", []),
    ("Hoàng Van Binh", ["01/KH-UBND"]),  # a name typed with some of its marks
    ("Hoàng Văn Bính", []),
    ("²", []),  # a digit to Unicode, no number
    ("9" * 5000, []),
]


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
@pytest.mark.parametrize(("words", "found"), SEARCHES, ids=[s[0][:20] for s in SEARCHES])
def test_the_register_finds_by_type_and_summary(kind: str, words: str, found: list[str],
                                                tmp_path: Path) -> None:
    with register_db(kind, tmp_path) as db:
        fill(db)
        with register.Register(db) as reg:
            assert [r.so_hieu for r in reg.entries(nam=2026, q=words)] == found
            assert len(reg.entries(nam=2026)) == 3


#: Lines written with the tone where letters place it today, and one the old way (Thuỷ).
PLACED = [("QĐ", "Phê duyệt xã Hòa Bình đạt chuẩn nông thôn mới", "Nguyễn Thị Thuỷ"),
          ("CV", "V/v rà soát tiêu chí xã Thụy Hương", "Trần Văn Khỏe")]
#: Searches typed the old way or the new, and a number pasted with its letter's "Số:".
PLACED_SEARCHES = [
    ("hoà bình", ["01/QĐ-UBND"]), ("HOÀ BÌNH", ["01/QĐ-UBND"]), ("Hòa Bình", ["01/QĐ-UBND"]),
    ("thuỵ hương", ["02/UBND"]), ("thuỷ", ["01/QĐ-UBND"]), ("Thủy", ["01/QĐ-UBND"]),
    ("khoẻ", ["02/UBND"]), ("hoá", []),
    ("Số: 01/QĐ-UBND", ["01/QĐ-UBND"]), ("số 02/UBND", ["02/UBND"]), ("Số: 03/QĐ-UBND", []),
]


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
@pytest.mark.parametrize(("words", "found"), PLACED_SEARCHES, ids=[s[0] for s in PLACED_SEARCHES])
def test_a_tone_placed_the_old_way_and_a_so_line_find_the_letter(
        kind: str, words: str, found: list[str], tmp_path: Path) -> None:
    with register_db(kind, tmp_path) as db:
        for code, trich_yeu, signer in PLACED:
            register.allocate(db, co_quan="UBND", loai_code=code, nam=2026,
                              entry=RegisterEntry(trich_yeu=trich_yeu, ngay=date(2026, 3, 5),
                                                  nguoi_ky=signer))
        with register.Register(db) as reg:
            assert [r.so_hieu for r in reg.entries(nam=2026, q=words)] == found


def test_the_page_finds_hoa_binh_typed_the_old_way_and_a_pasted_so_line(tmp_path: Path) -> None:
    db = str(tmp_path / "so-di.sqlite3")
    for code, trich_yeu, signer in PLACED:
        register.allocate(db, co_quan="UBND", loai_code=code, nam=2026,
                          entry=RegisterEntry(trich_yeu=trich_yeu, ngay=date(2026, 3, 5),
                                              nguoi_ky=signer))
    with desk_client(tmp_path, lang="vi") as c:
        old_way = c.get("/so", params={"nam": "2026", "q": "xã Hoà Bình"}).text
        pasted = c.get("/so", params={"nam": "2026", "q": "Số: 02/UBND"}).text
    assert "01/QĐ-UBND" in old_way and "Thụy Hương" not in old_way
    assert "Thụy Hương" in pasted and "Hòa Bình" not in pasted


def test_a_number_with_the_year_in_its_ky_hieu_is_found_without_it(tmp_path: Path) -> None:
    with register_db("sqlite", tmp_path) as db:
        register.allocate(db, co_quan="UBND", loai_code="QĐ", nam=2026, ky_hieu="2026/QĐ-UBND",
                          entry=RegisterEntry(trich_yeu="Ban hành Quy chế"))
        with register.Register(db) as reg:
            numbers = [r.so_hieu for r in reg.entries(nam=2026, q="01/QĐ-UBND")]
    assert numbers == ["01/2026/QĐ-UBND"]


def test_the_page_finds_a_ke_hoach_by_its_type(tmp_path: Path) -> None:
    with desk_client(tmp_path, lang="vi") as c:
        fill(str(tmp_path / "so-di.sqlite3"))
        page = c.get("/so", params={"nam": "2026", "q": "Kế"}).text
    assert "01/KH-UBND" in page and "02/UBND" not in page


def test_a_search_matching_nothing_says_so_with_the_search(tmp_path: Path) -> None:
    with desk_client(tmp_path, lang="vi") as c:
        fill(str(tmp_path / "so-di.sqlite3"))
        page = c.get("/so", params={"nam": "2026", "q": "không có"}).text
        issuer = c.get("/so", params={"nam": "2026", "co_quan": "SNV"}).text
        empty = c.get("/so", params={"nam": "2024", "q": "không có"}).text
    assert "chưa cấp số nào" not in page
    assert "Không có dòng nào của năm 2026 khớp với “không có”" in page
    assert "(3 dòng trong năm 2026)" in page
    assert "SNV chưa được cấp số nào trong năm 2026" in issuer
    assert "Năm 2024 chưa cấp số nào" in empty


def test_a_letter_dated_last_year_is_shown_in_its_year_once_issued(tmp_path: Path) -> None:
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        editor = new_draft(c, csrf)
        c.post(editor, data={**CONG_VAN, "ngay": "30/12/2025", "csrf_token": csrf})
        issued = c.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "xac_nhan": "1"},
                        follow_redirects=False)
        page = c.get(issued.headers["location"]).text
    assert issued.status_code == 303
    assert "nam=2025" in issued.headers["location"]
    assert "01/SNV-TĐKT" in page and "30/12/2025" in page
    assert 'name="nam" value="2025"' in page


def test_the_register_shows_and_exports_one_month(tmp_path: Path) -> None:
    """What number went to which letter this month: the lines of the month chosen, and its
    export for the chủ tịch; a month without a line says how to see the year."""
    import io

    from openpyxl import load_workbook

    db = str(tmp_path / "so-di.sqlite3")
    for day, trich_yeu in ((date(2026, 11, 20), "Họp tháng mười một"),
                           (date(2026, 12, 7), "Họp tháng mười hai")):
        register.allocate(db, co_quan="UBND", loai_code="GM", nam=2026,
                          entry=RegisterEntry(trich_yeu=trich_yeu, ngay=day))
    with desk_client(tmp_path, lang="vi") as c:
        december = c.get("/so", params={"nam": "2026", "thang": "12"}).text
        assert "Họp tháng mười hai" in december and "Họp tháng mười một" not in december
        assert re.search(r'<option value="12" selected>12</option>', december)
        assert 'href="/so/xuat.xlsx?nam=2026&amp;thang=12&amp;' in december
        sheet = c.get("/so/xuat.xlsx", params={"nam": "2026", "thang": "12"})
        assert "so-van-ban-di-2026-thang-12.xlsx" in sheet.headers["content-disposition"]
        cells = [str(v) for row in load_workbook(io.BytesIO(sheet.content)).active
                 .iter_rows(values_only=True) for v in row if v]
        assert any("Họp tháng mười hai" in v for v in cells)
        assert not any("Họp tháng mười một" in v for v in cells)
        empty = c.get("/so", params={"nam": "2026", "thang": "3"}).text
        assert "Không có dòng nào của tháng 3/2026 (cả năm 2026 có 2 dòng)" in empty
        assert "Họp tháng" not in empty


@pytest.mark.parametrize("typed", ["99999", "abc", "26"])
def test_a_year_that_is_no_year_is_said_and_the_year_shown_named(tmp_path: Path,
                                                                typed: str) -> None:
    """``/so?nam=99999`` showed this year's register with no word of the year typed."""
    with desk_client(tmp_path, lang="vi") as c:
        fill(str(tmp_path / "so-di.sqlite3"))
        page = c.get("/so", params={"nam": typed}).text
        good = c.get("/so", params={"nam": "2026"}).text
    year = date.today().year
    assert (f"“{typed}” không phải là năm: hãy viết năm bằng bốn chữ số, từ 1900 đến 9999 "
            f"(2026). Đang hiện sổ của năm {year}.") in page
    assert 'id="bad-year"' not in good
