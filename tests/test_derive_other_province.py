"""derive from another province's letter (derive11): the other place's authorities stay its own,
never made the unit's (``Sở Công Thương Lào Cai`` is not a commune's Phòng Kinh tế), and a
province reports to its own level above, the ministry or central body the letter cites, never to
the other province's people's committee."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import FORMS, derive_file, derive_letter, load_profile
from ntm_docgen.letter.spec import parse_spec

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
#: a Sở Công Thương of Lào Cai refusing a company's file (real, 2026): "Sở Công Thương Lào Cai
#: thông báo để Doanh nghiệp ... biết và thực hiện" is the issuer's own sentence
SCT_4280 = DATA / "letters" / "held_out_10" / "cv_2026_sct_4280.txt"
#: the UBND tỉnh Lào Cai implementing Quyết định 1074/QĐ-BXD of the Bộ Xây dựng (real, 2026)
LAO_CAI = DATA / "derive" / "real_pdf" / "cv_2026_laocai_7432.txt"
LANG_SON = ROOT / "data" / "profiles" / "lang-son.yaml"
UNITS = {
    "xa-2026": (DATA / "derive" / "xa-mau-son-2026.yaml", date(2026, 10, 1)),
    "huyen-2024": (DATA / "derive" / "huyen-cao-loc-2024.yaml", date(2024, 10, 1)),
}
@pytest.fixture
def taken_as_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """The letters below give no unit work (a Sở's letter to a company, a Tờ trình, a decision
    on a company's staff), and derive refuses them (test_derive_no_work); their sentences still
    show how another place's names are read, so here they are taken as if they did."""
    import ntm_docgen.derive.source as source

    monkeypatch.setattr(source, "no_work", lambda *_args: None)


ISSUER_LINE = ("Sở Công Thương Lào Cai thông báo để Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ "
               "biết và thực hiện.")


def _text(spec: dict) -> str:
    return "\n".join([spec["noi_dung"], *(p["noi_dung"] for p in spec.get("phu_luc", []))])


@pytest.mark.usefixtures("taken_as_work")
@pytest.mark.parametrize("form", ["huong-dan", "ke-hoach"])
@pytest.mark.parametrize("unit", UNITS)
def test_another_provinces_authority_stays_its_own(unit: str, form: str) -> None:
    profile, day = UNITS[unit]
    result = derive_file(SCT_4280, profile, form, ngay=day, today=day)
    text = _text(result.spec)
    assert ISSUER_LINE in text.split("\n")
    assert "Lào Cai thông báo" not in text.replace("Sở Công Thương Lào Cai thông báo", "")
    assert not [w for w in result.warnings if "“Sở Công Thương” →" in w]


def test_an_office_of_the_other_province_named_by_its_kind_stays_too() -> None:
    from ntm_docgen.derive.offices import offices_for, readdress

    offices = offices_for("xã", date(2026, 10, 1))
    assert offices is not None
    found = readdress("2. Sở Công Thương tỉnh Lào Cai chủ trì, phối hợp", offices, "Lào Cai")
    assert (found.changed, found.kept) == (False, False)
    assert readdress("2. Sở Công Thương chủ trì", offices, "Lào Cai").line == \
        "2. Phòng Kinh tế chủ trì"


@pytest.mark.parametrize("form", FORMS)
def test_a_province_reports_to_the_ministry_the_other_provinces_letter_cites(form: str) -> None:
    day = date(2026, 10, 1)
    spec = derive_file(LAO_CAI, LANG_SON, form, ngay=day, today=day,
                       han=date(2026, 10, 30)).spec  # a report asked: the source asks none
    closing = [x for x in spec["noi_dung"].split("\n") if x.startswith("Giao Sở Nội vụ")]
    assert len(closing) == 1
    assert closing[0].endswith("tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Xây dựng theo quy định.")
    assert "Lào Cai" not in "\n".join(spec["noi_nhan"])
    assert spec["noi_nhan"][0] == "Bộ Xây dựng (b/c)"


def test_a_province_told_when_the_other_provinces_letter_cites_no_central_body() -> None:
    source = parse_spec({
        "loai": "KH", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA", "viet_tat": "UBND"},
        "so": 12, "ngay": "2026-03-02", "dia_danh": "Sơn La",
        "trich_yeu": "Tổ chức Ngày hội văn hóa các dân tộc năm 2026",
        "noi_dung": "I. MỤC ĐÍCH\n1. Tôn vinh văn hóa các dân tộc.\nII. NỘI DUNG\n"
                    "1. Các sở, ban, ngành tổ chức các hoạt động.",
        "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
               "chuc_vu": "PHÓ CHỦ TỊCH", "ho_ten": "Lò Văn An"},
    })
    day = date(2026, 10, 1)
    result = derive_letter(source, load_profile(LANG_SON), "ke-hoach", ngay=day, today=day)
    assert "Sơn La" not in "\n".join(result.spec["noi_nhan"])
    assert "báo cáo Ủy ban nhân dân tỉnh Sơn La" not in result.spec["noi_dung"]
    assert result.spec["noi_nhan"][0] == "Bộ, ngành Trung ương có liên quan (b/c)"
    assert [w for w in result.warnings if "cites no ministry or central body" in w]


