"""A number given in error cancelled from the desk's register page, as ``ntm-docgen register
cancel`` does: its reason asked on a page of its own, kept in the sổ's notes; the number
stays in the register and the next letter takes the next one."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from desk_support import csrf_of, desk_client

from ntm_docgen import register
from ntm_docgen.register import RegisterEntry


def give(db: str, trich_yeu: str) -> None:
    register.allocate(db, co_quan="UBND", loai_code="GM", nam=2026,
                      entry=RegisterEntry(trich_yeu=trich_yeu, ngay=date(2026, 12, 7)))


def lines(db: str) -> dict[str, tuple[str, str]]:
    with register.Register(db) as reg:
        return {r.so_hieu: (r.trang_thai, r.ghi_chu) for r in reg.entries(nam=2026)}


def test_a_number_given_in_error_is_cancelled_with_its_reason(tmp_path: Path) -> None:
    db = str(tmp_path / "so-di.sqlite3")
    with desk_client(tmp_path, lang="vi") as c:
        give(db, "Dự họp triển khai kế hoạch dân số")
        give(db, "Dự họp triển khai kế hoạch dân số")  # the same letter, given twice
        page = c.get("/so", params={"nam": "2026"}).text
        links = re.findall(r'href="(/so/huy/\d+)">Hủy số này</a>', page)
        assert len(links) == 2, "each number given has its way to be cancelled"
        asked = c.get(links[1])
        assert asked.status_code == 200
        assert "Hủy số 02/GM-UBND?" in asked.text and 'name="ly_do"' in asked.text
        token = csrf_of(c, links[1])
        refused = c.post(links[1], data={"csrf_token": token, "ly_do": "  "})
        assert refused.status_code == 422
        assert "Hãy ghi lý do hủy số" in refused.text
        assert lines(db)["02/GM-UBND"][0] == "cap", "nothing cancelled without a reason"
        done = c.post(links[1], data={"csrf_token": token, "ly_do": "Cấp trùng do nhầm"},
                      follow_redirects=True)
        assert done.status_code == 200
        assert "Đã hủy số 02/GM-UBND" in done.text
        assert "Cấp trùng do nhầm" in done.text, "the reason is shown on its line"
        assert done.text.count("Hủy số này") == 1, "a cancelled number has no button"
    state, note = lines(db)["02/GM-UBND"]
    assert state == "huy" and "Cấp trùng do nhầm" in note
    assert lines(db)["01/GM-UBND"][0] == "cap"
    give(db, "Giấy mời khác")
    assert "03/GM-UBND" in lines(db), "a cancelled number is never given again"


def test_a_number_not_in_the_register_is_said_so(tmp_path: Path) -> None:
    with desk_client(tmp_path, lang="vi") as c:
        give(str(tmp_path / "so-di.sqlite3"), "Giấy mời")
        missing = c.get("/so/huy/999")
    assert missing.status_code == 404
    assert "Số này không có trong sổ" in missing.text


def test_an_address_of_no_line_is_said_so(client):
    for path in ("/so/huy/abc", "/so/huy/0", "/so/huy/99999999999999999999999"):
        answer = client.get(path)
        assert answer.status_code == 404, path
