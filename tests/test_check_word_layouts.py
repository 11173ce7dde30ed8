"""check judges what prints: the same letter with its rules drawn the ways Word users draw them
(paragraph borders; floating lines hung on the next row's "Số:" and date; freeform lines in an
inline group; typed underscores or hyphens) gets the same findings; headings with words after the
tên loại, a date with a missing space and wrapped recipients are read as the page shows them."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from check_letter import build_letter, find, paragraphs, retext
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from ntm_docgen.check import check_file

EMU = 36000
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"')
#: rule lengths in mm: 2/5 of "SỞ NỘI VỤ" (23.7 mm) and the whole Tiêu ngữ (56 mm)
ISSUER, MOTTO = 10, 56
RULES = {"tieu_ngu.rule", "co_quan.rule", "tieu_ngu.rule_length", "co_quan.rule_length"}


def floating_line(n: int, x_mm: float, dy_mm: float, width_mm: float,
                  relative: str = "column") -> str:
    """A Word line shape (a run) at ``x_mm`` from the column, ``dy_mm`` below its paragraph."""
    return (
        f'<w:r {NS}><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="{relative}"><wp:posOffset>'
        f'{round(x_mm * EMU)}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph">'
        f'<wp:posOffset>{round(dy_mm * EMU)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{round(width_mm * EMU)}" cy="0"/><wp:effectExtent l="0" t="0" r="0" '
        f'b="0"/><wp:wrapNone/><wp:docPr id="{n}" name="Line {n}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        f'wordprocessingShape"><wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{round(width_mm * EMU)}" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/>'
        f'</a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        f'</w:drawing></w:r>')


def group_line(n: int, width_mm: float) -> str:
    """An inline group holding one freeform line (custGeom), scaled by the group's transform."""
    cx, half = round(width_mm * EMU), round(width_mm * EMU / 2)
    return (
        f'<w:r {NS}><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="9525"/><wp:docPr id="{n}" name="Group {n}"/>'
        f'<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/'
        f'office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm>'
        f'<a:off x="0" y="0"/><a:ext cx="{cx}" cy="9525"/><a:chOff x="0" y="0"/>'
        f'<a:chExt cx="{half}" cy="9525"/></a:xfrm></wpg:grpSpPr><wps:wsp><wps:cNvSpPr/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="4762"/><a:ext cx="{half}" cy="1270"/></a:xfrm>'
        f'<a:custGeom><a:pathLst><a:path w="{half}"><a:moveTo><a:pt x="0" y="0"/></a:moveTo>'
        f'<a:lnTo><a:pt x="{half}" y="0"/></a:lnTo></a:path></a:pathLst></a:custGeom></wps:spPr>'
        f'<wps:bodyPr/></wps:wsp></wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing>'
        f'</w:r>')


def _drop_borders(document) -> None:
    for para in paragraphs(document):
        bdr = para._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}")
        if bdr is not None and para._p.getparent().tag == qn("w:tc"):
            bdr.getparent().remove(bdr)


def _two_rows(document):
    """The header table as Word users build it: names in row 1, "Số:" and the date in row 2."""
    table = document.tables[0]
    row = table.add_row()
    for para in paragraphs(document):
        if para._p.getparent().tag != qn("w:tc"):
            continue
        if para.text.startswith(("Số:", "V/v")):
            row.cells[0]._tc.append(para._p)
        elif ", ngày" in para.text:
            row.cells[1]._tc.append(para._p)
    for cell in table.rows[0].cells:  # blank spacer paragraphs stay out of the way
        for para in list(cell.paragraphs)[1:]:
            if not para.text:
                para._p.getparent().remove(para._p)
    return table


