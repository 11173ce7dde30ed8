"""A deadline for the units below not before the first day the letter implemented asks its
reports or work by is told with a day before it to set: Hướng dẫn 106/HD-SNV asks the huyện's
reports by 31/7/2019, and a huyện giving --han 05/8/2019 sent its units a deadline after its
own. The deadline she set stays: that day may be another body's (a review found a Sở's work
date moving a huyện's deadline a month early). A deadline after the day the level above asks
the unit itself to report to one of its bodies by is moved before it, that day being the
unit's own (Lạng Sơn's communes report to the Sở Nông nghiệp và Môi trường by 15/11/2027). A
letter dated too late is told so, not asked for "an earlier deadline" it cannot set."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file

ROOT = Path(__file__).resolve().parent.parent
HD_106 = ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"
CAO_LOC = ROOT / "tests" / "data" / "derive" / "huyen-cao-loc-2024.yaml"
#: "3. Ủy ban nhân dân các xã, phường báo cáo … về Sở Nông nghiệp và Môi trường trước ngày
#: 15/11/2027", and a commune of Lạng Sơn
PLAN = ROOT / "tests" / "data" / "derive" / "tinh-lang-son-kh-chi-tieu-2026.yaml"
MAU_SON = ROOT / "tests" / "data" / "derive" / "xa-mau-son-2026.yaml"


@pytest.mark.parametrize("han", [date(2019, 8, 5), date(2019, 7, 31)], ids=["after", "same-day"])
def test_a_deadline_after_the_one_above_is_told_with_a_day_before_it(han: date) -> None:
    day = date(2019, 6, 10)
    result = derive_file(HD_106, CAO_LOC, "cong-van", ngay=day, han=han, today=day)
    assert f"trước ngày {han.day:02d}/{han.month}/2019" in result.spec["noi_dung"]
    told = [w for w in result.warnings if "is not before 31/7/2019" in w]
    assert len(told) == 1 and "such as 26/7/2019, 5 days before" in told[0]


def test_another_bodys_earlier_day_does_not_move_her_deadline(tmp_path: Path) -> None:
    """A line giving the Sở Tài chính work by 30/6 moved the huyện's --han 20/7 to 25/6."""
    import yaml

    spec = yaml.safe_load(HD_106.read_text(encoding="utf-8"))
    spec["noi_dung"] += ("\n3. Sở Tài chính: tham mưu UBND tỉnh bố trí kinh phí khen thưởng "
                         "trước ngày 30/6/2019.")
    source = tmp_path / "hd.yaml"
    source.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    day = date(2019, 6, 10)
    result = derive_file(source, CAO_LOC, "cong-van", ngay=day, han=date(2019, 7, 20), today=day)
    assert "trước ngày 20/7/2019" in result.spec["noi_dung"]
    assert "25/6/2019" not in result.spec["noi_dung"]


def test_a_deadline_before_the_one_above_stays() -> None:
    day = date(2019, 6, 10)
    result = derive_file(HD_106, CAO_LOC, "cong-van", ngay=day, han=date(2019, 7, 20), today=day)
    assert "trước ngày 20/7/2019" in result.spec["noi_dung"]
    assert not [w for w in result.warnings if "31/7/2019" in w]


def test_a_letter_dated_too_late_to_move_it_is_told() -> None:
    day = date(2019, 7, 28)
    result = derive_file(HD_106, CAO_LOC, "cong-van", ngay=day, han=date(2019, 8, 5), today=day)
    assert "trước ngày 05/8/2019" in result.spec["noi_dung"]
    told = [w for w in result.warnings if "is not before 31/7/2019" in w]
    assert len(told) == 1 and "dated 28/7/2019, leaves the units below no time" in told[0]
    assert "set an earlier deadline" not in told[0]


