"""`ntm-docgen import` on the parts of a letter that wrap over lines where a word or a mark
misleads (held_out_18's signed PDFs): a trích yếu going on with ``Chương trình ...``, a Nơi nhận
item whose lines all end with commas, the name of a body set up for a task wrapped under its
parent body."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
HEAD = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n" + MOTTO + "Số: 565/TB-UBND\n" \
    "Quảng Ngãi, ngày 15 tháng 11 năm 2024\n"
SIGN = "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nPhùng Tô Long\n"
BODY = "Ngày 12/11/2024, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp nghe " \
    "báo cáo tiến độ triển khai thực hiện 02 Chương trình MTQG. Tham dự cuộc họp có lãnh đạo Ban " \
    "Văn hóa - Xã hội, Ban Dân tộc HĐND tỉnh; lãnh đạo các sở, ngành; UBND các huyện, thị xã, " \
    "thành phố.\n" \
    "Trên đây là kết luận của Phó Chủ tịch UBND tỉnh./.\n"


def _read(text: str):  # type: ignore[no-untyped-def]
    return import_lines(text.splitlines())


def test_a_trich_yeu_line_opening_with_chuong_trinh_goes_on_with_the_trich_yeu() -> None:
    """``Chương trình MTQG: ...`` is no chapter (``Chương II``): the trích yếu goes on over it."""
    spec = _read(HEAD + "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh\n"
                 "tại cuộc họp về tiến độ thực hiện 02\n"
                 "Chương trình MTQG: Phát triển kinh tế - xã hội vùng đồng bào\n"
                 "dân tộc thiểu số và miền núi; giảm nghèo bền vững\n" + BODY
                 + "Nơi nhận:\n- CT, PCT UBND tỉnh;\n- Lưu: VT.\n" + SIGN).spec
    assert spec["trich_yeu"] == (
        "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về tiến độ thực hiện 02 Chương trình "
        "MTQG: Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; giảm "
        "nghèo bền vững")
    assert spec["noi_dung"].startswith("Ngày 12/11/2024")


def test_a_numbered_chapter_under_a_title_still_opens_the_body() -> None:
    spec = _read(HEAD.replace("TB-UBND", "QC-UBND") + "QUY CHẾ\nLàm việc của Ủy ban nhân dân tỉnh\n"
                 "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
                 "Quy chế này quy định nguyên tắc làm việc./.\n"
                 "Nơi nhận:\n- CT, PCT UBND tỉnh;\n- Lưu: VT.\n" + SIGN).spec
    assert spec["trich_yeu"] == "Làm việc của Ủy ban nhân dân tỉnh"


def test_a_recipient_wrapped_over_lines_ending_with_commas_up_to_the_next_item() -> None:
    """The item's last line ends with a comma too (its semicolon left out): it still ends at the
    next dashed item, its lines one recipient, none of them sent to the signature's column."""
    spec = _read(HEAD + "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh\n" + BODY
                 + "Nơi nhận:\n- CT, PCT UBND tỉnh;\n"
                 "- Các sở, ngành: Kế hoạch và Đầu tư, Tài chính,\n"
                 "Nông nghiệp và Phát triển nông thôn,\nXây dựng, Tư pháp, Công Thương,\n"
                 "Thông tin và Truyền thông,\n- Tỉnh Đoàn;\n- Lưu: VT, KGVX.\n" + SIGN).spec
    assert spec["noi_nhan"] == [
        "CT, PCT UBND tỉnh",
        "Các sở, ngành: Kế hoạch và Đầu tư, Tài chính, Nông nghiệp và Phát triển nông thôn, "
        "Xây dựng, Tư pháp, Công Thương, Thông tin và Truyền thông", "Tỉnh Đoàn"]
    assert spec["luu"] == "VT, KGVX"
    assert spec["ky"] == {"quyen_han": ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"],
                          "chuc_vu": "PHÓ CHÁNH VĂN PHÒNG", "ho_ten": "Phùng Tô Long"}


@pytest.mark.parametrize(("header", "chu_quan", "ten"), [
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH\nĐỒNG THÁP\nHỘI ĐỒNG XÉT THĂNG HẠNG\nCDNN VIÊN CHỨC NĂM 2025\n",
     "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH\nĐỒNG THÁP",
     "HỘI ĐỒNG XÉT THĂNG HẠNG\nCDNN VIÊN CHỨC NĂM 2025"),
    ("BAN CHỈ ĐẠO\nVỀ PHÁT TRIỂN KHCN, ĐMST, CĐS VÀ ĐỀ ÁN 06\nTỔ GIÚP VIỆC VỀ\n"
     "CẢI CÁCH HÀNH CHÍNH\n",
     "BAN CHỈ ĐẠO\nVỀ PHÁT TRIỂN KHCN, ĐMST, CĐS VÀ ĐỀ ÁN 06",
     "TỔ GIÚP VIỆC VỀ\nCẢI CÁCH HÀNH CHÍNH"),
    ("BỘ CÔNG AN\nCÔNG AN TỈNH LÂM ĐỒNG\n", "BỘ CÔNG AN", "CÔNG AN TỈNH LÂM ĐỒNG"),
], ids=["council", "team-under-a-committee", "ministry"])
def test_the_name_of_a_body_set_up_for_a_task_wraps_under_its_parent(
        header: str, chu_quan: str, ten: str) -> None:
    """Text without the bold that tells the name from its parent in the PDF: the name's first
    line had been put with the parent body, its last line left alone as the issuer."""
    spec = _read(header + MOTTO + "Số: 355/BC-HĐXTH\nĐồng Tháp, ngày 13 tháng 4 năm 2026\n"
                 "BÁO CÁO\nKết quả thẩm định hồ sơ\n" + BODY
                 + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. HỘI ĐỒNG\nCHỦ TỊCH\nLê Văn A\n").spec
    assert (spec["co_quan"].get("chu_quan"), spec["co_quan"]["ten"]) == (chu_quan, ten)