def lay_out(src: Path, out: Path, how: str) -> Path:
    """The letter of ``src`` with its two header rules drawn ``how``."""
    document = docx.Document(str(src))
    if how != "borders":
        _drop_borders(document)
        _two_rows(document)
        so, date_line = find(document, r"^Số:"), find(document, r", ngày")
        issuer, motto = find(document, r"^SỞ NỘI VỤ"), find(document, r"^Độc lập")
        if how == "next-row":  # hung on the next row's paragraphs, 0.1 mm below their top
            so._p.append(parse_xml(floating_line(41, 20, 0.1, ISSUER)))
            date_line._p.append(parse_xml(floating_line(42, 20, 0.5, MOTTO)))
        elif how == "own-offset":  # hung on the text's own paragraph, 7 mm down
            issuer._p.append(parse_xml(floating_line(41, 20, 7, ISSUER)))
            motto._p.append(parse_xml(floating_line(42, 20, 7, MOTTO)))
        elif how == "group":  # freeform lines in inline groups, each in a paragraph of its own
            so.insert_paragraph_before("")._p.append(parse_xml(group_line(41, ISSUER)))
            date_line.insert_paragraph_before("")._p.append(parse_xml(group_line(42, MOTTO)))
        elif how in ("underscores", "hyphens"):
            # as many marks as print the rules' lengths (Times New Roman: "_" 0.5 em, "-" 0.33 em)
            mark, short, long = ("_", 5, 23) if how == "underscores" else ("-", 7, 37)
            so.insert_paragraph_before(mark * short)
            date_line.insert_paragraph_before(mark * long)
        elif how == "far-below":  # hung on the Số line but printed 3 cm lower: not a rule
            so._p.append(parse_xml(floating_line(41, 20, 30, ISSUER)))
            date_line._p.append(parse_xml(floating_line(42, 20, 30, MOTTO)))
        elif how in INKLESS or how == "connector-from-a-doc":
            for n, (para, width) in enumerate(((so, ISSUER), (date_line, MOTTO)), start=41):
                para._p.append(parse_xml(_drawn(floating_line(n, 20, 0.1, width), how)))
        elif how == "vml-line":
            so._p.append(parse_xml(vml_line(60, 60 + ISSUER * 2.835)))
            date_line._p.append(parse_xml(vml_line(60, 60 + MOTTO * 2.835)))
        elif how == "cell-border":  # the bottom border of the names' cells
            for cell in document.tables[0].rows[0].cells:
                _cell_bottom(cell)
        elif how == "underlined-text":
            for para in (issuer, motto):
                for run in para.runs:
                    run.font.underline = True
        elif how in ("underlined-tab", "underlined-spaces"):
            blank = "\t" if how == "underlined-tab" else "\u00a0" * 30
            for para in (so, date_line):
                para.insert_paragraph_before("").add_run(blank).font.underline = True
    document.save(str(out))
    return out


#: Lines in the file that print nothing: no outline, an outline in the paper's colour, hidden
INKLESS = ("no-outline", "white-outline", "hidden", "vml-not-stroked")


def _drawn(line: str, how: str) -> str:
    """A floating line of ``floating_line`` drawn ``how``: as LibreOffice writes a connector it
    read from a Word 97 file (its size only in wp:extent), or so that it prints nothing."""
    if how == "connector-from-a-doc":
        line = line.replace('prst="line"', 'prst="straightConnector1"')
        return re.sub(r'<a:ext cx="\d+" cy="0"/>', '<a:ext cx="360" cy="360"/>', line)
    if how == "hidden":
        return line.replace('<wp:docPr id=', '<wp:docPr hidden="1" id=')
    if how == "vml-not-stroked":
        return vml_line(60, 100).replace("<v:line ", '<v:line stroked="f" ')
    ink = "<a:noFill/>" if how == "no-outline" else \
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
    return line.replace("</a:prstGeom></wps:spPr>", f"</a:prstGeom><a:ln>{ink}</a:ln></wps:spPr>")


def vml_line(x1_pt: float, x2_pt: float) -> str:
    """A VML line (Word 2003 and earlier) from ``x1_pt`` to ``x2_pt``, 1 pt below its paragraph's
    top."""
    return (f'<w:r {NS} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:line '
            f'from="{x1_pt}pt,1pt" to="{x2_pt}pt,1pt" style="position:absolute"/></w:pict></w:r>')


def _cell_bottom(cell) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    borders = tcpr.makeelement(qn("w:tcBorders"), {})
    edge = borders.makeelement(qn("w:bottom"), {qn("w:val"): "single", qn("w:sz"): "4"})
    borders.append(edge)
    tcpr.append(borders)


def rule_findings(path: Path) -> list[str]:
    return sorted(f.rule for f in check_file(path) if f.rule in RULES)


@pytest.mark.parametrize("how", ["borders", "next-row", "own-offset", "group", "underscores"])
def test_rules_drawn_any_way_word_draws_them_are_seen(hd, tmp_path, how):
    path = lay_out(hd, tmp_path / f"{how}.docx", how)
    assert rule_findings(path) == []


