"""The text of a Word document's body as the importer reads it: paragraphs with their list
numbers, tables as pipe rows or cell by cell, page and section breaks, bold lines, and a text
box's text once though Word keeps it twice."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree

from ntm_docgen.files.revisions import GONE, taken_away
from ntm_docgen.importer.legacy import RunFonts, style_chain
from ntm_docgen.vietnamese.legacy import to_unicode

#: Word's widest table has 63 columns.
MAX_SPAN = 63
#: Where Word keeps a drawing again for readers that cannot draw it: a text box's text twice.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def docx_paragraphs(parent: Any, pipes: bool = False, fonts: RunFonts | None = None,
                    labels: dict[Any, str] | None = None) -> Iterator[Any]:
    """Walk ``w:p`` and ``w:tbl`` children in order (None after each table cell); merged cells
    are read once. With ``pipes``, a ruled table gives its rows as pipe-table lines (str), a
    cell's list number Word draws (``labels``: an STT column numbered by Word) with it."""
    for child in parent.iterchildren(tag=etree.Element):  # not comments nor instructions
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p" and taken_away(child):
            continue  # deleted or moved away with Track Changes on: not in the letter accepted
        if tag == "p":
            yield from _page_break(child, pipes)
            yield child
            yield from _section_end(child, pipes)
        elif tag == "tbl" and pipes and _ruled(child, fonts) and not _holds_header(child, fonts):
            yield None
            yield from pipe_rows(child, fonts, labels)
            yield None
        elif tag == "tbl":
            yield from _table_paragraphs(child, pipes, fonts, labels)
        elif tag == "sdt":
            content = child.find(qn("sdtContent"))
            if content is not None:
                yield from docx_paragraphs(content, pipes, fonts, labels)


def _page_break(paragraph: Any, pipes: bool) -> Iterator[str]:
    """``---`` (contract §2) before a paragraph that starts a new page (a page break in it or
    before it, or a section that starts here), so attachments can be told apart."""
    if not pipes or _in_cell(paragraph):
        return
    props = paragraph.find(qn("pPr"))
    if props is not None and props.find(qn("pageBreakBefore")) is not None:
        yield "---"


def _section_end(paragraph: Any, pipes: bool) -> Iterator[str]:
    """``---`` after the paragraph that ends a section when the next section starts a page."""
    props = paragraph.find(qn("pPr"))
    section = props.find(qn("sectPr")) if props is not None else None
    kind = section.find(qn("type")) if section is not None else None
    if pipes and section is not None and (kind is None or kind.get(qn("val")) != "continuous"):
        yield "---"


def _ruled(table: Any, fonts: RunFonts | None = None) -> bool:
    """Whether a table draws its rules. A table with visible rules is content (a list, a
    form); the borderless header and signature tables of a letter hold its layout, and are
    read cell by cell. The rules are the table's own borders, else its style's (through
    ``basedOn``): a style named ``Table Grid`` that the document defines without borders
    draws none. A rule between rows (``insideH``) is drawn only when there are two rows, one
    between columns (``insideV``) only when there are two columns: a signature table of one
    row whose only border is ``insideH`` shows none."""
    styles = fonts.styles if fonts is not None else {}
    props = table.find(qn("tblPr"))
    rows = table.findall(qn("tr"))
    if _cells_ruled(rows):
        return True
    drawn = {"insideH": len(rows) > 1,
             "insideV": any(len(row.findall(qn("tc"))) > 1 for row in rows)}
    borders = _visible(props, drawn)
    if borders is not None:
        return borders
    style = props.find(qn("tblStyle")) if props is not None else None
    name = (style.get(qn("val")) or "") if style is not None else ""
    if name not in styles:
        return style is not None and "grid" in name.lower()
    for definition in style_chain(styles, name):
        borders = _visible(definition.find(qn("tblPr")), drawn)
        if borders is not None:
            return borders
    return False


