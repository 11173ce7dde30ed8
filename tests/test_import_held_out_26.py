"""`ntm-docgen import` on what held_out_26 showed (docs/accuracy.md): a Biên bản whose parties
sign under "Đại diện" typed in sentence case over the party's name."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import PLACEHOLDER, import_lines
from ntm_docgen.importer.lost import lost_lines

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
END = ("Biên bản kết thúc vào hồi 10 giờ 00 phút cùng ngày, được lập thành 04 bản, có giá trị "
       "pháp lý như nhau./.")
MINUTES = [*MOTTO, "BIÊN BẢN LÀM VIỆC",
           "Hôm nay, ngày 26/5/2026 tại Sở Công Thương chúng tôi cùng nhau tiến hành làm việc "
           "về Cụm công nghiệp Đầm Hồng. Cụ thể như sau:",
           "I. Thành phần tham gia", "Ông: Nguyễn Đình Chiến - Phó Giám đốc Sở Công Thương;",
           "Ông: Vũ Lân - Phó Giám đốc Sở Tài chính;", "Ông: Lê Anh Dũng - Chủ tịch;", END]


def _read(lines: list[str]) -> dict:
    result = import_lines(lines)
    assert lost_lines(lines, result.spec, result.warnings) == []
    return result.spec


@pytest.mark.parametrize(("parties", "title", "name"), [
    (["Đại diện", "Sở Công Thương", "", "", "Nguyễn Đình Chiến", "", "Đại diện",
      "Sở Tài chính", "", "Vũ Lân", "", "Đại diện", "UBND phường Văn Phú", "", "Lê Anh Dũng"],
     "Đại diện Sở Công Thương", "Nguyễn Đình Chiến"),
    (["Đại diện", "UBND phường Văn Phú", "Lê Anh Dũng", "Đại diện", "Công ty CP An Bình",
      "Vũ Lân"], "Đại diện UBND phường Văn Phú", "Lê Anh Dũng"),
], ids=["three-bodies-word-table", "ward-then-company"])
def test_a_party_signing_under_dai_dien_in_sentence_case_is_the_signature(
        parties: list[str], title: str, name: str) -> None:
    spec = _read([*MINUTES, "", *parties])
    assert spec["ky"] == {"chuc_vu": title, "ho_ten": name}
    assert spec["noi_dung"].split("\n")[-1] == END


def test_dai_dien_in_the_body_is_no_signature() -> None:
    spec = _read([*MINUTES[:-1], "Đại diện các cơ quan cùng thống nhất nội dung như sau:",
                  "Một là, di dời Cụm công nghiệp Đầm Hồng./."])
    assert spec["noi_dung"].split("\n")[-1] == "Một là, di dời Cụm công nghiệp Đầm Hồng./."
    assert spec["ky"] == {"chuc_vu": PLACEHOLDER, "ho_ten": PLACEHOLDER}

