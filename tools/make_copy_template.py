"""Build templates/ban_sao.docx: the copy block of Phụ lục I Phần II (mẫu 3.1) as a template.

Run ``python tools/make_copy_template.py`` after changing this file. The block must hold inside
documents the project did not write, so every paragraph and run carries its formatting directly
(spacing, indents, numbering off, bold/italic on or off): the host document's styles cannot
change it. Every paragraph but the signature's keeps with the next one, and both table rows
refuse to split, so the block moves to a new page only as a whole, when it cannot fit.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from ntm_docgen.files.ooxml import FONT, LANG, paragraph, ppr, run  # noqa: E402
from ntm_docgen.letter import layout_rules as L  # noqa: E402
from tools.make_templates import build, table, tag  # noqa: E402

NO_NUMBERING = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'
RULE = '<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'
WIDTHS = ("{{ w_left }}", "{{ w_right }}")


def props(size: float, bold: bool = False, italic: bool = False) -> str:
    """Run properties in schema order, with bold, italic, caps and underline set either way."""
    def flag(name: str, on: bool) -> str:
        return f"<w:{name}/>" if on else f'<w:{name} w:val="0"/>'

    half = round(size * 2)
    return ("<w:rPr>"
            f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
            + flag("b", bold) + flag("bCs", bold) + flag("i", italic) + flag("iCs", italic)
            + flag("caps", False) + flag("smallCaps", False) + flag("strike", False)
            + f'<w:color w:val="000000"/><w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
            f'<w:u w:val="none"/><w:lang w:val="{LANG}" w:eastAsia="{LANG}" w:bidi="ar-SA"/>'
            "</w:rPr>")


def pprops(align: str, before: float = 0, after: float = 0, keep: bool = True,
           left: int | str = 0, right: int | str = 0, extra: str = "") -> str:
    """Paragraph properties that leave nothing to the host document's Normal style."""
    text = ppr(align=align, before=before, after=after, line=1, first_line=0, left=left,
               right=right, keep_next=keep, extra=NO_NUMBERING + extra)
    return text.replace("<w:jc ", '<w:contextualSpacing w:val="0"/><w:jc ', 1)


def p(text: str, size: float, *, bold: bool = False, italic: bool = False,
      align: str = "center", before: float = 0, after: float = 0, keep: bool = True) -> str:
    r = props(size, bold=bold, italic=italic)
    pp = pprops(align, before, after, keep)
    return paragraph(run(text, r), pp.replace("</w:pPr>", r + "</w:pPr>"))


def rule(left: int | str, right: int | str, before: float = 0, keep: bool = True) -> str:
    """An empty paragraph whose top border is a solid rule between the two indents."""
    tiny = props(2)
    pp = pprops("center", before=before, keep=keep, left=left, right=right, extra=RULE)
    return paragraph("", pp.replace("</w:pPr>", tiny + "</w:pPr>"))


def issuer_cell() -> str:
    return "".join([
        tag("{%p for line in chu_quan_lines %}"),
        p("{{ line }}", L.SIZE_CO_QUAN),
        tag("{%p endfor %}"),
        tag("{%p for line in co_quan_lines %}"),
        p("{{ line }}", L.SIZE_CO_QUAN, bold=True),
        tag("{%p endfor %}"),
        rule("{{ co_quan_rule }}", "{{ co_quan_rule }}", before=3),  # clear of the name, as ô 2's
    ])


def form_cell() -> str:
    return p("{{ hinh_thuc }}", L.SIZE_TEN_LOAI, bold=True)


def number_cell() -> str:
    """The copy's number, on the row of its date: level with it, as in a letter's header."""
    return p("{{ so_ky_hieu }}", L.SIZE_SO, before=6, after=12)


def date_cell() -> str:
    return p("{{ dia_danh_ngay }}", L.SIZE_NGAY, italic=True, before=6, after=12)


def noi_nhan_cell() -> str:
    return "".join([
        p("{{ noi_nhan_label }}", L.SIZE_NOI_NHAN_LABEL, bold=True, italic=True, align="left",
          keep=False),
        tag("{%p for item in noi_nhan %}"),
        p("{{ item }}", L.SIZE_NOI_NHAN, align="left", keep=False),
        tag("{%p endfor %}"),
    ])


def signature_cell() -> str:
    return "".join([
        tag("{%p for line in quyen_han %}"),
        p("{{ line }}", L.SIZE_CHU_KY, bold=True, keep=False),
        tag("{%p endfor %}"),
        tag("{%p for line in chuc_vu_lines %}"),
        p("{{ line }}", L.SIZE_CHU_KY, bold=True, keep=False),
        tag("{%p endfor %}"),
        p("{{ ho_ten }}", L.SIZE_CHU_KY, bold=True, before=L.SIGNATURE_SPACE, keep=False),
    ])


def block() -> str:
    """The full-width rule and the three-row table; nothing after it, so a block that just fits
    leaves no empty paragraph to spill onto a page of its own."""
    return "".join([
        rule(0, 0, before=12),
        table(WIDTHS, [[issuer_cell(), form_cell()], [number_cell(), date_cell()],
                       [noi_nhan_cell(), signature_cell()]],
              total="{{ w_total }}"),
    ])


def main() -> None:
    print(build("ban_sao", block()))


if __name__ == "__main__":
    main()
