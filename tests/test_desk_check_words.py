"""The check page's words when every finding is fixed in the copy it gives: said so, not
"0 findings are left for you to fix by hand"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ntm_docgen import api

EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "examples" / \
    "003-huong-dan-106-snv-lang-son.yaml"


def test_a_letter_whose_findings_are_all_fixed_says_so(client, csrf, tmp_path):
    from docx import Document
    from docx.shared import Mm

    letter = tmp_path / "le-hep.docx"
    api.render(api.load_spec(EXAMPLE), letter, today=date(2026, 3, 5))
    doc = Document(str(letter))
    doc.sections[0].left_margin = Mm(20)  # a departure the fixed copy mends
    doc.save(str(letter))
    page = client.post("/kiem-tra", data={"csrf_token": csrf},
                       files={"tep": (letter.name, letter.read_bytes())}).text
    assert "Download the fixed copy" in page
    assert "Every finding is fixed in that copy." in page
    assert "0 findings" not in page
