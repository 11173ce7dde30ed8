"""WordprocessingML snippets as text: runs and paragraphs with the decree's formatting."""

from __future__ import annotations

from markupsafe import escape

FONT = "Times New Roman"
LANG = "vi-VN"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

#: twips per millimetre (1 inch = 1440 twips = 25.4 mm)
TWIPS_PER_MM = 1440 / 25.4


def mm(value: float) -> int:
    """Millimetres to twips.

    >>> mm(20), mm(30), mm(15)
    (1134, 1701, 850)
    """
    return round(value * TWIPS_PER_MM)


def rpr(size: float | None = None, bold: bool = False, italic: bool = False,
        underline: bool = False, caps: bool = False, boxed: bool = False) -> str:
    """Run properties, with Times New Roman in all four slots and the Vietnamese language."""
    parts = [f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>']
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if caps:
        parts.append("<w:caps/>")
    parts.append('<w:color w:val="000000"/>')
    if size is not None:
        half = round(size * 2)
        parts.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    if underline:
        parts.append('<w:u w:val="single"/>')
    if boxed:
        parts.append('<w:bdr w:val="single" w:sz="8" w:space="2" w:color="000000"/>')
    parts.append(f'<w:lang w:val="{LANG}" w:eastAsia="{LANG}" w:bidi="ar-SA"/>')
    return "<w:rPr>" + "".join(parts) + "</w:rPr>"


def run(text: str, props: str = "") -> str:
    """One run of literal text: XML-escaped, spaces kept, tabs as ``<w:tab/>``."""
    pieces = text.split("\t")
    body = "<w:tab/>".join(
        f'<w:t xml:space="preserve">{escape(piece)}</w:t>' if piece else "" for piece in pieces)
    return f"<w:r>{props}{body}</w:r>"


def ppr(align: str | None = None, before: float = 0, after: float = 0, line: float | None = None,
        first_line: int | None = None, left: int | str | None = None,
        right: int | str | None = None,
        hanging: int | None = None, keep_next: bool = False, style: str | None = None,
        extra: str = "", tabs: tuple[int, ...] = ()) -> str:
    """Paragraph properties; spacing in points, indents in twips, line as a multiple of single."""
    parts = []
    if style:
        parts.append(f'<w:pStyle w:val="{style}"/>')
    if keep_next:
        parts.append("<w:keepNext/>")
    parts.append(extra)
    if tabs:
        parts.append("<w:tabs>" + "".join(f'<w:tab w:val="left" w:pos="{t}"/>' for t in tabs)
                     + "</w:tabs>")
    spacing = f'<w:spacing w:before="{round(before * 20)}" w:after="{round(after * 20)}"'
    if line is not None:
        spacing += f' w:line="{round(line * 240)}" w:lineRule="auto"'
    parts.append(spacing + "/>")
    ind = []
    if left is not None:
        ind.append(f'w:left="{left}"')
    if right is not None:
        ind.append(f'w:right="{right}"')
    if first_line is not None:
        ind.append(f'w:firstLine="{first_line}"')
    if hanging is not None:
        ind.append(f'w:hanging="{hanging}"')
    if ind:
        parts.append(f"<w:ind {' '.join(ind)}/>")
    if align:
        parts.append(f'<w:jc w:val="{align}"/>')
    return "<w:pPr>" + "".join(parts) + "</w:pPr>"


def paragraph(runs: str, props: str) -> str:
    return f"<w:p>{props}{runs}</w:p>"


def rule_paragraph(left: int | str, right: int | str, space_before: float = 3) -> str:
    """An empty paragraph whose top border is the solid rule of the decree (ô 1, ô 2, ô 5a)."""
    border = ('<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>')
    props = ppr(align="center", before=space_before, left=left, right=right, extra=border)
    tiny = rpr(size=2)
    return paragraph("", props.replace("</w:pPr>", tiny + "</w:pPr>"))


def page_break() -> str:
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
