"""A scan's Lưu line cut from the page alone and read again enlarged (importer/luuzone.py), on
real lines cut from scans (tests/data/ocr_luu/provenance.tsv: each crop's letter, page and box
at 300 dpi, rendered by pdfium as the reader renders a page)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from ntm_docgen.importer import luuzone
from ntm_docgen.importer.luuzone import zone_look

CROPS = Path(__file__).parent / "data" / "ocr_luu"


def _data(words: list[tuple[str, int, int, int, int]]) -> dict[str, Any]:
    """Tesseract's ``image_to_data`` of one line: its words and their boxes."""
    return {"text": [w[0] for w in words], "conf": [90.0] * len(words),
            "left": [w[1] for w in words], "top": [w[2] for w in words],
            "width": [w[3] for w in words], "height": [w[4] for w in words],
            "block_num": [1] * len(words), "par_num": [1] * len(words),
            "line_num": [1] * len(words)}


def _line(data: dict[str, Any]) -> str:
    return " ".join(t for t in data["text"] if t)


#: Bộ Công an 4552's ``- Lưu: VT, C04 (P6).`` as the page's reading gave it (``(P4)``).
BCA_4552 = [("-", 33, 26, 11, 5), ("Lưu:", 60, 8, 80, 31), ("VT,", 158, 7, 67, 38),
            ("C04", 241, 7, 72, 32), ("(P4).", 329, 8, 86, 40)]
#: The Thủ tướng's 1139, ``- Lưu: VT, QHĐP (3)VQT.`` and a pen's ``48`` after it.
TTG_1139 = [("-", 35, 27, 14, 6), ("Lưu:", 60, 9, 86, 33), ("VT,", 162, 8, 71, 40),
            ("QHĐP", 248, 8, 123, 42), ("(3)vqr.4§", 384, 9, 164, 42)]


def test_a_drafter_misread_in_small_type_is_read_again_from_the_zone() -> None:
    """4552's drafter ``(P6)``, read ``(P4)`` at the page's size, reads ``(P6)`` in the line's
    zone cut alone by Tesseract at three times its size (``(P49)`` at twice) and by PP-OCR at
    both: taken, the units one word over their boxes."""
    data = _data(BCA_4552)
    with Image.open(CROPS / "bca_4552.png") as image:
        zone_look(image, data)
    assert _line(data) == "- Lưu: VT, C04 (P6)."
    assert (data["left"][2], data["width"][2]) == (158, 415 - 158)


def test_a_line_whose_looks_differ_is_left_as_the_page_read_it() -> None:
    """1139's pen-written ``48`` after the drafter reads otherwise at each size (``vor.4g``,
    PP-OCR's ``vor.48``, ``voT.18``) and gives no Lưu's shape: the page's reading stays."""
    data = _data(TTG_1139)
    with Image.open(CROPS / "ttg_1139.png") as image:
        zone_look(image, data)
    assert _line(data) == "- Lưu: VT, QHĐP (3)vqr.4§"


def test_the_looks_must_read_as_pp_ocr_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tesseract's look of a Lưu's shape is not enough: PP-OCR's recogniser must read the same
    units (without marks) at both sizes."""
    monkeypatch.setattr(luuzone, "_look", lambda image: "- Luu: VT, C04 (P4).")
    data = _data(BCA_4552)
    with Image.open(CROPS / "bca_4552.png") as image:
        zone_look(image, data)
    assert _line(data) == "- Lưu: VT, C04 (P4)."


def test_every_run_of_tesseract_over_a_scan_asks_for_the_zone(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``ocrpage._tesseract`` (the page's run and each column's) hands its words to the look."""
    from ntm_docgen.importer import ocrpage

    seen: list[list[str]] = []
    monkeypatch.setattr(ocrpage, "zone_look",
                        lambda image, data: seen.append([t for t in data["text"] if t.strip()]))
    with Image.open(CROPS / "bca_4552.png") as image:
        ocrpage._tesseract(image, "--psm 6", 72 / 300)
    assert seen and any("Lưu:" in words for words in seen)


def test_a_scans_luu_with_signs_no_unit_writes_is_told(monkeypatch: pytest.MonkeyPatch) -> None:
    """Điện Biên 339's Lưu read from its scan ``VT, KSTTT\\wrvA)`` (its drafter ``(NTVA)`` in
    small type): kept as read and named in a warning; read as a text file, no warning."""
    import dataclasses

    from ntm_docgen.importer import build, reading

    letter = Path(__file__).parent / "data" / "letters" / "held_out_25" / \
        "qd_2025_dienbien_339.txt"
    told = [w for w in build.import_letter(letter).warnings if w.startswith("luu:")]
    assert told == []
    real = reading.read_source
    monkeypatch.setattr(build, "read_source",
                        lambda path: dataclasses.replace(real(path), ocr_pages=(1,)))
    result = build.import_letter(letter)
    assert result.spec["luu"] == "VT, KSTTT\\wrvA)"
    assert [w for w in result.warnings if w.startswith("luu:")] == [
        "luu: “VT, KSTTT\\wrvA)” was read from the scan with signs no unit of a Lưu line "
        "writes (a drafter or a count in small type, or a pen's mark after them): check it "
        "against the paper"]


def test_no_lu_line_a_set_holds_as_printed_is_told_in_doubt() -> None:
    """The doubt is for signs no Lưu writes: every Lưu line of the sets' truths, read right,
    passes, however its office writes its drafter ("KTN.Bảo", "(MN,07)", "(đ/c Long)",
    "TC – HC", "(VDuẩn)"); 75 of the 358 were told before."""
    import yaml

    truths = sorted((Path(__file__).parent / "data").rglob("*.expected.yaml"))
    lines = [luu for p in truths
             if isinstance(luu := (yaml.safe_load(p.read_text(encoding="utf-8")) or {}).get("luu"),
                           str)]
    assert len(lines) > 300
    assert [x for x in lines if luuzone.doubtful({"luu": x})] == []
    assert luuzone.doubtful({"luu": "VT, TTHCạ)"}) and luuzone.doubtful({"luu": "VT, TCCBO@ 6"})
