"""What held_out_38's letters (docs/accuracy.md) showed the importer reading wrong, as a rule a
clerk's letter justifies: a lunar year's name (``Ất Tỵ``) that a scan's reader gave without its
marks is spelt as the sixty-year cycle spells it."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.lost import lost_lines
from ntm_docgen.importer.yearname import spelt_again, year_name

QD = ["UỶ BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc", "Số: 47/QĐ-UBND", "Quảng Ngãi, ngày 17 tháng 01 năm 2025",
      "QUYẾT ĐỊNH"]
REST = ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Căn cứ Luật Ngân sách nhà nước ngày 25/6/2015;",
        "QUYẾT ĐỊNH:", "Điều 1. Bố trí kinh phí hỗ trợ quà Tết.",
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.",
        "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT, KTTH.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
        "Nguyễn Hoàng Giang"]


@pytest.mark.parametrize(("vv", "trich_yeu"), [
    (["Về việc kinh phí hỗ trợ quà Tết cho hộ nghèo, cận nghèo", "nhân dịp Tết nguyên đán Ất Ty "
      "- năm 2025"],
     "Về việc kinh phí hỗ trợ quà Tết cho hộ nghèo, cận nghèo nhân dịp Tết nguyên đán Ất Tỵ - "
     "năm 2025"),
    (["Về việc tổ chức Tết Nguyên đán At Ty năm 2025"],
     "Về việc tổ chức Tết Nguyên đán Ất Tỵ năm 2025"),
    (["Về việc chúc Tết Xuân Binh Ngo 2026"], "Về việc chúc Tết Xuân Bính Ngọ 2026"),
    (["Về việc tổ chức Tết Nguyên đán Ất Tỵ năm 2025"],
     "Về việc tổ chức Tết Nguyên đán Ất Tỵ năm 2025"),
    (["Về việc khen thưởng ông Tân Tý"], "Về việc khen thưởng ông Tân Tý"),
], ids=["quang-ngai-47", "both-marks-lost", "xuan-binh-ngo", "already-right", "a-persons-name"])
def test_a_lunar_years_name_read_without_its_marks(vv: list[str], trich_yeu: str) -> None:
    """The UBND tỉnh Quảng Ngãi's 47 (a scan): OCR read the trích yếu's "Tết nguyên đán Ất Tỵ"
    as "Ất Ty". Ất, an odd stem, goes only with an odd branch, so "Ty" is Tỵ, never Tý. A name
    that is a stem and a branch but no year's (``Tân Tý``: odd with even) is left alone."""
    lines = [*QD, *vv, *REST]
    result = import_lines(lines)
    assert result.spec["trich_yeu"] == trich_yeu
    assert lost_lines(lines, result.spec, result.warnings) == []
    spelt = [w for w in result.warnings if "lunar year" in str(w)]
    assert bool(spelt) is (trich_yeu.replace(" ", "") != "".join(vv).replace(" ", ""))


@pytest.mark.parametrize(("line", "spelt"), [
    ("quà Tết nguyên đán AT TY", "quà Tết nguyên đán ẤT TỴ"),
    ("Ất Ty - năm 2025", "Ất Tỵ - năm 2025"),
    ("Ất Ty - năm 2024", "Ất Ty - năm 2024"),
    ("ông At Ty", "ông At Ty"),
    ("năm Giap Ty", "năm Giáp Tý"),
], ids=["capitals", "before-its-year", "before-another-year", "no-year-beside-it", "giap-ty"])
def test_a_year_name_needs_its_context(line: str, spelt: str) -> None:
    """Two words are a year's name only after Tết, Xuân, Nguyên đán or năm, or before the year
    whose name they are; a word in capitals stays in capitals."""
    assert spelt_again(line)[0] == spelt


def test_the_cycle() -> None:
    assert [year_name(y) for y in (1984, 2000, 2025, 2026, 2043)] == [
        "Giáp Tý", "Canh Thìn", "Ất Tỵ", "Bính Ngọ", "Quý Hợi"]
