"""check on the thirteenth round of real letters (the Sở Công Thương Lào Cai's, its Phòng QLCN's,
the UBND tỉnh Lào Cai's and the Sở Nông nghiệp và Môi trường's of 2025-2026): each thing a văn
thư saw printed there and check misread or missed, built into a letter, is read as printed, and
the departure beside it still told."""

from __future__ import annotations

import copy

import pytest
from check_letter import edit, find
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from ntm_docgen.check import check_file


def _rules(path) -> set[str]:
    return {f.rule for f in check_file(path)}


def _no_number(document, justified: bool) -> None:
    """The Phòng QLCN's letter to another phòng: no number line, its V/v right under the
    issuer's name (justified, as the phòng typed it, or centred)."""
    so = find(document, r"^Số:")
    so._p.getparent().remove(so._p)
    if justified:
        find(document, r"^V/v").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


@pytest.mark.parametrize("justified", [False, True], ids=["centred", "justified"])
def test_a_vv_under_the_issuer_of_a_letter_without_number_is_its_trich_yeu(cv, tmp_path,
                                                                           justified):
    """The Phòng QLCN's internal letter has no number line, its V/v under PHÒNG QLCN: it was
    told "no tên loại nor V/v line" (a denial) and its V/v, justified, was not held to the
    centre. The V/v under the issuer stands where the number would; the missing number is
    still told, and the V/v set to one side."""
    told = _rules(edit(cv, tmp_path / "v.docx", lambda d: _no_number(d, justified)))
    assert "ten_loai.missing" not in told
    assert "so.missing" in told
    assert ("vv.align" in told) is justified


def _note(document, lines: list[str]) -> None:
    """Under the body's first paragraph, ``lines`` centred and italic, each a paragraph of its
    own (the Sở's "(Gửi kèm theo Phương án nổ mìn ..." / "trên Quốc lộ 279).", cut by Enter)."""
    above = find(document, r"^Đánh giá")
    for text in reversed(lines):
        para = copy.deepcopy(above._p)
        above._p.addnext(para)
        new = next(p for p in document.paragraphs if p._p is para)
        new.runs[0].text = text
        for run in new.runs[1:]:
            run.text = ""
        new.runs[0].font.italic = True
        new.alignment = WD_ALIGN_PARAGRAPH.CENTER
        new.paragraph_format.first_line_indent = Pt(0)


@pytest.mark.parametrize(("lines", "told"), [
    (["(Gửi kèm theo Phương án nổ mìn và hồ sơ đảm bảo an toàn giao thông",
      "trên Quốc lộ 279)."], False),
    (["(Gửi kèm theo Phương án nổ mìn", "và hồ sơ đảm bảo an toàn", "trên Quốc lộ 279)"], False),
    (["Sở Công Thương gửi kèm Phương án nổ mìn và hồ sơ đảm bảo an toàn giao thông",
      "trên Quốc lộ 279."], True),
    (["(Gửi kèm theo Phương án nổ mìn và hồ sơ đảm bảo an toàn giao thông",
      "trên Quốc lộ 279). Đề nghị Sở xem xét."], True),
], ids=["a-note-on-two-lines", "on-three-lines", "a-sentence-centred", "a-sentence-after-it"])
def test_a_note_in_brackets_cut_over_lines_is_centred_as_a_note(hd, tmp_path, lines, told):
    """The Sở's công văn to the Sở Xây dựng centres "(Gửi kèm theo Phương án nổ mìn và hồ sơ
    đảm bảo an toàn giao thông" / "trên Quốc lộ 279)." in italics, its line cut with Enter: it
    was told "not justified" and "no first-line indent", where the same note on one line is
    centred as clerks set it. A sentence of the body centred is still told."""
    found = _rules(edit(hd, tmp_path / "note.docx", lambda d: _note(d, lines)))
    assert ("body.justify" in found) is told
