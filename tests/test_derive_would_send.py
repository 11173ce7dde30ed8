"""Four things a văn thư would not send, each found in a real derived draft: another place's
offices added to the Nơi nhận (Vũng Tàu's Kế hoạch 2144/KH-UBND derived by Lạng Sơn), a
province's own body among a commune's (Lâm Đồng's Kế hoạch on the CCHC movement for xã Lạc
Dương), a document asked by a day that the draft asked no one for (the Bình Thuận office's reply
182, Lào Cai's Sở Công Thương asking opinions, Quảng Ngãi's Thông báo 542), and a Giấy khen
given at the xã by another than its Chủ tịch (Luật Thi đua, khen thưởng 2022, Điều 80, khoản 3;
the Lâm Đồng plan, Đắk Lắk's Kế hoạch 0125)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file
from ntm_docgen.i18n import set_language

DATA = Path(__file__).resolve().parent / "data"
LETTERS = DATA / "letters"
PROFILES = DATA / "derive"
VUNG_TAU = LETTERS / "held_out_27" / "kh_2025_vungtau_2144.txt"
CCHC = LETTERS / "held_out_23" / "kh_2026_lamdong_thidua_cchc.txt"
BINH_THUAN = LETTERS / "held_out_13" / "cv_2025_vpbinhthuan_182.txt"
Y_KIEN = LETTERS / "held_out_17" / "cv_2026_sct_ykien_sxd.txt"
QUANG_NGAI = LETTERS / "held_out_18" / "tb_2024_quangngai_542.txt"
DAK_LAK = LETTERS / "held_out_42" / "kh_2025_daklak_0125.txt"
LANG_SON = DATA.parent.parent / "data" / "profiles" / "lang-son.yaml"
SO_LANG_SON = PROFILES / "so-nnmt-lang-son-2026.yaml"
XA_LAC_DUONG = PROFILES / "xa-lac-duong-lam-dong-2025.yaml"
XA_BAO_THANG = PROFILES / "xa-bao-thang-lao-cai-2026.yaml"
DAY = date(2026, 8, 5)


@pytest.fixture(autouse=True)
def _english() -> None:
    set_language("en")


def _lines(spec: dict) -> list[str]:
    return [x for part in [spec, *(spec.get("phu_luc") or [])]
            for x in str(part.get("noi_dung") or "").split("\n")]


@pytest.mark.parametrize("profile", [LANG_SON, SO_LANG_SON], ids=["tinh", "so"])
def test_another_places_offices_are_not_sent_the_letter(profile: Path) -> None:
    """Vũng Tàu's plan tasks its Phòng Y tế: a body of that city, not of Lạng Sơn."""
    day = date(2025, 4, 1)
    result = derive_file(VUNG_TAU, profile, "ke-hoach", ngay=day, today=day)
    assert "2. Phòng Y tế" in _lines(result.spec)  # the source's item, for her to rewrite
    assert not [x for x in result.spec["noi_nhan"] if x.startswith("Phòng")]
    assert any("were not added to the Nơi nhận" in w and "Phòng Y tế" in w
               and "thành phố Vũng Tàu" in w for w in result.warnings)


def test_a_communes_letter_names_no_body_only_a_province_has() -> None:
    result = derive_file(CCHC, XA_LAC_DUONG, "ke-hoach", ngay=DAY, today=DAY)
    lines = _lines(result.spec)
    assert "- Các phòng chuyên môn thuộc UBND xã." in lines  # Đối tượng thi đua
    assert "+ Đối với các phòng chuyên môn thuộc UBND xã: Có kết quả đánh giá chỉ số CCHC đạt " \
           "loại Tốt và nằm trong nhóm 03 cơ quan dẫn đầu." in lines
    assert not [x for x in lines if "Ban Quản lý các khu công nghiệp" in x]
    assert any("Ban Quản lý các khu công nghiệp" in w and "taken out of the lists" in w
               for w in result.warnings)


def test_a_commune_does_not_send_its_plan_to_the_provinces_bodies_it_tasks() -> None:
    result = derive_file(CCHC, XA_LAC_DUONG, "ke-hoach", ngay=DAY, today=DAY)
    noi_nhan = result.spec["noi_nhan"]
    assert "Phòng Văn hóa - Xã hội" in noi_nhan  # the xã's own unit
    for body in ("Báo và Đài Phát thanh, Truyền hình Lâm Đồng",
                 "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"):
        assert body not in noi_nhan
        assert any("of the level above" in w and body in w for w in result.warnings)


