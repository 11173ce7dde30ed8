"""A scan's Nơi nhận notes OCR misread on clean print (issue 15, docs/accuracy.md): a note's
closing bracket read as a brace, and the notes the Bộ Công an abbreviates by syllables
(``b/cáo``, ``th/hiện``, ``ph/hợp``) read with ``đề`` for ``để``."""

from __future__ import annotations

import pytest

from ntm_docgen.importer.cleaning import ocr_noise
from ntm_docgen.importer.ocrfix import mend_line


@pytest.mark.parametrize(("read", "right"), [
    ("- PCTr. Đặng Ngọc Minh (đề b/c};", "- PCTr. Đặng Ngọc Minh (để b/c);"),   # 2191
    ("- Đ/c Bộ trưởng (đề b/cáo);", "- Đ/c Bộ trưởng (để b/cáo);"),             # 5240
    ("- CA các đơn vị, địa phương (đề th/hiện).", "- CA các đơn vị, địa phương (để th/hiện)."),
    ("- Văn phòng Chính phủ (đề ph/hợp);", "- Văn phòng Chính phủ (để ph/hợp);"),
    # as printed: a phrase of the body in brackets, a brace the line opened, a slash of words
    ("xây dựng nguồn tài liệu chung (đề kiểm tra, đề thi)", None),
    ("công thức {a} và {b}", None),
    ("- Các UBND tỉnh/thành phố;", None),
], ids=["brace", "b-cao", "th-hien", "ph-hop", "de-thi", "braces", "tinh-thanh"])
def test_a_receivers_note_read_wrong_on_print(read: str, right: str | None) -> None:
    assert " ".join(mend_line(read.split())) == (right or read)


@pytest.mark.parametrize(("line", "noise"), [
    ("- Bộ KH&ĐT; “hà", False),                    # held_out_19's 1053, 21's 985
    ("- TTgCP (để báo cáo);", False),               # held_out_18's 464
    ("- Ban VH-XH, KT-NS, HĐND tỉnh;", False),      # held_out_20's 239
    ("- VPCP, Bộ GD&ĐT;", False),                   # held_out_26's 440
    ("- Cục KSTTHC-VPCP;", False),
    ("Z-&-Q ^ Ñ", True),
    ("(Í~ ;(", True),
], ids=["kh-dt", "ttgcp", "vh-xh", "gd-dt", "kstthc-vpcp", "signs-with-a-dash", "signs"])
def test_a_receivers_item_of_codes_is_no_ocr_noise(line: str, noise: bool) -> None:
    """A Nơi nhận item that names bodies by their codes (``KH&ĐT``, ``TTgCP``, ``VH-XH``) was
    set apart as the marks of a seal or a stroke, and the item lost from the letter."""
    assert ocr_noise(line) is noise


@pytest.mark.parametrize(("line", "noise"), [
    ("- Website Chính phủ;", False),    # held_out_26's Phú Thọ: set apart as the seal's marks
    ("- Website CT;", False),           # held_out_18's 2191
    ("- Email: vanthu@quangngai.gov.vn;", False),
    ("Webslte CT;", True),              # no word borrowed: a misread one is not
], ids=["website-chinh-phu", "website-ct", "email", "misread"])
def test_a_word_letters_borrow_is_no_ocr_noise(line: str, noise: bool) -> None:
    assert ocr_noise(line) is noise


@pytest.mark.parametrize(("read", "right"), [
    (["TLBỘTRƯỞNG"], ["TL. BỘ TRƯỞNG"]),       # held_out_18's 1849: the dot and spaces lost
    (["KTCHỦTỊCH"], ["KT. CHỦ TỊCH"]),
    (["TMỦYBANNHÂNDÂN"], ["TM. ỦY BAN NHÂN DÂN"]),
    (["TLBỘ", "TRƯỞNG"], ["TLBỘ", "TRƯỞNG"]),   # parted: left as read
    (["TRUNGTÂM"], ["TRUNGTÂM"]),
], ids=["tl-bo-truong", "kt-chu-tich", "tm-ubnd", "parted", "no-authority"])
def test_an_authority_read_as_one_word(read: list[str], right: list[str]) -> None:
    assert mend_line(read) == right
