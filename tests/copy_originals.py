"""Originals the project did not write, for the copy tests: python-docx, LibreOffice and Word
(python-docx's default template is Word-made) made, with what Word writes added by lxml."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree
from PIL import Image

SAO_Y_SPEC = """\
hinh_thuc: {hinh_thuc}
co_quan: {{chu_quan: UBND TỈNH BẮC GIANG, ten: VĂN PHÒNG, viet_tat: VP}}
so: 366
dia_danh: Bắc Giang
ngay: 2018-08-09
ky: {{quyen_han: [KT. CHÁNH VĂN PHÒNG], chuc_vu: PHÓ CHÁNH VĂN PHÒNG, ho_ten: Nguyễn Đức Đăng}}
noi_nhan: ["CT, các PCT UBND tỉnh", Sở Nội vụ, "UBND các huyện, TP"]
luu: NC
"""


def write_spec(folder: Path, hinh_thuc: str = "SAO Y") -> Path:
    path = folder / f"copy-{hinh_thuc.replace(' ', '-').lower()}.yaml"
    path.write_text(SAO_Y_SPEC.format(hinh_thuc=hinh_thuc), encoding="utf-8")
    return path


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


#: A header typed without a table, as many commune letters are: the issuer's line and the
#: Quốc hiệu's on one paragraph, parted by a tab at a centred tab stop.
TYPED_HEADER = [("UBND TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                ("ỦY BAN NHÂN DÂN", "Độc lập - Tự do - Hạnh phúc"),
                ("XÃ TÂN THÀNH", "_______________________"),
                ("Số: 15/UBND-VP", "Tân Thành, ngày 03 tháng 12 năm 2026")]


def typed_header(document: Any, lines: list[tuple[str, str]] = TYPED_HEADER) -> None:
    """Paragraphs "left<TAB>right" with a centred tab stop at 11.5 cm, no table."""
    for left, right in lines:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(11.5), WD_TAB_ALIGNMENT.CENTER)
        paragraph.add_run(left).bold = not left.startswith("Số")
        paragraph.add_run("\t")
        paragraph.add_run(right)


def python_docx_original(path: Path, header: bool = False) -> Path:
    """Own styles (Normal 12 pt Arial, justified, indented, 10 pt after, bold), numbering,
    a table, an image, a header and two sections (the second landscape); with ``header``, the
    letter's header typed above its title (:func:`typed_header`)."""
    document = docx.Document()
    if header:
        typed_header(document)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size, normal.font.bold = "Arial", Pt(12), True
    normal.paragraph_format.first_line_indent = Cm(2)
    normal.paragraph_format.space_after = Pt(10)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    own = document.styles.add_style("Chu noi dung", WD_STYLE_TYPE.PARAGRAPH)
    own.font.size, own.font.italic = Pt(13), True
    own.font.color.rgb = RGBColor(0x20, 0x40, 0x80)
    document.sections[0].header.paragraphs[0].text = "Tiêu đề trang: HƯỚNG DẪN 1741"
    document.add_heading("HƯỚNG DẪN SƠ KẾT PHONG TRÀO", level=1)
    document.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU", style="Chu noi dung")
    document.add_paragraph("Đánh giá quá trình tổ chức triển khai", style="List Number")
    document.add_paragraph("Biểu dương, tôn vinh, khen thưởng", style="List Number")
    mixed = document.add_paragraph("Chữ thường, ")
    mixed.add_run("chữ đậm").bold = True
    mixed.add_run(" và ")
    italic = mixed.add_run("chữ nghiêng 15 pt")
    italic.italic, italic.font.size = True, Pt(15)
    table = document.add_table(rows=2, cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"Ô {r + 1}.{c + 1}"
    document.add_picture(io.BytesIO(_png()), width=Cm(3))
    document.add_paragraph("II. NỘI DUNG", style="Chu noi dung")
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    document.add_paragraph("Phần hai, trang ngang: bảng tổng hợp <&> {{ x }}.")
    document.add_paragraph("III. TỔ CHỨC THỰC HIỆN", style="Chu noi dung")
    document.add_paragraph("Các tỉnh tổ chức sơ kết./.")
    document.save(path)
    return path


def long_original(path: Path, paragraphs: int = 47) -> Path:
    """Many 13 pt paragraphs, sized so that the last page is full to its bottom margin."""
    document = docx.Document()
    section = document.sections[0]
    section.top_margin = section.bottom_margin = Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Liberation Serif", Pt(13)
    for index in range(1, paragraphs + 1):
        document.add_paragraph(f"{index}. Nội dung đoạn thứ {index}: các xã tiếp tục nâng cao "
                               "chất lượng các tiêu chí nông thôn mới sau khi đạt chuẩn, "
                               "huy động nguồn lực và phát huy vai trò chủ thể của người dân.")
    document.save(path)
    return path


def libreoffice_original(folder: Path, soffice: str = "soffice") -> Path:
    """A DOCX written by LibreOffice from an HTML page (its own styles, a list and a table)."""
    source = folder / "lo-original.html"
    source.write_text(
        "<html><body><h1>KẾ HOẠCH TỔNG KẾT</h1><p>Căn cứ Hướng dẫn số 1741/HD-BTĐKT.</p>"
        "<h2>I. MỤC ĐÍCH</h2><ol><li>Đánh giá kết quả</li><li>Khen thưởng</li></ol>"
        "<p><b>Đậm</b> và <i>nghiêng</i>.</p><table border='1'><tr><td>Xã</td><td>Tiêu chí</td>"
        "</tr><tr><td>Tân Thành</td><td>19/19</td></tr></table>"
        "<h2>II. TỔ CHỨC THỰC HIỆN</h2><p>Các xã báo cáo trước ngày 30/9./.</p></body></html>",
        encoding="utf-8")
    profile = (folder / "lo-profile").resolve().as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=180)
    return folder / "lo-original.docx"


