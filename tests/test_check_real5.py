"""check on the fifth round of real letters: each element a văn thư saw printed there and check
denied, built into a letter to the decree, is found, and the departure beside it still told."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_letter import _anchor, edit, find, retext, signer
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

from ntm_docgen.check import check_file

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _rules(path: Path) -> list[str]:
    return [f.rule for f in check_file(path)]


def _stray_run(hidden: bool):
    """The Tiêu ngữ with two letters typed before "Hạnh phúc" in a run of their own, hidden
    (w:vanish: Word keeps them in the file and prints nothing) or not."""
    def change(document) -> None:
        line = find(document, r"^Độc lập")
        first = line.runs[0]
        first.text = "Độc lập - Tự do - "
        for text in ("an", "Hạnh phúc"):
            run = line.add_run(text)
            run.font.bold, run.font.size, run.font.name = True, first.font.size, first.font.name
        if hidden:
            line.runs[1]._r.get_or_add_rPr().append(OxmlElement("w:vanish"))
    return change


@pytest.mark.parametrize(("hidden", "told"), [(True, False), (False, True)],
                         ids=["hidden-letters-print-nothing", "the-letters-printed"])
def test_hidden_text_in_the_tieu_ngu_is_not_read(hd, tmp_path, hidden, told):
    rules = _rules(edit(hd, tmp_path / "t.docx", _stray_run(hidden)))
    assert "tieu_ngu.missing" not in rules or told
    assert any(r.startswith("tieu_ngu.") for r in rules) is told


def _signature_in_a_text_box(keep: bool, name_bold: bool = True):
    """The signature column's lines moved into a text box anchored in that cell, as a clerk
    laid the Quyết định of UBND tỉnh Sóc Trăng out; with ``keep`` False the box holds only a
    note, and the signature is gone."""
    def change(document) -> None:
        name = signer(document)
        for run in name.runs:
            run.font.bold = name_bold
        cell = next(a for a in name._p.iterancestors() if a.tag == qn("w:tc"))
        paragraphs = cell.findall(qn("w:p"))
        inner = ("".join(etree.tostring(p, encoding="unicode") for p in paragraphs) if keep
                 else f'<w:p {W}><w:r><w:t>(bản gửi qua mạng)</w:t></w:r></w:p>')
        for p in paragraphs:
            cell.remove(p)
        anchor = OxmlElement("w:p")
        anchor.append(parse_xml(_anchor(40, 0, 70, 40, inner, line=False)))
        cell.append(anchor)
    return change


def test_a_signature_in_a_text_box_in_its_column_is_read(hd, tmp_path):
    rules = _rules(edit(hd, tmp_path / "box.docx", _signature_in_a_text_box(True)))
    assert "chuc_vu.missing" not in rules
    not_bold = _rules(edit(hd, tmp_path / "plain.docx",
                           _signature_in_a_text_box(True, name_bold=False)))
    assert "ho_ten.bold" in not_bold  # read as the signature: its name is held to the rules


def test_a_text_box_without_a_signature_is_still_no_signature(hd, tmp_path):
    rules = _rules(edit(hd, tmp_path / "note.docx", _signature_in_a_text_box(False)))
    assert "chuc_vu.missing" in rules


def _title_in_a_table(line_after: bool):
    """The tên loại and the trích yếu wrapped in a table of one cell, the rule a line shape
    anchored in the paragraph after the table, as UBND tỉnh Quảng Bình's Quyết định lays them
    out; with ``line_after`` False that paragraph draws nothing."""
    def change(document) -> None:
        name = find(document, r"^HƯỚNG DẪN$")
        summary = find(document, r"^Tổng kết phong trào")
        after = summary._p.getnext()
        table = document.add_table(rows=1, cols=1)
        cell = table.rows[0].cells[0]._tc
        cell.remove(cell.findall(qn("w:p"))[0])
        name._p.addprevious(table._tbl)
        cell.append(name._p)
        cell.append(summary._p)
        if not line_after:
            for pict in after.iter(qn("w:pict")):
                pict.getparent().remove(pict)
    return change


@pytest.mark.parametrize(("line_after", "told"), [(True, False), (False, True)],
                         ids=["a-line-after-the-table", "nothing-drawn-after-it"])
def test_a_rule_after_the_table_that_holds_the_title_is_found(hd, tmp_path, line_after, told):
    rules = _rules(edit(hd, tmp_path / "t.docx", _title_in_a_table(line_after)))
    assert ("trich_yeu.rule" in rules) is told
    assert "ten_loai.missing" not in rules


def _date_in_the_body(document) -> None:
    """A biên bản's header: no place and date line; its body opens "Hôm nay, ngày ..., tại
    ...", a sentence with a date in it, as the Cục Hóa chất's biên bản thẩm định does."""
    date = find(document, r"^Lạng Sơn, ngày")
    date._p.getparent().remove(date._p)
    opening = find(document, r"^Sở Nội vụ hướng dẫn")
    retext(opening, r"^.*$", "Hôm nay, ngày 14 tháng 11 năm 2019, tại trụ sở Sở Nội vụ, "
                             "đoàn kiểm tra tiến hành kiểm tra như sau:")


