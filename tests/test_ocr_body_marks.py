"""The marks of a scan's long fields as OCR reads them: a dash told a hyphen or an en dash by
its width, an ampersand kept between words, a capital of a small letter's shape in the middle
of a sentence (``bổ Sung``), the closing ``./.`` read with a dot or a letter for its slash."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from ntm_docgen.importer import ocrpage
from ntm_docgen.importer.ends import letter_ends
from ntm_docgen.importer.ocrfix import mend_line
from ntm_docgen.importer.ocrsigns import told_dashes


def _data(words: list[tuple[str, int]], line_of: list[int] | None = None,
          conf: float = 96.0) -> dict[str, Any]:
    """``image_to_data``'s columns for ``words`` (each: its text, its width in pixels), one
    line (or the lines ``line_of`` gives), 42 pixels tall (a dash 5), 12 pixels apart."""
    data: dict[str, list[Any]] = {k: [] for k in (
        "text", "conf", "left", "top", "width", "height", "block_num", "par_num", "line_num")}
    left = 100
    for n, (text, width) in enumerate(words):
        line = line_of[n] if line_of else 1
        tall = 5 if text in "-–—" else 42
        for k, v in (("text", text), ("conf", conf), ("left", left), ("top", 100 * line),
                     ("width", width), ("height", tall), ("block_num", 1), ("par_num", 1),
                     ("line_num", line)):
            data[k].append(v)
        left += width + 12
    return data


#: Words of a line as a 13-point Times New Roman prints them at 300 dpi: about 28 pixels a
#: letter, a hyphen's ink 16 pixels wide, an en dash's 27.
_PRINTED = [("Phòng", 144), ("Tổ", 60), ("chức", 108)]


@pytest.mark.parametrize(("read", "width", "right"), [
    ("-", 16, "-"), ("—", 16, "-"), ("-", 27, "–"), ("—", 28, "–"), ("–", 15, "-"),
], ids=["hyphen", "em-dash-read-for-a-hyphen", "hyphen-read-for-an-en-dash",
        "em-dash-read-for-an-en-dash", "en-dash-read-for-a-hyphen"])
def test_a_dash_is_told_by_its_width(read: str, width: int, right: str) -> None:
    data = _data([*_PRINTED, (read, width), ("Hành", 123), ("chính", 139)])
    told_dashes(data)
    assert data["text"][3] == right


def test_a_stroke_as_wide_as_a_rule_and_a_dash_alone_stay_as_read() -> None:
    """A rule under a heading is no dash of a sentence; a dash on a line of no words has
    nothing to be measured by."""
    data = _data([*_PRINTED, ("—", 300), ("-", 27)], line_of=[1, 1, 1, 1, 2])
    told_dashes(data)
    assert data["text"][3:] == ["—", "-"]


def test_a_dash_read_with_a_speck_above_it_stays_as_read() -> None:
    """``tộc -[25x75] Tôn``: a box three times as tall as wide holds more than the dash, so
    its width says nothing of the dash's kind (the page prints a hyphen there)."""
    data = _data([*_PRINTED, ("-", 25), ("Hành", 123), ("chính", 139)])
    data["height"][3] = 75
    told_dashes(data)
    assert data["text"][3] == "-"


def test_the_page_keeps_an_ampersand_and_the_en_dash_it_measured(monkeypatch) -> None:
    """``Khảo thí & Đảm bảo``, ``lần thứ 17 — năm 2026``: Tesseract gives each sign a box of
    its own; the ampersand was taken for a speck and the em dash left out."""
    data = _data([("Khảo", 113), ("thí", 56), ("&", 37), ("Đảm", 104), ("bảo", 76),
                  ("thứ", 77), ("17", 50), ("—", 27), ("năm", 98)])
    monkeypatch.setattr("pytesseract.image_to_data", lambda *a, **k: data)
    monkeypatch.setattr(ocrpage, "relook", lambda *a: {})
    monkeypatch.setattr(ocrpage, "settled", lambda reads: {})
    monkeypatch.setattr(ocrpage, "read_notes", lambda *a: None)
    words = ocrpage._tesseract(Image.new("L", (1400, 200), 255), "--psm 3", 1.0)
    assert " ".join(w.text for w in words) == "Khảo thí & Đảm bảo thứ 17 – năm"


