"""Letters and digits OCR misreads in a scan's long fields (issue 15, held_out_25-27): what no
Vietnamese syllable writes (an initial ``f``, a ``]`` or an ``I`` among a number's digits), a
syllable split from its lost letter or run into its number, the phrases of a căn cứ; mended
only on pages read by OCR."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.ocrfix import mend_line
from ntm_docgen.importer.ocrnumbers import numbers_spaced
from ntm_docgen.importer.pdflayout import Word


@pytest.mark.parametrize(("read", "right"), [
    ("(fại Phụ lục đính kèm).", "(tại Phụ lục đính kèm)."),
    ("của Chính phủ về fhực hiện cơ chế một cửa", "của Chính phủ về thực hiện cơ chế một cửa"),
    ("của Bộ Y fẾ về việc công bố", "của Bộ Y tế về việc công bố"),
    ("Đại diện Công fy TNHH tư vấn", "Đại diện Công ty TNHH tư vấn"),
    ("ngày 22 tháng 1] năm 2019", "ngày 22 tháng 11 năm 2019"),
    ("ngày 23 tháng I1] năm 2018", "ngày 23 tháng 11 năm 2018"),
    ("ngày 1] tháng 02 năm 2025", "ngày 11 tháng 02 năm 2025"),
    ("Kế hoạch tổng kết I5 năm thi hành", "Kế hoạch tổng kết 15 năm thi hành"),
    ("Thông tư số 01/2018/TT-VPCP ngày23 tháng 11", "Thông tư số 01/2018/TT-VPCP ngày 23 tháng 11"),
    ("ngày 23 tháng 4năm 2018", "ngày 23 tháng 4 năm 2018"),
    ("Nghị định số61/2018/NĐ-CP ngày", "Nghị định số 61/2018/NĐ-CP ngày"),
    ("thuộc Ủ ban nhân dân tỉnh,", "thuộc Ủy ban nhân dân tỉnh,"),
    ("đặc khu thuộc tính, thành phố trực thuộc", "đặc khu thuộc tỉnh, thành phố trực thuộc"),
    ("Ủy ban nhân dân tính ban hành", "Ủy ban nhân dân tỉnh ban hành"),
    ("một cửa, một cửa liền thông trong", "một cửa, một cửa liên thông trong"),
], ids=["f-tai", "f-thuc", "f-te-capital", "f-ty", "bracket-month", "three-strokes-month",
        "bracket-day", "I-in-a-count", "ngay-run-in", "nam-run-in", "so-run-in", "U-ban",
        "tinh-thanh-pho", "ubnd-tinh", "lien-thong"])
def test_a_misread_letter_or_digit_is_mended(read: str, right: str) -> None:
    assert " ".join(mend_line(read.split())) == right


@pytest.mark.parametrize("read", [
    "gửi qua số fax của Sở", "tải file đính kèm", "theo dõi trang fan của Sở",
    "công trình cấp II năm 2025", "tổng kết IŠ năm thi hành", "ngày 22 tháng 1 năm 2019",
    "ủ men trong 3 ngày", "Số:12/QĐ-UBND", "số 1 đến số 5",
], ids=["fax", "file", "fan", "roman-before-nam", "unknown-sign", "month-1", "u-men",
        "so-line", "so-apart"])
def test_what_cannot_be_known_stays_as_read(read: str) -> None:
    assert " ".join(mend_line(read.split())) == read


def _words(text: str) -> list[Word]:
    return [Word(t, 10 * i, 10 * i + 8, 0, 10, 10) for i, t in enumerate(text.split())]


def test_a_number_parted_after_its_first_stroke_is_one() -> None:
    """``số I 747/QĐ-BGTVT``, ``số 1 747/QĐ``: a document's number has no space in it."""
    for read in ("Quyết định số I 747/QĐ-BGTVT ngày", "Quyết định số 1 747/QĐ-BGTVT ngày"):
        assert [w.text for w in numbers_spaced(_words(read))] == [
            "Quyết", "định", "số", "1747/QĐ-BGTVT", "ngày"]
    assert [w.text for w in numbers_spaced(_words("Điều 1 747 người"))] == [
        "Điều", "1", "747", "người"]


def test_text_read_from_a_file_is_not_mended() -> None:
    """The mends are OCR's: a letter typed or copied as text keeps what it says."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH BẠC LIÊU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Số: 209/QĐ-UBND",
             "Bạc Liêu, ngày 18 tháng 02 năm 2025", "QUYẾT ĐỊNH", "Về việc công bố",
             "Căn cứ Thông tư số 01/2018/TT-VPCP ngày23 tháng I1] năm 2018 về fhực hiện;",
             "QUYẾT ĐỊNH:", "Điều 1. Công bố thủ tục (fại Phụ lục).",
             "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."]
    spec = import_lines(lines).spec
    assert spec["can_cu"] == [
        "Căn cứ Thông tư số 01/2018/TT-VPCP ngày23 tháng I1] năm 2018 về fhực hiện"]
    assert "(fại Phụ lục)" in spec["noi_dung"]


@pytest.mark.parametrize(("ocr", "line"), [(True, "Thông tư số 01/2018/TT-VPCP ngày 23 tháng 11"),
                                           (False, "Thông tư số 01/2018/TT-VPCP ngày23 tháng 11")],
                         ids=["ocr", "text-layer"])
def test_a_dates_word_and_its_number_ocr_boxes_touch_are_two_words(ocr: bool, line: str) -> None:
    """209's ``ngày`` and ``23``: Tesseract reads two words whose boxes touch (0.2 point apart)
    on baselines a little apart, which the page's lines wrote together as a note in small type
    is (``CN(Khôi)``)."""
    from ntm_docgen.importer.pageorder import pdf_text
    from ntm_docgen.importer.pdflayout import Page

    x, words = 100.0, []
    for text in ["Thông", "tư", "số", "01/2018/TT-VPCP", "ngày", "23", "tháng", "11"]:
        width = 7.0 * len(text)
        touch = text == "23"
        x0 = x - 5.8 if touch else x
        words.append(Word(text, x0, x0 + width, 300.3 if touch else 300.0, 312.0, 12.0,
                          line=4 if ocr else -1))
        x = x0 + width + 6
    assert pdf_text([Page(1, 595, 842, words, ocr=ocr)]).lines == [line]


@pytest.mark.parametrize(("read", "right"), [
    ("các Vụ: TH, QHỌT, CN, TCCV;", "các Vụ: TH, QHQT, CN, TCCV;"),  # held_out_22's 1039, 23's 999
    ("TRƯỜNG ĐẠI HỌC TÂY ĐÔ", "TRƯỜNG ĐẠI HỌC TÂY ĐÔ"),
    ("HỌ VÀ TÊN", "HỌ VÀ TÊN"),
], ids=["qhqt", "a-syllable-in-capitals", "short-syllable"])
def test_a_q_read_as_o_with_a_dot_in_a_code_of_initials(read: str, right: str) -> None:
    """A code of capitals with an ``Ọ`` that, read as the Q it stands for, has no vowel left:
    the Q's tail was read as the dot under an O."""
    assert " ".join(mend_line(read.split())) == right
