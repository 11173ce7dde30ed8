"""A TRÍCH SAO of a scan whose number the clerk wrote by hand (Bạc Liêu's 210/QĐ-UBND, OCR read
``410`` and was unsure of it) printed ``Số: 410/QĐ-UBND`` and told nothing of it, though
import flags the word. The copy now holds the number and the day to the importer's trust
(``importer/pentrust``): a number OCR was unsure of, or a day the letter's own dates belie
(its digital signature's time), is left blank as the paper had it before the pen, with a
warning naming the field to write in from the paper; the words OCR was unsure of inside the
parts kept (``Xi07/2021/NĐ-CP`` for 107) are named.

The scan's reading is stood in for (the lines OCR gives, the words it was unsure of), so no
test waits for Tesseract."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from test_copy_chain import copy, pdf_letter, spec_of

from ntm_docgen.importer import build
from ntm_docgen.importer.reading import Source
from ntm_docgen.importer.unsure import gather


def _lines(signed: str) -> list[str]:
    return ["ỦY BAN NHÂN DÂN", "TỈNH BẠC LIÊU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Số: 410/QĐ-UBND",
            "Bạc Liêu, ngày 18 tháng 02 năm 2025", "Cơ quan: Ủy ban nhân dân tỉnh Bạc Liêu",
            f"Thời gian ký: {signed} 07:55:27", "QUYẾT ĐỊNH",
            "Về việc công bố Danh mục thủ tục hành chính mới ban hành",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
            "Căn cứ Nghị định số Xi07/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ;",
            "Theo đề nghị của Giám đốc Sở Giao thông vận tải.", "QUYẾT ĐỊNH:",
            "Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính mới ban hành.",
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.", "Nơi nhận:",
            "- Như Điều 2;", "- Lưu: VT, KSTTHC.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
            "Huỳnh Hữu Trí"]


@pytest.fixture
def read_as(monkeypatch):
    """The scan's reading stood in for: its lines, the day of its signature's note, and the
    words OCR was unsure of."""
    def stand_in(signed: str, unsure: list[str]) -> None:
        def read(path: Path) -> Source:
            gather({"text": unsure, "conf": [40.0] * len(unsure)})
            return Source(_lines(signed), ocr_pages=(1,))
        monkeypatch.setattr(build, "read_source", read)
    return stand_in


def _trich(runner, tmp_path: Path):
    original = pdf_letter(tmp_path / "quyet dinh quet.pdf")  # its text is stood in for
    out = tmp_path / "trich.pdf"
    made = copy(runner, original, spec_of(tmp_path, "TRÍCH SAO", 4), out, "--trich", "Điều 1")
    assert made.exit_code == 0, made.output
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())
    return " ".join(made.output.split()), text


def test_a_number_ocr_was_unsure_of_is_left_blank_and_told(runner, tmp_path, read_as):
    read_as("19.02.2025", ["410/QĐ-UBND", "Xi"])
    said, text = _trich(runner, tmp_path)
    assert "410" not in text and "Số: /QĐ-UBND" in text
    assert "ngày 18 tháng 02 năm 2025" in text  # the day agrees with the signature's note
    assert "so: the number of the original was written by hand and OCR was not sure of it " \
           "(it read “410”)" in said
    assert "write the number in by hand from the paper before the copy is signed" in said


def test_the_words_ocr_was_unsure_of_in_the_parts_kept_are_named(runner, tmp_path, read_as):
    read_as("19.02.2025", ["410/QĐ-UBND", "Xi", "hiệu"])  # "hiệu": in Điều 2 only
    said, _text = _trich(runner, tmp_path)
    assert "OCR was unsure of these words in the parts the copy keeps: “Xi”; check" in said, said


def test_a_number_ocr_read_sure_is_printed(runner, tmp_path, read_as):
    read_as("19.02.2025", ["Xi"])
    said, text = _trich(runner, tmp_path)
    assert "Số: 410/QĐ-UBND" in text and "so: the number" not in said


def test_a_day_the_signature_belies_is_left_blank_and_told(runner, tmp_path, read_as):
    """Signed a month after the day read: the importer's rule holds a letter to be dated at
    most DAYS_BEFORE_SIGNING days before its signature's note."""
    read_as("19.03.2025", [])
    said, text = _trich(runner, tmp_path)
    assert "18 tháng" not in text and "năm 2025" in text and "Số: 410/QĐ-UBND" in text
    assert "ngay: OCR read the day of the original as 18/02/2025, which does not agree" in said
