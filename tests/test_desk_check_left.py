"""The check page's count of the findings left for the clerk: a fix often changes what a
finding measures (a rule's length), so a finding still in the fixed copy is one of the same rule
at the same place or on the same text, not the same finding to the letter; a finding the copy
has that the list does not give is said too. Three real letters were told "Every finding is
fixed" with a rule's length still wrong in the copy (found by a review)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from types import SimpleNamespace

import pytest

from ntm_docgen.check.findings import Finding
from ntm_docgen.desk.views import check as page


def _finding(rule: str, where: str, found: str, text: str = "UBND") -> Finding:
    return Finding(rule, where, text, found, "15-20 mm")


@pytest.mark.parametrize(("after", "left", "new"), [
    ([_finding("co_quan.rule_length", "paragraph 2", "12 mm")], [1], 0),
    ([_finding("co_quan.rule_length", "paragraph 3", "12 mm")], [1], 0),
    ([], [], 0),
    ([_finding("ngay.italic", "paragraph 5", "upright", "Hà Nội")], [], 1),
], ids=["measure-changed", "moved-same-text", "fixed", "new-in-copy"])
def test_a_finding_left_in_the_copy_is_counted(monkeypatch, tmp_path, after, left, new):
    before = [_finding("co_quan.rule_length", "paragraph 2", "30 mm")]
    monkeypatch.setattr(page, "as_word", lambda path: contextlib.nullcontext(path))
    monkeypatch.setattr(page.api, "check_file", lambda path: before)
    monkeypatch.setattr(page.api, "fix_file",
                        lambda path, fixed: SimpleNamespace(after=after))
    letter, fixed = tmp_path / "a.docx", tmp_path / "b.docx"
    letter.write_bytes(b"x")
    fixed.write_bytes(b"y")
    found = page._check(Path(letter), Path(fixed))
    assert (found[3], found[4]) == (left, new)


def test_a_margin_set_beside_one_left_is_not_left(monkeypatch, tmp_path):
    """A header typed with spaces keeps its right margin (check's --fix leaves it and says
    why); the top margin set beside it was marked for her to fix by hand: both margins are
    one rule at one place with no text, told apart by what each requires."""
    top = Finding("page.margin", "section 1", "", "top margin 10 mm", "20-25 mm")
    right = Finding("page.margin", "section 1", "", "right margin 10 mm", "15-20 mm")
    monkeypatch.setattr(page, "as_word", lambda path: contextlib.nullcontext(path))
    monkeypatch.setattr(page.api, "check_file", lambda path: [top, right])
    monkeypatch.setattr(page.api, "fix_file", lambda path, fixed: SimpleNamespace(after=[right]))
    letter, fixed = tmp_path / "a.docx", tmp_path / "b.docx"
    letter.write_bytes(b"x")
    fixed.write_bytes(b"y")
    found = page._check(Path(letter), Path(fixed))
    assert (found[3], found[4]) == ([2], 0)