def _cells_ruled(rows: list[Any]) -> bool:
    """Every cell draws a rule of its own (``w:tcBorders``): how LibreOffice writes a ruled
    table (a .doc or .odt read through it, a .docx saved again in Writer), with no border on
    the table itself. A header's or a signature's cells draw none, or only some of them do."""
    cells = [cell for row in rows for cell in row.findall(qn("tc"))]
    return bool(cells) and all(_visible(cell.find(qn("tcPr")), {}, "tcBorders") for cell in cells)


def _visible(props: Any, drawn: dict[str, bool], tag: str = "tblBorders") -> bool | None:
    """Whether ``w:tblBorders`` (or a cell's ``tag``) in ``props`` shows a rule; None when it
    sets no borders. A border that ``drawn`` marks False (``insideH`` in a table of one row)
    shows nothing."""
    borders = props.find(qn(tag)) if props is not None else None
    if borders is None:
        return None
    return any(b.get(qn("val")) not in ("nil", "none", None)
               and drawn.get(b.tag.rsplit("}", 1)[-1], True) for b in borders)


def _holds_header(table: Any, fonts: RunFonts | None = None) -> bool:
    """The letter's header laid out in a table with its rules shown: a paragraph of its first
    row opens the motto (``CỘNG HÒA XÃ HỘI ...``). Its cells are read as the header, not as
    a table of the body, whatever its borders."""
    from ntm_docgen.importer.motto import opens_motto

    row = table.find(qn("tr"))
    return row is not None and any(opens_motto(" ".join(paragraph_text(p, fonts).split()))
                                   for p in row.iter(qn("p")))


def pipe_rows(table: Any, fonts: RunFonts | None = None,
              labels: dict[Any, str] | None = None) -> Iterator[str]:
    """The rows of a table as ``| a | b |`` lines, a ``|---|`` line under the first; a ``|``
    in a cell is written ``\\|``, a cell spanning columns is followed by empty cells."""
    for n, row in enumerate(table.iterchildren(qn("tr"))):
        cells: list[str] = []
        for cell in row.iterchildren(qn("tc")):
            props = cell.find(qn("tcPr"))
            merge = props.find(qn("vMerge")) if props is not None else None
            span = props.find(qn("gridSpan")) if props is not None else None
            text = "" if merge is not None and merge.get(qn("val")) in (None, "continue") \
                else " ".join(" ".join(paragraph_text(p, fonts, labels).split())
                              for p in cell.iter(qn("p")))
            cells.append(" ".join(text.split()).replace("|", "\\|"))
            cells.extend([""] * (_span(span) - 1))
        yield "| " + " | ".join(cells) + " |"
        if n == 0:
            yield "|" + "---|" * len(cells)


def _span(span: Any) -> int:
    """The columns a cell spans (``w:gridSpan``): 1 to Word's 63, whatever the file says."""
    value = span.get(qn("val"), "1") if span is not None else "1"
    return max(1, min(int(value), MAX_SPAN)) if value.isdigit() and len(value) < 4 else 1


def _table_paragraphs(table: Any, pipes: bool = False, fonts: RunFonts | None = None,
                      labels: dict[Any, str] | None = None) -> Iterator[Any]:
    for row in table.iterchildren(qn("tr")):
        for cell in row.iterchildren(qn("tc")):
            props = cell.find(qn("tcPr"))
            merge = props.find(qn("vMerge")) if props is not None else None
            if merge is not None and merge.get(qn("val")) in (None, "continue"):
                continue  # the continuation of a vertically merged cell holds no text
            yield from docx_paragraphs(cell, pipes, fonts, labels)
            yield None