@pytest.mark.parametrize(("read", "right"), [
    ("Luật sửa đổi, bổ Sung một số điều", "Luật sửa đổi, bổ sung một số điều"),
    ("Giám đốc Sở Nội vụ", "Giám đốc Sở Nội vụ"),
    ("của Công ty cổ phần", "của Công ty cổ phần"),
    ("do Chủ đầu tư lập", "do Chủ đầu tư lập"),
    ("vào Sổ đăng ký", "vào Sổ đăng ký"),
], ids=["bo-sung", "a-name", "a-name-s-first-word", "a-capital-with-an-ascender",
        "a-capital-with-a-mark"])
def test_a_capital_of_a_small_letter_s_shape_in_a_sentence(read: str, right: str) -> None:
    assert " ".join(mend_line(read.split())) == right


@pytest.mark.parametrize(("read", "right"), [
    ("thi hành Quyết định này...", "thi hành Quyết định này./."),
    ("Kính báo cáo Hội đồng nhân dân tỉnh...", "Kính báo cáo Hội đồng nhân dân tỉnh./."),
    ("cho Sở Dân tộc - Tôn giáo tỉnh).I.", "cho Sở Dân tộc - Tôn giáo tỉnh)./."),
    ("các TTHC trên địa bàn tỉnh).Í.", "các TTHC trên địa bàn tỉnh)./."),
    ("thi hành Quyết định này.", "thi hành Quyết định này."),
    ("bàn ghế, tủ, v.v...", "bàn ghế, tủ, v.v..."),
], ids=["dots", "dots-after-tinh", "a-capital-i", "an-accented-i", "a-full-stop-stays",
        "and-so-on-stays"])
def test_the_closing_read_with_a_dot_or_a_letter_for_its_slash(read: str, right: str) -> None:
    assert letter_ends([read, "Nơi nhận:"])[0] == (right, "")


def test_three_dots_in_the_body_stay() -> None:
    """Only the line above the Nơi nhận closes the letter."""
    assert letter_ends(["bàn ghế, tủ...", "Điều 2."])[0] == ("bàn ghế, tủ...", "")


def test_an_ampersand_tesseract_is_unsure_of_is_a_speck(monkeypatch) -> None:
    """``Bạc Liêu, ngày &[58] tháng``: a pen's stroke in the day's blank, no sign of print."""
    data = _data([("Liêu,", 104), ("ngày", 105), ("&", 29), ("tháng", 122)], conf=58.0)
    monkeypatch.setattr("pytesseract.image_to_data", lambda *a, **k: data)
    monkeypatch.setattr(ocrpage, "relook", lambda *a: {})
    monkeypatch.setattr(ocrpage, "settled", lambda reads: {})
    monkeypatch.setattr(ocrpage, "read_notes", lambda *a: None)
    words = ocrpage._tesseract(Image.new("L", (1400, 200), 255), "--psm 3", 1.0)
    assert " ".join(w.text for w in words) == "Liêu, ngày tháng"


def test_a_word_files_typed_dots_stay() -> None:
    """A Word file's text is typed, not read: its last line's "..." is the clerk's, and stays
    (``import_lines(wrapped=False)``); text copied from a PDF or a scan is mended (found by a
    review)."""
    from ntm_docgen.importer import import_lines

    lines = ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "Số: 12/UBND-VX", "Lạng Sơn, ngày 05 tháng 3 năm 2026",
             "V/v cảm ơn", "Kính gửi: Sở A", "Xin cảm ơn sự quan tâm của Quý vị...",
             "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An"]
    typed = import_lines(lines, wrapped=False).spec["noi_dung"]
    read = import_lines(lines, wrapped=True).spec["noi_dung"]
    assert typed.endswith("Quý vị...") and read.endswith("Quý vị./."), (typed, read)
