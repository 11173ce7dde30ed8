"""derive, a ward's or commune's letter: the tasks the letter implemented gives its own offices
go to the unit's own units, or are kept with a warning quoting them; none is dropped."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file, derive_letter, parse_profile
from ntm_docgen.letter.spec import parse_spec

DATA = Path(__file__).resolve().parent / "data"
#: Kế hoạch 2144/KH-UBND of 18/3/2025 of Ủy ban nhân dân thành phố Vũng Tàu, as printed
VUNG_TAU = DATA / "letters" / "held_out_27" / "kh_2025_vungtau_2144.txt"
PHUONG_1 = DATA / "derive" / "phuong-1-vung-tau-2025.yaml"


@pytest.fixture(scope="module")
def ward_plan():
    return derive_file(VUNG_TAU, PHUONG_1, "ke-hoach", ngay=date(2025, 3, 24),
                       han=date(2025, 12, 15), today=date(2025, 3, 24))


def _to_chuc(spec: dict) -> list[str]:
    lines = spec["noi_dung"].split("\n")
    start = next(i for i, x in enumerate(lines) if x.endswith("TỔ CHỨC THỰC HIỆN"))
    return lines[start + 1:]


def test_a_ward_gives_the_city_offices_tasks_to_its_own_units(ward_plan):
    tasks = _to_chuc(ward_plan.spec)
    # "2. Phòng Y tế" and "4. Phòng Giáo dục và Đào tạo": one item of the ward's công chức
    assert tasks.count("2. Công chức Văn hóa - Xã hội") == 1
    assert not any(x.startswith(("Phòng Y tế", "Phòng Giáo dục")) for x in tasks)
    item = tasks[tasks.index("2. Công chức Văn hóa - Xã hội") + 1:tasks.index("3. Trung tâm Y "
                                                                                "tế Thành phố")]
    assert item[0].startswith("- Tham mưu UBND Phường 1 chỉ đạo triển khai")  # not the city's
    assert any(x.startswith("- Chỉ đạo các trường học duy trì") for x in item)  # from item 4
    told = next(w for w in ward_plan.warnings if "“Phòng Y tế” → “Công chức Văn hóa - Xã hội”" in w)
    assert "“Phòng Giáo dục và Đào tạo” → “Công chức Văn hóa - Xã hội”" in told
    # the ward's own tasks (the city's "Ủy ban nhân dân các phường, xã") open with a capital
    assert "7. Các thôn, tổ dân phố" in tasks


def test_a_task_no_ward_unit_takes_is_kept_and_quoted(ward_plan):
    tasks = _to_chuc(ward_plan.spec)
    assert "3. Trung tâm Y tế Thành phố" in tasks and "5. Chi cục Thống kê" in tasks
    # named as the draft prints them, without their numbers, which changed
    warning = next(w for w in ward_plan.warnings if "“Trung tâm Y tế Thành phố”" in w)
    assert "“Chi cục Thống kê”" in warning and "“Đề nghị Ủy ban MTTQ Việt Nam" in warning
    assert "phường" in warning


def test_no_task_is_dropped(ward_plan):
    source = VUNG_TAU.read_text(encoding="utf-8").split("\n")
    source = source[source.index("V. TỔ CHỨC THỰC HIỆN") + 1:]
    source = source[:next(i for i, x in enumerate(source) if x.startswith("Trên đây là"))]
    tasks = _to_chuc(ward_plan.spec)
    numbers = [int(m[1]) for x in tasks if (m := re.match(r"^(\d+)\. ", x))]
    assert numbers == list(range(1, 8))     # eight items, two of them one unit's
    said = [x for x in source if x.startswith(("- ", "Tuyên truyền", "Phối hợp", "Tăng cường"))
            and len(x) > 30]  # not "- xã hội Thành phố", item 7's heading wrapped
    assert len(said) == 16
    for line in said:                       # every task said, under one item or another
        assert any(x.endswith(line[-40:]) for x in tasks), line


def _profile(cap: str, name: str, thuoc: str = "Đà Nẵng") -> object:
    return parse_profile({
        "tinh": name, "thuoc": thuoc, "cap": cap, "tu_ngay": date(2025, 7, 1),
        "co_quan": {"ten": f"ỦY BAN NHÂN DÂN\n{cap.upper()} {name.upper()}", "viet_tat": "UBND"},
        "ten_goi": f"Ủy ban nhân dân {cap} {name}", "dia_danh": name, "don_vi": "VP",
        "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "Nguyễn Văn A"}})


#: a city's plan after 1 July 2025, tasks given to its departments
CITY_PLAN = parse_spec({
    "loai": "KH", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG", "viet_tat": "UBND"},
    "so": 120, "dia_danh": "Đà Nẵng", "ngay": date(2025, 9, 3),
    "trich_yeu": "Triển khai công tác dân số năm 2025",
    "noi_dung": "I. MỤC ĐÍCH\n- Nâng cao chất lượng dân số.\nII. TỔ CHỨC THỰC HIỆN\n"
                "1. Sở Y tế chủ trì, tham mưu Ủy ban nhân dân thành phố triển khai Kế hoạch.\n"
                "2. Sở Tài chính – bố trí kinh phí thực hiện.\n"
                "3. Sở Tư pháp\n- Phổ biến pháp luật về dân số.",
    "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "Lương Nguyễn Minh Triết"}})


@pytest.mark.parametrize(("cap", "kinh_te"), [
    ("xã", "2. Phòng Kinh tế – bố trí kinh phí thực hiện."),
    ("phường", "2. Phòng Kinh tế, Hạ tầng và Đô thị – bố trí kinh phí thực hiện."),
], ids=["xa", "phuong"])
def test_after_2025_a_city_departments_tasks_go_to_the_units_phong(cap, kinh_te):
    result = derive_letter(CITY_PLAN, _profile(cap, "Hòa Vang"), "ke-hoach",
                           ngay=date(2025, 9, 10), today=date(2025, 9, 10))
    tasks = _to_chuc(result.spec)
    assert tasks[0].startswith("1. Phòng Văn hóa - Xã hội chủ trì, tham mưu Ủy ban nhân dân "
                               f"{cap} triển khai Kế hoạch.")
    assert kinh_te in tasks
    assert "3. Sở Tư pháp" in tasks
    assert any("“Sở Tư pháp”" in w for w in result.warnings)


def test_a_province_keeps_its_tasks_as_written():
    province = parse_profile({
        "tinh": "Quảng Nam", "cap": "tỉnh", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM"},
        "ten_goi": "Ủy ban nhân dân tỉnh Quảng Nam", "dia_danh": "Quảng Nam",
        "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "A"}})
    result = derive_letter(CITY_PLAN, province, "ke-hoach", ngay=date(2025, 9, 10),
                           today=date(2025, 9, 10))
    assert "3. Sở Tư pháp" in _to_chuc(result.spec)
    assert not any("kept as written" in w or "giữ nguyên" in w for w in result.warnings)


LETTERS = DATA / "letters"
TAN_THANH = DATA.parent.parent / "data" / "profiles" / "xa-tan-thanh-lang-son.yaml"


@pytest.mark.parametrize(("source", "closing"), [
    ("held_out_13/kh_2025_phobang_ubbc_01.txt", "Trên đây là kế hoạch triển khai thực hiện"),
    ("held_out_24/kh_2025_taydo_1134.txt", "Trên đây là kế hoạch xây dựng quyển giới thiệu"),
    ("held_out_20/kh_2026_dhct_753.txt", "Trên đây là Kế hoạch khảo sát, xác định chỉ số"),
    ("held_out_18/kh_2026_sgddt_dongthap_stem.txt", "Nhận được"),
], ids=["under-a-part-of-slogans", "under-the-timetable", "no-parts", "nhan-duoc"])
@pytest.mark.parametrize("form", ["ke-hoach", "huong-dan"])
def test_the_letter_ends_once(source, closing, form):
    result = derive_file(LETTERS / source, TAN_THANH, form, ngay=date(2026, 3, 2),
                         han=date(2026, 6, 30), today=date(2026, 3, 2))
    lines = result.spec["noi_dung"].split("\n")
    assert [x for x in lines if x.endswith("./.")] == [lines[-1]]
    assert lines[-1].startswith("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị")
    assert not any(x.startswith(closing) for x in lines)
    # what was left out is quoted, for the clerk to see what her letter no longer says
    assert any(closing in w for w in result.warnings)


def test_the_city_named_as_the_territory_is_the_ward():
    """"trên địa bàn thành phố Vũng Tàu" in the city's plan is the ward's territory in the
    ward's; the opening names it once."""
    plan = derive_file(VUNG_TAU, PHUONG_1, "ke-hoach", ngay=date(2025, 3, 24),
                       today=date(2025, 3, 24)).spec["noi_dung"]
    assert "trên địa bàn thành phố Vũng Tàu nhằm" not in plan
    assert "các trạm Y tế trên địa bàn phường nhằm đạt chỉ tiêu" in plan


