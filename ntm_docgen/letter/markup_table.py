"""The body's pipe tables (contract §2): their rows read, column widths from their content,
borders on the text area, 6 pt around."""

from __future__ import annotations

import re
from functools import cache

from ntm_docgen.files.ooxml import mm, paragraph, ppr, rpr
from ntm_docgen.files.resources import load_data
from ntm_docgen.letter import layout_rules as L
from ntm_docgen.letter.fit import text_width
from ntm_docgen.letter.markup_line import as_printed, inline_runs
from ntm_docgen.vietnamese.words import held

# Left and right padding inside a cell (Word's 1.9 mm), written out so the table can be shifted
# by exactly this much: Word and LibreOffice in compatibility mode 14 measure w:tblInd to the
# text of the first cell, so the left border lands on the margin.
CELL_MARGIN = 108
# The gap between a table and the paragraph above it, as the body's 6 pt between paragraphs.
GAP_ABOVE = 6
# The paragraph that keeps a table apart from the next block (Word merges adjacent tables) is
# one point high; the next paragraph brings its own 6 pt before.
GAP_BELOW = 1


def cells(line: str) -> list[str]:
    r"""The cells of one ``| a | b |`` row; ``\|`` is a literal bar.

    >>> cells("| STT | A \\| B |"), cells("x|y")
    (['STT', 'A | B'], ['x', 'y'])
    """
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line)]


