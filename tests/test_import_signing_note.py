"""`ntm-docgen import` of a letter signed digitally whose note (the signing centre's name, its
address, the time of signing) is printed over the header (held_out_17's and held_out_18's
letters of the UBND tỉnh Quảng Ngãi, as signed PDFs and as scans): the note is left out with
one warning that says what it is, where its lines had been listed as lines to write back."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.lost import lost_lines

LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\nSố: 565/TB-UBND\nQuảng Ngãi, ngày 15 tháng 11 năm 2024\n"
          "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh\n"
          "Ngày 12/11/2024, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp./.\n"
          "Nơi nhận:\n- CT, PCT UBND tỉnh;\n- Lưu: VT.\nTL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\n"
          "PHÓ CHÁNH VĂN PHÒNG\nPhùng Tô Long\n")


@pytest.mark.parametrize("note", [
    "TRUNG TÂM CÔNG\nBÁO VÀ TIN HỌC\nttcbth@quangngai.gov.vn\n18.11.2024 07:25:14\n+07:00\n",
    "TRUNG TÂM CÔNG BÁO\nVÀ TIN HỌC\nttcbth()quangngaI.SOV.v11\n- : 21.01.2025 07:10:01 0700 -\n",
    "TRUNG TÂM CÔNG\nBẢO VÀ TIN HỌC\n07.02.2025 15:53:02\n",
    # held_out_19's 299: the address read in two pieces, the time as digits and marks
    "TRUNG TÂM CÔNG\nBẢO VÀ TIN HỌC\nttcbth()quangngaI.jm vn\n20700 U/.40.1U\n",
    # held_out_19's 1053: the government portal's note, each part named, the logo's letters
    # read into its last line
    "Người ký: CỖNG THÔNG TIN ĐIỆN TỪ CHÍNH PHÙ\nEmail: thongtinchinhphu()chinhphu.vn\n"
    "Cơ quan: VĂN PHONG CHÍNH PHỦ\nCHINHPHUVNThời sian ký: 01.10.2024 16:02:40 +07:00\n",
], ids=["signed-pdf", "scan-address-garbled", "scan-no-address", "scan-time-garbled",
        "portal-labelled"])
def test_the_note_of_a_digital_signature_over_the_header_is_left_out(note: str) -> None:
    raw = (note + LETTER).splitlines()
    result = import_lines(raw)
    assert result.spec["co_quan"] == {"ten": "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "viet_tat": "UBND"}
    said = [w for w in result.warnings if "digital signature" in w or "chữ ký số" in w]
    assert len(said) == 1
    assert all(f"“{line}”" in said[0] for line in note.splitlines())
    assert lost_lines(raw, result.spec, result.warnings) == []
    assert not any("write" in w or "tự thêm" in w for w in result.warnings)


def test_a_time_under_an_issuer_over_the_motto_is_no_note() -> None:
    """Lines in capitals with a time under them and the motto right after: the issuer's own."""
    raw = ("SỞ CÔNG THƯƠNG\nsct@laocai.gov.vn\n18.11.2024 07:25:14\n" + LETTER.split("\n", 2)[2]
           ).splitlines()
    result = import_lines(raw)
    assert not any("digital signature" in w or "chữ ký số" in w for w in result.warnings)
