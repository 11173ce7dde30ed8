"""check on two things a văn thư met in forms and reports: a check box typed as a letter in a
symbol face ("þ" in Wingdings), which --fix turned into that letter, and an attachment whose
heading is typed otherwise than "Phụ lục 02", whose findings lost their place or took the
attachment before's."""

from __future__ import annotations

import docx
import pytest
from check_letter import edit, find
from docx.enum.text import WD_ALIGN_PARAGRAPH

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


def _attachments(document, headings: list[tuple[str, str]], after: list[str] = ()) -> None:
    """After the signature, each ``(heading, face)``: the heading, centred, and under it a line
    set in ``face``; then each line of ``after``, centred."""
    for heading, face in headings:
        document.add_paragraph(heading).alignment = WD_ALIGN_PARAGRAPH.CENTER
        document.add_paragraph("").add_run(f"Số liệu tổng hợp ({face})").font.name = face
    for line in after:
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER


def _places(path) -> dict[str, str]:
    """The attachment each font.name finding names, by the face it tells."""
    return {f.found.split(" (")[0]: f.appendix for f in check_file(path) if f.rule == "font.name"}


@pytest.mark.parametrize(("heading", "name"), [
    ("Phụ lục số 01", "Phụ lục số 01"),
    ("PHỤ LỤC I.", "PHỤ LỤC I"),
    ("Phụ lục 1a", "Phụ lục 1a"),
    ("Phụ lục II-A", "Phụ lục II-A"),
    ("PHỤ LỤC 02: DANH SÁCH CÁC XÃ ĐẠT CHUẨN NÔNG THÔN MỚI", "PHỤ LỤC 02"),
    ("PHỤ LỤC 03 - Biểu tổng hợp kết quả", "PHỤ LỤC 03"),
], ids=["so", "roman-with-stop", "number-and-letter", "roman-dash-letter", "with-its-title",
        "title-after-a-dash"])
def test_an_attachment_is_named_however_its_heading_is_typed(hd, tmp_path, heading, name):
    """Only "Phụ lục 02" exactly was read: the other forms clerks type left their findings at
    "paragraph 493". The name is the heading's, without the title after it."""
    path = edit(hd, tmp_path / "pl.docx", lambda d: _attachments(d, [(heading, "Calibri")]))
    assert _places(path) == {"Calibri": name}


def test_a_second_attachment_typed_otherwise_is_not_named_as_the_first(hd, tmp_path):
    """A file with "Phụ lục 01" then "Phụ lục số 02" named the second's findings "in Phụ lục
    01": a place where the văn thư finds nothing wrong."""
    path = edit(hd, tmp_path / "pl.docx", lambda d: _attachments(
        d, [("Phụ lục 01", "Calibri"), ("Phụ lục số 02", "Arial")]))
    assert _places(path) == {"Calibri": "Phụ lục 01", "Arial": "Phụ lục số 02"}


@pytest.mark.parametrize("title", ["BÁO CÁO", "KẾ HOẠCH", "ĐỀ CƯƠNG BÁO CÁO"])
def test_an_outline_attachment_keeps_its_name_under_its_tên_loại(hd, tmp_path, title):
    """The outline derive attaches ("Phụ lục 02" over "BÁO CÁO" and its sections) lost its
    name from its title on: a tên loại in capitals under the heading is the attachment's own."""
    def add(document) -> None:
        for line in ("Phụ lục 02", title, "Kết quả thực hiện Chương trình"):
            document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
        document.add_paragraph("").add_run("I. ĐẶC ĐIỂM TÌNH HÌNH").font.name = "Arial"

    path = edit(hd, tmp_path / "outline.docx", add)
    assert _places(path) == {"Arial": "Phụ lục 02"}


def _another_header(document) -> None:
    """After "Phụ lục 01", another letter's header: its issuer (a run in Arial) beside its
    Quốc hiệu, in a table, and a line of its body in Tahoma."""
    _attachments(document, [("Phụ lục 01", "Calibri")])
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).paragraphs[0].add_run("ỦY BAN NHÂN DÂN XÃ TÂN AN").font.name = "Arial"
    table.cell(0, 1).paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    document.add_paragraph("").add_run("Ủy ban nhân dân xã báo cáo như sau").font.name = "Tahoma"


@pytest.mark.parametrize(("after", "ends"), [
    (["PHIẾU TRÌNH"], True), (None, True), (["TỜ TRÌNH"], False),
], ids=["a-phieu-trinh", "another-letters-header", "a-ten-loai-alone"])
def test_an_attachment_ends_at_another_paper_only(hd, tmp_path, after, ends):
    """An attachment runs to a PHIẾU TRÌNH or to another letter's header (its issuer beside
    its Quốc hiệu): what follows is no part of it. A tên loại alone is not such an end."""
    def add(document) -> None:
        if after is None:
            _another_header(document)
            return
        _attachments(document, [("Phụ lục 01", "Calibri")], after)
        document.add_paragraph("").add_run("Ý kiến của Lãnh đạo").font.name = "Tahoma"

    path = edit(hd, tmp_path / "paper.docx", add)
    places = _places(path)
    assert places["Calibri"] == "Phụ lục 01"
    assert places["Tahoma"] == ("" if ends else "Phụ lục 01")
    if after is None:
        assert places["Arial"] == ""


def test_a_form_an_attachment_holds_is_part_of_it(hd, tmp_path):
    """A nghị quyết's PHỤ LỤC holds its forms, each under its "Mẫu số 01/BCĐBQH-MT" line with
    its own issuer and Quốc hiệu: a finding in a form is in the PHỤ LỤC, not after it."""
    def add(document) -> None:
        _attachments(document, [("PHỤ LỤC", "Calibri")], ["Mẫu số 01/BCĐBQH-MT"])
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).paragraphs[0].add_run("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM")
        table.cell(0, 1).paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        document.add_paragraph("").add_run("Khách mời của hội nghị gồm").font.name = "Tahoma"

    path = edit(hd, tmp_path / "forms.docx", add)
    assert _places(path) == {"Calibri": "PHỤ LỤC", "Tahoma": "PHỤ LỤC"}
