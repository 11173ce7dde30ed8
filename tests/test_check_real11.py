"""check on the eleventh round of real letters (the Sở Công Thương Lào Cai's, the Cục Hoá chất's,
the Sở Nội vụ's and the UBND tỉnh Bình Thuận's of 2025-2026): each thing a văn thư saw printed
there and check misread, built into a letter, is read as printed, and the departure beside it
still told."""

from __future__ import annotations

import docx
import pytest
from check_letter import edit, find

from ntm_docgen.check import check_file, fix_file


def _rules(path) -> set[str]:
    return {f.rule for f in check_file(path)}


@pytest.mark.parametrize(("typed", "face", "told"), [
    ("\uf0fe", "Wingdings", False),
    (" \uf06f ", "Wingdings", False),
    ("\uf0bb", "Symbol", False),
    ("\uf06f Có", "Wingdings", True),
    ("Có", "Wingdings", True),
], ids=["a-ticked-box", "an-empty-box-spaced", "a-sign-in-symbol", "a-box-and-a-word",
        "a-word-in-wingdings"])
def test_a_symbol_faces_sign_is_no_text_to_set_in_times_new_roman(hd, tmp_path, typed, face,
                                                                   told):
    """The Cục Hoá chất's phiếu trình ("Độ mật: Mật ☐ Tối mật ☐") and the Sở Công Thương's
    phụ lục (" Có (bản chụp, tệp điện tử)") put check boxes in Wingdings, Word's Insert >
    Symbol, at U+F06F and U+F0FE: they were told "set them in Times New Roman", where they print
    as empty boxes. A word typed in such a face is still told, and --fix leaves the signs be."""
    def add(document) -> None:
        run = find(document, r"^Đánh giá").add_run(typed)
        run.font.name = face

    path = edit(hd, tmp_path / "v.docx", add)
    assert ("font.name" in _rules(path)) is told
    fixed = tmp_path / "f.docx"
    fix_file(path, fixed)
    fonts = [r.font.name for p in docx.Document(str(fixed)).paragraphs for r in p.runs
             if r.text == typed]
    assert fonts == ([face] if not told else ["Times New Roman"])

