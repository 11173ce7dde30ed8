"""Letters built in code for the check tests: one that follows the decree, and planted defects."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.text.paragraph import Paragraph

FONT = "Times New Roman"


def _fonts(rpr, name: str = FONT) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), name)


#: The rules as the decree measures them (Mục II, khoản 1 b, 2 b, 5 b): under the tiêu ngữ
#: (56 mm at 13 pt bold) as long as the text; under "SỞ NỘI VỤ" (24 mm) 1/3 to 1/2 of it; the
#: header cells of python-docx's default two-column table are 78.7 mm wide inside.
TIEU_NGU_MM, ISSUER_RULE_MM = 56, 10
#: The header's columns, about 40/60 as nd30-layout.md has them (the Quốc hiệu, 88.3 mm in
#: 12 pt bold, printed on two lines in the equal columns of 78.7 mm these letters had), and
#: the text width inside each (python-docx's cells keep 1.9 mm on each side).
LEFT_MM, RIGHT_MM = 70, 95
LEFT_TEXT_MM, RIGHT_TEXT_MM = LEFT_MM - 3.8, RIGHT_MM - 3.8


def _border(paragraph, side: str, length_mm: float | None = None,
            cell_mm: float = RIGHT_TEXT_MM) -> None:
    """A border on one side of ``paragraph``; with ``length_mm``, indents make it that long
    in a cell whose text is ``cell_mm`` wide."""
    if length_mm is not None:
        indent = Mm((cell_mm - length_mm) / 2)
        paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = indent
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    edge = OxmlElement(f"w:{side}")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"),
                       ("w:color", "000000")):
        edge.set(qn(key), value)
    bdr.append(edge)
    ppr.append(bdr)


def _vml_line(paragraph) -> None:
    """A short rule drawn as a VML line shape anchored in ``paragraph``."""
    run = paragraph.add_run()
    run._r.append(parse_xml(
        '<w:pict xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><v:line from="160pt,2pt" to="260pt,2pt" '
        'strokeweight=".5pt"/></w:pict>'))


def _no_borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    tblpr.append(borders)


def _para(container, text: str, size: float, bold: bool = False, italic: bool = False,
          align=WD_ALIGN_PARAGRAPH.CENTER, first=None, first_para=False):
    p = container.paragraphs[0] if first_para else container.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    if first is not None:
        p.paragraph_format.first_line_indent = first
    if text:
        run = p.add_run(text)
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.italic = italic
    return p


def _page_numbers(document) -> None:
    section = document.sections[0]
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    run.font.size = Pt(14)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, None),
                       ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = "2"
        run._r.append(el)


def edit(src: Path, out: Path, *changes) -> Path:
    """``src`` with each of ``changes`` (a function of the python-docx document) applied, saved
    as ``out``."""
    document = docx.Document(str(src))
    for change in changes:
        change(document)
    document.save(str(out))
    return out


def build_letter(path: Path, kind: str = "hd") -> Path:
    """Write a letter that follows nd30-layout.md: ``hd`` (Hướng dẫn) or ``cv`` (công văn)
    in borderless tables, or ``textbox``: the Hướng dẫn with its header in text boxes and its
    signature in plain paragraphs."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    styles = document.styles.element
    _fonts(styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")))
    for style in styles.iterfind(qn("w:style")):
        rpr = style.find(qn("w:rPr"))
        if rpr is not None and rpr.find(qn("w:rFonts")) is not None:
            _fonts(rpr)
    normal = document.styles["Normal"]
    normal.font.size = Pt(14)
    normal.font.name = FONT

    head = document.add_table(rows=1, cols=2)
    _no_borders(head)
    head.autofit = False
    for column, width in zip(head.columns, (LEFT_MM, RIGHT_MM), strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)
    left, right = head.rows[0].cells
    _para(left, "UBND TỈNH LẠNG SƠN", 13, first_para=True)
    _para(left, "SỞ NỘI VỤ", 13, bold=True)
    _border(_para(left, "", 13), "top", ISSUER_RULE_MM, LEFT_TEXT_MM)
    if kind == "cv":
        _para(left, "Số: 106/SNV-TĐKT", 13)
        _para(left, "V/v sơ kết phong trào thi đua", 12)
    else:
        _para(left, "Số: 106/HD-SNV", 13)
    _para(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold=True, first_para=True)
    _border(_para(right, "Độc lập - Tự do - Hạnh phúc", 13, bold=True), "bottom", TIEU_NGU_MM)
    _para(right, "", 13)
    _para(right, "Lạng Sơn, ngày 05 tháng 01 năm 2020", 14, italic=True)

    body = {"align": WD_ALIGN_PARAGRAPH.JUSTIFY, "first": Cm(1.27)}
    if kind == "cv":
        _para(document, "Kính gửi:", 14)
        _para(document, "- Các sở, ban, ngành tỉnh;", 14)
        _para(document, "- UBND các xã, phường.", 14)
    else:
        _para(document, "HƯỚNG DẪN", 14, bold=True)
        _para(document, "Tổng kết phong trào thi đua giai đoạn 2011 - 2020", 14, bold=True)
        _vml_line(_para(document, "", 14))
        for text in ("Căn cứ Hướng dẫn số 748/HD-BTĐKT ngày 24/4/2019 của Ban;",
                     "Căn cứ Kế hoạch số 44/KH-BCĐ ngày 11/4/2019 của Ban Chỉ đạo,"):
            _para(document, text, 14, **body).paragraph_format.space_after = Pt(6)
    texts = ["Sở Nội vụ hướng dẫn tổng kết phong trào thi đua như sau:",
             "I. MỤC ĐÍCH, YÊU CẦU",
             "Đánh giá, tổng kết quá trình tổ chức triển khai thực hiện phong trào.",
             "Việc tổng kết cần đảm bảo thiết thực, hiệu quả./."]
    for text in texts:
        p = _para(document, text, 14, bold=text.startswith("I."), **body)
        p.paragraph_format.space_after = Pt(6)
    document.paragraphs[-2].runs[0].add_break(docx.enum.text.WD_BREAK.PAGE)

    sign = document.add_table(rows=1, cols=2)
    _no_borders(sign)
    left, right = sign.rows[0].cells
    _para(left, "Nơi nhận:", 12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT,
          first_para=True)
    items = ["- Ban TĐKT Trung ương;", "- UBND tỉnh (b/c);", "- Lưu: VT, TĐKT."]
    if kind == "cv":
        items.insert(0, "- Như trên;")
    for item in items:
        _para(left, item, 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    _para(right, "KT. GIÁM ĐỐC", 14, bold=True, first_para=True)
    _para(right, "PHÓ GIÁM ĐỐC", 14, bold=True)
    for _ in range(3):
        _para(right, "", 14)
    _para(right, "Hoàng Thị Hiền", 14, bold=True)
    _page_numbers(document)
    if kind == "textbox":
        _header_in_text_boxes(document, head)
        _signature_in_paragraphs(document, sign)
    document.save(str(path))
    return path


_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')


def _anchor(n: int, x_mm: int, width_mm: int, height_mm: int, inner: str, line: bool) -> str:
    """A Word 2010 shape (text box or line) with its VML fallback, as one run."""
    emu = 36000
    geom = "line" if line else "rect"
    kind = "<wps:cNvCnPr/>" if line else '<wps:cNvSpPr txBox="1"/>'
    body = "" if line else f"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
    fallback = ('<v:line from="0,0" to="100pt,0"/>' if line else
                f'<v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape>')
    return (
        f'<w:r {_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{n}" '
        f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{x_mm * emu}</wp:posOffset>'
        f'</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
        f'</wp:positionV><wp:extent cx="{width_mm * emu}" cy="{height_mm * emu}"/>'
        f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{n}" name="Shape {n}"/><wp:cNvGraphicFramePr/><a:graphic>'
        f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp>{kind}<wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{width_mm * emu}" cy="{height_mm * emu}"/></a:xfrm>'
        f'<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom></wps:spPr>{body}<wps:bodyPr/>'
        f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict>{fallback}</w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def _header_in_text_boxes(document, table) -> None:
    """Move the header table's two cells into text boxes; rules become line shapes."""
    from lxml import etree

    anchor = OxmlElement("w:p")
    table._tbl.addprevious(anchor)
    for n, (cell, x, width) in enumerate(zip(table.rows[0].cells, (0, 70), (70, 95),
                                             strict=True), start=1):
        for para in cell.paragraphs:
            bdr = para._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}")
            if bdr is not None:
                bdr.getparent().remove(bdr)
                length = TIEU_NGU_MM if para.text else ISSUER_RULE_MM
                line = _anchor(10 + n, 20, length, 0, "", line=True)
                para._p.append(parse_xml(line))
        inner = "".join(etree.tostring(p._p, encoding="unicode") for p in cell.paragraphs)
        anchor.append(parse_xml(_anchor(n, x, width, 30, inner, line=False)))
    table._tbl.getparent().remove(table._tbl)


def _signature_in_paragraphs(document, table) -> None:
    """Lay the signature and Nơi nhận out as plain paragraphs instead of a table."""
    left, right = table.rows[0].cells
    for para in [*right.paragraphs, *left.paragraphs]:
        table._tbl.addprevious(para._p)
    table._tbl.getparent().remove(table._tbl)


# Planted defects: (id, change to the document, the rule that must catch it). Each change finds
# its element by text, so it works on letters built here and on letters the templates render.

def paragraphs(document):
    """Every paragraph of the body, inside tables too."""
    return [Paragraph(p, document._body) for p in document.element.body.iter(qn("w:p"))]


def find(document, pattern: str):
    return next(p for p in paragraphs(document) if re.search(pattern, p.text))


def added_after(document, above, texts: list[str]) -> list:
    """Paragraphs made as copies of ``above``, each holding one of ``texts`` in its first run,
    put after it in that order; returned in that order."""
    made = []
    for text in reversed(texts):
        para = copy.deepcopy(above._p)
        above._p.addnext(para)
        new = next(p for p in document.paragraphs if p._p is para)
        new.runs[0].text = text
        for run in new.runs[1:]:
            run.text = ""
        made.append(new)
    return made[::-1]


def retext(paragraph, pattern: str, repl: str) -> None:
    runs = [r for r in paragraph.runs if r.text]
    text = re.sub(pattern, repl, "".join(r.text for r in runs), count=1)
    runs[0].text = text
    for run in runs[1:]:
        run.text = ""


def _january(document) -> None:
    """The date line's month made "tháng 1" in the year after: still after every document the
    letter cites (a January of the same year may come before them, which check tells)."""
    line = find(document, r", ngày")
    year = int(re.search(r"năm (\d+)", line.text).group(1))
    retext(line, r"tháng \d+ năm \d+", f"tháng 1 năm {year + 1}")


def set_runs(paragraph, **font) -> None:
    for run in paragraph.runs:
        for name, value in font.items():
            setattr(run.font, name, value)


def _drop_luu(document) -> None:
    para = find(document, r"^- Lưu")
    para._p.getparent().remove(para._p)


def issuer_lines(document):
    """The capitals lines above the number, Quốc hiệu aside: parent body first, issuer last."""
    paras = paragraphs(document)
    so = next(i for i, p in enumerate(paras) if p.text.startswith("Số:"))
    return [p for p in paras[:so] if p.text.strip() and p.text.isupper()
            and not p.text.startswith("CỘNG HÒA")]


def signer(document):
    """The signer's name: the last line of the cell beside Nơi nhận, or the line above it."""
    table = next((t for t in document.tables if "Nơi nhận" in t.cell(0, 0).text), None)
    if table is not None:
        return [p for p in table.cell(0, 1).paragraphs if p.text.strip()][-1]
    paras = paragraphs(document)
    label = next(i for i, p in enumerate(paras) if p.text.startswith("Nơi nhận"))
    return [p for p in paras[:label] if p.text.strip()][-1]


def _parent_bold(document) -> None:
    set_runs(issuer_lines(document)[0], bold=True)


def _arial(document) -> None:
    body = [p for p in paragraphs(document) if p.text.endswith("./.")][-1]
    for run in body.runs:
        run.font.name = "Arial"


def _us_letter(document) -> None:
    document.sections[0].page_width, document.sections[0].page_height = Mm(216), Mm(279)


DEFECTS = [
    ("margin-left-25mm", lambda d: setattr(d.sections[0], "left_margin", Mm(25)), "page.margin"),
    ("margin-top-30mm", lambda d: setattr(d.sections[0], "top_margin", Mm(30)), "page.margin"),
    ("paper-us-letter", _us_letter, "page.paper"),
    ("font-arial", _arial, "font.name"),
    ("issuer-not-bold", lambda d: set_runs(issuer_lines(d)[-1], bold=False), "co_quan.bold"),
    ("parent-bold", _parent_bold, "chu_quan.bold"),
    ("date-not-italic", lambda d: set_runs(find(d, r", ngày"), italic=False), "ngay.italic"),
    ("date-month-06", lambda d: retext(find(d, r", ngày"), r"tháng \d+", "tháng 06"),
     "ngay.month"),
    ("date-month-1", _january, "ngay.month"),
    ("date-day-5", lambda d: retext(find(d, r", ngày"), r"ngày \d+", "ngày 5"), "ngay.day"),
    ("noi-nhan-13pt", lambda d: set_runs(find(d, r"^Nơi nhận"), size=Pt(13)), "noi_nhan.size"),
    ("noi-nhan-not-italic", lambda d: set_runs(find(d, r"^Nơi nhận"), italic=False),
     "noi_nhan.italic"),
    ("noi-nhan-item-12pt", lambda d: set_runs(find(d, r"^- Lưu"), size=Pt(12)),
     "noi_nhan_item.size"),
    ("no-luu-line", _drop_luu, "noi_nhan_item.luu"),
    ("so-unpadded", lambda d: retext(find(d, r"^Số:"), r"Số:\s*\d+", "Số: 5"), "so.padding"),
    ("so-tt01-code", lambda d: retext(find(d, r"^Số:"), r"/[^-]+-", "/GT-"), "so.ma_cu"),
    # 11 pt, not 14: at 14 pt (103 mm) the Quốc hiệu also prints on two lines in its column
    ("quoc-hieu-11pt", lambda d: set_runs(find(d, r"^CỘNG HÒA"), size=Pt(11)), "quoc_hieu.size"),
    ("tieu-ngu-lower", lambda d: retext(find(d, r"^Độc lập"), r"Tự do", "tự do"),
     "tieu_ngu.text"),
    ("body-12pt", lambda d: set_runs(find(d, r"\./\.$"), size=Pt(12)), "body.size"),
    ("signer-not-bold", lambda d: set_runs(signer(d), bold=False), "ho_ten.bold"),
    ("page-number-on-page-1",
     lambda d: setattr(d.sections[0], "different_first_page_header_footer", False),
     "so_trang.first"),
]


def unexcused(findings) -> list[str]:
    """The findings as text (no finding of our own templates is excused)."""
    return [str(f) for f in findings]
