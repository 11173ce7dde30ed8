"""check measures the rules (ô 1, ô 2) and the boxed marks (ô 10b, ô 11) as a reader sees them:
paragraph borders, line shapes, cell borders, text boxes; unrelated shapes invent nothing."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from datetime import date
from pathlib import Path

import docx
import pytest
from check_letter import _anchor, build_letter, find, paragraphs
from conftest import DATA
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips

from ntm_docgen.check import check_file, fix_file
from ntm_docgen.check.geometry import mm, vml_length
from ntm_docgen.letter.render import render_spec
from ntm_docgen.letter.spec import load_spec

TODAY = date(2026, 11, 23)
TWIPS_PER_MM = 1440 / 25.4
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
WPG = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
#: Inside widths of the rendered header cells (tools/make_templates.py): issuer 70 mm, motto 101.
ISSUER_AREA, MOTTO_AREA = 4082 - 114, 5838 - 114
MEASURED = {"tieu_ngu.rule", "tieu_ngu.rule_length", "co_quan.rule", "co_quan.rule_length",
            "trich_yeu.rule", "trich_yeu.rule_length", "do_khan.box", "pham_vi.box"}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """A Hướng dẫn with a parent body and a Tờ trình marked KHẨN, as the templates render them."""
    folder = tmp_path_factory.mktemp("shapes")
    out = {}
    for name in ("huong-dan.so", "to-trinh.khan-mat.kinh-gui"):
        out[name] = folder / f"{name}.docx"
        render_spec(load_spec(DATA / "check" / f"{name}.yaml"), out[name], today=TODAY)
    return out


def plant(src: Path, tmp_path: Path, change) -> Path:
    document = docx.Document(str(src))
    change(document)
    out = tmp_path / "planted.docx"
    document.save(str(out))
    return out


def rule_after(document, pattern: str):
    """The empty bordered paragraph that draws the rule under the line matching ``pattern``."""
    paras = paragraphs(document)
    at = next(i for i, p in enumerate(paras) if p.text.strip() and find(document, pattern)._p is
              p._p)
    return next(p for p in paras[at + 1:] if not p.text and
                p._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}") is not None)


def set_length(area: int, length_mm: float):
    """A change giving a bordered rule paragraph ``length_mm`` inside a cell ``area`` wide."""
    def change(para):
        indent = Twips(round((area - length_mm * TWIPS_PER_MM) / 2))
        para.paragraph_format.left_indent = para.paragraph_format.right_indent = indent
    return change


def off_centre(area: int, length_mm: float, shift_mm: float):
    """A change giving a bordered rule paragraph its length, moved ``shift_mm`` to the right."""
    def change(para):
        side = (area - length_mm * TWIPS_PER_MM) / 2
        shift = shift_mm * TWIPS_PER_MM
        para.paragraph_format.left_indent = Twips(round(side + shift))
        para.paragraph_format.right_indent = Twips(round(side - shift))
    return change


def drop_border(para) -> None:
    ppr = para._p.pPr
    ppr.remove(ppr.find(qn("w:pBdr")))


def drawn_line(length_mm: int, vml: bool = False, connector: bool = False):
    """A change replacing a bordered rule paragraph by a line shape ``length_mm`` long: a
    DrawingML line, a VML line, or the VML straight connector Word 2007 draws."""
    def change(para):
        drop_border(para)
        if connector:
            para._p.append(parse_xml(
                f'<w:r xmlns:w="{W}"><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" '
                f'type="#_x0000_t32" style="position:absolute;margin-left:40pt;'
                f'width:{length_mm * 72 / 25.4:.1f}pt;height:0"/></w:pict></w:r>'))
        elif vml:
            para._p.append(parse_xml(
                f'<w:r xmlns:w="{W}"><w:pict><v:line xmlns:v="urn:schemas-microsoft-com:vml" '
                f'from="0,0" to="{length_mm}mm,0"/></w:pict></w:r>'))
        else:
            para._p.append(parse_xml(_anchor(40, 10, length_mm, 0, "", line=True)))
    return change


def grouped_line(length_mm: float):
    """A change drawing the rule as a line inside a DrawingML group whose child coordinates are
    doubled: the line's own extent is twice what prints."""
    def change(para):
        drop_border(para)
        emu, length = 36000, round(length_mm * 36000)
        para._p.append(parse_xml(
            f'<w:r xmlns:w="{W}" xmlns:wp="{WP}" xmlns:a="{A}" xmlns:wpg="{WPG}" '
            f'xmlns:wps="{WPS}"><w:drawing><wp:anchor><wp:extent cx="{length}" cy="{emu}"/>'
            f'<a:graphic><a:graphicData uri="{WPG}"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr>'
            f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{length}" cy="{emu}"/>'
            f'<a:chOff x="0" y="0"/><a:chExt cx="{2 * length}" cy="{2 * emu}"/></a:xfrm>'
            f'</wpg:grpSpPr><wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext cx="{2 * length}" cy="0"/></a:xfrm><a:prstGeom prst="line"/></wps:spPr>'
            f"<wps:bodyPr/></wps:wsp></wpg:wgp></a:graphicData></a:graphic></wp:anchor>"
            f"</w:drawing></w:r>"))
    return change


