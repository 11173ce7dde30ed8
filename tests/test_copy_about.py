"""The register's line of a copy names the letter copied: a Party's letter by its number as
the Party writes it (``36-HD/VPTW``) and its trích yếu printed in capitals as running text."""

from __future__ import annotations

from conftest import DATA

from ntm_docgen.copies import draft_number, number_read
from ntm_docgen.copies.about import original_about


def test_a_party_letter_is_named_by_its_number_and_its_trich_yeu_in_running_case():
    original = DATA / "wordkinds" / "hd_2018_vptw_36.docx"
    assert number_read(original) == "36-HD/VPTW"
    assert draft_number(original) is None  # issued: its copy may take a number
    assert original_about(original, number_read(original)) == \
        "Hướng dẫn số 36-HD/VPTW Thể thức và kỹ thuật trình bày văn bản của Đảng"


def _cong_van(tmp_path, trich_yeu: str):
    """A province's công văn about ``trich_yeu``, rendered to Word as the tool issues it."""
    from datetime import date

    from ntm_docgen import api

    spec = api.parse_spec({
        "loai": "CV", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI", "viet_tat": "UBND"},
        "don_vi": "KT", "so": 512, "dia_danh": "Gia Lai", "ngay": "2025-09-15",
        "trich_yeu": trich_yeu, "kinh_gui": ["UBND các xã"],
        "noi_dung": "Ủy ban nhân dân tỉnh đề nghị các xã báo cáo kết quả rà soát.",
        "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH",
               "ho_ten": "Nguyễn Văn An"},
        "noi_nhan": ["Như trên"], "luu": "VT, KT"})
    original = tmp_path / "cv-512.docx"
    original.write_bytes(api.render_bytes(spec, today=date(2025, 9, 15)))
    return original


def test_a_trich_yeu_naming_highland_communes_is_kept_in_the_line(tmp_path):
    """Ia Grai and Ia Hrung are in no dictionary: names, not letters a font lost."""
    original = _cong_van(tmp_path, "Về việc rà soát tiêu chí nông thôn mới tại xã Ia Grai và "
                                   "xã Ia Hrung")
    assert original_about(original, "512/UBND-KT") == ("Công văn số 512/UBND-KT rà soát tiêu "
                                                       "chí nông thôn mới tại xã Ia Grai và xã "
                                                       "Ia Hrung")


def test_a_trich_yeu_in_capitals_keeps_its_abbreviations():
    """MTQG, PCCC, ATTP are in no list of the tool's: capitals that make no syllable."""
    from ntm_docgen.copies.about import _as_cited

    assert _as_cited("TRIỂN KHAI CHƯƠNG TRÌNH MTQG XÂY DỰNG NÔNG THÔN MỚI VÀ CÔNG TÁC PCCC, "
                     "ATTP NĂM 2026") == ("Triển khai chương trình MTQG xây dựng nông thôn mới "
                                          "và công tác PCCC, ATTP năm 2026")
