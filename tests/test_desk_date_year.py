"""The line printed for the date, shown under Ngày, prints the year the letter holds when its
day is blank: a scan read with its year (nam: 2025) and no day showed “Khi in: Hà Nội, ngày
tháng năm 2026” while its pages printed “năm 2025”."""

from __future__ import annotations

import yaml
from desk_support import CONG_VAN, csrf_of, desk_client
from lxml import html


def _rule(page: str) -> tuple[str, str]:
    """The line under Ngày, and the one the problems' panel gives it after a save."""
    tree = html.fromstring(page)
    rule = tree.get_element_by_id("date-rule").text_content()
    panel = tree.xpath("//*[@id='problems']")
    return " ".join(rule.split()), " ".join(panel[0].get("data-date-rule", "").split()) \
        if panel else ""


def test_a_blank_day_shows_the_year_the_letter_holds(tmp_path):
    spec = {k: v for k, v in CONG_VAN.items() if "." not in k and k != "ngay"}
    spec.update(co_quan={"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ NỘI VỤ",
                         "viet_tat": "SNV"},
                ky={"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC",
                    "ho_ten": "Hoàng Thị Hiền"}, nam=2025)
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        opened = c.post("/soan/mo", data={"csrf_token": csrf}, files={
            "tep": ("cv.yaml", yaml.safe_dump(spec, allow_unicode=True).encode())},
            follow_redirects=False)
        assert opened.status_code == 303, opened.text
        editor = opened.headers["location"]
        shown, _panel = _rule(c.get(editor).text)
        assert shown == "Lạng Sơn, ngày tháng năm 2025", shown
        saved = c.post(editor, data={**CONG_VAN, "ngay": "", "csrf_token": csrf},
                       headers={"HX-Request": "true"})
        assert saved.status_code == 200, saved.text
        assert 'data-date-rule="Lạng Sơn, ngày    tháng    năm 2025"' in saved.text


def test_a_draft_s_month_is_shown_under_ngay_as_it_will_print():
    """A draft holding ``thang`` prints ``ngày    tháng 10 năm 2025``: the line under Ngày
    shows the month too, and not once the day is written."""
    from ntm_docgen.desk.forms import date_rule

    assert date_rule({"dia_danh": "Lào Cai", "nam": 2025, "thang": 10}) \
        == "Lào Cai, ngày    tháng 10 năm 2025"
    assert date_rule({"dia_danh": "Lào Cai", "ngay": "2025-10-05", "thang": 10}) \
        == "Lào Cai, ngày 05 tháng 10 năm 2025"


def test_a_draft_s_month_gives_way_to_the_day_she_types_and_the_letter_issues(tmp_path):
    """A draft opened with ``thang: 10`` (printed ``ngày    tháng 10``), its day then typed:
    the month is the date's, the saved letter no longer holds ``thang`` (the form has no field
    for it: she could not have removed it), and it issues."""
    spec = {k: v for k, v in CONG_VAN.items() if "." not in k and k != "ngay"}
    spec.update(co_quan={"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ NỘI VỤ",
                         "viet_tat": "SNV"},
                ky={"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC",
                    "ho_ten": "Hoàng Thị Hiền"}, nam=2025, thang=10)
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        opened = c.post("/soan/mo", data={"csrf_token": csrf}, files={
            "tep": ("cv.yaml", yaml.safe_dump(spec, allow_unicode=True).encode())},
            follow_redirects=False)
        editor = opened.headers["location"]
        assert "Lạng Sơn, ngày tháng 10 năm 2025" in " ".join(c.get(editor).text.split())
        saved = c.post(editor, data={**CONG_VAN, "ngay": "15/10/2025", "csrf_token": csrf},
                       headers={"HX-Request": "true"})
        assert saved.status_code == 200, saved.text
        assert "thang" not in saved.text
        issued = c.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "xac_nhan": "1"},
                        follow_redirects=False)
    assert issued.status_code == 303, issued.text
