"""A letter's PDF without a quarter page left empty before the signature.

The closing paragraph keeps with the signature (``w:keepNext``). Word then moves only its last
lines to the signature's page; LibreOffice, which makes the PDFs, never splits a keep-with-next
paragraph, so a long closing paragraph moves whole, with the heading before it, and leaves the
page before a quarter empty (Hướng dẫn 1741, page 2). When the first PDF shows that, the PDF is
made again from a copy of the DOCX in which the paragraph is split where LibreOffice broke its
lines: the first part justified to its last line and free to stay, the last two lines kept with
the signature. The DOCX the clerk gets is not changed: Word breaks it that way by itself.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass

from lxml import etree

from ntm_docgen.files.ooxml import W_NS, mm
from ntm_docgen.letter import layout_rules as L

W = f"{{{W_NS}}}"
DOCUMENT = "word/document.xml"
#: A page before the signature's emptier than this share of the text area is worth a second try.
EMPTY_SHARE = 0.15
#: Lines of the closing paragraph kept with the signature (the decree's practice: never the
#: signature alone; two lines as widow control keeps them).
KEPT_LINES = 2
_POINTS_PER_TWIP = 1 / 20
A4_HEIGHT = 16838 * _POINTS_PER_TWIP  # the signature's page is portrait A4
_LABEL = "Nơi nhận:"


@dataclass(frozen=True)
class Line:
    """A printed line of a PDF page: its top and bottom in points from the top edge."""

    top: float
    bottom: float
    text: str


def page_lines(pdf: bytes) -> list[list[Line]]:
    """The text lines of every page, top to bottom (pieces on one baseline joined)."""
    import pypdfium2 as pdfium

    from ntm_docgen.files.pages import PDFIUM

    with PDFIUM:  # one thread at a time in pdfium
        document = pdfium.PdfDocument(pdf)
        pages = []
        try:
            for page in document:
                height = page.get_height()
                text = page.get_textpage()
                pieces = []
                for index in range(text.count_rects()):
                    left, bottom, right, top = text.get_rect(index)
                    pieces.append((round(height - bottom), left, height - top, height - bottom,
                                   text.get_text_bounded(left, bottom, right, top)))
                lines: dict[int, list] = {}
                for piece in sorted(pieces):
                    key = next((k for k in lines if abs(k - piece[0]) <= 2), piece[0])
                    lines.setdefault(key, []).append(piece)
                pages.append([Line(min(p[2] for p in group), max(p[3] for p in group),
                                   " ".join(p[4].strip()
                                            for p in sorted(group, key=lambda p: p[1])))
                              for _, group in sorted(lines.items())])
        finally:
            document.close()
    return pages


def empty_share(lines: list[Line], page_height: float) -> float:
    """How much of the text area lies empty under a page's last line."""
    area_bottom = page_height - mm(L.MARGIN_BOTTOM) * _POINTS_PER_TWIP
    area = area_bottom - mm(L.MARGIN_TOP) * _POINTS_PER_TWIP
    last = max((line.bottom for line in lines), default=area_bottom - area)
    return max(area_bottom - last, 0) / area


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _text(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def closing_paragraph(body: etree._Element) -> etree._Element | None:
    """The body's last paragraph with text before the signature table, if it keeps with it."""
    label = next((p for p in body.iter(f"{W}p") if _text(p).strip() == _LABEL), None)
    table = next((a for a in label.iterancestors(f"{W}tbl")), None) if label is not None else None
    if table is None:
        return None
    for element in table.itersiblings(preceding=True):
        if element.tag != f"{W}p":
            return None
        if _text(element).strip():
            kept = element.find(f"{W}pPr/{W}keepNext") is not None
            return element if kept else None
    return None


def split_at(paragraph: etree._Element, kept: str) -> tuple[etree._Element, etree._Element]:
    """The paragraph in two: all but ``kept`` (its last lines' text) justified to its last
    line and not kept; ``kept`` with no indent or space above, kept with the signature."""
    total = len(_flat(_text(paragraph)))
    cut = total - len(_flat(kept))
    first, last = deepcopy(paragraph), deepcopy(paragraph)
    _keep_chars(first, 0, cut)
    _keep_chars(last, cut, total)
    props = first.find(f"{W}pPr")
    if props is not None:
        for keep in props.findall(f"{W}keepNext"):
            props.remove(keep)
        jc = props.find(f"{W}jc")
        if jc is not None:
            jc.set(f"{W}val", "distribute")  # LibreOffice: justified, the last line too
    props = last.find(f"{W}pPr")
    if props is not None:
        spacing = props.find(f"{W}spacing")
        if spacing is not None:
            spacing.set(f"{W}before", "0")
        ind = props.find(f"{W}ind")
        if ind is not None and ind.get(f"{W}firstLine") is not None:
            ind.set(f"{W}firstLine", "0")
    return first, last


def _keep_chars(paragraph: etree._Element, start: int, end: int) -> None:
    """Keep only the text whose non-space characters are numbered ``start``..``end`` (and the
    spaces between them)."""
    seen = 0
    for node in list(paragraph.iter(f"{W}t")):
        out = []
        for char in node.text or "":
            if char.isspace():
                if start < seen < end:
                    out.append(char)
            else:
                if start <= seen < end:
                    out.append(char)
                seen += 1
        node.text = "".join(out)
        if not node.text:
            node.getparent().remove(node)
    for run in list(paragraph.iter(f"{W}r")):
        if run.find(f"{W}t") is None and run.find(f"{W}tab") is None:
            run.getparent().remove(run)


def kept_lines_split(docx: bytes, pdf: bytes) -> bytes | None:
    """A copy of ``docx`` whose closing paragraph is split for LibreOffice, when the first
    PDF left the page before the signature too empty; None when it did not."""
    pages = page_lines(pdf)
    signed = next((i for i, lines in enumerate(pages)
                   if any(line.text.startswith(_LABEL) for line in lines)), None)
    if not signed:
        return None
    if empty_share(pages[signed - 1], A4_HEIGHT) < EMPTY_SHARE:
        return None
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    root = etree.fromstring(parts[DOCUMENT])
    body = root.find(f"{W}body")
    paragraph = closing_paragraph(body) if body is not None else None
    if paragraph is None:
        return None
    label_top = next(line.top for line in pages[signed] if line.text.startswith(_LABEL))
    above = [line for line in pages[signed] if line.bottom <= label_top + 1
             and line.top > mm(L.MARGIN_TOP) * _POINTS_PER_TWIP - 6]
    whole = _flat(_text(paragraph))
    for count in range(1, len(above) + 1):
        if _flat(" ".join(line.text for line in above[-count:])) == whole:
            break
    else:
        return None  # the paragraph is not all on the signature's page: nothing moved whole
    if count <= KEPT_LINES:
        return None
    first, last = split_at(paragraph, " ".join(line.text for line in above[-KEPT_LINES:]))
    paragraph.addprevious(first)
    paragraph.addprevious(last)
    paragraph.getparent().remove(paragraph)
    parts[DOCUMENT] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                     standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return out.getvalue()


def fuller(first: bytes, again: bytes) -> bool:
    """Whether ``again`` (the PDF of the split copy) leaves the page before the signature less
    empty than ``first`` did, with the signature still on a page of its own."""
    before, after = page_lines(first), page_lines(again)
    signed = next((i for i, lines in enumerate(before)
                   if any(line.text.startswith(_LABEL) for line in lines)), None)
    if not signed:
        return False
    return len(after) > signed and empty_share(after[signed - 1], A4_HEIGHT) < \
        empty_share(before[signed - 1], A4_HEIGHT)


def letter_pdf(docx: bytes, convert: Callable[[bytes], bytes]) -> bytes:
    """The PDF of a letter (``convert``: DOCX bytes to PDF bytes), made twice when the first
    leaves the page before the signature a quarter empty and splitting the closing paragraph
    fills it. Many letters converted together take the same two steps: ``kept_lines_split``
    on each first PDF, then ``fuller`` between the two (``bulk/pdfbatch.py``)."""
    pdf = convert(docx)
    split = kept_lines_split(docx, pdf)
    if split is None:
        return pdf
    again = convert(split)
    return again if fuller(pdf, again) else pdf
