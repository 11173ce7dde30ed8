"""The line saying where the paper sổ ends reads, in ``register list`` and the CSV and XLSX
exports, as the numbers it stands for (``01-12/UBND``, "Số 01 đến 12: đã cấp trên sổ giấy"),
not as a letter 12/UBND called "mọi văn bản"; its state fits the list's column."""

from __future__ import annotations

import csv

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from register_support import register_db

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


def test_the_desk_s_register_page_reads_the_paper_line_as_the_list_does(tmp_path) -> None:
    """The desk's Sổ showed the line as "57/SNV" called "mọi văn bản", a letter 57 she never
    wrote, where ``register list`` and the exports print its span."""
    from desk_support import desk_client

    db = str(tmp_path / "so-di.sqlite3")
    with api.open_register(db) as reg:
        reg.start_after("SNV", "CV", 57, nam=2026)
    with desk_client(tmp_path, lang="vi") as c:
        page = c.get("/so", params={"nam": 2026}).text
    row = page[page.index('<tr id="dong-'):]
    row = row[:row.index("</tr>")]
    assert "<td>01-57/SNV</td>" in row, row
    assert "Số 01 đến 57: đã cấp trên sổ giấy (mọi văn bản)" in row, row


def _old_register(db: str) -> None:
    """A register whose paper lines were set before copies and secret letters had names of
    their own (the code before commit fb46d720 wrote them so): every copy stored as
    "Bản sao y", every secret letter as the type its number was set through, and SQLite's
    moment without its zone."""
    import sqlite3

    with api.open_register(db) as reg:
        reg.start_after("UBND", "CV", 57, nam=2026)
        reg.start_after("UBND", "SY", 12, nam=2026)
        reg.start_after("UBND", "KH", 4, nam=2026, mat=True)
        reg.allocate("UBND", "KH", nam=2026)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE ntm_so_di SET ten_loai = 'Bản sao y' WHERE serie = 'SAO'")
        conn.execute("UPDATE ntm_so_di SET ten_loai = 'Kế hoạch' WHERE serie = 'MAT'")
        conn.execute("UPDATE ntm_so_di SET cap_luc = '2026-06-01 08:00:00.000000' "
                     "WHERE trang_thai = 'tay'")


def test_an_older_register_s_paper_lines_read_by_their_series(tmp_path) -> None:
    db = str(tmp_path / "old.sqlite3")
    _old_register(db)
    run = CliRunner().invoke
    listed = run(main, ["--lang", "vi", "register", "list", "--db", db, "--nam", "2026"])
    assert listed.exit_code == 0, listed.output
    assert "Số 01 đến 12: đã cấp trên sổ giấy (mọi bản sao)" in listed.output
    assert "Số 01 đến 04: đã cấp trên sổ giấy (mọi văn bản mật)" in listed.output
    assert "Bản sao y" not in listed.output and "(Kế hoạch)" not in listed.output
    out = tmp_path / "so.csv"
    assert run(main, ["--lang", "vi", "register", "export", "--db", db, "--nam", "2026",
                      "-o", str(out)]).exit_code == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "(mọi bản sao)" in text and "Bản sao y" not in text


def test_every_line_s_moment_is_given_in_one_format(tmp_path) -> None:
    """``cap_luc`` of the paper line came without its zone on SQLite, the others with it."""
    import json

    db = str(tmp_path / "old.sqlite3")
    _old_register(db)
    listed = CliRunner().invoke(main, ["register", "list", "--db", db, "--nam", "2026",
                                       "--json"])
    assert listed.exit_code == 0, listed.output
    moments = [line["cap_luc"] for line in json.loads(listed.output)]
    assert len(moments) == 4 and all(m.endswith("+00:00") for m in moments), moments
    assert moments[0] == "2026-06-01T08:00:00+00:00"


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_new_register_s_moments_are_in_one_format_on_either_database(tmp_path,
                                                                       kind) -> None:
    import json

    with register_db(kind, tmp_path) as db:
        with api.open_register(db) as reg:
            reg.start_after("UBND", "CV", 57, nam=2026)
            reg.allocate("UBND", "CV", nam=2026)
        listed = CliRunner().invoke(main, ["register", "list", "--db", db, "--nam", "2026",
                                           "--json"])
    assert listed.exit_code == 0, listed.output
    moments = [line["cap_luc"] for line in json.loads(listed.output)]
    assert len(moments) == 2 and all(m.endswith("+00:00") for m in moments), moments


def test_a_secret_line_s_state_keeps_the_list_s_columns(tmp_path) -> None:
    """"đã cấp trên sổ giấy (mật)" ran past the state column, pushing its text out of line."""
    db = str(tmp_path / "old.sqlite3")
    _old_register(db)
    listed = CliRunner().invoke(main, ["--lang", "vi", "register", "list", "--db", db,
                                       "--nam", "2026"])
    assert listed.exit_code == 0, listed.output
    head, *lines = listed.output.splitlines()
    secret = next(line for line in lines if "(mật)" in line)
    assert "đã cấp trên sổ giấy (mật)" in secret
    assert {line.index("Số 01") for line in lines if "Số 01" in line} \
        == {head.index("Tên loại")}
