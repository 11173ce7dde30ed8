"""Read a produced DOCX back for layout assertions: paragraphs in order, with formatting."""

from __future__ import annotations

import io
from dataclasses import dataclass

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph


@dataclass
class Para:
    """A paragraph with what the decree fixes about it."""

    text: str
    where: str  # "body", "header[r][c]", "signature[c]", "table"
    paragraph: Paragraph

    @property
    def runs(self):
        return [r for r in self.paragraph.runs if r.text]

    @property
    def bold(self) -> bool:
        return bool(self.runs) and all(r.bold for r in self.runs)

    @property
    def italic(self) -> bool:
        return bool(self.runs) and all(r.italic for r in self.runs)

    @property
    def sizes(self) -> set[float]:
        return {r.font.size.pt for r in self.runs if r.font.size is not None}

    @property
    def fonts(self) -> set[str | None]:
        out = set()
        for r in self.runs:
            rfonts = r._r.rPr.find(qn("w:rFonts")) if r._r.rPr is not None else None
            for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                out.add(rfonts.get(qn(slot)) if rfonts is not None else None)
        return out

    @property
    def align(self) -> str | None:
        jc = self.paragraph._p.find(f"{qn('w:pPr')}/{qn('w:jc')}")
        return jc.get(qn("w:val")) if jc is not None else None

    @property
    def top_border(self) -> bool:
        return self.paragraph._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:top')}") is not None


def open_docx(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def paragraphs(document: Document) -> list[Para]:
    """Every paragraph of the body in reading order, tables included."""
    out: list[Para] = []
    first = True
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            out.append(Para(block.text, "body", block))
            continue
        assert isinstance(block, Table)
        cells_text = " ".join(c.text for row in block.rows for c in row.cells)
        name = "header" if first else "signature" if "Nơi nhận:" in cells_text else "table"
        first = False
        for r, row in enumerate(block.rows):
            for c, cell in enumerate(row.cells):
                out.extend(Para(p.text, f"{name}[{r}][{c}]", p) for p in cell_paragraphs(cell))
    return out


def cell_paragraphs(cell) -> list[Paragraph]:
    """A cell's paragraphs in order, those of tables nested in it (the urgency box) included."""
    out: list[Paragraph] = []
    for block in cell.iter_inner_content():
        if isinstance(block, Paragraph):
            out.append(block)
        else:
            for row in block.rows:
                for inner in row.cells:
                    out.extend(cell_paragraphs(inner))
    return out


def find(paras: list[Para], text: str) -> Para:
    """The first paragraph whose text starts with ``text``."""
    for p in paras:
        if p.text.startswith(text):
            return p
    raise AssertionError(f"no paragraph starts with {text!r}; have {[p.text for p in paras]}")


def texts(paras: list[Para]) -> list[str]:
    return [p.text for p in paras if p.text.strip()]
