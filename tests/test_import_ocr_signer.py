"""The signature of a scan, read again where a stamp lay over it: the signer's column beside a
Nơi nhận where the page's reading found nothing, and the marks OCR makes of its lines (an
authority's ``T`` read ``1``, a title's last word run into the pen's stroke, a deputy's title
whose first letters the ring took, a name's family or middle name read with other marks)."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from ntm_docgen.importer import ocrpage
from ntm_docgen.importer.ends import after_the_end
from ntm_docgen.importer.ocrfix import mend_ocr
from ntm_docgen.importer.ocrsigner import (
    mend_authority,
    mend_deputy,
    mend_name,
    mend_title,
    middle_name,
    signs,
)
from ntm_docgen.importer.pdflayout import Word
from ntm_docgen.importer.signercolumn import signer_column


def _w(text: str, x0: float, top: float, line: int = -1, size: float = 10) -> Word:
    return Word(text, x0, x0 + 5 * len(text), top, top + size, size, line=line)


def _page_words(beside: bool) -> list[Word]:
    """held_out_21's Quyết định 985, its last page: the body across the page, the Nơi nhận
    at the left and, when ``beside``, the signer's title read level with it."""
    words = [_w("Điều 3. Bộ trưởng các Bộ: Y tế, Tài chính và Chủ tịch Ủy ban nhân dân", 134, 54),
             _w("có nêu tại Điều 1 và các đơn vị liên quan chịu trách nhiệm thi hành", 106, 74),
             _w("định này./.", 106, 90), _w("Nơi nhận:", 111, 120), _w("- Như Điều 3;", 111, 137),
             _w("- Bộ KH&ĐT;", 112, 162), _w("- Lưu: VT, KTTH (2).", 112, 214)]
    if beside:
        words.append(_w("KT. THỦ TƯỚNG", 400, 120))
    return words


def test_the_signers_column_is_looked_at_where_nothing_was_read_beside_the_list() -> None:
    box = signer_column(_page_words(beside=False), 595, 842)
    assert box is not None
    x0, top, x1, bottom = box
    assert 215 < x0 < 260 and x1 >= 470 and top < 120 and bottom > 214 + 10 + 20


def test_a_signers_column_read_already_is_not_looked_at_again() -> None:
    assert signer_column(_page_words(beside=True), 595, 842) is None
    body = [w for w in _page_words(beside=False) if not w.text.startswith(("Nơi", "-"))]
    assert signer_column(body, 595, 842) is None  # no Nơi nhận: no signer's column


def test_only_the_lines_that_sign_are_taken_from_the_second_look(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The page read first gives the body and the Nơi nhận; the column beside it, read alone,
    gives the title, the deputy's title, a stamp's marks and the name: the marks stay out."""
    looked: list[str] = []

    def tesseract(image: Any, config: str, scale: float, origin: tuple[float, float] = (0, 0),
                  first: int = 0, judged: bool = False) -> list[Word]:
        if image.width > 1000:  # the whole page
            return [Word(w.text, w.x0, w.x1, w.top, w.bottom, w.size, line=n)
                    for n, w in enumerate(_page_words(beside=False))]
        looked.append(config)
        x, y = origin
        return [_w(word, x + 120 + 30 * k, y + top, first + n)
                for n, (line, top) in enumerate([('"k1, THỦ TƯỚNG', 0), ("N Ủ TƯỚNG", 14),
                                                 ("hiếp, ÔN, ĐẠI”", 50), ("Hồ Đức Phớc", 105)])
                for k, word in enumerate(line.split())]

    monkeypatch.setattr(ocrpage, "_tesseract", tesseract)
    monkeypatch.setattr(ocrpage, "column_boxes", lambda *args: [])
    words, _ = ocrpage._ocr_words(Image.new("L", (1240, 1754), 255), 72 / 150, False)
    texts = [w.text for w in words]
    assert looked == ["--psm 6"]
    assert texts[-3:] == ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Hồ Đức Phớc"]
    assert "hiếp, ÔN, ĐẠI”" not in texts and "- Lưu: VT, KTTH (2)." in texts


@pytest.mark.parametrize(("read", "right"), [
    (['"k1,', "THỦ", "TƯỚNG"], ["KT.", "THỦ", "TƯỚNG"]),
    (["K1.", "CHỦ", "TỊCH"], ["KT.", "CHỦ", "TỊCH"]),
    (["TI.", "GIÁM", "ĐỐC"], ["TI.", "GIÁM", "ĐỐC"]),  # TT is no mark: left as read
    (["KT,", "THỦ", "TƯỚNG"], ["KT,", "THỦ", "TƯỚNG"]),
    (["k1,", "Thủ", "tướng"], ["k1,", "Thủ", "tướng"]),
    (["Số", "THỦ", "TƯỚNG"], ["Số", "THỦ", "TƯỚNG"]),
], ids=["985-k1", "K1", "TI-no-mark", "comma-left-to-signer", "lower-case", "a-word"])
def test_an_authoritys_mark_read_with_a_look_alike_sign(read: list[str],
                                                       right: list[str]) -> None:
    assert mend_authority(read) == right


@pytest.mark.parametrize(("read", "right"), [
    (["HIỆU", "TRƯỞNGÖ#~”"], ["HIỆU", "TRƯỞNG"]),
    (["HIỆU", "TRƯỞ", "NGÈ"], ["HIỆU", "TRƯỞNG"]),
    (["TRƯỞNG", "PHÒNG", "TCCB"], ["TRƯỞNG", "PHÒNG", "TCCB"]),
    (["PHÓ", "CHỦ", "TỊCH"], ["PHÓ", "CHỦ", "TỊCH"]),
], ids=["534-stroke-glued", "1134-read-apart", "a-unit-after", "deputy"])
def test_a_title_with_the_pens_stroke_on_its_last_word(read: list[str],
                                                      right: list[str]) -> None:
    assert mend_title(read) == right


def test_a_title_read_apart_is_one_word_on_the_page() -> None:
    words = [_w("HIỆU", 378, 652, 4), _w("TRƯỞ", 410, 652, 4), _w("NGÈ", 440, 652, 4)]
    hieu, truong = mend_ocr(words)
    assert (hieu.text, truong.text) == ("HIỆU", "TRƯỞNG")
    assert truong.x0 == 410 and truong.x1 == words[-1].x1


@pytest.mark.parametrize(("authority", "read", "right"), [
    ("KT. THỦ TƯỚNG", ["N", "Ủ", "TƯỚNG"], ["PHÓ", "THỦ", "TƯỚNG"]),
    ("KT. CHỦ TỊCH", ["H0", "CN", "TỊCH"], ["PHÓ", "CHỦ", "TỊCH"]),
    ("KT. CHỦ TỊCH", ["HỘI", "ĐỒNG", "TỊCH"], ["HỘI", "ĐỒNG", "TỊCH"]),
    ("TM. ỦY BAN NHÂN DÂN", ["N", "Ủ", "TỊCH"], ["N", "Ủ", "TỊCH"]),
], ids=["985", "1772", "words-as-long", "not-under-KT"])
def test_a_deputys_title_whose_first_letters_the_ring_took(authority: str, read: list[str],
                                                          right: list[str]) -> None:
    assert mend_deputy(authority, read) == right


@pytest.mark.parametrize(("read", "right"), [
    (["Trằn", "Phước", "Hiền"], ["Trần", "Phước", "Hiền"]),
    (["Hỗ", "Đức", "Phớc"], ["Hồ", "Đức", "Phớc"]),
    (["Trình", "Văn", "An"], ["Trình", "Văn", "An"]),  # Trình and Trịnh: left as read
    (["Trần", "Công", "Luận"], ["Trần", "Công", "Luận"]),
], ids=["280-Tran", "985-Ho", "two-names", "right"])
def test_a_family_name_read_with_other_marks(read: list[str], right: list[str]) -> None:
    assert mend_name(read) == right


LEFT_ALONE = ["Lữ Văn Hùng", "Lư Thị Hoa", "Mã Văn Lực", "Vì Văn Sơn", "Giang Văn Minh",
              "Hờ A Dính", "Lỳ Ho Xá", "Cứ A Tú", "Sùng A Páo", "Thào Seo Sình", "Giàng A Chu",
              "Lò Văn Puốn", "Quàng Văn Hương", "Điêu Chính Tơi", "Ma Thị Tuyết",
              "Ksor Phước Hà", "Rơ Châm Long", "Nay Phi La", "Y Thanh Hà Niê Kđăm",
              "Ôn Văn Tuấn", "Đới Văn Nam", "Khiếu Thị Hương", "Khâu Văn Bình",
              "Quản Trọng Hùng", "Tiết Văn Thành"]


@pytest.mark.parametrize("name", LEFT_ALONE, ids=LEFT_ALONE)
def test_a_real_family_name_is_left_alone(name: str) -> None:
    """A family name of the north's and the Central Highlands' peoples read right by OCR was
    swapped for a listed name of its letters or one letter away (Lữ, Lư → Lù; Mã → Ma; Vì →
    Vi; Giang → Giàng; Hờ → Hồ; Lỳ → Lý; Cứ → Cù). A name's first word that is a syllable of
    the language stays as read even when no list holds it (Đới, Khiếu, Khâu, Quản, Tiết, one
    letter or two from Đỗ, Kiều, Châu, Quan, Tiêu)."""
    assert mend_name(name.split()) == name.split()
    assert middle_name(name.split()) == name.split()


@pytest.mark.parametrize(("read", "right"), [
    (["Nguyễn", "Vẵn", "Long"], ["Nguyễn", "Văn", "Long"]),
    (["Lê", "Vân", "Anh"], ["Lê", "Vân", "Anh"]),
    (["Sở", "Vẵn", "Hóa"], ["Sở", "Vẵn", "Hóa"]),
], ids=["5689", "a-syllable", "no-family-name"])
def test_a_middle_name_read_as_no_syllable(read: list[str], right: list[str]) -> None:
    assert middle_name(read) == right


@pytest.mark.parametrize(("line", "sign"), [
    ("KT. THỦ TƯỚNG", True), ("PHÓ THỦ TƯỚNG", True), ("THỨ TRƯỞNG", True),
    ("Hồ Đức Phớc", True), ("hiếp, ÔN, ĐẠI”", False), ("CA M84 4T", False),
    ("Hòa Bình", False), ("THỦ", False), ("Nguyễn Minh", True), ("HÀ NỘI", False),
    ("TUQ. CHỦ TỊCH", True),
], ids=["authority", "deputy", "thu-truong", "name", "marks", "digits", "two-words", "a-word",
        "a-name-of-two", "a-stamps-place", "tuq"])
def test_the_lines_that_sign(line: str, sign: bool) -> None:
    assert signs(line) is sign


def test_initials_written_after_the_closing_mark_are_no_words_of_the_letter() -> None:
    """held_out_22's Thông báo 534: ``đầy đủ./.`` and the initials written by hand after it
    (read ``lu``), which kept the title over the Nơi nhận out of the signature."""
    assert after_the_end("sắp xếp thời gian tham dự đúng giờ và đầy đủ./. lu") == (
        "sắp xếp thời gian tham dự đúng giờ và đầy đủ./.", "lu")
    assert after_the_end("thực hiện./. và các") == ("thực hiện./. và các", "")