def test_a_date_inside_a_sentence_is_not_the_place_and_date_line(hd, tmp_path):
    findings = check_file(edit(hd, tmp_path / "bb.docx", _date_in_the_body))
    rules = [f.rule for f in findings]
    assert "ngay.missing" in rules  # the header has none: still told
    assert not any(f.rule.startswith("ngay.") and "Hôm nay" in f.message for f in findings)
    assert "ten_loai.missing" not in rules  # the heading under the header is still the tên loại


def _number_under_the_heading(document) -> None:
    """The header's number line taken away and a "Số: ..." typed under the tên loại, as a
    certificate's appendix note "(Kèm theo Giấy chứng nhận / Số: ...)" is."""
    number = find(document, r"^Số:")
    number._p.getparent().remove(number._p)
    summary = find(document, r"^Tổng kết phong trào")
    note = summary.insert_paragraph_before("")
    summary._p.addnext(note._p)
    note.add_run("Số: /2019/HD-SNV, ngày 05/01/2019)").font.size = Pt(13)


def test_a_number_under_the_tên_loại_is_not_the_header_number(hd, tmp_path):
    findings = check_file(edit(hd, tmp_path / "so.docx", _number_under_the_heading))
    assert "so.missing" in [f.rule for f in findings]
    assert not any(f.rule.startswith("so.") and f.rule != "so.missing" for f in findings)


def _heading(name: str, number: str):
    def change(document) -> None:
        retext(find(document, r"^HƯỚNG DẪN$"), r"HƯỚNG DẪN", name)
        retext(find(document, r"^Số:"), r"Số: .*", f"Số: {number}")
    return change


@pytest.mark.parametrize(("name", "number", "told"), [
    ("NGHỊ QUYẾT LIÊN TỊCH", "102/2025/NQLT-UBTVQH15-CP", False),
    ("NGHỊ QUYẾT", "106/HD-SNV", True),
], ids=["a-joint-resolution-coded-NQLT", "a-resolution-coded-HD"])
def test_a_joint_resolution_is_named_by_its_whole_heading(hd, tmp_path, name, number, told):
    findings = check_file(edit(hd, tmp_path / "nq.docx", _heading(name, number)))
    assert ("so.ma_loai" in [f.rule for f in findings]) is told
    assert not any(f.rule.startswith("trich_yeu.") and "LIÊN TỊCH" in f.message
                   for f in findings)


def _signed_then_appendix(signed: bool):
    """No Nơi nhận: the signature centred in plain paragraphs (with it) and an appendix after
    it, its note "(Kèm theo ...)" and ten lines, as the Sở Công Thương's giấy chứng nhận is."""
    def change(document) -> None:
        table = next(t for t in document.tables if "Nơi nhận" in t.cell(0, 0).text)
        table._tbl.getparent().remove(table._tbl)
        lines = [("GIÁM ĐỐC", True), ("", False), ("", False), ("Hoàng Thị Hiền", True)] \
            if signed else []
        lines += [("DANH MỤC ĐƠN VỊ", True), ("(Kèm theo Hướng dẫn số 106/HD-SNV)", False)]
        for text, bold in lines:
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if text:
                run = paragraph.add_run(text)
                run.font.bold, run.font.size = bold, Pt(14)
        for n in range(1, 11):
            document.add_paragraph().add_run(f"{n}. Đơn vị số {n}").font.size = Pt(14)
    return change


@pytest.mark.parametrize(("signed", "told"), [(True, False), (False, True)],
                         ids=["signed-before-the-appendix", "no-signature-at-all"])
def test_a_signature_before_an_appendix_is_found(hd, tmp_path, signed, told):
    rules = _rules(edit(hd, tmp_path / "gcn.docx", _signed_then_appendix(signed)))
    assert ("chuc_vu.missing" in rules) is told
