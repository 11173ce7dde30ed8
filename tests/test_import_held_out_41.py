"""`ntm-docgen import` on what held_out_41 showed (docs/accuracy.md): a commune's portal that
prints the day it posted a notice under the notice's title and the name of the signed file
under its last item, and a legal-text site's page cut inside an opening paragraph that begins
with its grounds, before its "như sau:"."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.importer import import_letter, import_lines
from ntm_docgen.importer.body import read_body
from ntm_docgen.importer.lost import lost_lines

SET = Path(__file__).parent / "data" / "letters" / "held_out_41"
TITLE = "THÔNG BÁO VỀ VIỆC TREO CỜ TỔ QUỐC"
OPENING = ("Thực hiện Kế hoạch số 469/KH-UBND ngày 28 tháng 4 năm 2025 của UBND xã Thiệu Vân về "
           "việc tuyên truyền kỷ niệm 50 năm Ngày Giải phóng Miền Nam. Uỷ ban nhân dân xã Thiệu "
           "Vân thông báo đến các cơ quan, đơn vị và toàn thể nhân dân cụ thể như sau:")
ITEM = "1/ Tất cả các cơ quan, các thôn, các hộ gia đình thực hiện treo cờ Tổ quốc."
LAST = "2/ Thời gian treo cờ tổ quốc: Từ ngày 30/4/2025 đến hết ngày 01/5/2025."
SIGNED = "THONG-BAO-TREO-CO-TO-QUOC-30-4-669(28.04.2025_10h14p37)_signed638814338274518958.pdf"


def _read(lines: list[str]) -> tuple[dict, list[str]]:
    result = import_lines(lines)
    assert lost_lines(lines, result.spec, result.warnings) == []
    return result.spec, result.warnings


@pytest.mark.parametrize("posted", ["Thứ Hai, 28/04/2025", "Chủ Nhật, 03/08/2025",
                                    "Thứ Năm 17/07/2025"], ids=["thu-hai", "chu-nhat", "no-comma"])
def test_the_day_a_portal_posted_a_notice_is_no_paragraph_of_it(posted: str) -> None:
    """Thiệu Vân's portal prints the day it posted the notice between its title and a repeat of
    the title: the notice's first paragraph is the one under them, the day is set apart."""
    spec, warnings = _read([TITLE, posted, TITLE, OPENING, ITEM, LAST])
    assert (spec["loai"], spec["trich_yeu"]) == ("TB", "VỀ VIỆC TREO CỜ TỔ QUỐC")
    assert spec["noi_dung"].split("\n")[0] == OPENING
    assert any(posted in w for w in warnings)


def test_a_weekday_that_opens_a_sentence_stays_in_the_letter() -> None:
    """A first paragraph that begins with a weekday but says more is the letter's."""
    first = "Thứ Hai, 28/04/2025, các thôn treo cờ Tổ quốc."
    spec, _ = _read([TITLE, first, ITEM, LAST])
    assert spec["noi_dung"].split("\n")[0] == first


def test_the_name_of_the_signed_file_under_the_last_item_is_the_pages() -> None:
    """Under the last item the portal links the signed PDF by its file name: not the notice's
    last paragraph."""
    spec, warnings = _read([TITLE, OPENING, ITEM, LAST, SIGNED])
    assert spec["noi_dung"].split("\n")[-1] == LAST
    assert any(SIGNED in w for w in warnings)


GROUNDS = ("Thực hiện Chỉ thị số 36/CT-TTg ngày 31/12/2025 của Thủ tướng Chính phủ về việc tổ chức "
           "Tết Nguyên đán Bính Ngọ năm 2026; Chỉ thị số 02-CT/TU ngày 31/12/2025 của Ban Thường "
           "vụ Tỉnh ủy về việc tổ chức đón Tết Nguyên đán Bính Ngọ năm 2026")


@pytest.mark.parametrize("acting", [
    ", Chủ tịch UBND tỉnh đề nghị Thủ trưởng các sở, ban, ngành nghiêm túc quán triệt các nhiệm",
    ", Ủy ban nhân dân tỉnh Thanh Hóa ban hành Kế hoạch triển khai Phong trào thi đua trên địa",
    "; UBND xã Vân Khánh thông báo thời gian nghỉ tết Dương lịch năm 2026 và phân công",
], ids=["chu-tich-de-nghi", "uy-ban-ban-hanh", "ubnd-xa-thong-bao"])
def test_grounds_the_uy_ban_goes_on_acting_on_open_the_body(acting: str) -> None:
    """Đắk Lắk's Chỉ thị opens with its grounds and goes on with the Chủ tịch asking the sở to
    act; the site's page stops before the paragraph's "như sau:". It is the letter's first
    paragraph, not a căn cứ."""
    body = read_body([GROUNDS + acting, "1. Các sở"])
    assert body.can_cu == []
    assert body.noi_dung[0] == GROUNDS + acting


@pytest.mark.parametrize("ground", [
    "Căn cứ Quyết định số 5/QĐ-UBND ngày 02/01/2025 của UBND tỉnh về việc ban hành Quy chế;",
    "Thực hiện Kế hoạch số 9669/KH-UBND ngày 24/12/2025 của Ủy ban nhân dân tỉnh về thi đua;",
    "Căn cứ Thông báo số 200/TB-UBND ngày 05/12/2025 của Ủy ban nhân dân tỉnh An Giang;",
], ids=["quy-che", "thuc-hien-ke-hoach", "thong-bao-cua-uy-ban"])
def test_a_ground_that_names_the_uy_ban_as_its_author_stays_a_ground(ground: str) -> None:
    body = read_body([ground, "UBND xã thông báo như sau:", "1. Các thôn"])
    assert body.can_cu == [ground.rstrip(";")]


def test_the_pages_of_held_out_41_read_whole() -> None:
    """The two letters the rules were found on, as their pages give them."""
    thieu_van = import_letter(SET / "tb_2025_thieuvan_treoco.txt").spec
    assert thieu_van["noi_dung"].split("\n")[0].startswith("Thực hiện Kế hoạch của Ủy ban")
    assert thieu_van["noi_dung"].split("\n")[-1] == LAST
    dak_lak = import_letter(SET / "ct_2026_daklak_01.txt").spec
    assert not dak_lak.get("can_cu")
    assert dak_lak["noi_dung"].startswith("Thực hiện Chỉ thị số 36/CT-TTg")
