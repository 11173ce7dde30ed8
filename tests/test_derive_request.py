"""derive from a letter that asks the unit itself: a Sở's công văn in one paragraph (what it
cites, then what it asks) carried into a commune's Kế hoạch, and a province's plan asking its
communes to report to a Sở by a day (contract11 findings 1 and 2)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file, derive_letter, load_profile, parse_profile
from ntm_docgen.derive.source import read_source
from ntm_docgen.letter.spec import parse_spec, read_data

DATA = Path(__file__).resolve().parent / "data" / "derive"
SO_CV = DATA / "cv-so-nnmt-doan-ket-2026.yaml"
DOAN_KET = DATA / "xa-doan-ket-2026.yaml"
PLAN = DATA / "tinh-lang-son-kh-chi-tieu-2026.yaml"  # "3. Ủy ban nhân dân các xã, phường báo cáo …"
MAU_SON = DATA / "xa-mau-son-2026.yaml"
REQUEST = ("Xây dựng kế hoạch của địa phương, phấn đấu năm 2027 có 5 thôn đạt chuẩn nông thôn "
           "mới kiểu mẫu.")


_HEADING = re.compile(r"^[IVX]+\. \S")


def _part(spec: dict, heading: str) -> list[str]:
    lines = spec["noi_dung"].split("\n")
    start = next(i for i, x in enumerate(lines) if _HEADING.match(x) and x.endswith(heading))
    end = next((i for i in range(start + 1, len(lines)) if _HEADING.match(lines[i])),
               len(lines))
    return lines[start + 1:end]


@pytest.fixture(scope="module")
def plan():
    return derive_file(SO_CV, DOAN_KET, "ke-hoach", ngay=date(2026, 12, 10),
                       han=date(2027, 11, 5), today=date(2026, 12, 10))


def test_the_request_is_cut_from_what_it_cites(plan):
    assert plan.spec["can_cu"] == ["Căn cứ Kế hoạch số 245/KH-UBND ngày 20/10/2026 của Ủy ban "
                                   "nhân dân tỉnh Lạng Sơn"]
    assert _part(plan.spec, "NỘI DUNG") == [REQUEST]
    lines = plan.spec["noi_dung"].split("\n")
    assert "." not in lines
    # the letter opens as the commune's own plan, not "… đề nghị Ủy ban nhân dân xã Đoàn Kết"
    assert lines[0].startswith("Thực hiện Công văn số 03/SNNMT-CCPTNT ngày 05/12/2026")
    assert "Ủy ban nhân dân xã Đoàn Kết ban hành Kế hoạch" in lines[0]
    assert "đề nghị Ủy ban nhân dân xã Đoàn Kết" not in plan.spec["noi_dung"]


def test_the_contact_line_of_the_so_is_left_out_and_quoted(plan):
    assert "Đầu mối liên hệ" not in plan.spec["noi_dung"]
    told = [w for w in plan.warnings if "contact line" in w]
    assert len(told) == 1 and "“Đầu mối liên hệ của đơn vị: Nông Văn Chiến" in told[0]


def test_the_target_asked_of_the_commune_is_told_as_the_so_s(plan):
    told = [w for w in plan.warnings if REQUEST in w]
    assert len(told) == 1
    assert "Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn asks of the xã" in told[0]
    assert "the tasks that carry it out" in told[0]
    # not told as a figure of the Sở's whole territory
    assert not any("for its whole territory" in w for w in plan.warnings)


def test_a_content_with_nothing_of_its_own_is_left_out_and_told():
    data = read_data(SO_CV)
    data["noi_dung"] = ("Thực hiện Kế hoạch số 245/KH-UBND ngày 20/10/2026 của Ủy ban nhân dân "
                        "tỉnh Lạng Sơn.\nĐầu mối liên hệ của đơn vị: Nông Văn Chiến, điện thoại "
                        "0205 3812 345.\nĐề nghị quý cơ quan quan tâm, thực hiện./.")
    result = derive_letter(parse_spec(data, source=SO_CV), load_profile(DOAN_KET), "ke-hoach",
                           ngay=date(2026, 12, 10), han=date(2027, 11, 5),
                           today=date(2026, 12, 10))
    lines = result.spec["noi_dung"].split("\n")
    assert "." not in lines and not any(x.endswith("NỘI DUNG") for x in lines)
    # no part is printed empty: every heading has a line of its own under it
    headings = [i for i, x in enumerate(lines) if _HEADING.match(x)]
    assert headings and all(i + 1 < len(lines) and i + 1 not in headings for i in headings)
    told = [w for w in result.warnings if "no NỘI DUNG part" in w and "no task for the xã" in w]
    assert len(told) == 1 and "what is to be done, who does it, by when" in told[0]


@pytest.mark.parametrize("form", ["ke-hoach", "cong-van"])
def test_the_commune_reports_where_and_by_when_the_province_asks(form):
    result = derive_file(PLAN, MAU_SON, form, ngay=date(2026, 10, 28), han=date(2027, 11, 5),
                         today=date(2026, 10, 28))
    body = result.spec["noi_dung"]
    assert ("tham mưu Ủy ban nhân dân xã báo cáo Sở Nông nghiệp và Môi trường trước ngày "
            "15/11/2027 theo quy định.") in body
    assert "báo cáo Ủy ban nhân dân tỉnh Lạng Sơn" not in body
    assert result.spec["noi_nhan"][:2] == ["Ủy ban nhân dân tỉnh Lạng Sơn (b/c)",
                                           "Sở Nông nghiệp và Môi trường (b/c)"]
    source_line = ("“3. Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện về Sở Nông "
                   "nghiệp và Môi trường trước ngày 15/11/2027 theo đề cương kèm theo.”")
    kept = [w for w in result.warnings if "the xã's own duty" in w]
    assert len(kept) == 1 and source_line in kept[0]
    # told once, as the duty it stays: not also as a line replaced (a black-box finding)
    assert not any("replaced by the local ones" in w and source_line in w
                   for w in result.warnings)
    assert not any("after 15/11/2027" in w for w in result.warnings)


def test_a_deadline_below_later_than_the_commune_s_own_is_moved_before_it():
    result = derive_file(PLAN, MAU_SON, "ke-hoach", ngay=date(2026, 10, 28),
                         han=date(2027, 11, 20), today=date(2026, 10, 28))
    assert "về Phòng Kinh tế trước ngày 10/11/2027" in result.spec["noi_dung"]
    told = [w for w in result.warnings if "is not before 15/11/2027" in w]
    assert len(told) == 1 and "20/11/2027" in told[0] and "sets them 10/11/2027" in told[0]


#: Quyết định 2307/QĐ-UBND of 11/9/2025 of Ủy ban nhân dân tỉnh Sơn La and its plan, as printed
SON_LA = DATA.parent / "letters" / "held_out_25" / "qd_2025_sonla_2307.txt"


def test_the_level_named_in_a_list_of_bodies_reports_as_asked_too():
    # "- Các sở, ngành; UBND các xã, phường xây dựng Báo cáo … gửi về Sở Tư pháp trước ngày
    # 22/9/2025": a commune of Sơn La reports to the Sở Tư pháp by that day
    commune = parse_profile({
        "tinh": "Chiềng Mai", "thuoc": "Sơn La", "cap": "xã",
        "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nXÃ CHIỀNG MAI", "viet_tat": "UBND"},
        "ten_goi": "Ủy ban nhân dân xã Chiềng Mai", "dia_danh": "Chiềng Mai",
        "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "Lò Văn A"},
        "co_quan_thuong_truc": "Phòng Văn hóa - Xã hội", "don_vi": "VHXH"})
    source, _warnings = read_source(SON_LA)
    result = derive_letter(source, commune, "ke-hoach", ngay=date(2025, 9, 12),
                           han=date(2025, 9, 18), today=date(2025, 9, 12))
    assert "tham mưu Ủy ban nhân dân xã báo cáo Sở Tư pháp trước ngày 22/9/2025" \
        in result.spec["noi_dung"]
    assert "Sở Tư pháp (b/c)" in result.spec["noi_nhan"]
    assert any("the xã's own duty" in w and "UBND các xã, phường xây dựng Báo cáo" in w
               for w in result.warnings)


def test_a_letter_addressed_to_another_commune_is_told():
    result = derive_file(SO_CV, MAU_SON, "ke-hoach", ngay=date(2026, 12, 10),
                         han=date(2027, 11, 5), today=date(2026, 12, 10))
    told = [w for w in result.warnings if "is addressed to" in w]
    assert told == [result.warnings[0]]
    assert "Ủy ban nhân dân xã Đoàn Kết, not to Ủy ban nhân dân xã Mẫu Sơn" in told[0]
    # the commune it is addressed to is not told so
    plan = derive_file(SO_CV, DOAN_KET, "ke-hoach", ngay=date(2026, 12, 10),
                       han=date(2027, 11, 5), today=date(2026, 12, 10))
    assert not any("is addressed to" in w for w in plan.warnings)


@pytest.mark.parametrize(("line", "said", "noi_nhan"), [
    ("3. Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi "
     "trường theo định kỳ 6 tháng.", "báo cáo Sở Nông nghiệp và Môi trường theo quy định.",
     ["Ủy ban nhân dân tỉnh Lạng Sơn (b/c)", "Sở Nông nghiệp và Môi trường (b/c)"]),
    ("3. UBND các xã, phường báo cáo kết quả về UBND tỉnh trước ngày 15/11/2027.",
     "báo cáo Ủy ban nhân dân tỉnh Lạng Sơn trước ngày 15/11/2027 theo quy định.",
     ["Ủy ban nhân dân tỉnh Lạng Sơn (b/c)", "TT Đảng ủy, TT HĐND xã (b/c)"]),
    ("3. Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi "
     "trường; Sở Nông nghiệp và Môi trường tổng hợp, báo cáo UBND tỉnh trước ngày 30/11/2027.",
     "báo cáo Sở Nông nghiệp và Môi trường theo quy định.",
     ["Ủy ban nhân dân tỉnh Lạng Sơn (b/c)", "Sở Nông nghiệp và Môi trường (b/c)"]),
    ("3. UBND các xã, phường báo cáo kết quả về Sở Nông nghiệp và Môi trường, thời gian gửi "
     "báo cáo trước ngày 15/11/2027.",
     "báo cáo Sở Nông nghiệp và Môi trường trước ngày 15/11/2027 theo quy định.",
     ["Ủy ban nhân dân tỉnh Lạng Sơn (b/c)", "Sở Nông nghiệp và Môi trường (b/c)"]),
], ids=["no-day", "to-the-issuer", "the-so-s-own-day", "her-day-after-a-report"])
def test_the_duty_line_is_not_left_to_the_thon(line, said, noi_nhan):
    data = read_data(PLAN)
    data["noi_dung"] = data["noi_dung"].replace(
        "3. Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi "
        "trường trước ngày 15/11/2027 theo đề cương kèm theo.", line)
    result = derive_letter(parse_spec(data, source=PLAN), load_profile(MAU_SON), "ke-hoach",
                           ngay=date(2026, 10, 28), han=date(2027, 11, 5),
                           today=date(2026, 10, 28))
    body = result.spec["noi_dung"]
    assert said in body
    assert not any(x.startswith("3. Các thôn") for x in body.split("\n"))
    assert result.spec["noi_nhan"][:2] == noi_nhan
    assert sum(f"“{line}”" in w for w in result.warnings) == 1  # told, and once
