"""A scan's short fields and the parts its reading put in a wrong place (issue 15): a Nơi
nhận item mended from what the letter itself gives, a speck OCR read beside an item left out,
the signer's title read under the seal kept out of the Lưu line above it. The lines are those
of the committed transcriptions named (tests/data/letters/held_out_NN, provenance.tsv there)."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.signtitles import mend_titles

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
UBND = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n" + MOTTO + "Số: 84/QĐ-UBND\n"
        "Quảng Ngãi, ngày 14 tháng 01 năm 2025\nQUYẾT ĐỊNH\nPhê duyệt Kế hoạch ứng phó\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nQUYẾT ĐỊNH:\n")
#: held_out_24's qd_2025_quangngai_84: its articles, Điều 5 naming who carries it out
ARTICLES = ("Điều 1. Phê duyệt nội dung Kế hoạch Ứng phó sự cố tràn dầu.\n"
            "Điều 2. Công ty TNHH MTV Lại Linh chịu trách nhiệm thực hiện đúng các nội dung.\n"
            "Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
            "Điều 5. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Tài nguyên và Môi trường, Công "
            "Thương và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành "
            "Quyết định này./.\n")
SIGNED = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Phước Hiền\n"


def test_the_title_under_the_seal_is_no_part_of_the_luu_line_above_it() -> None:
    """held_out_21's qd_2024_ttg_1114: ``- Lưu: VT, TCCB(2)`` (a pen's number after it) read
    ``- Lưu: VT, TCCBO@ 6`` with no full stop, ``THỦ TƯỚNG`` under the seal's edge read ``ăn HỦ
    TƯỚNG``: the line written small at first was taken for the Lưu's words wrapped; it is the
    signer's title."""
    head = ("THỦ TƯỚNG CHÍNH PHỦ\n" + MOTTO + "Số: 1114/QĐ-TTg\nHà Nội, ngày 02 tháng 10 năm "
            "2024\nQUYẾT ĐỊNH\nVề việc thi hành kỷ luật\nTHỦ TƯỚNG CHÍNH PHỦ\nQUYẾT ĐỊNH:\n")
    spec = import_lines((head + "Điều 1. Thi hành kỷ luật.\nĐiều 2. Quyết định này có hiệu lực "
                         "kể từ ngày ký.\nĐiều 3. Bộ trưởng Bộ Nội vụ chịu trách nhiệm thi hành "
                         "Quyết định này./.\nNơi nhận:\n- Như Điều 3;\n- VPCP: BTCN, các PCN,\n"
                         "TGĐ Cổng TTĐT; VPBCSĐọại;\n- Lưu: VT, TCCBO@ 6\năn HỦ TƯỚNG\nSN?\n"
                         "NI :\nVN\nPhạm Minh Chính\n").splitlines()).spec
    assert spec["luu"] == "VT, TCCBO@ 6"
    assert spec["ky"]["chuc_vu"] == "THỦ TƯỚNG"


@pytest.mark.parametrize(("read", "right"), [
    (["ăn HỦ TƯỚNG", "Phạm Minh Chính"], ["THỦ TƯỚNG", "Phạm Minh Chính"]),
    # a body's name written before a title is no mark of the ring
    (["Bộ HỦ TƯỚNG", "Phạm Minh Chính"], ["Bộ HỦ TƯỚNG", "Phạm Minh Chính"]),
], ids=["small-marks", "a-word"])
def test_short_words_written_small_before_a_title_are_the_rings_marks(
        read: list[str], right: list[str]) -> None:
    assert mend_titles(read) == right