def underline_instead(pattern: str):
    """A change dropping the bordered rule and underlining the line above it instead."""
    def change(para):
        drop_border(para)
        for run in find(para._parent.part.document, pattern).runs:
            run.font.underline = True
    return change


def cell_bottom_border(para) -> None:
    """Move the rule to the bottom border of the cell (the whole cell wide)."""
    drop_border(para)
    tcpr = next(para._p.iterancestors(qn("w:tc"))).find(qn("w:tcPr"))
    tcpr.append(parse_xml(f'<w:tcBorders xmlns:w="{W}"><w:bottom w:val="single" w:sz="6"/>'
                          "</w:tcBorders>"))


RULE_CASES = [
    ("tieu-ngu-too-short", r"^Độc lập", set_length(MOTTO_AREA, 40), "tieu_ngu.rule_length"),
    ("tieu-ngu-too-long", r"^Độc lập", set_length(MOTTO_AREA, 75), "tieu_ngu.rule_length"),
    ("tieu-ngu-missing", r"^Độc lập", drop_border, "tieu_ngu.rule"),
    ("tieu-ngu-cell-border", r"^Độc lập", cell_bottom_border, "tieu_ngu.rule_length"),
    ("tieu-ngu-line-shape-ok", r"^Độc lập", drawn_line(56), None),
    ("tieu-ngu-line-shape-short", r"^Độc lập", drawn_line(30), "tieu_ngu.rule_length"),
    ("tieu-ngu-vml-line-ok", r"^Độc lập", drawn_line(57, vml=True), None),
    ("tieu-ngu-vml-line-long", r"^Độc lập", drawn_line(90, vml=True), "tieu_ngu.rule_length"),
    ("tieu-ngu-connector-ok", r"^Độc lập", drawn_line(55, connector=True), None),
    ("tieu-ngu-connector-short", r"^Độc lập", drawn_line(20, connector=True),
     "tieu_ngu.rule_length"),
    ("tieu-ngu-grouped-line-ok", r"^Độc lập", grouped_line(56), None),
    ("tieu-ngu-grouped-line-short", r"^Độc lập", grouped_line(28), "tieu_ngu.rule_length"),
    ("tieu-ngu-underlined", r"^Độc lập", underline_instead(r"^Độc lập"), None),
    ("issuer-underlined", r"^SỞ NỘI VỤ$", underline_instead(r"^SỞ NỘI VỤ$"),
     "co_quan.rule_length"),
    ("issuer-full-cell", r"^SỞ NỘI VỤ$", set_length(ISSUER_AREA, 70), "co_quan.rule_length"),
    ("issuer-a-fifth", r"^SỞ NỘI VỤ$", set_length(ISSUER_AREA, 4), "co_quan.rule_length"),
    ("issuer-as-long-as-the-name", r"^SỞ NỘI VỤ$", set_length(ISSUER_AREA, 22),
     "co_quan.rule_length"),
    ("issuer-a-third", r"^SỞ NỘI VỤ$", set_length(ISSUER_AREA, 7.3), None),
    ("issuer-a-half", r"^SỞ NỘI VỤ$", set_length(ISSUER_AREA, 11), None),
    ("issuer-missing", r"^SỞ NỘI VỤ$", drop_border, "co_quan.rule"),
    ("issuer-off-centre", r"^SỞ NỘI VỤ$", off_centre(ISSUER_AREA, 9, 8), "co_quan.rule_centre"),
    ("issuer-nearly-centred", r"^SỞ NỘI VỤ$", off_centre(ISSUER_AREA, 9, 2), None),
    ("tieu-ngu-off-centre", r"^Độc lập", off_centre(MOTTO_AREA, 56, -10), "tieu_ngu.rule_centre"),
    # the trích yếu prints in three balanced lines, the longest 99 mm: its rule 33-49 mm
    ("trich-yeu-off-centre", r"^giai đoạn", off_centre(9354, 40, 30), "trich_yeu.rule_centre"),
    ("trich-yeu-fixed-25mm", r"^giai đoạn", off_centre(9354, 25, 0), "trich_yeu.rule_length"),
    ("issuer-line-shape-long", r"^SỞ NỘI VỤ$", drawn_line(40), "co_quan.rule_length"),
]


