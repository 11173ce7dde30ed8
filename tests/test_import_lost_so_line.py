"""`ntm-docgen import` on scans whose header OCR read only in part (held_out_18's scans,
docs/accuracy.md): the slash of ``V/v`` read as another mark; the header's other parts are read
all the same."""

from __future__ import annotations

from ntm_docgen.importer import import_lines

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
END = ["Trân trọng./.", "Nơi nhận:", "- Như trên;", "- Lưu: VT, KT.", "GIÁM ĐỐC",
       "Nguyễn Văn An"]


def test_the_slash_of_v_v_read_as_another_mark() -> None:
    for mark in "¿|\\":
        spec = import_lines(["UBND TỈNH LÀO CAI", "SỞ TÀI CHÍNH", *MOTTO, "Số: 15/STC-NS",
                             f"V{mark}v hướng dẫn lập dự toán",
                             "Lào Cai ngày 0Ÿ tháng 2# năm 2026",
                             "Kính gửi: Ủy ban nhân dân các xã.",
                             "Sở Tài chính hướng dẫn lập dự toán năm 2027.", *END]).spec
        assert (spec["loai"], spec["trich_yeu"], spec["dia_danh"]) == \
            ("CV", "hướng dẫn lập dự toán", "Lào Cai"), mark
        assert spec["kinh_gui"] == ["Ủy ban nhân dân các xã"]
        assert spec["noi_dung"].startswith("Sở Tài chính hướng dẫn")
