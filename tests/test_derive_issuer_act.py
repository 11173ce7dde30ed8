"""What only the issuer does (it publishes a list of procedures, issues a set of criteria,
approves a scheme) is what the units below carry out (derive20): a commune's letter on Lào Cai's
Quyết định 308/QĐ-UBND asked her units to "triển khai công bố Danh mục …" and to report "kết
quả công bố Danh mục …", the province's own act; the letter it cites keeps its trích yếu.
Real letters of the held-out sets (provenance beside each)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file

DATA = Path(__file__).resolve().parent / "data"
LETTERS = DATA / "letters"
BAO_THANG = DATA / "derive" / "xa-bao-thang-lao-cai-2026.yaml"
DAY = date(2025, 7, 10)


@pytest.mark.parametrize(("letter", "act", "theirs"), [
    ("held_out_30/qd_2025_laocai_308", "công bố danh mục", "thực hiện Danh mục 01 thủ tục"),
    ("held_out_2/qd_2017_hoabinh_816", "ban hành bộ tiêu chí", "thực hiện bộ tiêu chí xã"),
], ids=["publishes-a-list", "issues-criteria"])
def test_the_issuers_act_is_carried_out_by_the_units(letter, act, theirs):
    spec = derive_file(LETTERS / f"{letter}.txt", BAO_THANG, "cong-van", ngay=DAY,
                       today=DAY, han=date(2026, 9, 30)).spec  # a report asked, by a day
    citation, *items = spec["noi_dung"].split("\n")
    assert act in citation.casefold()  # the letter cited, as it is
    assert spec["trich_yeu"].startswith(f"V/v {theirs}")
    assert theirs in items[0] and f"kết quả {theirs}" in items[1]
    assert not [x for x in [spec["trich_yeu"], *items] if act in x.casefold()]


@pytest.mark.parametrize(("trich_yeu", "kept"), [
    ("Về việc phê duyệt kết quả đánh giá, xếp hạng Chỉ số CCHC năm 2025",
     "phê duyệt kết quả đánh giá, xếp hạng Chỉ số CCHC năm 2025"),
    ("Công bố tình trạng khẩn cấp về thiên tai", "công bố tình trạng khẩn cấp về thiên tai"),
    ("Về việc công bố xã Tân Thành đạt chuẩn nông thôn mới năm 2025",
     "công bố xã Tân Thành đạt chuẩn nông thôn mới năm 2025"),
], ids=["a-ranking", "an-emergency", "a-commune-up-to-standard"])
def test_an_act_on_what_cannot_be_carried_out_keeps_its_words(trich_yeu, kept):
    """review of derive20, finding 5: each became "thực hiện …" ("V/v thực hiện tình trạng
    khẩn cấp về thiên tai")."""
    from ntm_docgen.derive.work import subject

    assert subject(trich_yeu) == kept


@pytest.mark.parametrize(("trich_yeu", "theirs"), [
    ("Về việc phê duyệt Đề án xây dựng nông thôn mới", "thực hiện Đề án xây dựng nông thôn mới"),
    ("Công bố thủ tục hành chính mới ban hành lĩnh vực hộ tịch",
     "thực hiện thủ tục hành chính mới ban hành lĩnh vực hộ tịch"),
    ("Phê duyệt dự toán kinh phí năm 2026", "thực hiện dự toán kinh phí năm 2026"),
], ids=["a-scheme", "procedures", "a-budget"])
def test_an_act_on_what_can_be_carried_out_is_theirs(trich_yeu, theirs):
    from ntm_docgen.derive.work import subject

    assert subject(trich_yeu) == theirs


def test_a_count_or_a_quote_before_what_is_carried_out_is_passed_over():
    from ntm_docgen.derive.work import subject

    assert subject("Công bố 01 thủ tục hành chính mới") == "thực hiện 01 thủ tục hành chính mới"
    assert subject("Phê duyệt “Dự án hỗ trợ cơ giới hóa”") == "thực hiện “Dự án hỗ trợ cơ giới hóa”"


@pytest.mark.parametrize(("letter", "theirs"), [
    ("held_out_6/qd_2007_ninhthuan_55",
     "V/v thực hiện Kế hoạch hành động vì sự tiến bộ phụ nữ tỉnh Ninh Thuận"),
    ("held_out_39/qd_2025_ubnd_quangngai_51",
     "V/v thực hiện Kế hoạch ứng phó sự cố tràn dầu huyện Nghĩa Hành"),
    ("held_out_6/qd_2015_bacgiang_172",
     "V/v thực hiện Quy định công tác thi đua, khen thưởng trên địa bàn tỉnh Bắc Giang"),
], ids=["a-plan-printed-in-capitals", "a-plan-approved", "rules"])
def test_a_plan_named_by_what_it_is_keeps_its_name(letter, theirs):
    """derive23: the decision's "ban hành Kế hoạch" was cut whatever followed it, and her letter
    was "V/v hành động vì sự tiến bộ phụ nữ …", "V/v ứng phó sự cố tràn dầu …", naming no plan."""
    spec = derive_file(LETTERS / f"{letter}.txt", BAO_THANG, "cong-van", ngay=DAY,
                       today=DAY).spec
    assert spec["trich_yeu"].startswith(theirs)


@pytest.mark.parametrize(("trich_yeu", "work"), [
    ("Về việc ban hành Kế hoạch tổ chức thực hiện phong trào thi đua",
     "tổ chức thực hiện phong trào thi đua"),
    ("Ban hành Kế hoạch tổng kết 15 năm thi hành Luật Nuôi con nuôi",
     "tổng kết 15 năm thi hành Luật Nuôi con nuôi"),
], ids=["organise", "review"])
def test_a_plan_of_a_work_the_units_do_is_said_as_that_work(trich_yeu, work):
    from ntm_docgen.derive.work import subject

    assert subject(trich_yeu) == work


def test_a_bodys_inspection_plan_is_carried_out_by_its_name():
    """derive24: the Ban Chỉ đạo cải cách hành chính của Chính phủ's inspection plan gave the
    commune "V/v kiểm tra công tác cải cách hành chính năm 2021 …" and asked her units to
    "triển khai kiểm tra …", an inspection that is the Ban's, of them."""
    spec = derive_file(LETTERS / "held_out_40/qd_2021_bcdcchc_46.txt", BAO_THANG, "cong-van",
                       ngay=DAY, today=DAY).spec
    theirs = "thực hiện Kế hoạch kiểm tra công tác cải cách hành chính năm 2021"
    assert spec["trich_yeu"].startswith(f"V/v {theirs}")
    citation, *items = spec["noi_dung"].split("\n")
    assert theirs in items[0]
    assert not [x for x in items if "triển khai kiểm tra" in x or "kết quả kiểm tra" in x]


@pytest.mark.parametrize("trich_yeu", [
    "Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2021 của Ban Chỉ đạo cải cách "
    "hành chính của Chính phủ",
    "BAN HÀNH KẾ HOẠCH KIỂM TRA, GIÁM SÁT NĂM 2026 CỦA ỦY BAN KIỂM TRA TỈNH ỦY",
    "Phê duyệt Kế hoạch giám sát của Thường trực Hội đồng nhân dân tỉnh năm 2026",
], ids=["ban-chi-dao", "in-capitals", "approved"])
def test_an_inspection_a_body_names_as_its_own_keeps_the_plans_name(trich_yeu):
    from ntm_docgen.derive.work import subject

    assert subject(trich_yeu).casefold().startswith("thực hiện kế hoạch ")