_TABLE_RULE = re.compile(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$")  # GFM: a dash or more


def is_rule(line: str) -> bool:
    """A table's rule line (``|---|---|``); a bare ``---`` is a page break, not a rule."""
    return "|" in line and _TABLE_RULE.match(line) is not None


def row_cells(line: str) -> list[str]:
    """A table row's cells, split at the line's own ``|`` (a value's are escaped)."""
    return [as_printed(cell) for cell in cells(line)]


#: Twips kept in hand in every column, so that a cell the estimate says fits never wraps in
#: Word or LibreOffice ("STT" broke into "ST / T" at its exact width).
_SLACK = 60
_NUMBER = re.compile(r"^[+-]?(?:\d[\d.,]*|[.,]\d+)\s?%?$")


@cache
def _rules() -> tuple[frozenset[str], re.Pattern[str], int]:
    data = load_data("bang.yaml")
    words = "|".join(re.escape(w) for w in data["moc_thoi_gian"])
    time = re.compile(rf"(?i)(?<!\w)(?:{words})\s+[\dIVXLC]+(?:[/.-]\d+)*")
    return frozenset(data["cot_tt"]), time, mm(data["hep_nhat_mm"])


@cache
def _names() -> tuple[frozenset[str], tuple[str, ...]]:
    """The heads of a column of persons' names, and the titles of address before a name."""
    data = load_data("bang.yaml")
    return frozenset(data["cot_ho_ten"]), tuple(data["xung_ho"])


#: The most words of a person's name kept on one line (the title of address not counted).
NAME_WORDS = 4


def is_name(cell: str, named: bool) -> bool:
    """Whether a cell is a person's name: two to four words each with a capital, after a title
    of address ("Ông", "Bà") or in a column headed as names (``named``).

    >>> is_name("Ông Lăng Văn Pẻo", False), is_name("Lăng Văn Pẻo", False)
    (True, False)
    >>> is_name("Lăng Văn Pẻo", True), is_name("Trưởng thôn Nà Làng", True)
    (True, False)
    """
    words = _plain(cell).split()
    titles = _names()[1]
    if words and words[0].casefold() in titles:
        words = words[1:]
    elif len(words) > 1 and " ".join(words[:2]).casefold() in titles:
        words = words[2:]
    elif not named:
        return False
    return 2 <= len(words) <= NAME_WORDS and all(
        w[:1].isupper() and (w[1:].islower() or len(w) == 1) for w in words)


def column_kinds(rows: list[list[str]], columns: int) -> list[str]:
    """``tt`` (the row number), ``number`` (every body cell a number) or ``text``, per column.

    >>> column_kinds([["STT", "Nội dung", "Kinh phí (triệu đồng)"], ["1", "A", "1.250,5"],
    ...               ["2", "B", ""]], 3)
    ['tt', 'text', 'number']
    """
    tt_names = _rules()[0]
    kinds = []
    for i in range(columns):
        head = _plain(rows[0][i] if i < len(rows[0]) else "").casefold().rstrip(". ")
        body = [r[i].strip() for r in rows[1:] if i < len(r) and r[i].strip()]
        if head in tt_names:
            kinds.append("tt")
        elif body and all(_NUMBER.match(_plain(c)) for c in body):
            kinds.append("number")
        else:
            kinds.append("text")
    return kinds


def _plain(cell: str) -> str:
    return cell.replace("\\*", "\0").replace("*", "").replace("\0", "*").strip()


def _units(cell: str, named: bool = False) -> list[str]:
    """The pieces of a cell that never break: time phrases ("Tháng 01/2026") and words; a
    person's name whole (``named``: its column is headed as names)."""
    if is_name(cell, named):
        return [_plain(cell)]
    time = _rules()[1]
    held = time.sub(lambda m: m.group().replace(" ", "\u00a0"), _plain(cell))
    return [u for u in held.split(" ") if u]


def column_widths(rows: list[list[str]], columns: int, width: int = L.TEXT_WIDTH) -> list[int]:
    """Column widths (twips) from the cells' printed widths, summing to ``width``, each
    positive: every column at least its longest word or time phrase (and a person's name,
    where all the names fit across), the row-number and number columns as narrow as their
    content, the text columns sharing what is left.

    >>> widths = column_widths([["TT", "Nội dung", "Thời gian"], ["1", "Tổ chức phát động "
    ...     "phong trào thi đua trong toàn xã", "Tháng 01/2026"]], 3)
    >>> sum(widths), widths[0] < mm(12), widths[2] > mm(30)
    (9354, True, True)
    """
    pad = 2 * CELL_MARGIN + _SLACK
    natural, least, names = [], [], []
    for i in range(columns):
        cells = [(r[i] if i < len(r) else "", n == 0) for n, r in enumerate(rows)]
        named = _plain(cells[0][0]).casefold().rstrip(".: ") in _names()[0]
        natural.append(pad + max(_width(_plain(c), head) for c, head in cells))
        least.append(pad + max((_width(u, head) for c, head in cells for u in _units(c)),
                               default=0))
        names.append(pad + max((_width(u, head) for c, head in cells[1:]
                                for u in _units(c, named)), default=0))
    whole = [max(m, n) for m, n in zip(least, names, strict=True)]
    if sum(whole) <= width:  # every name on one line where the page allows
        least = whole
    kinds = column_kinds(rows, columns)
    if sum(natural) <= width:
        grow = [i for i, k in enumerate(kinds) if k == "text"] or \
            [i for i, k in enumerate(kinds) if k != "tt"] or list(range(columns))
        widths = _share(natural, [natural[i] if i in grow else 0 for i in range(columns)],
                        width)
    elif sum(least) <= width:
        widths = _share(least, [n - m for n, m in zip(natural, least, strict=True)], width)
    else:  # even the longest words do not fit: narrow every column alike, none below the floor
        floor = min(_rules()[2], width // columns)
        base = [floor] * columns
        widths = _share(base, [max(m - floor, 0) for m in least], width)
    return widths


def fits(cell: str, width: int, bold: bool = False) -> bool:
    """Whether a cell's text stands on one line in a column ``width`` twips wide."""
    return 2 * CELL_MARGIN + _SLACK + _width(_plain(cell), bold) <= width


def _width(text: str, bold: bool) -> int:
    return text_width(text, L.SIZE_TABLE, bold=bold)


def _share(base: list[int], weights: list[int], width: int) -> list[int]:
    """``base`` plus what is left of ``width`` shared by ``weights``; exact to the twip."""
    spare = width - sum(base)
    total = sum(weights)
    if total <= 0:
        weights, total = [1] * len(base), len(base)
    widths = [b + spare * w // total for b, w in zip(base, weights, strict=True)]
    widths[widths.index(max(widths))] += width - sum(widths)
    return widths


def spacer(height: float, keep_next: bool = False) -> str:
    """An empty paragraph exactly ``height`` points high (a 1 pt mark, no spacing).

    >>> 'w:line="120" w:lineRule="exact"' in spacer(6), "<w:keepNext/>" in spacer(6, True)
    (True, True)
    """
    props = ppr(before=0, after=0, keep_next=keep_next).replace(
        'w:after="0"/>', f'w:after="0" w:line="{round(height * 20)}" w:lineRule="exact"/>')
    return paragraph("", props.replace("</w:pPr>", rpr(size=1) + "</w:pPr>"))


def table_properties(width: int) -> str:
    """``w:tblPr`` of a body table: its borders on the text area from margin to margin.

    >>> props = table_properties(9354)
    >>> '<w:tblInd w:w="108" w:type="dxa"/>' in props, '<w:left w:w="108"' in props
    (True, True)
    """
    border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    margins = (f'<w:top w:w="0" w:type="dxa"/><w:left w:w="{CELL_MARGIN}" w:type="dxa"/>'
               f'<w:bottom w:w="0" w:type="dxa"/><w:right w:w="{CELL_MARGIN}" w:type="dxa"/>')
    return (f'<w:tblPr><w:tblW w:w="{width}" w:type="dxa"/>'
            f'<w:tblInd w:w="{CELL_MARGIN}" w:type="dxa"/>'
            f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar>{margins}</w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr>')


def table_xml(rows: list[list[str]], header: bool = True, width: int = L.TEXT_WIDTH) -> str:
    """A real table with single borders from margin to margin, the first row bold, centred and
    repeated on each page, row numbers centred and numbers right-aligned, 6 pt above it and a
    paragraph below that parts it from what follows (Word merges adjacent tables).

    >>> xml = table_xml([["STT", "Nội dung"], ["1", "A"]])
    >>> xml.startswith("<w:p>"), xml.count("<w:tr>"), xml.endswith("</w:p>")
    (True, 2, True)
    """
    columns = max(len(r) for r in rows)
    widths = column_widths(rows, columns, width)
    if header:  # a header that wraps keeps its unit whole: "Số cây (nghìn cây)"
        heads = [held(c) if not fits(c, w, bold=True) else c
                 for c, w in zip(rows[0], widths, strict=False)]
        if heads != rows[0]:
            rows = [heads, *rows[1:]]
            widths = column_widths(rows, columns, width)
    align = {"tt": "center", "number": "right", "text": "left"}
    aligns = [align[kind] for kind in column_kinds(rows, columns)]
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    out = [spacer(GAP_ABOVE, keep_next=True), "<w:tbl>", table_properties(sum(widths)),
           f"<w:tblGrid>{grid}</w:tblGrid>"]
    for index, row in enumerate(rows):
        is_header = header and index == 0
        out.append("<w:tr>" + ('<w:trPr><w:tblHeader/></w:trPr>' if is_header else ""))
        for width, cell, where in zip(widths, row + [""] * (columns - len(row)), aligns,
                                      strict=True):
            props = ppr(align="center" if is_header else where, before=2, after=2)
            text = inline_runs(cell, L.SIZE_TABLE, bold=is_header)
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                       f"{paragraph(text, props)}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>" + spacer(GAP_BELOW))
    return "".join(out)