@pytest.mark.parametrize("how", ["vml-line", "connector-from-a-doc", "cell-border",
                                 "underlined-text", "underlined-tab", "underlined-spaces"])
def test_no_rule_is_said_missing_where_a_line_prints(hd, tmp_path, how):
    path = lay_out(hd, tmp_path / f"{how}.docx", how)
    assert [f.rule for f in check_file(path) if f.rule.endswith(".rule")] == []


def test_text_boxes_with_their_lines_have_their_rules(tmp_path):
    path = build_letter(tmp_path / "boxes.docx", "textbox")
    assert [f.rule for f in check_file(path) if f.rule.endswith(".rule")] == []


@pytest.mark.parametrize("how", INKLESS)
def test_a_line_that_prints_nothing_is_no_rule(hd, tmp_path, how):
    assert rule_findings(lay_out(hd, tmp_path / f"{how}.docx", how)) == \
        ["co_quan.rule", "tieu_ngu.rule"]


def test_line_hung_on_the_next_row_but_printed_far_below_is_no_rule(hd, tmp_path):
    path = lay_out(hd, tmp_path / "far.docx", "far-below")
    assert rule_findings(path) == ["co_quan.rule", "tieu_ngu.rule"]


def test_same_letter_three_layouts_same_findings(hd, tmp_path):
    found = {how: [f.rule for f in check_file(lay_out(hd, tmp_path / f"{how}.docx", how))]
             for how in ("next-row", "own-offset", "group")}
    assert found["next-row"] == found["own-offset"] == found["group"]


def test_typed_hyphens_are_a_rule_that_prints_dashed(hd, tmp_path):
    findings = check_file(lay_out(hd, tmp_path / "hyphens.docx", "hyphens"))
    typed = [f for f in findings if f.rule.endswith(".rule_typed")]
    assert {f.rule for f in typed} == {"co_quan.rule_typed", "tieu_ngu.rule_typed"}
    assert all(f.severity == "luu_y" for f in typed)
    assert not [f for f in findings if f.rule in RULES - {"tieu_ngu.rule_length",
                                                          "co_quan.rule_length"}]


def _heading(letter: Path, out: Path, title: str, trich_yeu: str) -> Path:
    document = docx.Document(str(letter))
    retext(find(document, r"^HƯỚNG DẪN$"), r"HƯỚNG DẪN", title)
    retext(find(document, r"^Tổng kết phong trào"), r".+", trich_yeu)
    document.save(str(out))
    return out


@pytest.mark.parametrize(("title", "trich_yeu"), [
    ("GIẤY MỜI HỌP", "Về tổng kết phong trào thi đua giai đoạn 2011 - 2020"),
    ("GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP", "Cấp cho Công ty cổ phần Xây dựng")],
    ids=["giay-moi-hop", "giay-phep-su-dung"])
def test_heading_with_words_after_the_type_is_type_and_trich_yeu(hd, tmp_path, title,
                                                                  trich_yeu):
    rules = {f.rule for f in check_file(_heading(hd, tmp_path / "t.docx", title, trich_yeu))}
    assert not {r for r in rules if r.startswith(("ten_loai.", "trich_yeu.missing"))}


def test_date_with_a_missing_space_names_the_space(hd, tmp_path):
    document = docx.Document(str(hd))
    retext(find(document, r", ngày"), r".+", "Lạng Sơn, ngày    tháng 4năm 2026")
    document.save(str(tmp_path / "d.docx"))
    findings = check_file(tmp_path / "d.docx")
    assert "ngay.missing" not in {f.rule for f in findings}
    (spacing,) = [f for f in findings if f.rule == "ngay.spacing"]
    assert '"4năm"' in spacing.message and '"4 năm"' in spacing.message


@pytest.mark.parametrize("how", ["next-row", "group", "underscores", "hyphens"])
def test_fix_creates_no_finding_on_word_layouts(hd, tmp_path, how):
    from ntm_docgen.check import fix_file

    path = lay_out(hd, tmp_path / f"{how}.docx", how)
    document = docx.Document(str(path))
    retext(find(document, r", ngày"), r"tháng \d+", "tháng 06")
    document.sections[0].left_margin = docx.shared.Mm(25)
    document.save(str(path))
    result = fix_file(path, tmp_path / "fixed.docx")
    before = {f.rule for f in result.before}
    assert {"ngay.month", "page.margin"} <= before
    assert {f.rule for f in result.after} <= before - {"ngay.month", "page.margin"}
