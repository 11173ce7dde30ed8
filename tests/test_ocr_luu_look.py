"""A scan's Lưu line read a second time by PP-OCR where Tesseract read a sign no unit writes
(importer/luulook.py), on real lines cut from scans (tests/data/ocr_luu/provenance.tsv: each
crop's letter, page and box at the reader's 300 dpi)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from ntm_docgen.importer.luulook import look_again, misread

CROPS = Path(__file__).parent / "data" / "ocr_luu"


def _data(words: list[tuple[str, int, int, int, int]]) -> dict[str, Any]:
    """Tesseract's ``image_to_data`` of one line: its words and their boxes."""
    return {"text": [w[0] for w in words], "conf": [90.0] * len(words),
            "left": [w[1] for w in words], "top": [w[2] for w in words],
            "width": [w[3] for w in words], "height": [w[4] for w in words],
            "block_num": [1] * len(words), "par_num": [1] * len(words),
            "line_num": [1] * len(words)}


def _units(data: dict[str, Any]) -> str:
    return " ".join(t for t in data["text"][2:] if t)


@pytest.mark.parametrize(("crop", "words", "read"), [
    ("bca_3980.png", [("-", 20, 40, 12, 5), ("Lưu:", 47, 20, 83, 41), ("VT", 145, 20, 50, 41),
                      ("Pó", 210, 20, 72, 41)], "VT, P6."),
    ("phutho_03.png", [("-", 22, 42, 14, 6), ("Lưu:", 49, 23, 90, 46),
                       ("VT,", 154, 23, 66, 46), ("VX3", 242, 23, 66, 46),
                       ("(VI§0b).", 330, 23, 168, 46)], "VT, VX3 (V180b)."),
    ("tayninh_308.png", [("-", 18, 35, 13, 5), ("Lưu:", 44, 18, 78, 37),
                         ("V§,", 138, 18, 65, 37), ("VPUBND", 220, 18, 179, 37),
                         ("tỉnh.", 410, 18, 78, 37)], "VT, VPUBND tỉnh."),
    ("tayninh_308.png", [("-", 18, 35, 13, 5), ("Lưu:", 44, 18, 78, 37),
                         ("V§,", 138, 18, 65, 37), ("VPUBND", 220, 18, 179, 37),
                         ("tỉnh.", 410, 18, 78, 37), ("—.", 504, 18, 14, 37)],
     "V§, VPUBND tỉnh. —."),
], ids=["P6-read-Pó", "V180b-read-VI§0b", "marks-kept-tỉnh", "a-word-more-left"])
def test_a_misread_unit_is_read_again_by_pp_ocr(crop: str, words: list, read: str) -> None:
    """Bộ Công an 3980's ``- Lưu: VT, P6.`` (Tesseract: ``VT Pó``) and Phú Thọ 03's ``VT, VX3
    (V180b).`` (``(VI§0b)``) take PP-OCR's units; Tây Ninh 308's ``tỉnh`` keeps its mark (its
    ``VT`` made a sign here); a line whose words PP-OCR reads one fewer of (a stroke's mark
    after the units) is left as Tesseract read it, nothing of it lost."""
    data = _data(words)
    with Image.open(CROPS / crop) as image:
        look_again(image, data)
    assert _units(data) == read


def test_a_luu_line_read_as_codes_is_left_as_read() -> None:
    """Tesseract's units all codes or words: PP-OCR is not asked (a wrong code read as another
    code, ``P4`` for ``P6``, is no sign of a misreading)."""
    data = _data([("-", 20, 40, 12, 5), ("Lưu:", 47, 20, 83, 41), ("VT,", 145, 20, 50, 41),
                  ("P4.", 210, 20, 72, 41)])
    with Image.open(CROPS / "bca_3980.png") as image:
        look_again(image, data)
    assert _units(data) == "VT, P4."


@pytest.mark.parametrize(("words", "wrong"), [
    (["VT", "Pó"], True), (["VT,", "CN", "(020).", "œ"], True), (["VT,", "KSTTT\\wrvA)."], True),
    (["VT,", "CN", "(2).", "Tuấn."], False), (["VT", "(VDuẩn)."], True),
    (["VT,", "QHĐP", "(3)VQT"], False), (["VT,", "TC-HC."], False),
], ids=["Pó", "œ", "backslash", "Tuấn", "VDuẩn", "QHĐP", "TC-HC"])
def test_a_misread_unit_is_a_sign_or_no_word(words: list[str], wrong: bool) -> None:
    assert misread(words) is wrong


def test_every_run_of_tesseract_over_a_scan_asks_for_the_look(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``ocrpage._tesseract`` (the page's run and each column's) hands its words to the look."""
    from ntm_docgen.importer import ocrpage

    seen: list[list[str]] = []
    monkeypatch.setattr(ocrpage, "look_again",
                        lambda image, data: seen.append([t for t in data["text"] if t.strip()]))
    with Image.open(CROPS / "bca_3980.png") as image:
        ocrpage._tesseract(image, "--psm 6", 72 / 300)
    assert seen and any("Lưu:" in words for words in seen)


def test_a_code_tesseract_read_stays_its_own_where_pp_ocr_reads_another(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """PP-OCR's two looks may agree on a wrong code: only the words Tesseract misread take
    its reading (and its signs: ``VT`` for ``VT,``), not a code Tesseract read as one
    (``TCCB`` is not made ``TCC8``)."""
    from ntm_docgen.importer import luulook

    monkeypatch.setattr(luulook, "units_read", lambda image: ["VT,", "TCC8,", "P6."])
    data = _data([("-", 20, 40, 12, 5), ("Lưu:", 47, 20, 83, 41), ("VT", 145, 20, 50, 41),
                  ("TCCB,", 200, 20, 90, 41), ("Pó", 300, 20, 72, 41)])
    with Image.open(CROPS / "bca_3980.png") as image:
        look_again(image, data)
    assert _units(data) == "VT, TCCB, P6."