@pytest.mark.parametrize("form", ["cong-van", "ke-hoach"])
def test_a_document_asked_by_a_day_is_asked_of_the_units_by_an_earlier_day(form: str) -> None:
    """Lào Cai's Sở Công Thương asks for opinions by 14/3/2026: the xã asks its units for them
    five days before, to send them on to the Sở."""
    day = date(2026, 3, 2)
    result = derive_file(Y_KIEN, XA_BAO_THANG, form, ngay=day, today=day)
    asked = [x for x in _lines(result.spec) if "gửi ý kiến tham gia" in x.casefold()]
    assert len(asked) == 1
    assert asked[0].casefold().endswith("gửi ý kiến tham gia về ủy ban nhân dân xã trước ngày "
                                        "09/3/2026 để tổng hợp, gửi sở công thương.")
    assert "báo cáo" not in asked[0]
    assert any("asks for ý kiến tham gia by 14/3/2026" in w and "09/3/2026" in w
               for w in result.warnings)


def test_a_deadline_given_before_the_day_asked_is_kept() -> None:
    day = date(2025, 4, 3)
    result = derive_file(BINH_THUAN, LANG_SON, "cong-van", ngay=day, today=day,
                         han=date(2025, 4, 8))
    assert [x for x in _lines(result.spec)
            if x.endswith("Gửi dự thảo về Sở Nội vụ trước ngày 08/4/2025 để tổng hợp.")]


def test_a_document_asked_by_a_day_already_past_is_asked_with_no_day() -> None:
    """Quảng Ngãi's Thông báo 542 of 06/11/2024 asks for the delegates' list by 07/11/2024."""
    day = date(2024, 11, 20)
    result = derive_file(QUANG_NGAI, LANG_SON, "cong-van", ngay=day, today=day)
    asked = [x for x in _lines(result.spec) if "danh sách đại biểu" in x]
    assert asked == ["2. Gửi danh sách đại biểu tham dự Hội nghị nêu trên về Sở Nội vụ để "
                     "tổng hợp."]
    assert any("leaves its units no time" in w and "07/11/2024" in w for w in result.warnings)


@pytest.mark.parametrize(("source", "line"), [
    (CCHC, "2. Giấy khen của Chủ tịch UBND xã"),
    (DAK_LAK, "- Giấy khen của Chủ tịch UBND xã."),
], ids=["lam-dong", "dak-lak"])
def test_at_the_xa_the_giay_khen_is_its_chairs(source: Path, line: str) -> None:
    profile = XA_LAC_DUONG if source == CCHC else XA_BAO_THANG
    result = derive_file(source, profile, "ke-hoach", ngay=DAY, today=DAY)
    lines = [x.replace("*", "") for x in _lines(result.spec)]
    assert line in lines
    assert not [x for x in lines if "Giấy khen của Thủ trưởng" in x]
    assert any("Điều 80, khoản 3" in w for w in result.warnings)


def test_a_provinces_giay_khen_stays_its_heads() -> None:
    """Above the xã a body's head gives its own Giấy khen (Điều 80, khoản 1)."""
    day = date(2025, 4, 1)
    lines = _lines(derive_file(DAK_LAK, SO_LANG_SON, "ke-hoach", ngay=day, today=day).spec)
    assert [x for x in lines if "Giấy khen của Thủ trưởng" in x]


@pytest.mark.parametrize(("source", "line"), [
    ("held_out_19/cv_2025_bca_5689", "3. Gửi văn bản trả lời về Ủy ban nhân dân xã để tổng hợp."),
    ("held_out_22/tb_2025_taydo_1144", "3. Gửi hồ sơ về Ủy ban nhân dân xã để tổng hợp."),
], ids=["from-further-above", "name-cut-at-a-comma"])
def test_the_body_a_document_goes_to_is_named_only_when_whole_and_directly_above(
        source: str, line: str) -> None:
    """Bộ Công an's letter reaches the xã through the province, which sends it on; Tây Đô's
    "Hội đồng xét NGND, NGƯT cấp Trường" is no "Hội đồng xét NGND"."""
    spec = derive_file(LETTERS / f"{source}.txt", XA_BAO_THANG, "cong-van", ngay=DAY,
                       today=DAY).spec
    assert line in _lines(spec)


def test_a_plan_carrying_the_sources_own_line_asks_nothing_more() -> None:
    """Lâm Đồng's plan asks for its Bằng khen files by 15/02/2027 in its part V, which a Kế
    hoạch carries as written: no second line, no word of one."""
    result = derive_file(CCHC, XA_LAC_DUONG, "ke-hoach", ngay=DAY, today=DAY)
    lines = _lines(result.spec)
    assert len([x for x in lines if "tặng Bằng khen" in x and "gửi" in x]) == 1
    assert not [w for w in result.warnings if "asks for hồ sơ" in w]
    cong_van = derive_file(CCHC, XA_LAC_DUONG, "cong-van", ngay=DAY, today=DAY)
    assert "4. Gửi hồ sơ đề nghị Chủ tịch UBND tỉnh tặng Bằng khen về Ủy ban nhân dân xã trước " \
           "ngày 10/02/2027 để tổng hợp, gửi Sở Nội vụ." in _lines(cong_van.spec)
    assert [w for w in cong_van.warnings if "asks for hồ sơ" in w and "10/02/2027" in w]