WORD_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_FOOTNOTES = (f'<w:footnotes xmlns:w="{_W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
              '<w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" '
              'w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
              '<w:footnote w:id="1"><w:p><w:r><w:t>Chú thích một.</w:t></w:r></w:p></w:footnote>'
              '</w:footnotes>')


def _rewrite(path: Path, main: bytes, parts: dict[str, bytes] | None = None,
             rels: str = "", types: str = "", settings: str = "") -> None:
    """Write ``path`` again with a new main part, extra parts, relationships, content types
    and settings children, as Word would have saved them (its XML declaration, CRLF)."""
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/document.xml"] = main
    members.update(parts or {})
    for name, addition, close in (("word/_rels/document.xml.rels", rels, b"</Relationships>"),
                                  ("[Content_Types].xml", types, b"</Types>"),
                                  ("word/settings.xml", settings, b"</w:settings>")):
        members[name] = members[name].replace(close, addition.encode() + close)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _main_xml(document: docx.document.Document) -> bytes:
    return WORD_DECLARATION + etree.tostring(document.element)


def word_original(path: Path) -> Path:
    """Word's own template (python-docx ships it) with what Word writes: its XML declaration,
    a character reference, a footnotes part, an altChunk, compatibility mode 11 (Word 2003)
    and the body ending in a table inside a content control (w:sdt)."""
    document = docx.Document()
    note = document.add_paragraph("Căn cứ Hướng dẫn số 1741/HD-BTĐKT")
    note.add_run()._r.append(etree.fromstring(f'<w:footnoteReference xmlns:w="{_W}" w:id="1"/>'))
    document.add_paragraph("Mã: A")._p.append(etree.fromstring(
        f'<w:r xmlns:w="{_W}"><w:t>BCD</w:t></w:r>'))
    body = document.element.body
    body.find(qn("w:sectPr")).addprevious(etree.fromstring(
        f'<w:altChunk xmlns:w="{_W}" xmlns:r="{_R}" r:id="rIdChunk1"/>'))
    table = document.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text, table.cell(1, 1).text = "Xã", "19/19"
    sdt = etree.fromstring(f'<w:sdt xmlns:w="{_W}"><w:sdtPr><w:alias w:val="Bảng"/></w:sdtPr>'
                           '<w:sdtContent/></w:sdt>')
    table._tbl.addprevious(sdt)
    sdt[1].append(table._tbl)
    document.save(path)
    _rewrite(path, _main_xml(document).replace(b">BCD<", b">B&#x43;D<"),
             {"word/footnotes.xml": WORD_DECLARATION + _FOOTNOTES.encode(),
              "word/chunk1.htm": "<html><body><p>Đoạn nhúng (altChunk).</p></body></html>"
              .encode()},
             rels='<Relationship Id="rIdFoot1" Type="http://schemas.openxmlformats.org/'
                  'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                  '<Relationship Id="rIdChunk1" Type="http://schemas.openxmlformats.org/'
                  'officeDocument/2006/relationships/aFChunk" Target="chunk1.htm"/>',
             types='<Override PartName="/word/footnotes.xml" ContentType="application/vnd.'
                   'openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                   '<Default Extension="htm" ContentType="application/xhtml+xml"/>',
             settings='<w:compat><w:compatSetting w:name="compatibilityMode" '
                      'w:uri="http://schemas.microsoft.com/office/word" w:val="11"/></w:compat>')
    return path


