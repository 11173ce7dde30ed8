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
