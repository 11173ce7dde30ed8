"""The check page names the findings its fixed copy leaves for the clerk to fix by hand (each
marked in the list), where it gave only how many: with six findings she could not tell which."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from docx import Document
from docx.shared import Mm

from ntm_docgen import api

EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "examples" / \
    "003-huong-dan-106-snv-lang-son.yaml"


def test_the_findings_left_by_hand_are_named_and_marked(client, csrf, tmp_path):
    letter = tmp_path / "so-gach-cheo.docx"
    api.render(api.load_spec(EXAMPLE), letter, today=date(2026, 3, 5))
    doc = Document(str(letter))
    doc.sections[0].left_margin = Mm(20)  # the fixed copy mends it
    for run in (r for t in doc.tables for row in t.rows for c in row.cells
                for p in c.paragraphs for r in p.runs):
        run.text = run.text.replace("HD-SNV", "HD/SNV")  # left to her: the ký hiệu's slash
    doc.save(str(letter))
    page = client.post("/kiem-tra", data={"csrf_token": csrf},
                       files={"tep": (letter.name, letter.read_bytes())}).text
    assert "1 finding is left for you to fix by hand: number 2, marked “by hand” below" in page
    items = re.findall(r"<li>.*?</li>", page, re.S)
    assert len(items) == 2
    assert "by-hand" not in items[0]
    assert 'class="tag by-hand"' in items[1]


def test_a_letter_whose_findings_are_all_by_hand_is_offered_no_fixed_copy(client, csrf,
                                                                           tmp_path):
    """With every finding hers to fix, a "fixed copy" would be her letter as it was: not
    offered, and not said to fix "the others" (found by a black-box test)."""
    letter = tmp_path / "so-gach-cheo.docx"
    api.render(api.load_spec(EXAMPLE), letter, today=date(2026, 3, 5))
    doc = Document(str(letter))
    for run in (r for t in doc.tables for row in t.rows for c in row.cells
                for p in c.paragraphs for r in p.runs):
        run.text = run.text.replace("HD-SNV", "HD/SNV")
    doc.save(str(letter))
    page = client.post("/kiem-tra", data={"csrf_token": csrf},
                       files={"tep": (letter.name, letter.read_bytes())}).text
    assert "This finding is one for you to fix by hand in your file" in page
    assert "Download the fixed copy" not in page and "the copy fixes the others" not in page