def ends_in_section_break(path: Path, comment: bool = False) -> Path:
    """A landscape section of content closed by a section break, then an empty portrait last
    section (Word's "Insert > Break > Next page" at the end); ``comment``: an XML comment after
    the final section properties, as hand-edited files carry."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    document.add_paragraph("Bảng tổng hợp, trang ngang.")
    document.add_paragraph("Các xã báo cáo trước ngày 30/9./.")
    last = document.add_section(WD_SECTION.NEW_PAGE)
    last.orientation = WD_ORIENT.PORTRAIT
    last.page_width, last.page_height = last.page_height, last.page_width
    if comment:
        document.element.body.append(etree.Comment(" sửa tay "))
    document.save(path)
    _rewrite(path, _main_xml(document))
    return path


def strict_original(path: Path) -> Path:
    """A document saved as Strict Open XML (its own namespaces)."""
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    document = docx.Document()
    document.add_paragraph("Strict")
    document.save(path)
    _rewrite(path, _main_xml(document).replace(_W.encode(), strict.encode()))
    return path


def last_paragraph_section(path: Path) -> Path:
    """No body-level section properties: the last paragraph holds them (a header and footer,
    A5 paper), as some writers leave a document."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(14.8), Cm(21)
    section.left_margin = section.right_margin = Cm(1.5)
    section.header.paragraphs[0].text = "Đầu trang A5"
    section.footer.paragraphs[0].text = "Chân trang A5"
    document.add_paragraph("Thông báo kết quả thẩm định.")
    last = document.add_paragraph("Các xã hoàn thành trước ngày 30/9./.")
    sect = document.element.body.find(qn("w:sectPr"))
    last._p.get_or_add_pPr().append(sect)
    document.save(path)
    _rewrite(path, _main_xml(document))
    return path


def columns_original(path: Path) -> Path:
    """A last section set in two columns (a bulletin), with a header."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Bản tin nông thôn mới"
    for index in range(1, 7):
        document.add_paragraph(f"Tin {index}: xã Tân Thành hoàn thành tiêu chí số {index}.")
    cols = document.element.body.find(qn("w:sectPr")).find(qn("w:cols"))
    cols.set(qn("w:num"), "2")
    document.save(path)
    _rewrite(path, _main_xml(document))
    return path


def page_fonts(page) -> list:  # type: ignore[no-untyped-def]
    """Every font a page paints with: its own resources' and those of the forms it paints
    (a copy block is painted as a form)."""
    found, seen = [], set()

    def walk(resources) -> None:  # type: ignore[no-untyped-def]
        resources = resources.get_object() if resources is not None else {}
        fonts, forms = (resources.get(k) for k in ("/Font", "/XObject"))
        found.extend(f.get_object() for f in (fonts.get_object() if fonts else {}).values())
        for item in (forms.get_object() if forms else {}).values():
            form = item.get_object()
            if form.get("/Subtype") == "/Form" and id(form) not in seen:
                seen.add(id(form))
                walk(form.get("/Resources"))

    walk(page.get("/Resources"))
    return found


def signed_pdf(stamp: tuple[int, int, int, int] = (100, 700, 220, 730)) -> bytes:
    """A blank page with a signature field whose appearance is a black box at ``stamp``
    (left, bottom, right, top in points): as the signing software of a province stamps a
    letter's number and date on it."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        TextStringObject,
    )

    sheet = io.BytesIO()
    Image.new("RGB", (595, 842), "white").save(sheet, format="PDF", resolution=72)
    writer = PdfWriter(clone_from=PdfReader(sheet))
    left, bottom, right, top = stamp
    look = DecodedStreamObject()
    look.set_data(f"0 g 0 0 {right - left} {top - bottom} re f".encode())
    look.update({NameObject("/Type"): NameObject("/XObject"),
                 NameObject("/Subtype"): NameObject("/Form"),
                 NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0),
                                                   FloatObject(right - left),
                                                   FloatObject(top - bottom)])})
    field = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/FT"): NameObject("/Sig"), NameObject("/T"): TextStringObject("Signature1"),
        NameObject("/F"): FloatObject(4),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in stamp]),
        NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(look)})})
    ref = writer._add_object(field)
    writer.pages[0][NameObject("/Annots")] = ArrayObject([ref])
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([ref]), NameObject("/SigFlags"): FloatObject(3)})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

