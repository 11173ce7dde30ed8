"""What is still the province's in a commune's letter once a province's text is carried down is
left out, told: a review derived Chỉ thị 04/CT-UBND 2024 of Quảng Ngãi for xã Tân Thành (Lạng
Sơn) and read "tỉnh ta đứng thứ 37 trên tổng số 63 tỉnh …; tình trạng nhũng nhiễu … trên địa bàn
xã vẫn còn xảy ra", "Chủ tịch UBND tỉnh chỉ đạo …" and "2. Đề nghị Giám đốc Công an tỉnh, Viện
trưởng Viện kiểm sát …" in the commune's Kế hoạch."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ntm_docgen.derive import derive_file

ROOT = Path(__file__).resolve().parent.parent
CT_04 = ROOT / "tests" / "data" / "letters" / "held_out_19" / "ct_2024_quangngai_04.txt"
TAN_THANH = ROOT / "data" / "profiles" / "xa-tan-thanh-lang-son.yaml"
LANG_SON = ROOT / "data" / "profiles" / "lang-son.yaml"
HD_2378 = ROOT / "tests" / "data" / "letters" / "held_out_6" / "hd_2015_btdkt_2378.txt"
DAY = date(2025, 12, 15)


def test_the_province_s_own_sentences_are_not_the_commune_s() -> None:
    result = derive_file(CT_04, TAN_THANH, "ke-hoach", ngay=DAY, han=date(2025, 12, 30),
                         today=DAY)
    body = result.spec["noi_dung"]
    for gone in ("tỉnh ta", "Chủ tịch UBND tỉnh chỉ đạo", "Giám đốc Công an tỉnh",
                 "nhũng nhiễu, tiêu cực trong khu vực công trên địa bàn xã",
                 "Tập trung điều tra, làm rõ"):  # a point of the Công an's item
        assert gone not in body
    # the item given to the bodies the commune took over stays, with its points
    assert "Tiếp tục quán triệt, triển khai thực hiện nghiêm" in body
    told = [w for w in result.warnings if "speak of the province itself" in w]
    assert len(told) == 1 and "tỉnh ta đứng thứ 37" in told[0]
    assert "Đề nghị Giám đốc Công an tỉnh" in told[0]


def test_the_province_keeps_its_own_sentences() -> None:
    result = derive_file(CT_04, LANG_SON, "ke-hoach", ngay=DAY, han=date(2025, 12, 30),
                         today=DAY)
    assert not [w for w in result.warnings if "speak of the province itself" in w]


def test_no_level_is_put_after_each() -> None:
    """derive25: "Mỗi tỉnh, thành phố trực thuộc Trung ương chọn 05% số xã" became "Mỗi các xã,
    phường chọn 05% số xã" in the province's Hướng dẫn (2378/BTĐKT of 2015)."""
    from ntm_docgen.derive.rules import Rewriter

    rewrite = Rewriter({"tỉnh, thành phố trực thuộc Trung ương": "các xã, phường",
                        "các tỉnh, thành phố trực thuộc Trung ương": "các xã, phường",
                        "trên địa bàn tỉnh": "trên địa bàn xã"}, {})
    line = "- Mỗi tỉnh, thành phố trực thuộc Trung ương chọn 05% số xã tiêu biểu nhất."
    assert rewrite(line) == line
    assert rewrite("từng tỉnh, thành phố trực thuộc Trung ương") == \
        "từng tỉnh, thành phố trực thuộc Trung ương"
    assert rewrite("Các tỉnh, thành phố trực thuộc Trung ương chọn") == "Các xã, phường chọn"
    assert rewrite("mỗi hộ trên địa bàn tỉnh") == "mỗi hộ trên địa bàn xã"


def test_the_province_s_quota_is_no_commune_s(tmp_path: Path) -> None:
    """The quota line of 2378/BTĐKT (its typo "tnh" set right) is given to no level below."""
    source = tmp_path / "hd.txt"
    source.write_text(HD_2378.read_text(encoding="utf-8").replace("tnh,", "tỉnh,"),
                      encoding="utf-8")
    for profile in (TAN_THANH, LANG_SON):
        result = derive_file(source, profile, "huong-dan", ngay=DAY, han=date(2025, 12, 30),
                             today=DAY)
        assert "Mỗi các" not in result.spec["noi_dung"]
        assert "chọn 05% số xã" not in result.spec["noi_dung"]
        assert any("chọn 05% số xã" in w for w in result.warnings)


def test_a_task_that_names_the_province_s_orders_mid_sentence_is_kept() -> None:
    """A review: "các nội dung UBND tỉnh chỉ đạo" is what the units carry out, not the
    province's own voice; the paragraph holding her task and its deadline was left out whole,
    and the warning said it spoke of the province itself."""
    from ntm_docgen.derive.province import drop_province

    task = ("Để thực hiện tốt các nội dung UBND tỉnh chỉ đạo, các cơ quan, đơn vị, địa phương "
            "khẩn trương rà soát hộ nghèo, báo cáo kết quả trước ngày 20/12/2025.")
    spec = {"noi_dung": f"{task}\nChủ tịch UBND tỉnh chỉ đạo Sở Tài chính bố trí kinh phí."}
    told = drop_province(spec, "xã")
    assert spec["noi_dung"] == task
    assert len(told) == 1 and "bố trí kinh phí" in told[0], told


def test_what_only_the_province_has_and_its_orders_are_not_the_commune_s() -> None:
    """A review of Chỉ thị 04 carried to xã Tân Thành: "kiện toàn đội ngũ giám định viên tư
    pháp, các tổ chức giám định tư pháp trên địa bàn xã" (a body no commune has), "Chỉ đạo các
    cơ quan chuyên môn cấp tỉnh …" (the province's order), and item 1 given to "Thủ trưởng các
    sở, ban ngành tỉnh, Chủ tịch UBND cấp huyện, …" in the commune's own Kế hoạch."""
    result = derive_file(CT_04, TAN_THANH, "ke-hoach", ngay=DAY, han=date(2025, 12, 30),
                         today=DAY)
    body = result.spec["noi_dung"]
    for gone in ("giám định tư pháp trên địa bàn xã", "Chỉ đạo các cơ quan chuyên môn cấp tỉnh",
                 "1. Thủ trưởng các sở"):
        assert gone not in body
    assert "1. Các ban, ngành, đoàn thể xã; trưởng các thôn, tổ dân phố\na) Tiếp tục quán triệt" \
        in body
    told = [w for w in result.warnings if "speak of the province itself" in w]
    assert "giám định viên tư pháp" in told[0] and "Chỉ đạo các cơ quan chuyên môn" in told[0]
    given = [w for w in result.warnings if "to the huyện together" in w]
    assert len(given) == 1 and "Thủ trưởng các sở, ban ngành tỉnh, Chủ tịch UBND cấp huyện" \
        in given[0]


def test_the_province_s_item_for_its_bodies_and_the_huyen_stays_in_its_own_letter() -> None:
    result = derive_file(CT_04, LANG_SON, "ke-hoach", ngay=DAY, han=date(2025, 12, 30),
                         today=DAY)
    assert not [w for w in result.warnings if "to the huyện together" in w]
