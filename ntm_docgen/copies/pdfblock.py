"""Draw the copy block on a PDF page with reportlab: the paper block (mẫu 3.1) and ô 14's stamp.

Sizes follow the DOCX block (layout_rules); the font is Times New Roman when installed, else the
metric-compatible Liberation Serif (data/ban_sao.yaml lists the files looked for).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from ntm_docgen.copies.fontcache import keep_subsets
from ntm_docgen.errors import ConversionError
from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import _
from ntm_docgen.letter import layout_rules as L
from ntm_docgen.letter.copyblock import LEFT_SHARE, copy_context
from ntm_docgen.letter.spec import BanSao

STYLES = ("regular", "bold", "italic", "bold_italic")
LEADING = 1.2
HEADER_DISTANCE = 10  # mm from the top edge to the header line (tools/make_templates.py)
# Ô 14 of an electronic copy: lines 1.15 apart; its last line's descenders at least STAMP_GAP mm
# above the page's content (the quốc hiệu), its top STAMP_TOP mm from the edge when there is
# room, never nearer than STAMP_EDGE mm.
STAMP_LEADING = 1.15
STAMP_DESCENT = 2.5
STAMP_GAP = 3.5
STAMP_TOP = 6
STAMP_EDGE = 4
# Points between the copying body's name (its descenders) and the short rule under it, and
# between that rule and the top of the Số line: as the Word block prints them (2.1 mm, 3.1 mm),
# clear of the dots under Ọ and Ụ, where the rule stood 0.3 mm under the letters.
NAME_RULE_GAP = 6
RULE_NUMBER_GAP = 6


def settings() -> dict:
    return load_data("ban_sao.yaml")


@cache
def fonts() -> dict[str, str]:
    """Register the four faces once; return style -> reportlab font name."""
    data = settings()
    found: dict[str, Path] = {}
    for folder in data["font_folders"]:
        root = Path(os.path.expanduser(folder))
        if root.is_dir():
            for dirpath, _dirs, files in os.walk(root):
                for name in files:
                    found.setdefault(name.lower(), Path(dirpath) / name)
    names = {}
    for style in STYLES:
        path = next((found[n.lower()] for n in data["fonts"][style] if n.lower() in found), None)
        if path is None:
            raise ConversionError(_("no Times New Roman ({style}) font was found for the PDF "
                                    "copy block: install Times New Roman or Liberation Serif "
                                    "(Debian/Ubuntu: apt-get install fonts-liberation2)")
                                  .format(style=style))
        name = f"NtmSerif-{style}"
        font = TTFont(name, str(path), asciiReadable=False)
        keep_subsets(font, str(path))
        pdfmetrics.registerFont(font)
        names[style] = name
    return names


def face(bold: bool = False, italic: bool = False) -> str:
    style = "bold_italic" if bold and italic else "bold" if bold else "italic" if italic \
        else "regular"
    return fonts()[style]


@dataclass(frozen=True)
class Line:
    """One line of text: where (column, offset from the block's top), what and how."""

    text: str
    size: float
    top: float
    column: str  # "left", "right" or "full"
    bold: bool = False
    italic: bool = False
    align: str = "center"
    rule: float = 0.0  # a rule this wide instead of text


def layout(ban_sao: BanSao, today: date, width: float) -> tuple[list[Line], float]:
    """The block's lines for a text width in points, and the block's height."""
    ctx = copy_context(ban_sao, today)
    gap = settings()["trang"]["khoang_ky"] * mm
    left_width = width * LEFT_SHARE - 4
    lines = [Line("", 0, 0, "full", rule=width)]
    y = 3.0  # the first names 2 mm under the full-width rule (the Word block: 1 mm)

    def add(column: str, text: str, size: float, y: float, **kw: object) -> float:
        lines.append(Line(text, size, y, column, **kw))  # type: ignore[arg-type]
        return y + size * LEADING

    left = y
    for text in ctx["chu_quan_lines"]:
        left = add("left", text, L.SIZE_CO_QUAN, left)
    for text in ctx["co_quan_lines"]:
        left = add("left", text, L.SIZE_CO_QUAN, left, bold=True)
    names = ctx["co_quan_lines"] or [""]
    longest = max(pdfmetrics.stringWidth(n, face(bold=True), L.SIZE_CO_QUAN) for n in names)
    descenders = left - L.SIZE_CO_QUAN * LEADING + L.SIZE_CO_QUAN + descent(L.SIZE_CO_QUAN)
    rule = descenders + NAME_RULE_GAP
    lines.append(Line("", 0, rule, "left", rule=min(longest, left_width) * 0.4))
    right = add("right", ctx["hinh_thuc"], L.SIZE_TEN_LOAI, y, bold=True)
    row = max(rule + RULE_NUMBER_GAP, right + 4)  # the number level with the date, as in ô 3-4
    left = add("left", ctx["so_ky_hieu"], L.SIZE_SO, row)
    right = add("right", ctx["dia_danh_ngay"], L.SIZE_NGAY, row, italic=True)
    y = max(left, right) + 10
    left = add("left", ctx["noi_nhan_label"], L.SIZE_NOI_NHAN_LABEL, y, bold=True, italic=True,
               align="left")
    for item in ctx["noi_nhan"]:
        for piece in simpleSplit(item, face(), L.SIZE_NOI_NHAN, left_width):
            left = add("left", piece, L.SIZE_NOI_NHAN, left, align="left")
    right = y
    for text in [*ctx["quyen_han"], *ctx["chuc_vu_lines"]]:
        right = add("right", text, L.SIZE_CHU_KY, right, bold=True)
    right = add("right", ctx["ho_ten"], L.SIZE_CHU_KY, right + gap, bold=True)
    return lines, max(left, right)


def draw_block(canvas: Canvas, lines: list[Line], x: float, top: float, width: float) -> None:
    """Draw laid-out lines with the block's top-left corner at (x, top), y upwards."""
    split = width * LEFT_SHARE
    spans = {"left": (x, split), "right": (x + split, width - split), "full": (x, width)}
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setStrokeColorRGB(0, 0, 0)
    for line in lines:
        start, span = spans[line.column]
        if line.rule:
            canvas.setLineWidth(0.75)
            middle = start + span / 2
            y = top - line.top
            canvas.line(middle - line.rule / 2, y, middle + line.rule / 2, y)
            continue
        canvas.setFont(face(line.bold, line.italic), line.size)
        baseline = top - line.top - line.size
        if line.align == "left":
            canvas.drawString(start + 2, baseline, line.text)
        else:
            canvas.drawCentredString(start + span / 2, baseline, line.text)


def first_baseline(size: float) -> float:
    """How far below a line's top its baseline lies: the font's hhea ascender plus line gap,
    as Word and LibreOffice place a single-spaced line (Liberation Serif 13 pt: 12.1 pt)."""
    font = pdfmetrics.getFont(face()).face
    font.seek_table("hhea")
    font.skip(4)  # the table's version
    ascender, _descender, line_gap = font.read_short(), font.read_short(), font.read_short()
    return (ascender + line_gap) / font.unitsPerEm * size


def descent(size: float) -> float:
    """How far the font's descenders reach below the baseline (the hhea descender), in points:
    Liberation Serif 12 pt, 2.6 pt."""
    font = pdfmetrics.getFont(face()).face
    font.seek_table("hhea")
    font.skip(6)  # the table's version and the ascender
    return -font.read_short() / font.unitsPerEm * size


def draw_page_number(canvas: Canvas, number: int, centre: float, baseline: float) -> None:
    """The page number in 13 pt Times New Roman, centred on ``centre`` at ``baseline`` (y up)."""
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(face(), L.SIZE_PAGE_NUMBER)
    canvas.drawCentredString(centre, baseline, str(number))


def stamp_lines(ban_sao: BanSao, when: datetime, parent_too: bool = True) -> list[str]:
    """Ô 14 of an electronic copy: the form, the copying body (its parent first, as a header
    prints it above, joined by " - ": run on after the name, it read as one body's name; left
    out unless ``parent_too``), the time in ISO 8601.

    >>> from ntm_docgen.letter.spec import parse_copy_spec
    >>> copy = parse_copy_spec({"hinh_thuc": "SAO Y", "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN",
    ...     "ten": "ỦY BAN NHÂN DÂN\\nXÃ MẪU SƠN"}, "dia_danh": "Mẫu Sơn",
    ...     "ky": {"chuc_vu": "CHÁNH VĂN PHÒNG", "ho_ten": "Đinh Văn Hùng"}})
    >>> stamp_lines(copy, datetime(2026, 12, 6, 9, 24, 17))
    ['SAO Y', 'UBND TỈNH LẠNG SƠN - ỦY BAN NHÂN DÂN XÃ MẪU SƠN', '2026-12-06T09:24:17']
    """
    body = [x.strip() for x in ban_sao.co_quan.ten.split("\n") if x.strip()]
    parent = [x.strip() for x in (ban_sao.co_quan.chu_quan or "").split("\n")
              if x.strip() and parent_too]
    return [ban_sao.hinh_thuc, " - ".join(" ".join(x) for x in (parent, body) if x),
            when.isoformat(timespec="seconds")]


def _stamp_height(count: int) -> float:
    """Ô 14's height in points, its ``count`` lines' descenders included."""
    return L.SIZE_COPY_STAMP * (1 + STAMP_LEADING * (count - 1)) + STAMP_DESCENT


def stamp_top(count: int, below: float) -> float:
    """How far below the page's top edge ô 14's first line starts (points): its last line
    clear of the content under it (``below``, from the top edge) by STAMP_GAP, and the block
    no nearer the edge than STAMP_EDGE.

    >>> round(stamp_top(3, 20 * mm) / mm, 1)  # content from 20 mm: the stamp ends 3.5 mm above
    4.0
    >>> round(stamp_top(3, 60 * mm) / mm, 1)  # a page that starts lower: the stamp still on top
    6.0
    """
    height = _stamp_height(count)
    room = below - STAMP_GAP * mm - height
    return max(STAMP_EDGE * mm, min(room, STAMP_TOP * mm))


def stamp_fits(count: int, below: float) -> bool:
    """Whether ô 14's lines, no nearer the edge than STAMP_EDGE, end above content that starts
    ``below`` points from the top edge (the gap may shrink): where they do not, they are drawn
    over it.

    >>> stamp_fits(3, 20 * mm), stamp_fits(3, 16.6 * mm), stamp_fits(3, 8 * mm)
    (True, True, False)
    """
    height = _stamp_height(count)
    return STAMP_EDGE * mm + height <= below


def stamp_width(lines: list[str]) -> float:
    """Ô 14's width in points: its widest line."""
    return max(pdfmetrics.stringWidth(text, face(bold=index == 0), L.SIZE_COPY_STAMP)
               for index, text in enumerate(lines))


def stamp_spans(lines: list[str], page_width: float) -> list[tuple[float, float]]:
    """Where ô 14 may stand across page 1, in points from its left edge, by preference: the
    top right corner (the decree's place), then the top left, each with STAMP_GAP to spare."""
    trang = settings()["trang"]
    width = stamp_width(lines) + STAMP_GAP * mm
    right = page_width - trang["le_phai"] * mm
    left = trang["le_trai"] * mm
    return [(right - width, right), (left, left + width)]


def draw_stamp(canvas: Canvas, lines: list[str], page_width: float, page_height: float,
               below: float, at_left: bool = False) -> None:
    """10 pt Times New Roman lines, right-aligned at the top right corner of the page (or
    left-aligned at its top left, ``at_left``), above the content that starts ``below``
    points from the top edge."""
    size = L.SIZE_COPY_STAMP
    right = page_width - settings()["trang"]["le_phai"] * mm
    left = settings()["trang"]["le_trai"] * mm
    y = page_height - stamp_top(len(lines), below) - size * 0.9  # the first baseline
    canvas.setFillColorRGB(0, 0, 0)
    for index, text in enumerate(lines):
        canvas.setFont(face(bold=index == 0), size)
        if at_left:
            canvas.drawString(left, y, text)
        else:
            canvas.drawRightString(right, y, text)
        y -= size * STAMP_LEADING