@pytest.mark.parametrize(("pattern", "change", "rule"), [c[1:] for c in RULE_CASES],
                         ids=[c[0] for c in RULE_CASES])
def test_rule_planted_in_a_rendered_letter_is_measured(rendered, tmp_path, pattern, change, rule):
    path = plant(rendered["huong-dan.so"], tmp_path,
                 lambda d: change(rule_after(d, pattern)))
    assert [f.rule for f in check_file(path)] == ([rule] if rule else [])


def test_a_rule_finding_gives_both_lengths_and_the_range(rendered, tmp_path):
    path = plant(rendered["huong-dan.so"], tmp_path,
                 lambda d: set_length(MOTTO_AREA, 40)(rule_after(d, r"^Độc lập")))
    (finding,) = check_file(path)
    assert finding.found == "a rule of 40 mm (paragraph border) under a line of 56.1 mm"
    assert finding.required.endswith("as long as the text: 50.5–61.8 mm")
    assert finding.ref == "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 1, điểm b; ô 1"


@pytest.mark.parametrize(("pattern", "change"), [
    (r"^Độc lập", set_length(MOTTO_AREA, 90)), (r"^SỞ NỘI VỤ$", set_length(ISSUER_AREA, 70)),
    (r"^SỞ NỘI VỤ$", off_centre(ISSUER_AREA, 9, -8)), (r"^Tổng kết", off_centre(9354, 40, 30))],
    ids=["tieu-ngu-length", "issuer-length", "issuer-centre", "trich-yeu-centre"])
def test_fix_sets_a_bordered_rule_to_its_length_and_place(rendered, tmp_path, pattern, change):
    path = plant(rendered["huong-dan.so"], tmp_path, lambda d: change(rule_after(d, pattern)))
    result = fix_file(path, tmp_path / "fixed.docx")
    assert [f.fixable for f in result.before] == [True]
    assert result.after == []


def no_run_border(para) -> None:
    for run in para.runs:
        bdr = run._r.find(f"{qn('w:rPr')}/{qn('w:bdr')}")
        if bdr is not None:
            bdr.getparent().remove(bdr)


def unboxed(para):
    """Take the mark out of the template's box (a one-cell table in the header cell): the
    paragraph stands where the table stood, unbordered, ready to be boxed another way."""
    table = para._p.getparent().getparent().getparent()
    table.addprevious(para._p)
    table.getparent().remove(table)
    return para


def after_unboxing(change):
    def both(para):
        return change(unboxed(para))
    return both


def box_cell_width(width_mm: int):
    """A change giving the template's box (a bordered one-cell table) another width."""
    def change(para):
        table = para._p.getparent().getparent().getparent()
        for el in table.iter(qn("w:gridCol"), qn("w:tcW"), qn("w:tblW")):
            el.set(qn("w:w"), str(round(width_mm * TWIPS_PER_MM)))
    return change


