"""Build templates/*.docx: the Nghị định 30 layout of each family, as docxtpl templates.

Run ``python tools/make_templates.py`` after changing this file; the .docx files it writes are
committed, and clerks may edit them further in Word (keep the {{ }} and {%p %} tags).
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt
from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from ntm_docgen.files.ooxml import FONT, LANG, W_NS, mm, paragraph, ppr, rpr, rule_paragraph, run  # noqa: E402
from ntm_docgen.letter import layout_rules as L  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "templates"
NS = f'xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def p(text: str, size: float, *, bold=False, italic=False, align="center", before=0.0,
      after=0.0, style=None, left=None, right=None, boxed=False) -> str:
    props = rpr(size, bold=bold, italic=italic, boxed=boxed)
    pp = ppr(align=align, before=before, after=after, style=style, left=left, right=right)
    return paragraph(run(text, props), pp.replace("</w:pPr>", props + "</w:pPr>"))


def tag(text: str) -> str:
    """A paragraph holding only a docxtpl paragraph tag ({%p ... %})."""
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def cell(width: int | str, content: str, valign: str = "top") -> str:
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="{valign}"/>'
            f"</w:tcPr>{content}</w:tc>")


def table(widths: tuple[int | str, ...], rows: list[list[str]], indent: int = 0,
          total: int | str | None = None, cant_split: str = "1") -> str:
    """A borderless layout table with fixed columns (widths and ``cant_split`` may be template
    tags)."""
    none = "".join(f'<w:{side} w:val="nil"/>' for side in
                   ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    # a row never splits across pages, unless the context says it must (a very long Nơi nhận)
    row_start = f'<w:tr><w:trPr><w:cantSplit w:val="{cant_split}"/></w:trPr>'
    body = "".join(row_start + "".join(cell(w, c) for w, c in zip(widths, row, strict=True))
                   + "</w:tr>" for row in rows)
    if total is None:
        total = sum(int(w) for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{total}" w:type="dxa"/>'
            f'<w:tblInd w:w="{indent}" w:type="dxa"/><w:tblBorders>{none}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
            f'<w:left w:w="{L.CELL_MARGIN}" w:type="dxa"/>'
            f'<w:bottom w:w="0" w:type="dxa"/>'
            f'<w:right w:w="{L.CELL_MARGIN}" w:type="dxa"/></w:tblCellMar>'
            f'<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>')


def issuer_cell() -> str:
    return "".join([
        tag("{%p for line in chu_quan_lines %}"),
        p("{{ line }}", L.SIZE_CO_QUAN),
        tag("{%p endfor %}"),
        tag("{%p for line in co_quan_lines %}"),
        p("{{ line }}", L.SIZE_CO_QUAN, bold=True),
        tag("{%p endfor %}"),
        rule_paragraph(left="{{ co_quan_rule }}", right="{{ co_quan_rule }}"),
    ])


def motto_cell() -> str:
    return "".join([
        p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", L.SIZE_QUOC_HIEU, bold=True),
        p("Độc lập - Tự do - Hạnh phúc", L.SIZE_TIEU_NGU, bold=True),
        rule_paragraph(left=L.TIEU_NGU_RULE_INDENT, right=L.TIEU_NGU_RULE_INDENT),
    ])


def number_cell(cong_van: bool) -> str:
    # a công văn's V/v stands 6 pt under the number (ô 5b)
    parts = [p("{{ so_ky_hieu }}", L.SIZE_SO, before=6, after=6 if cong_van else 0)]
    if cong_van:
        parts += [tag("{%p for line in vv_lines %}"),
                  p("{{ line }}", L.SIZE_VV, before=0),
                  tag("{%p endfor %}")]
    parts += [tag("{%p if do_mat %}"), p("{{ do_mat }}", L.SIZE_DO_KHAN, bold=True, before=6),
              tag("{%p endif %}"),
              tag("{%p if do_khan %}"), spacer(before=6), urgency_box(), spacer(),
              tag("{%p endif %}")]
    return "".join(parts)


def spacer(before: float = 0) -> str:
    """An empty 1 pt paragraph (a cell must end with a paragraph after a nested table)."""
    return p("", 1, before=before)


def urgency_box() -> str:
    """Ô 10b: the mark centred in a bordered one-cell table of the decree's size (20x8 mm for
    KHẨN; the width comes from the context as ``khan_box``)."""
    line = f'w:val="single" w:sz="{L.BOX_BORDER}" w:space="0" w:color="000000"'
    borders = "".join(f"<w:{side} {line}/>" for side in ("top", "left", "bottom", "right"))
    zero = "".join(f'<w:{side} w:w="0" w:type="dxa"/>' for side in ("top", "left", "bottom",
                                                                     "right"))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{{{{ khan_box }}}}" w:type="dxa"/>'
            f'<w:jc w:val="center"/><w:tblBorders>{borders}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/><w:tblCellMar>{zero}</w:tblCellMar>'
            f'<w:tblLook w:val="0000"/></w:tblPr>'
            f'<w:tblGrid><w:gridCol w:w="{{{{ khan_box }}}}"/></w:tblGrid>'
            f'<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="{L.KHAN_BOX_HEIGHT}" '
            f'w:hRule="exact"/><w:jc w:val="center"/></w:trPr>'
            f'{cell("{{ khan_box }}", p("{{ do_khan }}", L.SIZE_DO_KHAN, bold=True), "center")}'
            f"</w:tr></w:tbl>")


def header(cong_van: bool) -> str:
    date = p("{{ dia_danh_ngay }}", L.SIZE_NGAY, italic=True, before=6)
    size = f'w:val="{round(L.SIZE_NGAY * 2)}"'
    date = date.replace(f"<w:sz {size}/>", '<w:sz w:val="{{ ngay_sz }}"/>').replace(
        f"<w:szCs {size}/>", '<w:szCs w:val="{{ ngay_sz }}"/>')
    assert "{{ ngay_sz }}" in date
    return table(L.HEADER_COLUMNS, [[issuer_cell(), motto_cell()],
                                    [number_cell(cong_van), date]], indent=-L.HEADER_OUTDENT)


def title_block(with_trich_yeu: str) -> str:
    parts = [p("{{ ten_loai }}", L.SIZE_TEN_LOAI, bold=True, before=18)]
    lines = [tag("{%p for line in trich_yeu_lines %}"),
             p("{{ line }}", L.SIZE_TRICH_YEU, bold=True),
             tag("{%p endfor %}"),
             rule_paragraph(left="{{ trich_yeu_rule }}", right="{{ trich_yeu_rule }}",
                            space_before=L.TRICH_YEU_RULE_BEFORE)]
    if with_trich_yeu == "optional":
        lines = [tag("{%p if trich_yeu_lines %}"), *lines, tag("{%p endif %}")]
    return "".join(parts + lines)


def signature() -> str:
    left = "".join([
        p("{{ noi_nhan_label }}", L.SIZE_NOI_NHAN_LABEL, bold=True, italic=True, align="left"),
        tag("{%p for item in noi_nhan %}"),
        p("{{ item }}", L.SIZE_NOI_NHAN, align="left"),
        tag("{%p endfor %}"),
    ])
    right = "".join([
        tag("{%p for line in quyen_han %}"),
        p("{{ line }}", L.SIZE_CHU_KY, bold=True),
        tag("{%p endfor %}"),
        tag("{%p for line in chuc_vu_lines %}"),
        p("{{ line }}", L.SIZE_CHU_KY, bold=True),
        tag("{%p endfor %}"),
        p("{{ ho_ten }}", L.SIZE_CHU_KY, bold=True, before=L.SIGNATURE_SPACE),
    ])
    return table(L.SIGNATURE_COLUMNS, [[left, right]], cant_split="{{ ky_lien }}")


def body(family: str) -> str:
    parts = [header(cong_van=family == "cong_van")]
    if family == "cong_van":
        parts.append("<w:p><w:r><w:t>{{p kinh_gui }}</w:t></w:r></w:p>")
    elif family == "quyet_dinh":
        parts.append(title_block("required"))
        parts.append(tag("{%p for line in tham_quyen %}"))
        # 12 pt above the first line, 6 pt under the last (a long authority breaks in two)
        line = p("{{ line }}", L.SIZE_THAM_QUYEN, bold=True, before=12, after=6).replace(
            'w:before="240" w:after="120"',
            'w:before="{{ 240 if loop.first else 0 }}" w:after="{{ 120 if loop.last else 0 }}"')
        assert "loop.first" in line
        parts.append(line)
        parts.append(tag("{%p endfor %}"))
    else:
        parts.append(title_block("optional" if family == "giay_moi" else "required"))
    if family != "cong_van":
        # Tờ trình and báo cáo sent upwards carry a Kính gửi under the title.
        parts.append("<w:p><w:r><w:t>{{p kinh_gui }}</w:t></w:r></w:p>")
    parts.append("<w:p><w:r><w:t>{{p can_cu }}</w:t></w:r></w:p>")
    if family == "quyet_dinh":
        parts.append(p("{{ quyet }}:", L.SIZE_TEN_LOAI, bold=True, before=12, after=6))
    parts.append("<w:p><w:r><w:t>{{p noi_dung }}</w:t></w:r></w:p>")
    parts.append(p("", L.SIZE_BODY).replace("<w:pPr>", "<w:pPr><w:keepNext/>"))
    parts.append(signature())
    return "".join(parts)


def phu_luc_body() -> str:
    return "".join([
        p("{{ ten }}", L.SIZE_TEN_LOAI, bold=True),
        tag("{%p for line in tieu_de_lines %}"),
        p("{{ line }}", L.SIZE_TEN_LOAI, bold=True),
        tag("{%p endfor %}"),
        tag("{%p for line in ghi_chu_lines %}"),
        p("{{ line }}", L.SIZE_BODY, italic=True),
        tag("{%p endfor %}"),
        rule_paragraph(left="{{ phu_luc_rule }}", right="{{ phu_luc_rule }}",
                       space_before=L.TRICH_YEU_RULE_BEFORE),
        "<w:p><w:r><w:t>{{p noi_dung }}</w:t></w:r></w:p>",
    ])


def set_styles(document: docx.document.Document) -> None:
    styles = document.styles.element
    defaults = styles.find(f"{{{W_NS}}}docDefaults")
    if defaults is not None:
        styles.remove(defaults)
    styles.insert(0, parse_xml(
        f'<w:docDefaults {NS}><w:rPrDefault>{rpr(L.SIZE_BODY)}</w:rPrDefault>'
        f'<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
        f'</w:pPr></w:pPrDefault></w:docDefaults>'))
    for style in document.styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            rfonts = style.element.find(f"{{{W_NS}}}rPr/{{{W_NS}}}rFonts")
            if rfonts is not None:
                rfonts.getparent().remove(rfonts)
            if style.type == WD_STYLE_TYPE.PARAGRAPH or style.font.name:
                style.font.name = FONT
                rfonts = style.element.rPr.rFonts
                for slot in ("cs", "eastAsia"):
                    rfonts.set(f"{{{W_NS}}}{slot}", FONT)
                for attr in list(rfonts.attrib):
                    if attr.endswith("Theme"):
                        del rfonts.attrib[attr]
            if style.type == WD_STYLE_TYPE.PARAGRAPH:
                style.font.color.rgb = docx.shared.RGBColor(0, 0, 0)
    normal = document.styles["Normal"]
    normal.font.size = Pt(L.SIZE_BODY)
    lang = parse_xml(f'<w:lang {NS} w:val="{LANG}" w:eastAsia="{LANG}" w:bidi="ar-SA"/>')
    normal.element.get_or_add_rPr().append(lang)


def drop_table_styles(document: docx.document.Document) -> None:
    """Keep only the default table style. python-docx's blank document carries Word's hundred
    table styles (Light Shading, Medium Grid ...), which no letter uses and Word knows by
    itself; LibreOffice reads every one of them when it opens a letter, half the time it takes
    to make a one-page letter's PDF."""
    styles = document.styles.element
    for style in styles.findall(f"{{{W_NS}}}style"):
        if style.get(f"{{{W_NS}}}type") == "table" and style.get(f"{{{W_NS}}}default") != "1":
            styles.remove(style)


