"""check on two things a văn thư met in forms and reports: a check box typed as a letter in a
symbol face ("þ" in Wingdings), which --fix turned into that letter, and an attachment whose
heading is typed otherwise than "Phụ lục 02", whose findings lost their place or took the
attachment before's."""

from __future__ import annotations

import docx
import pytest
from check_letter import edit, find

from ntm_docgen.check import check_file, fix_file


@pytest.mark.parametrize(("typed", "face"), [
    (" þ", "Wingdings"), ("ü", "Wingdings"), ("¨", "Wingdings"), ("o", "Wingdings"),
    ("£", "Wingdings 2"), ("R", "Wingdings 2"), ("q", "Webdings"), ("Ö", "Symbol"),
    (" o  þ", "wingdings"),
], ids=["thorn", "u-umlaut", "diaeresis", "o", "box-in-wingdings-2", "ticked-in-wingdings-2",
        "webdings", "symbol", "two-boxes-face-in-lower-case"])
def test_a_box_typed_as_a_letter_in_a_symbol_face_stays_a_box(hd, tmp_path, typed, face):
    """Vietnamese forms type their check boxes as "þ", "ü", "¨" or "o" set in Wingdings: check
    told "set it in Times New Roman" and --fix printed the letter "þ" where the box was. A run
    of signs in a symbol face is neither told nor changed; the Arial run beside it still is."""
    def add(document) -> None:
        para = find(document, r"^Đánh giá")
        para.add_run(" Có").font.name = "Arial"
        para.add_run(typed).font.name = face

    path = edit(hd, tmp_path / "box.docx", add)
    told = [f.found for f in check_file(path) if f.rule == "font.name"]
    assert told == ["Arial (1 run)"]
    fixed = tmp_path / "fixed.docx"
    fix_file(path, fixed)
    runs = {r.text: r.font.name for p in docx.Document(str(fixed)).paragraphs for r in p.runs}
    assert runs[typed] == face
    assert runs[" Có"] == "Times New Roman"
