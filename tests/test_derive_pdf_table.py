"""derive from a PDF whose body holds a table: the draft prints its cells as running text, and
a warning names the table by its first row and its page, for the clerk to check it.

The source is Kế hoạch 2144/KH-UBND of 18 March 2025 of the UBND thành phố Vũng Tàu, a signed
PDF kept slim (tests/data/derive/real_pdf/provenance.tsv): its targets (``- Dân số:`` beside
``374.125 người``, nine rows) stand in two columns without rules.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file
from ntm_docgen.importer import import_letter

DATA = Path(__file__).resolve().parent / "data"
PLAN = DATA / "derive" / "real_pdf" / "kh_2025_vungtau_2144.pdf"
WARD = DATA / "derive" / "phuong-1-vung-tau-2025.yaml"
FIRST_ROW = "“- Dân số: | 374.125 người”"


@pytest.fixture(scope="module")
def derived():
    return derive_file(PLAN, WARD, "ke-hoach", ngay=date(2025, 3, 24), han=date(2025, 12, 15),
                       today=date(2025, 3, 24))


def test_the_table_flattened_is_named_by_its_first_row(derived):
    told = [w for w in derived.warnings if FIRST_ROW in w]
    assert len(told) == 1
    assert told[0].startswith("kh_2025_vungtau_2144.pdf: ")
    assert "1)" in told[0].split(FIRST_ROW, 1)[1][:12]       # its page: (p. 1) / (trang 1)
    # the draft indeed prints the targets as running text: the figures away from their rows
    assert any(x.startswith("- Tăng thêm tỷ lệ người cao tuổi") and "374.125 người" in x
               for x in derived.spec["noi_dung"].split("\n"))


def test_import_tells_it_too():
    assert sum(FIRST_ROW in w for w in import_letter(PLAN).warnings) == 1


def test_the_header_and_the_signature_are_no_table(derived):
    told = next(w for w in derived.warnings if FIRST_ROW in w)
    for part in ("CỘNG HOÀ", "Nơi nhận", "KT. CHỦ TỊCH", "Số:"):
        assert part not in told