def test_the_opening_names_the_territory_once():
    source = parse_spec({
        "loai": "QĐ", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA", "viet_tat": "UBND"},
        "so": 2307, "dia_danh": "Sơn La", "ngay": date(2025, 9, 11),
        "trich_yeu": "Ban hành Kế hoạch tổng kết 15 năm thi hành Luật Nuôi con nuôi trên địa "
                     "bàn tỉnh Sơn La",
        "noi_dung": "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
        "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "A"}})
    # a commune of Sơn La: another province's names are kept as that province's (derive8)
    result = derive_letter(source, _profile("xã", "Mường La", "Sơn La"), "ke-hoach",
                           ngay=date(2025, 9, 20), today=date(2025, 9, 20))
    opening = result.spec["noi_dung"].split("\n")[0]
    assert opening.endswith("Luật Nuôi con nuôi trên địa bàn xã như sau:"), opening


def test_a_place_whose_name_begins_with_a_marked_capital_goes_with_its_office() -> None:
    """Ứng Hòa, Ân Thi, Ý Yên, Ô Môn: the place's name is the office's, not left behind in the
    task given to the unit's own (found by a review)."""
    from datetime import date

    from ntm_docgen.derive.offices import offices_for, readdress

    for place in ("Ứng Hòa", "Ân Thi", "Ý Yên", "Ô Môn"):
        line = readdress(f"2. Phòng Tư pháp huyện {place} chủ trì",
                         offices_for("xã", date(2025, 3, 1))).line
        assert line == "2. Công chức Tư pháp - Hộ tịch chủ trì", line
