"""check on the seventeenth round of real letters: each thing a văn thư would see printed and
check misread or --fix set wrong, built into a letter, is read as printed, and the departure
beside it still told."""

from __future__ import annotations

import docx
import pytest
from check_letter import added_after, build_letter, edit, find, retext, set_runs
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from ntm_docgen.check import check_file, fix_file


def _ubnd_tinh(document) -> None:
    """The issuer of a UBND tỉnh: one name on two bold lines, no parent."""
    retext(find(document, r"^UBND TỈNH LẠNG SƠN$"), r".+", "ỦY BAN NHÂN DÂN")
    set_runs(find(document, r"^ỦY BAN NHÂN DÂN$"), bold=True)
    retext(find(document, r"^SỞ NỘI VỤ$"), r".+", "TỈNH LẠNG SƠN")


def _issuer_left(document) -> None:
    for pattern in (r"^ỦY BAN NHÂN DÂN$", r"^TỈNH LẠNG SƠN$"):
        find(document, pattern).alignment = WD_ALIGN_PARAGRAPH.LEFT


def test_an_issuer_of_two_lines_set_left_is_centred_whole(tmp_path):
    """The Điều lệ of the UBND tỉnh Lâm Đồng (round 17): "ỦY BAN NHÂN DÂN / TỈNH LÂM ĐỒNG"
    set flush left in their cell. One finding names both lines, and --fix centres both: it
    centred the first alone, which printed the name's two lines apart."""
    built = build_letter(tmp_path / "hd.docx")
    good = edit(built, tmp_path / "good.docx", _ubnd_tinh)
    assert not [f for f in check_file(good) if f.rule.endswith(".align")]
    bad = edit(good, tmp_path / "bad.docx", _issuer_left)
    told = [f for f in check_file(bad) if f.rule == "co_quan.align"]
    assert len(told) == 1
    assert "1" in told[0].note and "ỦY BAN NHÂN DÂN" in told[0].note
    fix_file(bad, tmp_path / "fixed.docx")
    fixed = docx.Document(str(tmp_path / "fixed.docx"))
    for pattern in (r"^ỦY BAN NHÂN DÂN$", r"^TỈNH LẠNG SƠN$"):
        assert find(fixed, pattern).alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert not [f for f in check_file(tmp_path / "fixed.docx") if f.rule.endswith(".align")]


NOTE = ("(Kèm theo Quyết định số 15/QĐ-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch Ủy ban "
        "nhân dân tỉnh)")
SIGNED = {"so.missing", "ngay.missing", "chuc_vu.missing", "noi_nhan.missing",
          "ten_loai.missing"}


def _dieu_le(noted: bool = True, ruled: bool = True):
    """The Hướng dẫn made a text a decision issues, as the decree's form after Mẫu 1.3 lays
    it: no number or date line, ĐIỀU LỆ over its trích yếu, the "(Kèm theo Quyết định ...)"
    note under them (unless not ``noted``) with the rule under it (unless not ``ruled``), and
    no signature or Nơi nhận."""
    def change(document):
        for pattern in (r"^Số: 106", r"^Lạng Sơn, ngày"):
            retext(find(document, pattern), r".+", "")
        retext(find(document, r"^HƯỚNG DẪN$"), r".+", "ĐIỀU LỆ")
        title = find(document, r"^Tổng kết phong trào")
        retext(title, r".+", "Hội Khuyến học tỉnh Lạng Sơn")
        if noted:
            note = added_after(document, title, [NOTE])[0]
            set_runs(note, bold=False, italic=True)
        if not ruled:
            line = title._p.getnext().getnext() if noted else title._p.getnext()
            line.getparent().remove(line)
        sign = next(t for t in document.tables if "Nơi nhận" in t.cell(0, 0).text)
        sign._tbl.getparent().remove(sign._tbl)
    return change


def test_a_text_a_decision_issues_is_not_told_its_number_date_or_signature(tmp_path):
    """The two Điều lệ of round 17 (the Hội Thiện nguyện of the merged Lâm Đồng, the Hiệp hội
    Doanh nghiệp of Bình Thuận): told no number, no date, no tên loại, no signature and no Nơi
    nhận, which the decree's form for such a text does not have."""
    built = build_letter(tmp_path / "hd.docx")
    good = edit(built, tmp_path / "dieu_le.docx", _dieu_le())
    found = check_file(good)
    assert not SIGNED & {f.rule for f in found}
    assert not [f for f in found if f.rule.startswith(("trich_yeu.", "body."))]
    # without the note it is a letter that lost them: told as before
    bare = edit(built, tmp_path / "bare.docx", _dieu_le(noted=False))
    assert {"so.missing", "ngay.missing", "noi_nhan.missing"} <= {f.rule for f in check_file(bare)}


def test_a_text_a_decision_issues_is_told_the_rule_under_its_note(tmp_path):
    built = build_letter(tmp_path / "hd.docx")
    bad = edit(built, tmp_path / "unruled.docx", _dieu_le(ruled=False))
    told = [f for f in check_file(bad) if f.rule == "trich_yeu.rule"]
    assert len(told) == 1 and "(Kèm theo Quyết định số 15" in told[0].note


def _numbered(text: str):
    return lambda document: retext(find(document, r"^Số: 106"), r".+", text)


