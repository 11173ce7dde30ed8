"""The line saying where the paper sổ ends reads, in ``register list`` and the CSV and XLSX
exports, as the numbers it stands for (``01-12/UBND``, "Số 01 đến 12: đã cấp trên sổ giấy"),
not as a letter 12/UBND called "mọi văn bản"; its state fits the list's column."""

from __future__ import annotations

import csv

from click.testing import CliRunner
from openpyxl import load_workbook

from ntm_docgen import api
from ntm_docgen.cli.main import main

SPAN = "Số 01 đến 12: đã cấp trên sổ giấy (mọi văn bản)"


def test_the_paper_register_s_line_reads_as_its_numbers(tmp_path) -> None:
    db = str(tmp_path / "r.sqlite3")
    with api.open_register(db) as reg:
        reg.start_after("UBND", "CV", 12, nam=2026)
        reg.allocate("UBND", "CV", nam=2026)
    run = CliRunner().invoke
    listed = run(main, ["--lang", "vi", "register", "list", "--db", db, "--nam", "2026"])
    assert listed.exit_code == 0, listed.output
    head, hand, given = listed.output.splitlines()[:3]
    assert hand.split()[1] == "01-12/UBND" and hand.endswith(SPAN)
    assert given.split()[1] == "13/UBND"
    # one column for every state: the text of each line starts where the header's does
    assert hand.index("Số 01") == given.index("Công văn") == head.index("Tên loại")
    for kind in ("csv", "xlsx"):
        out = tmp_path / f"so.{kind}"
        done = run(main, ["--lang", "vi", "register", "export", "--db", db, "--nam", "2026",
                          "-o", str(out)])
        assert done.exit_code == 0, done.output
        if kind == "csv":
            with out.open(encoding="utf-8-sig") as f:
                rows = list(csv.reader(f))
        else:
            rows = [[str(v) if v is not None else "" for v in r]
                    for r in load_workbook(out).active.iter_rows(values_only=True)]
        line = next(r for r in rows if "01-12/UBND" in r)
        assert SPAN in line and "12/UBND" not in line and "mọi văn bản" not in line
