"""A bulk run from a CSV list loads no spreadsheet library: openpyxl is imported for a workbook
only (it cost every CSV run some 0.3 s of start-up), and the columns a CSV's messages name are
lettered as a workbook's are."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter
from test_bulk import SPEC, write_csv

from ntm_docgen.bulk.columns import LAST, column_letter
from ntm_docgen.vietnamese.donvi import commune_units, find_province

ROOT = Path(__file__).resolve().parent.parent
#: the command run in a fresh interpreter, then what it imported
RUN = """\
import sys
from ntm_docgen.cli.main import main
try:
    main(sys.argv[1:], standalone_mode=False)
finally:
    print(sorted(m for m in sys.modules if m.split(".")[0] == "openpyxl"), file=sys.stderr)
"""


def _imported(tmp_path: Path, people: Path) -> tuple[int, str]:
    done = subprocess.run(
        [sys.executable, "-c", RUN, "bulk", str(SPEC), "--recipients", str(people), "-o",
         str(tmp_path / "thu")], cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "NTM_DOCGEN_LANG": "en"})
    return done.returncode, done.stderr.strip().splitlines()[-1]


def test_a_csv_list_loads_no_openpyxl(tmp_path: Path) -> None:
    units = commune_units(find_province("Lạng Sơn"))[:10]  # as the 2025 list names them
    people = write_csv(tmp_path / "ds.csv", [["kinh_gui", "ghi_chu"],
                                             *[[u["kinh_gui"], "đúng hạn"] for u in units]])
    code, modules = _imported(tmp_path, people)
    assert code == 0
    assert modules == "[]"
    assert len(list((tmp_path / "thu").glob("*.docx"))) == 10


def test_a_workbook_still_loads_it(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["kinh_gui", "ghi_chu"])
    book.active.append(["Ủy ban nhân dân xã Tân Thành", "đúng hạn"])
    book.save(tmp_path / "ds.xlsx")
    code, modules = _imported(tmp_path, tmp_path / "ds.xlsx")
    assert code == 0 and "'openpyxl'" in modules


def test_columns_are_lettered_as_openpyxl_letters_them() -> None:
    assert [column_letter(i) for i in range(1, LAST + 1)] == \
        [get_column_letter(i) for i in range(1, LAST + 1)]
    for outside in (0, LAST + 1):
        with pytest.raises(ValueError, match="column index"):
            get_column_letter(outside)
        with pytest.raises(ValueError, match="column index"):
            column_letter(outside)