def in_text_box(width_mm: int):
    def change(para):
        inner = ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="26"/>'
                 "</w:rPr><w:t>KHẨN</w:t></w:r></w:p>")
        for run in para.runs:
            run._r.getparent().remove(run._r)
        para._p.append(parse_xml(_anchor(41, 25, width_mm, 8, inner, line=False)))
    return change


def paragraph_box(para) -> None:
    """KHẨN in a four-sided paragraph border: 17 mm of text area plus the borders' spacing."""
    no_run_border(para)
    sides = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="4"/>'
                    for s in ("top", "left", "bottom", "right"))
    para._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr xmlns:w="{W}">{sides}</w:pBdr>'))
    para.paragraph_format.left_indent = para.paragraph_format.right_indent = Mm(26.5)


def rectangle_in_cell(width_mm: int):
    """A change drawing the box as a rectangle anchored at the number, in the mark's cell."""
    def change(para):
        no_run_border(para)
        number = find(para.part.document, r"^Số:")
        number._p.append(parse_xml(_anchor(43, 20, width_mm, 8, "", line=False)))
    return change


BOX_CASES = [
    ("template-box-20x8", lambda para: None, [], None),
    ("template-box-25x8", box_cell_width(25), ["do_khan.box"], "a box of 25 × 8 mm (table cell)"),
    ("not-boxed", after_unboxing(no_run_border), ["do_khan.box"], "not boxed"),
    ("text-box-20x8", after_unboxing(in_text_box(20)), [], None),
    ("text-box-30x8", after_unboxing(in_text_box(30)), ["do_khan.box"],
     "a box of 30 × 8 mm (text box)"),
    ("paragraph-border-box", after_unboxing(paragraph_box), [], None),
    ("rectangle-in-the-cell-20x8", after_unboxing(rectangle_in_cell(20)), [], None),
    ("rectangle-in-the-cell-25x8", after_unboxing(rectangle_in_cell(25)), ["do_khan.box"],
     "a box of 25 × 8 mm (rectangle)"),
]


@pytest.mark.parametrize(("change", "rules_found", "found"), [c[1:] for c in BOX_CASES],
                         ids=[c[0] for c in BOX_CASES])
def test_urgency_box_planted_in_a_rendered_letter(rendered, tmp_path, change, rules_found, found):
    path = plant(rendered["to-trinh.khan-mat.kinh-gui"], tmp_path,
                 lambda d: change(find(d, r"^KHẨN$")))
    findings = check_file(path)
    assert [f.rule for f in findings] == rules_found
    if found:
        assert findings[0].found == found


@pytest.mark.parametrize(("boxed", "rules_found"), [(True, []), (False, ["pham_vi.box"])],
                         ids=["boxed", "not-boxed"])
def test_circulation_note_is_boxed(rendered, tmp_path, boxed, rules_found):
    def add_note(document):
        khan = unboxed(find(document, r"^KHẨN$"))
        note = docx.Document().add_paragraph()  # a detached paragraph to copy into the cell
        khan._p.addnext(note._p)
        run = note.add_run("XEM XONG TRẢ LẠI")
        run.font.size, run.font.bold = Pt(13), True
        if boxed:
            run._r.get_or_add_rPr().append(parse_xml(
                f'<w:bdr xmlns:w="{W}" w:val="single" w:sz="8" w:space="2"/>'))
        paragraph_box(khan)

    assert [f.rule for f in check_file(plant(rendered["to-trinh.khan-mat.kinh-gui"], tmp_path,
                                             add_note))] == rules_found


def test_trich_yeu_rule_is_measured_against_its_line(rendered, tmp_path):
    """1/3–1/2 of the longest line: the template draws 40 % of it; a fixed 25 mm rule under a
    trích yếu whose longest line is 99 mm is too short."""
    built = build_letter(tmp_path / "hd.docx", "hd")  # a 35 mm line under 105 mm of text
    assert check_file(built) == []
    assert check_file(rendered["huong-dan.so"]) == []
    path = plant(rendered["huong-dan.so"], tmp_path,
                 lambda d: off_centre(9354, 25, 0)(rule_after(d, r"^giai đoạn")))
    (finding,) = check_file(path)
    assert (finding.rule, finding.found) == (
        "trich_yeu.rule_length", "a rule of 25 mm (paragraph border) under a line of 98.6 mm")


