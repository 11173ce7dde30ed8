"""`ntm-docgen import` on what held_out_27 showed (docs/accuracy.md): a trích yếu that begins
"Thực hiện ..." under the type name, and a Quyết định's căn cứ closed by "Xét đơn ..."."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import PLACEHOLDER, import_lines
from ntm_docgen.importer.lost import lost_lines

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
CITY = ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ VŨNG TÀU", *MOTTO, "Số: 2144/KH-UBND",
        "Vũng Tàu, ngày 18 tháng 3 năm 2025", "KẾ HOẠCH"]
GROUND = ("Căn cứ Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng "
          "khóa XII về công tác dân số trong tình hình mới;")
OPENING = ("Theo đề nghị của Trưởng phòng Y tế tại Tờ trình số 08/TTr-PYT ngày 19/02/2025; "
           "UBND thành phố ban hành Kế hoạch như sau:")
CLOSING = "Đề nghị các cơ quan, đơn vị phối hợp, triển khai thực hiện./."
SIGNED = ["Nơi nhận:", "- Sở Y tế tỉnh;", "- Lưu: VT, PYT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
          "Nguyễn Thị Thu Hương"]


def _read(lines: list[str]) -> dict:
    result = import_lines(lines)
    assert lost_lines(lines, result.spec, result.warnings) == []
    return result.spec


@pytest.mark.parametrize(("title", "trich_yeu"), [
    (["Thực hiện chương trình Dân số và phát triển năm 2025"],
     "Thực hiện chương trình Dân số và phát triển năm 2025"),
    (["Thực hiện chương trình Dân số và phát triển trên địa bàn", "thành phố năm 2025"],
     "Thực hiện chương trình Dân số và phát triển trên địa bàn thành phố năm 2025"),
    (["Thực hiện Đề án đo lường sự hài lòng của người dân năm 2026"],
     "Thực hiện Đề án đo lường sự hài lòng của người dân năm 2026"),
], ids=["one-line", "wrapped-line", "de-an"])
def test_a_trich_yeu_beginning_thuc_hien_under_the_type_name_is_the_trich_yeu(
        title: list[str], trich_yeu: str) -> None:
    spec = _read([*CITY, *title, GROUND, OPENING, "I. MỤC TIÊU", CLOSING, *SIGNED])
    assert spec["trich_yeu"] == trich_yeu
    assert spec["can_cu"] == [GROUND.rstrip(";")]
    assert spec["noi_dung"].split("\n")[0] == OPENING


@pytest.mark.parametrize("ground", [
    "Thực hiện Kế hoạch số 2300/KH-UBND ngày 21/03/2025 của Ủy ban nhân dân thành phố;",
    "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh,",
], ids=["cited-by-number", "ending-with-comma"])
def test_a_thuc_hien_ground_under_the_type_name_stays_a_ground(ground: str) -> None:
    spec = _read([*CITY, ground, GROUND, OPENING, "I. MỤC TIÊU", CLOSING, *SIGNED])
    assert spec["can_cu"][0] == ground.rstrip(";,")
    assert spec.get("trich_yeu") in (None, "", PLACEHOLDER)


WARD = ["ỦY BAN NHÂN DÂN", "PHƯỜNG 1", *MOTTO, "Số: 66/QĐ-UBND",
        "Phường 1, ngày 17 tháng 3 năm 2025", "QUYẾT ĐỊNH",
        "Về việc phê duyệt kết quả lựa chọn nhà thầu",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG 1",
        "Căn cứ Luật Đấu thầu số 22/2023/QH15 ngày 23 tháng 6 năm 2023;"]
ARTICLE = "Điều 1. Chỉ định Trung tâm Điều tra, Quy hoạch và Định giá đất là đơn vị tư vấn."
DECIDED = ["QUYẾT ĐỊNH:", ARTICLE, "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
           "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.", "CHỦ TỊCH", "Vũ Đăng Khoa"]


@pytest.mark.parametrize("ground", [
    "Xét Đơn đăng ký tham gia thầu của Trung tâm Điều tra, Quy hoạch và Định giá đất.",
    "Xét đơn đề nghị của ông Nguyễn Văn An ngày 10/3/2025;",
], ids=["don-dang-ky-full-stop", "don-de-nghi"])
def test_xet_don_closes_the_can_cu(ground: str) -> None:
    spec = _read([*WARD, ground, *DECIDED])
    assert spec["can_cu"] == ["Căn cứ Luật Đấu thầu số 22/2023/QH15 ngày 23 tháng 6 năm 2023",
                              ground.rstrip(";.")]
    assert spec["noi_dung"].split("\n")[0] == ARTICLE
