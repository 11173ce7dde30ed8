"""A space OCR put at the wrong place in a scan's long field, moved where real letters put it
(``importer/respace.py``), on held-out scans' committed transcriptions read as the scans they
were read from; each file's provenance is in its set's provenance.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.importer.build import import_letter
from ntm_docgen.importer.respace import respace

LETTERS = Path(__file__).parent / "data" / "letters"


def _field(spec: dict, field: str) -> str:
    """The field as a string: the body's first paragraph for ``noi_dung_dau``."""
    if field == "noi_dung_dau":
        return str(spec["noi_dung"]).split("\n")[0]
    return str(spec[field])


@pytest.mark.usefixtures("as_scan")
@pytest.mark.parametrize(("letter", "field", "read", "printed"), [
    ("held_out_18/ttr_2025_quangngai_24", "noi_dung_dau", "Tỉnhủy", "Ban Thường vụ Tỉnh ủy về"),
    ("held_out_18/ttr_2025_quangngai_24", "noi_dung_dau", "độngông",
     "đã điều động ông Tôn Long Hiếu"),
    ("held_out_24/tb_2025_lamdong_493", "trich_yeu", "Tỉnhủy", "Phúc - Tỉnh ủy viên, Phó"),
    ("held_out_18/tb_2025_quangngai_46", "noi_dung_dau", "choông",
     "chi tiết cho ông Trần Ngọc Vinh"),
    ("held_out_20/cv_2025_bca_4552", "noi_dung_dau", "quy ết", "Nghị quyết số 50/NQ-CP"),
    ("held_out_20/cv_2025_quangngai_575", "noi_dung_dau", "dựán", "đối với dự án áp dụng"),
    ("held_out_29/qd_2025_tayninh_308", "noi_dung_dau", "Quy ết",
     "kèm theo Quyết định này Danh mục"),
    ("held_out_22/qd_2024_ttg_1039", "can_cu", "Căn.cứ", "Căn cứ Luật Tổ chức Chính phủ"),
    ("held_out_20/qd_2024_ttg_981", "can_cu", "định.số", "quy định số lượng Phó"),
    ("held_out_24/qd_2025_quangngai_84", "can_cu", "T:ổ",
     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015"),
], ids=["tinh-uy", "dieu-dong-ong", "tinh-uy-vien", "cho-ong", "nghi-quyet", "du-an",
        "quyet-dinh", "can-cu-dot", "dinh-so-dot", "to-colon-inside"])
def test_a_space_ocr_misplaced_is_put_where_the_page_prints_it(
        letter: str, field: str, read: str, printed: str) -> None:
    result = import_letter(LETTERS / f"{letter}.txt")
    assert printed in _field(result.spec, field)
    assert any(f"“{read}" in w and "spaced again" in w for w in result.warnings)


def test_a_text_not_read_by_ocr_keeps_its_words_as_typed() -> None:
    """A Word file's or a text PDF's run-together words are the typist's: the copy says what
    the paper says."""
    spec = import_letter(LETTERS / "held_out_18" / "tb_2025_quangngai_46.txt").spec
    assert "chi tiết choông Trần" in spec["noi_dung"]


@pytest.mark.parametrize(("line", "changes"), [
    ("ủy ban thi hànhán trong điều tra", [("hànhán", "hành án")]),
    ("đưa toàn bộ dựán, vào vận hành", [("dựán,", "dự án,")]),
    ("cơ quan thi hành án trong điều tra", []),
    ("cho ông Trần Ngọc Vinh, bà Huỳnh Thị Gái", []),
    ("Bộ trưởng Bộ Công Ti hương hướng dẫn", []),
    ("Giấy phép hoạc động điện lực", []),
    ("người hiện đang là mẹ hoặc cha", []),
    ("Ngày. tháng. năm sinh", []),
    ("tại TP.HCM, v.v. và iPhone, ThịnhLong, Vinamilk", []),
    ("tổ chức DPHÓ CHÁNH ÁN ETỤC", []),
    ("(giảm 5.000đ/kg); thịt heo thăn có giá", []),
    ("liên quan đến dất dai (nếu có), c ác nghĩa vụ khác", [("c ác", "các")]),
], ids=["run-together", "signs-kept", "as-printed", "name", "name-capitalised",
        "a-consonant-alone", "pair-no-letter-writes", "form-heading-dot", "codes-foreign",
        "one-capital-alone", "syllables-as-read-no-word-otherwise", "a-consonant-joined"])
def test_a_space_moves_only_where_syllables_and_the_letters_tell(
        line: str, changes: list[tuple[str, str]]) -> None:
    """Both sides syllables of the dictionary the letters write, with a vowel, and the pairs
    they make written by the letters far more than any other way: else the words stay."""
    assert respace(line)[1] == changes
