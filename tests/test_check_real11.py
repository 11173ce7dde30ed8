"""check on the eleventh round of real letters (the Sở Công Thương Lào Cai's, the Cục Hoá chất's,
the Sở Nội vụ's and the UBND tỉnh Bình Thuận's of 2025-2026): each thing a văn thư saw printed
there and check misread, built into a letter, is read as printed, and the departure beside it
still told."""

from __future__ import annotations

import docx
import pytest
from check_letter import edit, find
from docx.enum.text import WD_ALIGN_PARAGRAPH

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



def _trich_yeu_in_capitals(document, after: str | None) -> None:
    """The Sở Công Thương's Thông báo: under THÔNG BÁO its trích yếu in capitals, bold and
    centred, with no rule under it, and ``after`` (the Kính gửi, centred) right under it."""
    trich_yeu = find(document, r"^Tổng kết phong trào")
    trich_yeu.runs[0].text = "TỔNG KẾT PHONG TRÀO THI ĐUA GIAI ĐOẠN 2011 - 2020"
    ruled = trich_yeu._p.getnext()
    ruled.getparent().remove(ruled)
    for can_cu in [p for p in document.paragraphs if p.text.startswith("Căn cứ")]:
        can_cu._p.getparent().remove(can_cu._p)
    if after is not None:
        gui = document.add_paragraph(after)
        gui.alignment = WD_ALIGN_PARAGRAPH.CENTER
        trich_yeu._p.addnext(gui._p)


@pytest.mark.parametrize(("after", "rules"), [
    ("Kính gửi: Công ty cổ phần Đầu tư xây dựng hạ tầng và giao thông",
     {"trich_yeu.case", "trich_yeu.rule"}),
    (None, {"trich_yeu.missing"}),
], ids=["over-the-kinh-gui", "over-the-body"])
def test_a_trich_yeu_typed_in_capitals_over_the_kinh_gui_is_the_trich_yeu(hd, tmp_path, after,
                                                                            rules):
    """The Sở Công Thương's Thông báo types its trích yếu "KẾT QUẢ KIỂM TRA CÔNG TÁC NGHIỆM THU
    ..." in capitals, centred under THÔNG BÁO, no rule under it, the Kính gửi right below: it
    was told "no trích yếu under the tên loại". It is the trích yếu, told in capitals and
    without its rule; a line in capitals over the body's first words may still open the body."""
    path = edit(hd, tmp_path / "tb.docx", lambda d: _trich_yeu_in_capitals(d, after))
    told = _rules(path)
    assert rules <= told
    assert ("trich_yeu.missing" in told) is (after is None)


def _attachments(document, paper: str | None) -> None:
    """After the signature: "Phụ lục 02" with a line in Calibri, then ``paper`` (the office's
    PHIẾU TRÌNH filed after it, as the Cục Hoá chất's file has it) with a line in Arial."""
    document.add_paragraph("Phụ lục 02").alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("").add_run("Tọa độ định vị ranh giới mặt bằng").font.name = "Calibri"
    if paper is not None:
        document.add_paragraph(paper).alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("").add_run("Ý kiến giải quyết của Lãnh đạo Cục").font.name = "Arial"


@pytest.mark.parametrize(("paper", "arial_in"), [
    ("PHIẾU TRÌNH", ""), (None, "Phụ lục 02"),
], ids=["a-phieu-trinh-after-it", "the-appendix-to-the-end"])
def test_a_finding_in_an_appendix_names_it(hd, tmp_path, paper, arial_in):
    """The Sở Công Thương's Thông báo of 109 pages told "39 runs of text are in Calibri" at
    "paragraph 493": a place the văn thư cannot find in Word. A finding after the signature
    names the attachment it is in ("paragraph 493, in Phụ lục 02"); a paper filed after it (a
    PHIẾU TRÌNH) is no part of it; a finding in the letter names none."""
    path = edit(hd, tmp_path / "pl.docx", lambda d: _attachments(d, paper))
    found = check_file(path)
    places = {f.found.split(" (")[0]: f for f in found if f.rule == "font.name"}
    assert places["Calibri"].appendix == "Phụ lục 02"
    assert places["Calibri"].place.startswith(places["Calibri"].line + ", ")
    assert places["Calibri"].place.endswith("Phụ lục 02")
    assert places["Arial"].appendix == arial_in
    assert all(not f.appendix for f in found if f.rule.startswith(("so.", "trich_yeu.")))


def test_a_doc_faces_list_is_told_by_the_face_word_names(hd, tmp_path):
    """The Sở Công Thương's .doc, read through LibreOffice, names a face with its alternative,
    "Times New Roman Bold;Times New Roman": it was told so, a name the văn thư finds in no
    font box of Word, which shows "Times New Roman Bold" (printed sans by LibreOffice)."""
    def add(document) -> None:
        find(document, r"^Đánh giá").add_run(" Bảng đối chiếu").font.name = \
            "Times New Roman Bold;Times New Roman"

    path = edit(hd, tmp_path / "v.docx", add)
    found = [f for f in check_file(path) if f.rule == "font.name"]
    assert [f.found for f in found] == ["Times New Roman Bold (1 run)"]
    assert "Bold;" not in found[0].message