def bold_paragraph(paragraph: Any, styles: dict[str, Any] | None = None) -> bool:
    """Every run with text is bold: its own ``w:b``, else its character style's, else the
    paragraph style's (through ``basedOn``), as Word shows it: an issuer's line in a
    ``Heading 1`` that sets bold is bold though its run says nothing."""
    runs = [r for r in paragraph.iter(qn("r"))
            if any(t.text and t.text.strip() for t in r.iter(qn("t")))]
    p_props = paragraph.find(qn("pPr"))
    p_style = p_props.find(qn("pStyle")) if p_props is not None else None
    by_style = _style_bold(styles or {}, p_style.get(qn("val")) if p_style is not None
                           else "Normal")
    for run in runs:
        props = run.find(qn("rPr"))
        bold = _bold_mark(props)
        if bold is None and props is not None and props.find(qn("rStyle")) is not None:
            bold = _style_bold(styles or {}, props.find(qn("rStyle")).get(qn("val")))
        if not (by_style if bold is None else bold):
            return False
    return bool(runs)


def _bold_mark(props: Any) -> bool | None:
    """What ``w:b`` in ``props`` (a ``w:rPr``) says; None when it says nothing."""
    mark = props.find(qn("b")) if props is not None else None
    return None if mark is None else mark.get(qn("val")) not in ("0", "false")


def _style_bold(styles: dict[str, Any], style_id: str | None) -> bool:
    """Whether a style sets its text bold, itself or through ``basedOn``."""
    for style in style_chain(styles, style_id):
        bold = _bold_mark(style.find(qn("rPr")))
        if bold is not None:
            return bold
    return False


def paragraph_text(paragraph: Any, fonts: RunFonts | None = None,
                    labels: dict[Any, str] | None = None) -> str:
    """The paragraph's text, after the number or bullet Word draws for it (``labels``)."""
    parts = [labels.get(paragraph, "")] if labels else []
    page = "\n" if _in_cell(paragraph) else "\n---\n"
    boxed = False  # the last text read was a text box's: its lines are no part of the line
    box_line = None  # the text box's paragraph read last: each prints on a line of its own
    for node in _drawn(paragraph):
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "t" and node.text and boxed != _in_box(node, paragraph):
            boxed = not boxed
            parts.append("\n")  # a text box drawn beside the line ("Số: /QĐ-TGV", DỰ THẢO)
        if tag == "t" and node.text and boxed:
            line = next(node.iterancestors(qn("p")), None)
            if box_line is not None and line is not box_line:
                parts.append("\n")  # KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / the name, in one box
            box_line = line
        if tag == "t" and node.text:
            run = node.getparent()
            old = fonts.legacy(run, paragraph) if fonts is not None and run is not None else None
            parts.append(to_unicode(node.text, *old) if old else node.text)
        elif tag == "softHyphen" and node.getparent() is not None:
            # U+00AD is ư in TCVN3: LibreOffice writes it so when it converts a .doc
            old = fonts.legacy(node.getparent(), paragraph) if fonts is not None else None
            if old:
                parts.append(to_unicode("\u00ad", *old))
        elif tag == "tab":
            parts.append("\t")
        elif tag in ("br", "cr"):
            parts.append(page if node.get(qn("type")) == "page" else "\n")
    return "".join(parts)


def _drawn(node: Any) -> Iterator[Any]:
    """The elements under ``node`` in document order, without the copy of a drawing Word keeps
    in ``mc:Fallback``: a text box (``DỰ THẢO`` over a draft) is read once, as it prints; and
    without what Track Changes took away and no one accepted yet (a deletion, the old place of
    a moved passage): the text reads as its changes accepted, a moved line once."""
    for child in node.iterchildren(tag=etree.Element):
        if child.tag != _FALLBACK and child.tag not in GONE:
            yield child
            yield from _drawn(child)


def _in_box(node: Any, paragraph: Any) -> bool:
    """Whether ``node`` is the text of a text box drawn in ``paragraph``, not the paragraph's."""
    return next(node.iterancestors(qn("p")), None) is not paragraph


def _in_cell(paragraph: Any) -> bool:
    """A paragraph of a table cell (the header's two columns, a signature table): a page
    break there is no page of the body's flow, and reads as a line break."""
    return next(paragraph.iterancestors(qn("tc")), None) is not None


def qn(tag: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag
