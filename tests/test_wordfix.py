"""A syllable OCR was unsure of, set right by the word list where one syllable of the same
letters makes a word with its neighbour and the one read makes none; never a word OCR was sure
of, a name, or a syllable two readings would set right."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from ntm_docgen.importer import ocrpage
from ntm_docgen.importer.secondread import Read
from ntm_docgen.importer.wordfix import UNSURE, settled

#: A confidence OCR is unsure at, and one it is sure at.
LOW, HIGH = UNSURE - 20, 96.0


def _line(text: str) -> list[Read]:
    """The words of ``text`` on one line; a word ending in ``?`` was read unsure."""
    return [Read(w.removesuffix("?"), LOW if w.endswith("?") else HIGH, (0, 0, 1, 1), 1)
            for w in text.split()]


@pytest.mark.parametrize(("line", "mended"), [
    ("bản vẽ thí? công công trình", "bản vẽ thi công công trình"),
    ("Luật sửa đối,? bộ? sung một số điều", "Luật sửa đổi, bổ sung một số điều"),
    ("Bộ Giáo đục? và Đào tạo", "Bộ Giáo dục và Đào tạo"),  # a stroke read on the d
    ("Gửi cho Vẵn? phòng Cục", "Gửi cho Văn phòng Cục"),
    ("BIÊN BẢN KIỀM? TRA", "BIÊN BẢN KIỂM TRA"),
    ("bãi nhiệm, miền? nhiệm", "bãi nhiệm, miễn nhiệm"),
    ("Công ty cỗ? phần", "Công ty cổ phần"),
    ("Công ty Cô? phần", "Công ty Cổ phần"),
    ("CỘNG HÕA? XÃ HỘI", "CỘNG HÒA XÃ HỘI"),  # the mark on the vowel it was read on
], ids=["thi-cong", "sua-doi-bo-sung", "giao-duc", "van-phong", "KIEM-TRA",
        "mien-nhiem", "co-phan", "Co-phan", "CONG-HOA"])
def test_a_syllable_ocr_was_unsure_of_is_set_right(line: str, mended: str) -> None:
    reads = _line(line)
    for n, text in settled(reads).items():
        reads[n] = Read(text, reads[n].conf, reads[n].box, reads[n].line_height)
    assert " ".join(r.text for r in reads) == mended


@pytest.mark.parametrize("line", [
    "bản vẽ thí công công trình",  # OCR was sure of it
    "trong năm? này",  # năm nay, năm này: both Vietnamese
    "tờ bản đồ số? 101",  # đồ sộ: but đồ makes bản đồ already
    "Loại đất: Đất? sử dụng",  # dật sử: but sử makes sử dụng already
    "Ông Bùi Đức? Đông",  # a name's words beside each other
    "xã Bảo AI?, tỉnh",  # in capitals beside a word that is not
    "ngày thí,? công trình",  # a comma parts two words
    "trì? thức",  # tri thức, trí thức: two words
    "tri? thức",  # already a word
    "Văn phòng UBND tỉnh? tại Nghị",  # tĩnh tại: but UBND tỉnh, a phrase the list lacks
    "yêu cầu chuyền đổi? số và",  # đối số: but chuyển đổi as much
    "cấp, cấp điểu? chỉnh, cấp",  # cấp điệu by the commoner list, điều chỉnh by the whole
    "miễn trừ cấp? Giấy chứng nhận",  # cặp giấy: but a capital opens a word
    "Chính phủ quy định chỉ?",  # the line runs on: chỉ tiết, chi tiết
], ids=["sure", "nam-nay", "ban-do-so", "dat-su-dung", "name", "capitals", "comma", "tri-thuc",
        "word", "UBND-tinh", "chuyen-doi", "dieu-chinh", "cap-Giay", "line-end"])
def test_a_word_the_list_cannot_tell_stays_as_read(line: str) -> None:
    assert settled(_line(line)) == {}


def test_ocr_gives_the_words_the_list_sets_right(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page's reading by Tesseract (given here as it reads it) comes out with its unsure
    syllable set right, after the second look and before the lines are made."""
    import pytesseract

    words = [("Bộ", 96.0), ("Giáo", 95.0), ("đục", 41.0), ("và", 96.0)]

    def reading(image: Any, **kwargs: object) -> dict[str, list[object]]:
        return {"text": [w for w, _ in words], "conf": [c for _, c in words],
                "block_num": [1] * 4, "par_num": [1] * 4, "line_num": [1] * 4,
                "left": [10, 60, 120, 170], "top": [40] * 4, "width": [40] * 4,
                "height": [30] * 4}

    monkeypatch.setattr(pytesseract, "image_to_data", reading)
    monkeypatch.setattr(ocrpage, "relook", lambda *args: {})
    monkeypatch.setattr(ocrpage, "read_notes", lambda *args: None)
    found = ocrpage._tesseract(Image.new("L", (300, 100), 255), "--psm 6", 0.24)
    assert [w.text for w in found] == ["Bộ", "Giáo", "dục", "và"]
