"""A heading line (contract §2: a Roman numeral or a line wholly in capitals) read from a PDF
ends its paragraph whatever follows: a line in small letters under it was joined to it
("I. ĐẶC ĐIỂM TÌNH HÌNH nội dung", contract12 #14), where the same letter's Word file reads
exact. A heading wrapped in capitals, and a sentence wrapped in small letters, still join."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen import api
from ntm_docgen.files.pdf import convert
from ntm_docgen.importer import import_letter
from ntm_docgen.importer.body import paragraphs
from ntm_docgen.letter.spec import read_data

EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "examples" / \
    "003-huong-dan-106-snv-lang-son.yaml"
BODY = ("I. ĐẶC ĐIỂM TÌNH HÌNH\nnội dung tình hình chung của địa phương.\n"
        "TOÀN BỘ CHỮ HOA\nđậm và nghiêng trong đoạn này.\n"
        "II. NỘI DUNG BÁO CÁO\n1. Kết quả thực hiện./.")
ATTACHMENT = "I. ĐẶC ĐIỂM TÌNH HÌNH\nnội dung\nII. KẾT QUẢ\nđã đạt được."


@pytest.fixture(scope="module")
def read_back(tmp_path_factory: pytest.TempPathFactory) -> dict:
    work = tmp_path_factory.mktemp("headings")
    data = {**read_data(EXAMPLE), "noi_dung": BODY,
            "phu_luc": [{"tieu_de": "ĐỀ CƯƠNG BÁO CÁO", "noi_dung": ATTACHMENT}]}
    (work / "hd.docx").write_bytes(api.render_bytes(api.parse_spec(data),
                                                    today=date(2026, 11, 23)))
    convert([work / "hd.docx"], work)
    return import_letter(work / "hd.pdf").spec


def test_a_heading_of_a_pdf_is_not_joined_with_a_line_in_small_letters(read_back):
    assert read_back["noi_dung"].split("\n") == BODY.split("\n")


def test_the_same_in_an_attachment(read_back):
    assert read_back["phu_luc"][0]["noi_dung"].split("\n") == ATTACHMENT.split("\n")


def test_wrapped_headings_and_sentences_still_join():
    assert paragraphs(["I. CĂN CỨ XÂY DỰNG", "KẾ HOẠCH", "1. Kết quả thực hiện nhiệm vụ",
                       "trong năm 2025"]) == ["I. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
                                              "1. Kết quả thực hiện nhiệm vụ trong năm 2025"]
    assert paragraphs(["I. Kết quả thực hiện nhiệm vụ năm 2025 và", "phương hướng năm 2026"]) \
        == ["I. Kết quả thực hiện nhiệm vụ năm 2025 và phương hướng năm 2026"]
