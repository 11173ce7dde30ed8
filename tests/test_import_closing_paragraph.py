"""The closing paragraph of a letter ("Trên đây là ...") read from text is a paragraph of its
own, never the end of the line above it, even when that line ends on a word a wrapped line is
cut after ("... Xem chi tiết tại phụ lục 04 kèm theo"): held_out_17's Thông báo of the Sở Công
Thương Lào Cai, read from its transcription, had its last paragraph glued to its heading VII,
where the Word file (.doc and .docx alike) gives them apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.importer import import_letter, import_lines

LETTERS = Path(__file__).parent / "data" / "letters"
HEAD = ("ỦY BAN NHÂN DÂN\nXÃ TẢ PHÌN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 12/UBND-VP\nV/v báo cáo kết quả\n"
        "Tả Phìn, ngày 05 tháng 01 năm 2026\nKính gửi: Ủy ban nhân dân tỉnh Lào Cai\n"
        "Ủy ban nhân dân xã báo cáo kết quả thực hiện như sau:\n")
TAIL = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n"


def test_the_closing_paragraph_of_held_out_17s_notice_stands_apart() -> None:
    read = import_letter(LETTERS / "held_out_17" / "cv_2026_sct_apatit_anhnhan.txt")
    last = read.spec["noi_dung"].splitlines()[-2:]
    assert last[0] == "VII. PHÍ THẨM ĐỊNH THIẾT KẾ XÂY DỰNG: Xem chi tiết tại phụ lục 04 kèm theo"
    assert last[1].startswith("Trên đây là thông báo của Sở Công Thương về kết quả thẩm định")


@pytest.mark.parametrize(("body", "paragraphs"), [
    ("1. Kết quả: xem chi tiết tại phụ lục kèm theo\nTrên đây là báo cáo của Ủy ban nhân dân "
     "xã./.", 2),
    ("1. Kết quả thực hiện của xã theo\nTrên đây là báo cáo./.", 2),
    ("Các đơn vị thực hiện theo Quy chế ban hành kèm theo\nQuyết định này./.", 1),
    ("Các nội dung nêu trên đây là\nnhiệm vụ trọng tâm của năm./.", 1),
], ids=["after-kem-theo", "after-theo", "wrapped-kem-theo", "lower-case-tren-day"])
def test_a_closing_trên_đây_opens_a_paragraph_and_nothing_else_does(body: str,
                                                                    paragraphs: int) -> None:
    read = import_lines((HEAD + body + "\n" + TAIL).splitlines())
    content = read.spec["noi_dung"].splitlines()
    assert len(content) == 1 + paragraphs, content  # the opening sentence, then the body
