"""A recipients list (.csv, .txt) holding a NUL character (byte 0, which a spreadsheet does
not show) is read the same on the command line and on the desk, wherever the NUL stands: the
NUL as a space, and one warning naming the file and its lines (the desk refused such a list
when the NUL stood in its first 4 KB, and read it without a word past them)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_desk_bulk_names import SPEC, review

from ntm_docgen.cli.main import main

#: A list with a NUL in its third line, and one with NULs in lines 402 and 403 (past 4 KB).
LISTS = {
    "near": "kinh_gui,ten\nUBND xã A,A\nUBND\x00 xã B,B\n".encode(),
    "far": ("kinh_gui,ten\n" + "".join(f"UBND xã {n},{n}\n" for n in range(400))
            + "UBND\x00 xã Y,Y\nUBND xã Z,Z\x00\n").encode(),
}
SAID = {"near": "ds.csv: line 3 holds a NUL character (byte 0, which a spreadsheet does not "
                "show); it is read as a space: check the letter of that line",
        "far": "ds.csv: lines 402-403 hold NUL characters (byte 0, which a spreadsheet does "
               "not show); they are read as spaces: check the letters of those lines"}


@pytest.mark.parametrize("where", ["near", "far"])
def test_the_command_line_reads_a_nul_as_a_space_and_names_its_line(
        runner: CliRunner, tmp_path: Path, where: str) -> None:
    people = tmp_path / "ds.csv"
    people.write_bytes(LISTS[where])
    spec = tmp_path / "xa.yaml"
    spec.write_bytes(SPEC)
    out = tmp_path / "thu"
    result = runner.invoke(main, ["bulk", str(spec), "--recipients", str(people), "-o",
                                  str(out)])
    assert result.exit_code == 0, result.output
    assert f"{tmp_path}/{SAID[where]}" in " ".join(result.stderr.split()), result.stderr
    assert len(list(out.glob("*.docx"))) == LISTS[where].count(b"\n") - 1


@pytest.mark.parametrize("where", ["near", "far"])
def test_the_desk_says_the_same_of_the_same_list(client, csrf, where: str) -> None:
    page = " ".join(html.unescape(review(client, csrf, "ds.csv", LISTS[where])).split())
    assert SAID[where] in page, page
    assert "is not text" not in page
