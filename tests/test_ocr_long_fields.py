"""Printed words OCR misread in a letter's long fields (căn cứ, trích yếu, nội dung): a phrase
or a word parted by a line's end, a syllable OCR was sure of that makes no word, a capital read
twice, a stray sign inside a word, the phrases of the decree's own text and of laws' names."""

from __future__ import annotations

import pytest

from ntm_docgen.importer.ocrfix import mend_line, mend_ocr
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.importer.secondread import Read
from ntm_docgen.importer.wordfix import UNSURE, settled

#: A confidence OCR is unsure at, and one it is sure at.
LOW, HIGH = UNSURE - 20, 96.0
#: Where a paragraph's lines start (its first line indented) and where the lines end.
MARGIN, INDENT, RIGHT = 82.0, 116.0, 521.0


def _words(lines: list[tuple[float, str]]) -> list[Word]:
    """The words of ``lines`` (each: where it starts, its text) spread to the right margin,
    12 points apart, one line each."""
    out = []
    for n, (left, text) in enumerate(lines):
        texts = text.split()
        step = (RIGHT - left) / len(texts)
        out += [Word(t, left + i * step, left + (i + 1) * step - 4, 200 + 16 * n,
                     210 + 16 * n, 10, line=n) for i, t in enumerate(texts)]
    return out


def _reads(lines: list[tuple[float, str]]) -> list[Read]:
    """The same as OCR reads them; a word ending in ``?`` was read unsure."""
    return [Read(w.text.removesuffix("?"), LOW if w.text.endswith("?") else HIGH,
                 (round(w.x0), round(w.top), round(w.x1), round(w.bottom)), 10, w.line)
            for w in _words(lines)]


def _settled(reads: list[Read]) -> str:
    for n, text in settled(reads).items():
        reads[n] = Read(text, reads[n].conf, reads[n].box, reads[n].line_height, reads[n].line)
    return " ".join(r.text for r in reads)


