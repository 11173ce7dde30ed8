"""check --fix --json says what the text output says: the findings before, those repaired,
those left in the repaired letter, and the note of the pages the repair moved, on real letters
(tests/data/check/word_blank/, provenance.tsv beside them)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from ntm_docgen.cli.main import main

REAL = Path(__file__).resolve().parent / "data" / "check" / "word_blank"
KEYS = {"rule", "ref", "element", "where", "text", "found", "required", "fixable", "severity",
        "message", "fixed", "left", "new"}


def _key(row: dict) -> tuple[str, str, str]:
    return row["rule"], row["where"], row["required"]


@pytest.mark.parametrize("name", ["hd_mttq_luong_minh_gt_ung_cu_2025",
                                  "tthc_syt_binhduong_2025"], ids=["mttq-luong-minh", "syt"])
def test_fix_json_holds_before_repaired_left_and_the_page_note(runner, tmp_path, name):
    letter, out = REAL / f"{name}.docx", tmp_path / "fixed.docx"
    told = runner.invoke(main, ["--lang", "en", "check", str(letter), "--json"])
    result = runner.invoke(main, ["--lang", "en", "check", str(letter), "--fix", str(out),
                                  "--json"])
    rows = json.loads(result.output)
    assert all(set(row) == KEYS for row in rows)
    before = [row for row in rows if not row["new"]]
    # the findings before: the rows check --json gives, with the keys added
    assert [{k: row[k] for k in row if k not in ("fixed", "left", "new")} for row in before] \
        == json.loads(told.output)
    # the blank page Word prints before the appendix's section: repaired, not left
    assert [(r["fixed"], r["left"]) for r in before if r["rule"] == "page.blank"] == [
        (True, False)]
    assert not any(row["fixed"] and row["left"] for row in rows)
    # left: every finding of the repaired letter, once; the page note besides
    again = json.loads(runner.invoke(main, ["--lang", "en", "check", str(out), "--json"]).output)
    left = [row for row in rows if row["left"]]
    assert Counter(_key(r) for r in left if r["rule"] != "page.fix_pages") == \
        Counter(_key(r) for r in again)
    assert result.exit_code == (1 if left else 0)
    # the text output says the same numbers
    text = runner.invoke(main, ["--lang", "en", "check", str(letter), "--fix",
                                str(tmp_path / "text.docx")]).output
    fixed, count = map(int, re.search(r"fixed (\d+) of (\d+) finding", text).groups())
    assert (fixed, count) == (sum(r["fixed"] for r in rows), len(before))
    # every finding repaired (the Bình Dương Phần II, its form no longer read as its header)
    said = f"{len(left)} finding" if left else "no findings"
    assert f"{tmp_path / 'text.docx'}: {said}" in text
    notes = [row for row in rows if row["rule"] == "page.fix_pages"]
    assert [(r["new"], r["left"], r["fixed"]) for r in notes] == [(True, True, False)] * len(notes)
    assert bool(notes) == ("page.fix_pages" in text)


def test_fix_json_of_a_letter_with_nothing_repaired_leaves_every_finding(runner, hd, tmp_path):
    """Nothing repaired, nothing written: each finding before is left, none new."""
    import docx

    bad = tmp_path / "bad.docx"
    document = docx.Document(str(hd))
    for para in document.paragraphs:
        if para.text.startswith("- Lưu"):
            para._p.getparent().remove(para._p)
    for cell in (c for t in document.tables for row in t.rows for c in row.cells):
        for para in cell.paragraphs:
            if para.text.startswith("- Lưu"):
                para._p.getparent().remove(para._p)
    document.save(str(bad))
    result = runner.invoke(main, ["check", str(bad), "--fix", str(tmp_path / "out.docx"),
                                  "--json"])
    rows = json.loads(result.output)
    assert rows and all(r["left"] and not r["fixed"] and not r["new"] for r in rows)
    assert not (tmp_path / "out.docx").exists()