@pytest.mark.parametrize("han", [date(2027, 11, 20), date(2027, 11, 15)], ids=["after", "same-day"])
def test_a_deadline_after_the_commune_s_own_duty_is_moved_before_it(han: date) -> None:
    day = date(2026, 10, 28)
    result = derive_file(PLAN, MAU_SON, "ke-hoach", ngay=day, han=han, today=day)
    assert "về Phòng Kinh tế trước ngày 10/11/2027" in result.spec["noi_dung"]
    # the commune's own duty keeps its day
    assert "báo cáo Sở Nông nghiệp và Môi trường trước ngày 15/11/2027" in result.spec["noi_dung"]
    told = [w for w in result.warnings if "is not before 15/11/2027" in w]
    assert len(told) == 1 and "report to Sở Nông nghiệp và Môi trường by" in told[0]
    assert "sets them 10/11/2027, 5 days before it" in told[0]


@pytest.mark.parametrize("day", [date(2027, 11, 12), date(2027, 11, 18)], ids=["late", "after"])
def test_a_letter_dated_too_late_for_the_commune_s_own_duty_is_told(day: date) -> None:
    result = derive_file(PLAN, MAU_SON, "ke-hoach", ngay=day, han=date(2027, 11, 25), today=day)
    assert "về Phòng Kinh tế trước ngày 25/11/2027" in result.spec["noi_dung"]
    told = [w for w in result.warnings if "is not before 15/11/2027" in w]
    assert len(told) == 1 and f"dated {day.day}/11/2027, leaves the units below no time" in told[0]
    assert not any("set an earlier deadline" in w for w in result.warnings)


@pytest.mark.parametrize(("day", "han"), [
    (date(2027, 11, 18), date(2027, 11, 25)), (date(2027, 11, 18), None),
    (date(2027, 11, 15), date(2027, 11, 25)),
], ids=["after", "after-no-han", "same-day"])
def test_the_commune_s_own_duty_past_on_its_date_is_not_printed(day: date, han) -> None:
    """derive24: a letter dated 18/11/2027 still asked "tham mưu Ủy ban nhân dân xã báo cáo Sở
    Nông nghiệp và Môi trường trước ngày 15/11/2027", a day gone; with no --han, untold."""
    result = derive_file(PLAN, MAU_SON, "ke-hoach", ngay=day, han=han, today=day)
    assert "báo cáo Sở Nông nghiệp và Môi trường theo quy định" in result.spec["noi_dung"]
    assert "15/11/2027" not in result.spec["noi_dung"]
    told = [w for w in result.warnings if "leaves no time before that day" in w]
    assert len(told) == 1 and "report before 15/11/2027" in told[0]


def test_the_commune_s_own_duty_still_ahead_keeps_its_day() -> None:
    day = date(2027, 11, 14)
    result = derive_file(PLAN, MAU_SON, "ke-hoach", ngay=day, today=day)
    assert "báo cáo Sở Nông nghiệp và Môi trường trước ngày 15/11/2027" in result.spec["noi_dung"]
    assert not [w for w in result.warnings if "leaves no time before that day" in w]


@pytest.mark.parametrize("line", [
    "3. Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi "
    "trường để tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Nông nghiệp và Môi trường trước ngày "
    "15/11/2027.",
    "3. Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi "
    "trường. Sở Nông nghiệp và Môi trường tổng hợp kết quả báo cáo UBND tỉnh trước ngày "
    "15/11/2027.",
], ids=["tham-muu", "next-sentence"])
def test_the_sos_own_day_after_her_duty_is_not_hers(tmp_path: Path, line: str) -> None:
    """derive25: the Sở's day, after "tổng hợp, tham mưu … báo cáo" or in the next sentence,
    was taken as the day the commune reports by."""
    text = PLAN.read_text(encoding="utf-8").replace(
        "  3. Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi "
        "trường trước ngày 15/11/2027 theo đề cương kèm theo.", "  " + line)
    assert line in text
    source = tmp_path / "kh.yaml"
    source.write_text(text, encoding="utf-8")
    day = date(2026, 10, 28)
    result = derive_file(source, MAU_SON, "ke-hoach", ngay=day, han=date(2027, 11, 20), today=day)
    assert "báo cáo Sở Nông nghiệp và Môi trường trước ngày 15/11/2027" not in \
        result.spec["noi_dung"]
    assert not [w for w in result.warnings if "is not before 15/11/2027, the day the" in w]