def test_a_phrase_a_line_end_parts_is_mended() -> None:
    """``Luật sửa`` / ``đồi, bổ sung``: the line reaches the margin and the next goes on at
    the margin under it, so ``sửa đổi`` is one phrase across them."""
    words = mend_ocr(_words([
        (INDENT, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa"),
        (MARGIN, "đồi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật"),
        (INDENT, "Căn cứ Luật Thanh tra ngày 14/11/2022;")]))
    assert [w.text for w in words if w.line == 1][0] == "đổi,"


def test_a_phrase_is_not_mended_across_the_end_of_a_paragraph() -> None:
    """The next line starts indented: a new paragraph, not the phrase's end."""
    words = mend_ocr(_words([
        (MARGIN, "đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật sửa"),
        (INDENT, "đồi núi và đất rừng của xã được giao cho các hộ dân quản lý")]))
    assert [w.text for w in words if w.line == 1][0] == "đồi"


@pytest.mark.parametrize(("above", "start", "read"), [(INDENT, MARGIN, "đổi,"),
                                                   (MARGIN, INDENT, "đồi,")],
                         ids=["goes-on", "new-paragraph"])
def test_an_unsure_syllable_is_judged_by_the_word_across_the_line_end(
        above: float, start: float, read: str) -> None:
    """``sửa`` / ``đồi,``: the word before it ends the line above; where the next line starts
    indented, a new paragraph, it is no neighbour."""
    reads = _reads([
        (above, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa"),
        (start, "đồi,? bổ sung một số điều của Luật Tổ chức Chính phủ và Luật")])
    assert _settled(reads).split()[13] == read


@pytest.mark.parametrize(("line", "mended"), [
    ("giáp chung đường biến giới có liên quan", "giáp chung đường biên giới có liên quan"),
    ("Quy hoạch chung xầy dựng Khu kinh tế", "Quy hoạch chung xây dựng Khu kinh tế"),
], ids=["bien-gioi", "xay-dung"])
def test_a_sure_syllable_of_no_word_is_set_right_by_both_neighbours(line: str,
                                                                     mended: str) -> None:
    """Read with confidence, it makes no word with either neighbour; one syllable of its
    letters with other marks makes a word with each."""
    assert _settled(_reads([(MARGIN, line)])) == mended


@pytest.mark.parametrize("line", [
    "được tổng hợp từ hình thức lấy ý kiến",  # hợp tử, tử hình: but từ is the commoner word
    "trên địa bàn tỉnh; phân tích rõ nguyên nhân",  # bàn tính: a sign on the other side
    "các sở, ban, ngành thuộc tỉnh; lãnh đạo",  # thuộc tính: one side is too little
    "Ủy ban nhân dân tỉnh báo cáo Hội đồng",  # dân tình, tình báo: but nhân dân, báo cáo
    "nội dung có liên quan tại Công văn số",  # quan tài, tài công: but liên quan, Công văn
    "Ông Bùi Đức Đông và bà Lê",  # a name's words
    "năm này và năm sau cũng thế",  # a word as read
], ids=["tu-hinh", "ban-tinh", "thuoc-tinh", "dan-tinh-bao", "quan-tai", "name", "nam-nay"])
def test_a_sure_syllable_stays_where_the_list_cannot_tell(line: str) -> None:
    assert _settled(_reads([(MARGIN, line)])) == line


def test_a_capital_read_twice_after_its_own_letter_is_left_out() -> None:
    words = mend_ocr(_words([(INDENT, "Căn cứ Luật Tổ Ổ chức chính quyền địa phương")]))
    assert " ".join(w.text for w in words) == "Căn cứ Luật Tổ chức chính quyền địa phương"
    assert words[3].x1 > words[3].x0 + 30  # the letter's box is the word's


@pytest.mark.parametrize(("line", "mended"), [
    ("Căn cứ Luật TổỔ chức", "Căn cứ Luật Tổ chức"),
    ("hướng dẫn xếp? lương khi nâng ngạch", "hướng dẫn xếp lương khi nâng ngạch"),
    ("Luật T:ổ chức Chính phủ", "Luật Tổ chức Chính phủ"),
    ("TỔ Ổ CHỨC", "TỔ Ổ CHỨC"),  # capitals: a letter of its own
    ("Vì sao? Tại sao không", "Vì sao? Tại sao không"),  # a question
    ("Số:l145)TB-ĐHTĐ", "Số:l145)TB-ĐHTĐ"),  # a number line misread: its colon stays
    ("bổ sung mỘt số điều", "bổ sung một số điều"),
    ("công suất 20 kW", "công suất 20 kW"),  # a unit
    ("ngày 24 tháng lÌ năm 2017", "ngày 24 tháng 11 năm 2017"),  # a number, not lì
], ids=["glued", "question-mark", "colon", "capitals", "question", "number-line", "mOt",
        "kW", "thang-11"])
def test_a_letter_read_twice_and_a_stray_sign(line: str, mended: str) -> None:
    assert " ".join(mend_line(line.split())) == mended


@pytest.mark.parametrize(("line", "mended"), [
    ("Căn cứ Luật Tổ chúc Chỉnh phủ", "Căn cứ Luật Tổ chức Chính phủ"),
    ("Luật Tổ chức chính quyên địa phương", "Luật Tổ chức chính quyền địa phương"),
    ("có hiệu lực thì hành kế từ ngày ký", "có hiệu lực thi hành kể từ ngày ký"),
    ("chịu trách nhiệm thì hành Quyết định này", "chịu trách nhiệm thi hành Quyết định này"),
    ("phòng, chống tham những, tiêu cực", "phòng, chống tham nhũng, tiêu cực"),
    ("những vị phạm, khuyết điểm", "những vi phạm, khuyết điểm"),
    ("thuộc phạm vị chức năng", "thuộc phạm vi chức năng"),
    ("Bể xây, dung tích bể chứa", "Bể xây, dung tích bể chứa"),  # no xây dựng
    ("điều chỉnh phù hợp", "điều chỉnh phù hợp"),  # no "Chính phủ" without "Tổ chức"
], ids=["to-chuc-chinh-phu", "chinh-quyen", "ke-tu-ngay", "thi-hanh", "tham-nhung",
        "vi-pham", "pham-vi", "xay-dung-dung-tich", "dieu-chinh-phu-hop"])
def test_the_phrases_of_the_decree_and_of_laws_names(line: str, mended: str) -> None:
    assert " ".join(mend_line(line.split())) == mended


@pytest.mark.parametrize(("line", "mended"), [
    ("xuất cấp hóa chất khử khuẩn từ nguôn dự trữ quốc gia",      # held_out_21's 985
     "xuất cấp hóa chất khử khuẩn từ nguồn dự trữ quốc gia"),
    ("tổ chức và cá nhận liên quan chịu trách nhiệm",              # held_out_26's 237
     "tổ chức và cá nhân liên quan chịu trách nhiệm"),
    # as printed: "cả nhân dân" spells "cá nhân"; "TUY" with no mark is "TUÝ" or "TÚY" (3980)
    ("cả nhân dân trong xã", "cả nhân dân trong xã"),
    ("TỘI PHẠM VỀ MA TUY", "TỘI PHẠM VỀ MA TUY"),
], ids=["nguon-du-tru", "ca-nhan", "ca-nhan-dan", "ma-tuy-no-mark"])
def test_a_phrase_of_the_sets_letters_read_with_another_mark(line: str, mended: str) -> None:
    assert " ".join(mend_line(line.split())) == mended