def test_a_year_in_the_number_of_a_letter_is_told_and_taken_out(tmp_path):
    """"Số: 106/2025/HD-SNV": the year stands only in the number of a legal normative
    document; a Hướng dẫn is numbered "Số: 106/HD-SNV"."""
    built = build_letter(tmp_path / "hd.docx")
    bad = edit(built, tmp_path / "bad.docx", _numbered("Số: 106/2025/HD-SNV"))
    told = [f for f in check_file(bad) if f.rule == "so.nam"]
    assert len(told) == 1 and '"Số: 106/HD-SNV"' in told[0].note
    result = fix_file(bad, tmp_path / "fixed.docx")
    assert result.after == []
    fixed = docx.Document(str(tmp_path / "fixed.docx"))
    assert find(fixed, r"^Số:").text == "Số: 106/HD-SNV"


def test_a_year_in_the_number_of_a_quyet_dinh_is_left_alone(tmp_path):
    """A Quyết định may be a legal normative one ("Số: 15/2024/QĐ-UBND"): not told."""
    built = build_letter(tmp_path / "hd.docx")
    qd = edit(built, tmp_path / "qd.docx", _numbered("Số: 15/2024/QĐ-UBND"))
    assert "so.nam" not in {f.rule for f in check_file(qd)}


def _form_for_narrow_margins(document) -> None:
    """Round 17's phiếu trình of the Văn phòng UBND tỉnh Lâm Đồng: margins of 20 mm (left)
    and 5 mm (right), a ruled table of 190 mm under the title."""
    section = document.sections[0]
    section.left_margin, section.right_margin = docx.shared.Mm(20), docx.shared.Mm(5)
    table = document.add_table(rows=1, cols=2)
    for column in table.columns:
        column.width = docx.shared.Mm(95)
        for cell in column.cells:
            cell.width = docx.shared.Mm(95)
    table.cell(0, 0).text = "I. NỘI DUNG TRÌNH"
    find(document, r"^Sở Nội vụ hướng dẫn")._p.addnext(table._tbl)


def _grid_mm(table) -> float:
    cols = table._tbl.findall(qn("w:tblGrid") + "/" + qn("w:gridCol"))
    return sum(int(c.get(qn("w:w"))) for c in cols) / 1440 * 25.4


def test_setting_the_margins_keeps_a_wide_table_on_the_paper(tmp_path):
    """--fix set the decree's 30 and 15 mm and left the form's table of 190 mm as it was: it
    ran 10 mm past the paper's right edge, its last words cut off. The table is narrowed to
    the text's 165 mm; the header's table, within the paper, is left as it is."""
    built = build_letter(tmp_path / "hd.docx")
    bad = edit(built, tmp_path / "form.docx", _form_for_narrow_margins)
    header = _grid_mm(docx.Document(str(bad)).tables[0])
    assert {f.rule for f in check_file(bad)} >= {"page.margin"}
    fix_file(bad, tmp_path / "fixed.docx")
    fixed = docx.Document(str(tmp_path / "fixed.docx"))
    section = fixed.sections[0]
    assert round(section.left_margin.mm) == 30 and round(section.right_margin.mm) == 15
    form = next(t for t in fixed.tables if t.cell(0, 0).text == "I. NỘI DUNG TRÌNH")
    assert _grid_mm(form) <= 165.1
    assert abs(_grid_mm(fixed.tables[0]) - header) < 0.1


def _form_with_a_table_in_a_cell(document) -> None:
    """The form above, a table of two columns of 45 mm inside its second cell."""
    _form_for_narrow_margins(document)
    form = next(t for t in document.tables if t.cell(0, 0).text == "I. NỘI DUNG TRÌNH")
    inner = form.cell(0, 1).add_table(rows=1, cols=2)
    for column in inner.columns:
        column.width = docx.shared.Mm(45)
        for cell in column.cells:
            cell.width = docx.shared.Mm(45)
    inner._tbl.tblPr.append(_table_width(90))


def _table_width(mm: float):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    return parse_xml(f'<w:tblW {nsdecls("w")} w:w="{int(mm * 1440 / 25.4)}" w:type="dxa"/>')


def test_a_table_inside_a_cell_is_narrowed_with_the_cell_it_sits_in(tmp_path):
    """Narrowing the form's table narrowed its cells but not the table inside one: its grid
    and width stayed 90 mm in a cell now 82.5 mm wide, running past it."""
    built = build_letter(tmp_path / "hd.docx")
    bad = edit(built, tmp_path / "form.docx", _form_with_a_table_in_a_cell)
    fix_file(bad, tmp_path / "fixed.docx")
    fixed = docx.Document(str(tmp_path / "fixed.docx"))
    form = next(t for t in fixed.tables if t.cell(0, 0).text == "I. NỘI DUNG TRÌNH")
    inner = form.cell(0, 1).tables[0]
    cell_mm = int(form.cell(0, 1)._tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) / 1440 * 25.4
    width = inner._tbl.tblPr.find(qn("w:tblW"))
    assert _grid_mm(inner) <= cell_mm + 0.1
    assert int(width.get(qn("w:w"))) / 1440 * 25.4 <= cell_mm + 0.1


@pytest.mark.parametrize("number", ["Số: 01/2025/HĐ-XD", "Số: 19/2012/TB-LPQT",
                                    "Số: 03/2026/BGN-UBND"], ids=["contract", "treaty", "memo"])
def test_a_year_the_parties_or_the_treaty_numbering_give_is_left_alone(tmp_path, number):
    """A contract's, a memorandum's number is the one both parties signed, and the Bộ Ngoại
    giao numbers its notices of treaties with their year: neither is told, nor taken out by
    --fix."""
    built = build_letter(tmp_path / "hd.docx")
    kept = edit(built, tmp_path / "kept.docx", _numbered(number))
    assert "so.nam" not in {f.rule for f in check_file(kept)}