def _png() -> bytes:
    """A one-pixel PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data)))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
            chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


def test_python_docx_document_with_unrelated_shapes_invents_no_rule(tmp_path):
    """A python-docx default document: a tiêu ngữ with no rule, a vertical line and a text box
    near it, a picture below; the rule is reported missing, nothing is measured from them."""
    document = docx.Document()
    document.add_paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    document.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    shapes = document.add_paragraph()
    shapes._p.append(parse_xml(
        f'<w:r xmlns:w="{W}"><w:pict><v:line xmlns:v="urn:schemas-microsoft-com:vml" '
        'from="0,0" to="0,80pt"/></w:pict></w:r>'))
    shapes._p.append(parse_xml(_anchor(42, 0, 60, 30, "<w:p><w:r><w:t>Ghi chú</w:t></w:r></w:p>",
                                       line=False)))
    png = tmp_path / "dot.png"
    png.write_bytes(_png())
    document.add_picture(str(png), width=Mm(150))
    path = tmp_path / "plain.docx"
    document.save(str(path))
    found = {f.rule for f in check_file(path)} & MEASURED
    assert found == {"tieu_ngu.rule"}


FODT = Path(__file__).parent / "data" / "check" / "shapes.fodt"


@pytest.fixture(scope="module")
def libreoffice_letter(tmp_path_factory):
    """A letter LibreOffice wrote: rules as draw:line shapes, KHẨN in a 20 × 8 mm frame, and
    near the body a rectangle, a vertical and a slanting line that are no rules."""
    folder = tmp_path_factory.mktemp("lo")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless",
                    "--convert-to", "docx", "--outdir", str(folder), str(FODT)],
                   check=True, capture_output=True, timeout=180)
    return folder / "shapes.docx"


def test_libreoffice_shapes_are_measured_and_unrelated_ones_ignored(libreoffice_letter):
    findings = check_file(libreoffice_letter)
    assert {f.rule for f in findings} & MEASURED == set()
    assert "ten_loai.missing" in {f.rule for f in findings}  # it was checked, not skipped


@pytest.mark.parametrize(("value", "twips"), [("100pt", 2000), ("1in", 1440), ("10mm", 567),
                                              ("96", 1440), ("bad", 0)])
def test_vml_lengths(value, twips):
    assert round(vml_length(value)) == twips
    assert mm(twips) == round(twips / TWIPS_PER_MM, 1)


def _odd_shapes(document) -> None:
    """Widths the file does not give, and shapes with junk sizes, near the tiêu ngữ."""
    rule = rule_after(document, r"^Độc lập")
    cell = next(rule._p.iterancestors(qn("w:tc")))
    cell.find(qn("w:tcPr")).remove(cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}"))
    grid = next(cell.iterancestors(qn("w:tbl"))).find(qn("w:tblGrid"))
    grid.getparent().remove(grid)
    rule._p.append(parse_xml(
        f'<w:r xmlns:w="{W}"><w:pict><v:line xmlns:v="urn:schemas-microsoft-com:vml" '
        'from="abc" to=""/><v:rect xmlns:v="urn:schemas-microsoft-com:vml" '
        'style="width:auto;height:x"/></w:pict></w:r>'))
    rule._p.append(parse_xml(
        f'<w:r xmlns:w="{W}" xmlns:wp="{WP}"><w:drawing><wp:anchor/><wp:inline>'
        '<wp:extent cx="x" cy=""/></wp:inline></w:drawing></w:r>'))


def test_odd_sizes_and_shapes_are_not_judged_and_do_not_crash(rendered, tmp_path):
    path = plant(rendered["huong-dan.so"], tmp_path, _odd_shapes)
    assert check_file(path) == []


def test_the_rule_helpers_use_every_argument_they_take():
    """A helper's argument that nothing reads says a value matters when it does not."""
    import ast
    import inspect

    from ntm_docgen.check import rulers, rulers_found

    unused = []
    for module in (rulers, rulers_found):
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if isinstance(node, ast.FunctionDef) and node.name.startswith("_"):
                read = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
                unused += [f"{node.name}({a.arg})" for a in node.args.args if a.arg not in read]
    assert unused == []
