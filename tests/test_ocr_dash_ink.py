"""A dash Tesseract read in a box taller than wide, measured by its own ink on the page.

The crops in ``tests/data/ocr_dash/`` are cut from real scans (``provenance.tsv``: the file,
its page, the crop's box on the page as OCR reads it: rendered at 300 dpi, its coloured ink set
aside and its slope straightened, ``ocrpage._ocr_words``); beside each, the ``.tsv`` holds
Tesseract's words of that line as it read them on the whole page (``--psm 3``), their boxes
moved into the crop. On these pages Tesseract gave each dash a narrow box as tall as the line
and left the dash's ink in the box of the word before it (``17[83x40] -[25x73] năm``)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from ntm_docgen.importer import ocrpage
from ntm_docgen.importer.ocrdashink import dash_ink
from ntm_docgen.importer.ocrsigns import told_dashes

_HERE = Path(__file__).parent / "data" / "ocr_dash"


def _read(name: str) -> tuple[Image.Image, dict[str, Any]]:
    """The crop ``name`` and Tesseract's words on it, as ``image_to_data``'s columns."""
    data: dict[str, list[Any]] = {k: [] for k in (
        "text", "conf", "left", "top", "width", "height", "block_num", "par_num", "line_num")}
    with open(_HERE / f"{name}.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            data["text"].append(row["text"])
            data["conf"].append(float(row["conf"]))
            for k in ("left", "top", "width", "height"):
                data[k].append(int(row[k]))
            for k in ("block_num", "par_num", "line_num"):
                data[k].append(1)
    with Image.open(_HERE / f"{name}.png") as image:
        image.load()
        return image.copy(), data


def _dash(data: dict[str, Any]) -> int:
    return next(i for i, t in enumerate(data["text"]) if t in ("-", "—"))


@pytest.mark.parametrize(("name", "right"), [
    ("taydo_1144_en_dash", "–"), ("taydo_1144_hyphen", "-"), ("taydo_1134_en_dash", "–"),
], ids=["16-en-dash-read-as-em-dash", "17-hyphen", "09-3-2006-en-dash-read-as-hyphen"])
def test_a_dash_in_a_tall_box_is_told_by_its_ink(name: str, right: str) -> None:
    """``lần thứ 16 – năm 2026`` (read ``—[19x73]``, dropped as a speck), ``lần thứ 17 - năm
    2026`` (``-[25x73]``), ``(09/3/2006 – 09/3/2026)`` (``-[23x68]``): the box's width is
    about the same for each; the ink is a hyphen's (15 pixels) or an en dash's (28-31)."""
    image, data = _read(name)
    told_dashes(data, image)
    i = _dash(data) if right == "-" else data["text"].index("–")
    assert data["text"][i] == right
    assert data["height"][i] < data["width"][i] <= 35  # the box is the dash's ink


def test_the_word_before_ends_where_its_ink_does() -> None:
    """The dash's ink lay in the box of ``16`` (its box 95 pixels wide, two digits 50): with
    the two boxes overlapping, the line read ``16– năm``; ``16`` now ends left of the dash."""
    image, data = _read("taydo_1144_en_dash")
    i = _dash(data)
    assert data["left"][i - 1] + data["width"][i - 1] > data["left"][i]  # as Tesseract read it
    told_dashes(data, image)
    end = data["left"][i - 1] + data["width"][i - 1]
    assert 45 <= data["width"][i - 1] <= 60
    assert data["left"][i] - end >= 10  # a space between them, as printed


def test_without_the_page_or_its_bar_a_dash_in_a_tall_box_stays_as_read() -> None:
    """No image to look at, or no one bar of ink between the words (a blank page: a speck or
    a stroke read for a dash), and the dash and its neighbours stay as Tesseract read them."""
    image, data = _read("taydo_1144_en_dash")
    before = {k: list(v) for k, v in data.items()}
    told_dashes(data)
    assert data == before
    blank = Image.new("L", image.size, 255)
    assert not dash_ink(blank, data, list(range(len(data["text"]))), _dash(data))
    told_dashes(data, blank)
    assert data == before


def test_a_word_of_dashes_alone_is_one_dash() -> None:
    """``Lưu: VT, TC —- HC.``, ``Độc lập —- Tự do``: Tesseract read one printed dash as two
    signs in one box, wider than tall; it is told by its width like any dash, not dropped."""
    image, data = _read("taydo_1144_en_dash")
    i = _dash(data)
    data["text"][i], data["top"][i], data["width"][i], data["height"][i] = "—-", 45, 28, 5
    told_dashes(data)
    assert data["text"][i] == "–"


def test_the_page_reads_the_dash_between_its_words(monkeypatch) -> None:
    """Through the page's reading (``ocrpage._tesseract``): the dash kept, between two words
    that no longer overlap."""
    image, data = _read("taydo_1144_en_dash")
    monkeypatch.setattr("pytesseract.image_to_data", lambda *a, **k: data)
    monkeypatch.setattr(ocrpage, "relook", lambda *a: {})
    monkeypatch.setattr(ocrpage, "settled", lambda reads: {})
    monkeypatch.setattr(ocrpage, "read_notes", lambda *a: None)
    monkeypatch.setattr(ocrpage, "look_again", lambda *a: None)
    words = ocrpage._tesseract(image, "--psm 3", 1.0)
    assert [w.text for w in words][2:5] == ["16", "–", "năm"]
    assert words[2].x1 < words[3].x0 < words[3].x1 < words[4].x0
