"""Contract §6: ``register next --co-quan`` takes the abbreviation as a spec's viet_tat does
(``vp`` is VP, Điều 15), so the two never keep two series of one body."""

from __future__ import annotations

import json

from ntm_docgen.cli.main import main


def test_an_abbreviation_typed_in_lower_case_numbers_the_bodys_own_series(runner, tmp_path):
    db = str(tmp_path / "so-di.sqlite3")
    given = []
    for abbr in ("VP", "vp", "Vp"):
        result = runner.invoke(main, ["register", "next", "--db", db, "--co-quan", abbr,
                                      "--loai", "SY", "--nam", "2026", "--json"])
        assert result.exit_code == 0, result.output
        given.append(json.loads(result.stdout))
    assert [(g["so"], g["ky_hieu"]) for g in given[:2]] == [(1, "SY-VP"), (2, "SY-VP")]
    listed = runner.invoke(main, ["register", "list", "--db", db, "--co-quan", "vp", "--json"])
    assert [row["so"] for row in json.loads(listed.stdout)] == [1, 2]


def test_an_official_mixed_case_abbreviation_is_kept(runner, tmp_path):
    result = runner.invoke(main, ["register", "next", "--db", str(tmp_path / "r.sqlite3"),
                                  "--co-quan", "TTg", "--loai", "QĐ", "--nam", "2026", "--json"])
    assert json.loads(result.stdout)["ky_hieu"] == "QĐ-TTg"
