"""`ntm-docgen import` on what held_out_28 showed (docs/accuracy.md): commune notices copied from
their portals without a header, a portal's "Skip to main content" over them, a title in capitals
that names the type, a closing paragraph that names it, what the page prints under the letter."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.lost import lost_lines

GROUND = ("Thực hiện Thông báo số 12/TB-UBND ngày 16 tháng 07 năm 2025 của UBND tỉnh An Giang về "
          "việc treo Quốc kỳ nhân dịp kỷ niệm 78 năm Ngày Thương binh – Liệt sĩ.")
OPENING = "Để tưởng nhớ, tri ân các anh hùng liệt sĩ, thương binh, bệnh binh:"
ITEM = ("1. Các cơ quan, đơn vị, Ban nhân dân các ấp và các hộ dân trên địa bàn xã Ô Lâm treo "
        "Quốc kỳ từ chiều ngày 17/7/2025 đến hết ngày 27/7/2025.")
CLOSING = ("Ủy ban nhân dân xã yêu cầu các cơ quan, đơn vị và các hộ dân trên địa bàn xã thực "
           "hiện nghiêm tinh thần {kind} này ./")
TITLE = "Về việc treo Quốc kỳ nhân dịp kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ"


def _read(lines: list[str]) -> dict:
    result = import_lines(lines)
    assert lost_lines(lines, result.spec, result.warnings) == []
    return result.spec


def test_a_portal_link_over_the_page_is_no_line_of_the_letter() -> None:
    """Ô Lâm's page opens with the portal's "Skip to main content": the title under it is the
    letter's."""
    spec = _read(["Skip to main content", "", TITLE, "", GROUND, OPENING, ITEM,
                  CLOSING.format(kind="Thông báo")])
    assert spec["trich_yeu"] == TITLE
    assert spec["can_cu"] == [GROUND.rstrip(".")]


@pytest.mark.parametrize(("kind", "loai"), [
    ("Thông báo", "TB"), ("Kế hoạch", "KH"), ("Hướng dẫn", "HD"),
], ids=["thong-bao", "ke-hoach", "huong-dan"])
def test_the_closing_paragraph_names_the_type_a_page_shows_nowhere_else(
        kind: str, loai: str) -> None:
    """No type name, no ký hiệu, an opening that is no "UBND xã X thông báo ... như sau:": the
    closing "... tinh thần Thông báo này ./" names the letter."""
    spec = _read([TITLE, GROUND, OPENING, ITEM, CLOSING.format(kind=kind)])
    assert spec["loai"] == loai


def test_a_closing_paragraph_naming_no_type_leaves_a_cong_van() -> None:
    spec = _read([TITLE, GROUND, OPENING, ITEM, CLOSING.format(kind="văn bản")])
    assert spec["loai"] == "CV"


@pytest.mark.parametrize(("title", "loai", "trich_yeu"), [
    ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025", "KH", "CẢI CÁCH HÀNH CHÍNH NĂM 2025"),
    ("THÔNG BÁO VỀ VIỆC TREO CỜ TỔ QUỐC", "TB", "VỀ VIỆC TREO CỜ TỔ QUỐC"),
], ids=["long-phung", "thieu-van"])
def test_a_page_title_in_capitals_names_the_type_and_the_trich_yeu(
        title: str, loai: str, trich_yeu: str) -> None:
    """A commune's portal prints the letter's type and trích yếu as one title in capitals."""
    opening = ("UBND xã Long Phụng ban hành Kế hoạch cải cách hành chính Nhà nước năm 2025 trên "
               "địa bàn xã, cụ thể như sau:")
    spec = _read([title, opening, "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",
                  "- Tạo chuyển biến mạnh mẽ về kỷ luật, kỷ cương."])
    assert (spec["loai"], spec["trich_yeu"]) == (loai, trich_yeu)
    assert spec["noi_dung"].split("\n")[0] == opening


NOTICE = ["Thông báo treo Quốc kỳ và lịch nghỉ tết Nguyên đán 2026",
          "Ủy ban nhân dân xã Nhơn Mỹ thông báo đến Nhân dân trên địa bàn xã như sau:",
          "Các cơ quan, đơn vị và hộ dân treo Quốc kỳ từ ngày 16/02/2026 đến hết ngày 20/02/2026."]
LAST = "Ủy ban nhân dân xã yêu cầu các hộ dân tổ chức thực hiện nghiêm Thông báo này./."


@pytest.mark.parametrize("under", [
    ["Bích Trâm – Kiều Tiên"], ["Tài liệu đính kèm:"], ["", "Các tin khác:"],
], ids=["byline", "attachments-label", "links-label"])
def test_what_the_page_prints_under_the_letter_is_no_paragraph(under: list[str]) -> None:
    """Nhơn Mỹ's page signs the notice with who posted it; Vân Khánh's ends with its
    "Tài liệu đính kèm:" label: the closing paragraph is the letter's last."""
    result = import_lines([*NOTICE, LAST, *under])
    assert result.spec["noi_dung"].split("\n")[-1] == LAST
    assert any(under[-1] in w for w in result.warnings)
    assert lost_lines([*NOTICE, LAST, *under], result.spec, result.warnings) == []


@pytest.mark.parametrize("under", ["Nguyễn Văn An", "Thời gian:"], ids=["one-name", "label"])
def test_one_name_or_a_label_under_an_open_paragraph_stays(under: str) -> None:
    """One name alone under the ./. may be the signer's, its title lost; a label under a
    paragraph that does not end with a full stop goes on with it."""
    last = LAST if under == "Nguyễn Văn An" else "Lịch nghỉ Tết cụ thể như sau:"
    spec = _read([*NOTICE, last, under])
    assert under in spec["noi_dung"] or under in str(spec.get("ky"))
