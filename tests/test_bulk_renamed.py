"""A folder an earlier version wrote from Quảng Ngãi's Sơn Hà and Sơn Hạ, when their letters were
named alike but for their numbers (``0002-UBND-xa-Son-Ha.docx``, ``0003-UBND-xa-Son-Ha.docx``):
the letters are the tool's own under their old names. Without ``--force`` the run says the names
changed with this version, not that her list changed; with it the letters are written again
under today's names and the old files deleted."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from test_bulk import SPEC, write_csv

from ntm_docgen.bulk.letters import Job
from ntm_docgen.bulk.written import remember
from ntm_docgen.cli.main import main

#: as the 2025 list names them (data/, Quảng Ngãi), with a unit alone before them
UNITS = ["Ủy ban nhân dân xã Sơn Tịnh", "Ủy ban nhân dân xã Sơn Hà", "Ủy ban nhân dân xã Sơn Hạ"]
OLD = ["0001-UBND-xa-Son-Tinh.docx", "0002-UBND-xa-Son-Ha.docx", "0003-UBND-xa-Son-Ha.docx"]
NEW = ["0001-UBND-xa-Son-Tinh.docx", "0002-UBND-xa-Son-Haf.docx", "0003-UBND-xa-Son-Haj.docx"]


def _written_by_an_earlier_version(runner: CliRunner, args: list[str], out: Path) -> None:
    """The folder as the version before the names were told apart left it: the letters under
    their old names, and the record of the run naming them."""
    assert runner.invoke(main, args).exit_code == 0
    assert sorted(p.name for p in out.glob("*.docx")) == NEW
    (out / NEW[1]).rename(out / OLD[1])
    (out / NEW[2]).rename(out / OLD[2])
    remember(out, [Job(seq, seq + 1, name, {}) for seq, name in enumerate(OLD, 1)], None)


def test_the_old_names_are_told_as_the_tool_s_own_not_as_a_list_changed(tmp_path: Path):
    runner = CliRunner()
    people, out = tmp_path / "ds.csv", tmp_path / "thu"
    write_csv(people, [["kinh_gui", "ghi_chu"], *[[u, "đúng hạn"] for u in UNITS]])
    args = ["bulk", str(SPEC), "--recipients", str(people), "-o", str(out)]
    _written_by_an_earlier_version(runner, args, out)
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert "earlier version of ntm-docgen" in result.stderr
    assert "Your list has not changed: the file names changed with this version" in \
        result.stderr
    assert f"{OLD[1]}, {OLD[2]}" in result.stderr and "--force" in result.stderr
    assert "The list has changed" not in result.stderr
    assert sorted(p.name for p in out.glob("*.docx")) == sorted(OLD)  # nothing written
    forced = runner.invoke(main, [*args, "--force"])
    assert forced.exit_code == 0, forced.output
    assert f"deleted {OLD[1]}, {OLD[2]}, the letters an earlier version wrote" in forced.stderr
    assert sorted(p.name for p in out.glob("*.docx")) == NEW
    again = runner.invoke(main, args)  # the folder is today's now
    assert again.exit_code == 0, again.output


def test_a_list_changed_too_is_told_as_before(tmp_path: Path):
    """A row taken out as well: the folder holds letters no naming of this list gives."""
    runner = CliRunner()
    people, out = tmp_path / "ds.csv", tmp_path / "thu"
    write_csv(people, [["kinh_gui", "ghi_chu"], *[[u, "đúng hạn"] for u in UNITS]])
    args = ["bulk", str(SPEC), "--recipients", str(people), "-o", str(out)]
    _written_by_an_earlier_version(runner, args, out)
    write_csv(people, [["kinh_gui", "ghi_chu"], *[[u, "đúng hạn"] for u in UNITS[1:]]])
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert "The list has changed since" in result.stderr


def test_numbered_letters_keep_their_numbers_under_their_new_names(tmp_path: Path):
    """Made with --so-rieng by the version before: written again with --force under today's
    names, each letter keeps the number the register gave it, and no number is taken anew."""
    import sqlite3

    runner = CliRunner()
    people, out, db = tmp_path / "ds.csv", tmp_path / "thu", tmp_path / "so.sqlite"
    write_csv(people, [["kinh_gui", "ghi_chu"], *[[u, "đúng hạn"] for u in UNITS]])
    args = ["bulk", str(SPEC), "--recipients", str(people), "-o", str(out), "--so-rieng",
            "--db", str(db)]
    _written_by_an_earlier_version(runner, args, out)
    with sqlite3.connect(db) as conn:  # the register named the files as that version did
        for old, new in zip(OLD[1:], NEW[1:], strict=True):
            conn.execute("UPDATE ntm_so_di SET tep = replace(tep, ?, ?)", (new, old))
    before = runner.invoke(main, ["register", "list", "--db", str(db)]).output
    refused = runner.invoke(main, args)
    assert refused.exit_code == 1
    assert "each letter is written again under its new name with the number it carries" in \
        refused.stderr
    forced = runner.invoke(main, [*args, "--force"])
    assert forced.exit_code == 0, forced.output
    assert f"{NEW[1]} keeps 02/" in forced.stderr and f"as {OLD[1]}" in forced.stderr
    assert f"{NEW[2]} keeps 03/" in forced.stderr and f"as {OLD[2]}" in forced.stderr
    assert "cancel" not in forced.stderr
    listed = runner.invoke(main, ["register", "list", "--db", str(db)]).output
    assert listed.count("\n") == before.count("\n")  # no line added: no number taken anew
    with sqlite3.connect(db) as conn:  # each line names the file under its new name
        files = sorted(Path(t).name for (t,) in conn.execute("SELECT tep FROM ntm_so_di"))
    assert files == NEW
    assert sorted(p.name for p in out.glob("*.docx")) == NEW