#: a Kế hoạch of the Sở Công Thương of Lào Cai (real, 2026)
SCT_3957 = DATA / "letters" / "held_out_14" / "kh_2026_sct_3957.txt"
KON_TUM = ROOT / "data" / "profiles" / "kon-tum-2024.yaml"


@pytest.mark.parametrize("source", [SCT_3957, LAO_CAI], ids=["so-lao-cai", "ubnd-lao-cai"])
def test_a_province_deriving_another_provinces_letter_is_told_so_once(source: Path) -> None:
    """Kon Tum from Lào Cai: 'not of a level above', 'of tỉnh Lào Cai ... its own province's
    letters' and 'of another province ... cites no ministry' told one thing three times."""
    day = date(2025, 5, 1)
    warnings = derive_file(source, KON_TUM, "ke-hoach", ngay=day, today=day).warnings
    told = [w for w in warnings if w.startswith("the letter implemented is of")
            or "another province" in w or "not of a level above" in w]
    assert len(told) == 1, told
    assert "a unit implements its own province's letters" in told[0]


@pytest.mark.parametrize("unit", UNITS)
def test_a_body_is_cited_with_the_capitals_it_prints_its_name_with(unit: str) -> None:
    """'SỞ CÔNG THƯƠNG' in the header was cited 'Sở Công thương tỉnh Lào Cai' (one capital a
    field, the generic rule); the body and the decree print 'Sở Công Thương'."""
    profile, day = UNITS[unit]
    result = derive_file(SCT_3957, profile, "ke-hoach", ngay=day, today=day)
    text = "\n".join([result.spec["noi_dung"], *result.warnings])
    assert "Kế hoạch của Sở Công Thương tỉnh Lào Cai về việc kiểm tra" in text
    assert "Công thương" not in text


@pytest.mark.parametrize(("source", "line"), [
    (DATA / "letters" / "held_out_12" / "qd_2026_sct_3770.txt",
     "tỉnh Lào Cai được Sở Công Thương tổ chức huấn"),
    (DATA / "letters" / "held_out_17" / "ttr_2026_sct_panm_gtyb.txt",
     "Sở Công Thương đề nghị UBND tỉnh Lào Cai một số nội dung sau:"),
], ids=["passive-agent", "names-the-other-province"])
@pytest.mark.usefixtures("taken_as_work")
def test_the_other_provinces_sở_is_not_made_the_unit_where_it_does_not_issue(source, line):
    """Once 'Sở Công Thương' was read with its capitals, the issuer's name was swapped for the
    commune's where a verb followed: 'được Ủy ban nhân dân xã Mẫu Sơn tổ chức huấn luyện' (a
    passive's agent), 'Ủy ban nhân dân xã Mẫu Sơn đề nghị UBND tỉnh Lào Cai'."""
    profile, day = UNITS["xa-2026"]
    spec = derive_file(source, profile, "ke-hoach", ngay=day, today=day).spec
    assert line in _text(spec)
    assert "Mẫu Sơn tổ chức huấn" not in _text(spec)


