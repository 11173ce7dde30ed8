"""Originals the project did not write, for the copy tests: python-docx and LibreOffice made."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from PIL import Image

SAO_Y_SPEC = """\
hinh_thuc: {hinh_thuc}
co_quan: {{chu_quan: UBND TỈNH BẮC GIANG, ten: VĂN PHÒNG, viet_tat: VP}}
so: 366
dia_danh: Bắc Giang
ngay: 2018-08-09
ky: {{quyen_han: [KT. CHÁNH VĂN PHÒNG], chuc_vu: PHÓ CHÁNH VĂN PHÒNG, ho_ten: Nguyễn Đức Đăng}}
noi_nhan: [CT, các PCT UBND tỉnh, Sở Nội vụ, UBND các huyện, TP]
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


def python_docx_original(path: Path) -> Path:
    """Own styles (Normal 12 pt Arial, justified, indented, 10 pt after, bold), numbering,
    a table, an image, a header and two sections (the second landscape)."""
    document = docx.Document()
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
