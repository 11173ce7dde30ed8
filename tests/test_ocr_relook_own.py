"""A word's second look refused where the page writes its first reading beside the same word
(importer/relookown.py, called by ``ocrpage._second_look``), on Quảng Ngãi 53's first page:
its run reads ``thị xã Đức Phổ`` seven times, and the second look, reading one of them alone
(``Đức Phổ về việc giao đất``, at 49), gives ``Phố``, the word its truth and its paper do not
print (tests/data/ocr_words/provenance.tsv: the crop of that line in the reader's page image
at 300 dpi, coloured ink set aside and levelled)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from ntm_docgen.importer import ocrpage
from ntm_docgen.importer.relook import relook
from ntm_docgen.importer.relookown import kept_as_read
from ntm_docgen.importer.secondread import Read

CROP = Path(__file__).parent / "data" / "ocr_words" / "quangngai_53.png"
#: ``Phổ``'s box in the crop, its confidence and its line's height, as the page's run gave them.
PHO = Read("Phổ", 49.0, (139, 43, 226, 96), 64, 0)
#: The lines of 53's first page that name the place, as the page's run read them (its first
#: pass, before the second look); the fifth holds the word of the crop.
LINES = [
    "Địa chỉ: Thôn Vĩnh Xuân, xã Phô Phong, thị xã Đức",
    "thị xã Đức Phổ về việc bồi thường, hỗ trợ và tái định cư cho bà Nguyễn Thị",
    "Phong, thị xã Đức Phổ để giải phóng mặt bằng thực hiện dự án: Tiểu dự án",
    "thị xã Đức Phổ và Quyết định số 8572/QĐ- UBND ngày 29/12/2023 của",
    "UBND thị xã Đức Phổ về việc giao đất tái định cư cho bà Nguyễn Thị Bích",
    "Ngọc và ông Đoàn Duy Đức, thường trú tại xã Phổ Phong, thị xã Đức Phổ.",
    "- UBND thị xã Đức Phố;",
]


def _page() -> tuple[list[Read], int, int]:
    """The lines' words as reads, the place of the crop's ``Phổ`` among them and that of the
    Nơi nhận's ``Phố;``, which the page's second look reads ``Phổ;``."""
    reads = [Read(text, 96.0, (0, 0, 1, 1), 64, line)
             for line, words in enumerate(LINES) for text in words.split()]
    at = next(n for n, r in enumerate(reads) if r.line == 4 and r.text == "Phổ")
    return reads, at, len(reads) - 1


def test_the_second_look_reads_the_word_with_another_tone() -> None:
    """The cause: read alone, the word comes back ``Phố``, surer than the page's ``Phổ``."""
    with Image.open(CROP) as image:
        assert relook(image, [PHO], "vie") == {0: "Phố"}


def test_the_page_keeps_its_first_reading() -> None:
    reads, at, noi_nhan = _page()
    with Image.open(CROP) as image:
        looked = relook(image, [PHO], "vie")
    assert kept_as_read(reads, {at: looked[0], noi_nhan: "Phổ;"}) == {noi_nhan: "Phổ;"}


def test_a_look_the_page_reads_elsewhere_too_is_taken() -> None:
    """Where the page reads ``Đức Phố`` elsewhere too (the Nơi nhận before its own second
    look), the look is not refused: the page does not tell against it."""
    reads, at, _ = _page()
    assert kept_as_read(reads, {at: "Phố"}) == {at: "Phố"}


def test_a_look_the_page_does_not_contradict_is_taken() -> None:
    """``Phô`` read ``Phổ`` (the page reads ``Đức Phổ`` elsewhere, never ``Đức Phô``), and the
    Nơi nhận's ``Phố;`` read ``Phổ;``: both kept."""
    reads, _, _ = _page()
    looked = {n: r.text.replace("Phô", "Phổ").replace("Phố", "Phổ")
              for n, r in enumerate(reads) if r.text.startswith(("Phô", "Phố"))}
    assert looked and kept_as_read(reads, looked) == looked


def test_the_page_reader_refuses_the_look(monkeypatch: pytest.MonkeyPatch) -> None:
    """Through ``ocrpage._second_look``: the second look's ``Phố`` is not written."""
    reads, at, noi_nhan = _page()
    data: dict[str, Any] = {key: [] for key in ("text", "conf", "left", "top", "width",
                                                 "height", "block_num", "par_num", "line_num")}
    for n, read in enumerate(reads):
        for key, value in zip(data, (read.text, read.conf, 10 * n, 70 * read.line, 8, 60, 1, 1,
                                     read.line), strict=True):
            data[key].append(value)
    monkeypatch.setattr(ocrpage, "relook", lambda image, found, lang: {at: "Phố",
                                                                    noi_nhan: "Phổ;"})
    ocrpage._second_look(None, data)
    assert (data["text"][at], data["text"][noi_nhan]) == ("Phổ", "Phổ;")
