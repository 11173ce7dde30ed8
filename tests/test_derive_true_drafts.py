"""A derived letter says only true things, each found in a real draft a văn thư would have had to
mend by hand: no report asked where the letter implemented asks none (Lào Cai's Công văn
7432/UBND-XD on fire safety), no task the Sở gives itself ("2. Giao Sở Xây dựng" in the Sở Xây
dựng's own letter), one TỔ CHỨC THỰC HIỆN, no province's offices among a commune's (Lâm Đồng's
Kế hoạch on the CCHC movement for xã Lạc Dương), every body tasked among the recipients, and the
source's bold kept on a line derive changed (the real PDF of Công văn 7432)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file
from ntm_docgen.i18n import set_language

DATA = Path(__file__).resolve().parent / "data"
LETTERS = DATA / "letters"
PCCC = LETTERS / "held_out_10" / "cv_2026_laocai_7432.txt"
PCCC_PDF = DATA / "derive" / "real_pdf" / "cv_2026_laocai_7432.pdf"
CCHC = LETTERS / "held_out_23" / "kh_2026_lamdong_thidua_cchc.txt"
SO_XD = DATA / "derive" / "so-xay-dung-lao-cai-2026.yaml"
XA_BAO_THANG = DATA / "derive" / "xa-bao-thang-lao-cai-2026.yaml"
XA_LAC_DUONG = DATA / "derive" / "xa-lac-duong-lam-dong-2025.yaml"
DAY = date(2026, 8, 5)


@pytest.fixture(autouse=True)
def _english() -> None:
    set_language("en")


def _lines(spec: dict) -> list[str]:
    return spec["noi_dung"].split("\n")


@pytest.mark.parametrize("profile", [SO_XD, XA_BAO_THANG], ids=["so", "xa"])
def test_a_letter_asking_no_report_gets_a_cong_van_asking_none(profile: Path) -> None:
    result = derive_file(PCCC, profile, "cong-van", ngay=DAY, today=DAY)
    body = result.spec["noi_dung"]
    assert "báo cáo" not in body.casefold() and "Đề cương" not in body
    assert "phu_luc" not in result.spec
    assert body.split("\n")[1].startswith("Căn cứ chức năng, nhiệm vụ")  # one request, no "1."
    assert any("asks for no report" in w for w in result.warnings)
    assert not any("no --han given" in w for w in result.warnings)


@pytest.mark.parametrize("form", ["huong-dan", "ke-hoach"])
def test_a_letter_asking_no_report_gets_a_plan_asking_none(form: str) -> None:
    spec = derive_file(PCCC, SO_XD, form, ngay=DAY, today=DAY).spec
    assert not [x for x in _lines(spec) if "gửi báo cáo" in x.casefold()]
    assert not [x for x in _lines(spec) if "tổng hợp kết quả" in x.casefold()]


def test_a_deadline_given_asks_for_the_report_and_its_outline() -> None:
    result = derive_file(PCCC, XA_BAO_THANG, "cong-van", ngay=DAY, today=DAY,
                         han=date(2026, 9, 1))
    assert "Gửi báo cáo" in result.spec["noi_dung"]
    assert result.spec["phu_luc"][0]["tieu_de"].startswith("ĐỀ CƯƠNG BÁO CÁO")


def test_a_letter_asking_for_its_results_still_gets_the_report_without_a_deadline() -> None:
    """Lâm Đồng's plan asks its units for their results ("báo cáo kết quả …"): the report
    and the outline stay, its day left for her to set."""
    result = derive_file(CCHC, XA_LAC_DUONG, "cong-van", ngay=DAY, today=DAY)
    assert "Gửi báo cáo" in result.spec["noi_dung"]
    assert result.spec["phu_luc"]
    assert any("no --han given" in w for w in result.warnings)


@pytest.mark.parametrize("form", ["huong-dan", "ke-hoach"])
def test_the_so_gives_itself_no_task_in_its_own_letter(form: str) -> None:
    result = derive_file(PCCC, SO_XD, form, ngay=DAY, today=DAY)
    lines = _lines(result.spec)
    assert not [x for x in lines if "Giao Sở Xây dựng" in x]
    assert "2. Sở Xây dựng" in lines
    assert any("does not give itself a task" in w and "2. Giao Sở Xây dựng" in w
               for w in result.warnings)


@pytest.mark.parametrize("profile", [SO_XD, XA_BAO_THANG], ids=["so", "xa"])
@pytest.mark.parametrize("form", ["huong-dan", "ke-hoach"])
def test_the_sources_own_item_of_to_chuc_is_the_letters_one_part(form: str,
                                                                  profile: Path) -> None:
    lines = _lines(derive_file(PCCC, profile, form, ngay=DAY, today=DAY).spec)
    named = [x for x in lines if "tổ chức thực hiện" in x.casefold() and len(x) < 40]
    assert named == ["II. TỔ CHỨC THỰC HIỆN"]
    under = lines[lines.index(named[0]) + 1]
    assert under.startswith("Thủ trưởng các")  # the source's own lines under it


def test_a_commune_has_no_offices_of_the_province_among_its_own() -> None:
    lines = _lines(derive_file(CCHC, XA_LAC_DUONG, "ke-hoach", ngay=DAY, today=DAY).spec)
    assert not [x for x in lines if "cơ quan chuyên môn thuộc UBND tỉnh" in x]
    assert "- Các phòng chuyên môn thuộc UBND xã." in lines  # and no province's Ban Quản lý


def test_every_body_a_plan_tasks_is_among_its_recipients() -> None:
    """The xã's own unit given a task is among them; the province's bodies it names are not the
    xã's to task (tests/test_derive_would_send.py)."""
    noi_nhan = derive_file(CCHC, XA_LAC_DUONG, "ke-hoach", ngay=DAY, today=DAY).spec["noi_nhan"]
    assert "Phòng Văn hóa - Xã hội" in noi_nhan
    assert not [x for x in noi_nhan if x.startswith("Báo cáo")]
    assert "Công an tỉnh" in derive_file(PCCC, SO_XD, "ke-hoach", ngay=DAY,
                                         today=DAY).spec["noi_nhan"]


@pytest.mark.parametrize(("profile", "line"), [
    (XA_BAO_THANG, "**1. Công an xã, các ban, ngành, đoàn thể xã và các thôn, tổ dân phố**"),
    (SO_XD, "**2. Sở Xây dựng**"),
], ids=["level-mapped", "own-task"])
def test_a_line_derive_changed_keeps_the_sources_bold(profile: Path, line: str) -> None:
    assert line in _lines(derive_file(PCCC_PDF, profile, "ke-hoach", ngay=DAY,
                                      today=DAY).spec)