TGV = DATA / "letters" / "held_out_18" / "qd_2025_tgv_lamdong_cchc.txt"
CA_MAU = DATA / "letters" / "held_out_28" / "qd_2025_camau_063.txt"
BAO_THANG = DATA / "derive" / "xa-bao-thang-lao-cai-2026.yaml"
OTHER = "the letter implemented is of tỉnh {place}"


@pytest.mark.parametrize(("source", "place"), [(TGV, "Lâm Đồng"), (CA_MAU, "Cà Mau")],
                         ids=["header-without-place", "issuer-without-place"])
def test_a_letter_whose_header_names_no_province_is_told_by_its_place(source: Path,
                                                                      place: str,
                                                                      monkeypatch) -> None:
    """derive22: Lâm Đồng's Tổ giúp việc (its header names no place, its trích yếu "… tỉnh Lâm
    Đồng", written at Lâm Đồng) and Cà Mau's decision (read as of "Ủy ban nhân dân") were
    carried down for xã Bảo Thắng of Lào Cai with no word that they were not sent to it."""
    import ntm_docgen.derive.source as read

    # the Tổ giúp việc's decision is refused as the letter to implement (a body's own Quy chế,
    # test_derive_no_work); its header and place are read here as if it were not
    monkeypatch.setattr(read, "no_work", lambda *_args: None)
    day = date(2026, 8, 5)
    result = derive_file(source, BAO_THANG, "cong-van", ngay=day, today=day)
    assert [w for w in result.warnings if OTHER.format(place=place) in w]


def test_another_provinces_name_is_kept_when_its_issuer_names_none() -> None:
    """derive22: "trên địa bàn tỉnh Cà Mau" became "trên địa bàn xã Cà Mau", a level rewrite of
    another province's name, because the issuer was read as "Ủy ban nhân dân" alone."""
    day = date(2026, 8, 5)
    spec = derive_file(CA_MAU, BAO_THANG, "cong-van", ngay=day, today=day).spec
    assert "xã Cà Mau" not in str(spec)
    assert "trên địa bàn tỉnh Cà Mau" in spec["trich_yeu"]


BAO_THANG = DATA / "derive" / "xa-bao-thang-lao-cai-2026.yaml"


@pytest.mark.parametrize(("letter", "named"), [
    ("held_out_25/qd_2025_brvt_404", "địa bàn tỉnh Bà Rịa - Vũng Tàu"),
    ("held_out_27/qd_2025_brvt_705", "Sở Nội vụ tỉnh Bà Rịa – Vũng Tàu"),
], ids=["hyphen", "en-dash"])
def test_a_province_named_with_a_dash_is_named_whole(letter: str, named: str) -> None:
    """derive24: the commune was told "the letter implemented is of tỉnh Bà Rịa" and "these
    words still name tỉnh Bà Rịa": a place's name was read up to its dash."""
    day = date(2025, 7, 10)
    result = derive_file(DATA / "letters" / f"{letter}.txt", BAO_THANG, "cong-van", ngay=day,
                         today=day)
    told = [w for w in result.warnings if "Bà Rịa" in w]
    assert told and all("tỉnh Bà Rịa - Vũng Tàu" in w for w in told)
    assert any("the letter implemented is of tỉnh Bà Rịa - Vũng Tàu" in w for w in told)
    assert any("these words still name" in w and named in w for w in told)


def test_an_office_of_a_place_named_with_a_dash_is_passed_whole() -> None:
    """An office of the level above followed by a place with a dash in its name: the place is
    read to its end, not up to the dash."""
    from ntm_docgen.derive.offices import _PLACE

    found = _PLACE.match(" tỉnh Bà Rịa - Vũng Tàu thực hiện")
    assert found is not None and found.group(0) == " tỉnh Bà Rịa - Vũng Tàu"