def set_section(document: docx.document.Document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = docx.shared.Twips(11906), docx.shared.Twips(16838)
    section.top_margin = docx.shared.Twips(mm(L.MARGIN_TOP))
    section.bottom_margin = docx.shared.Twips(mm(L.MARGIN_BOTTOM))
    section.left_margin = docx.shared.Twips(mm(L.MARGIN_LEFT))
    section.right_margin = docx.shared.Twips(mm(L.MARGIN_RIGHT))
    section.header_distance = docx.shared.Twips(mm(10))
    section.footer_distance = docx.shared.Twips(mm(10))
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    field = (f'<w:r {NS}>{rpr(L.SIZE_PAGE_NUMBER)}<w:fldChar w:fldCharType="begin"/></w:r>'
             f'<w:r {NS}>{rpr(L.SIZE_PAGE_NUMBER)}<w:instrText xml:space="preserve"> PAGE '
             f'</w:instrText></w:r><w:r {NS}>{rpr(L.SIZE_PAGE_NUMBER)}'
             f'<w:fldChar w:fldCharType="separate"/></w:r><w:r {NS}>{rpr(L.SIZE_PAGE_NUMBER)}'
             f'<w:t>2</w:t></w:r><w:r {NS}>{rpr(L.SIZE_PAGE_NUMBER)}'
             f'<w:fldChar w:fldCharType="end"/></w:r>')
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in etree.fromstring(f"<x {NS}>{field}</x>"):
        number._p.append(r)
    section.first_page_header.paragraphs[0].text = ""
    section.footer.paragraphs[0].text = ""
    section.first_page_footer.paragraphs[0].text = ""


def build(name: str, content: str) -> Path:
    document = docx.Document()
    set_styles(document)
    drop_table_styles(document)
    set_section(document)
    core = document.core_properties
    core.author, core.title, core.comments = "ntm-docgen", "", ""
    core.last_modified_by, core.revision = "ntm-docgen", 1
    body_el = document.element.body
    sect = body_el.sectPr
    for child in list(body_el):
        if child is not sect:
            body_el.remove(child)
    fragment = etree.fromstring(f"<x {NS}>{content}</x>")
    for child in fragment:
        sect.addprevious(child)
    path = OUT / f"{name}.docx"
    document.save(path)
    return path


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for family in ("van_ban", "cong_van", "quyet_dinh", "giay_moi"):
        print(build(family, body(family)))
    print(build("phu_luc", phu_luc_body()))


if __name__ == "__main__":
    main()
