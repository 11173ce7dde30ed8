"""Read a DOCX into paragraphs with their effective formatting and where they sit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import docx
from lxml import etree

from ntm_docgen.check.fixes import split_at_breaks
from ntm_docgen.check.props import NS, ParaProps, RunProps, Styles, w
from ntm_docgen.errors import InputFileError
from ntm_docgen.files.limits import PARAGRAPHS
from ntm_docgen.files.numbering import list_labels
from ntm_docgen.files.wordfile import open_word
from ntm_docgen.vietnamese.text import nfc

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_SKIP = {f"{{{MC}}}Fallback", w("del"), w("moveFrom"), w("instrText")}
#: Shapes that draw a line: DrawingML presets and connectors, VML lines.
_LINE_XPATH = etree.XPath(
    ".//a:prstGeom[starts-with(@prst, 'line') or contains(@prst, 'Connector')]"
    " | .//*[local-name()='line' or local-name()='cNvCnPr']"
    " | .//*[local-name()='shape' and contains(@type, '_x0000_t32')]", namespaces=NS)
_PAGE_BREAK = etree.XPath(".//w:br[@w:type='page'] | w:pPr/w:pageBreakBefore", namespaces=NS)


class UnreadableDocxError(InputFileError):
    """Raised when a file is not a readable DOCX (not a zip, no document part, broken XML)."""


@dataclass
class Run:
    """A stretch of text with one formatting; ``text`` holds ``\\n`` for line breaks."""

    el: etree._Element
    text: str
    props: RunProps

    @property
    def shown(self) -> str:
        """The text as displayed (``w:caps`` shows capitals)."""
        return self.text.upper() if self.props.caps else self.text


@dataclass
class Para:
    """One paragraph: its runs, layout, and container (``body``, ``table``, ``textbox``)."""

    el: etree._Element
    runs: list[Run]
    props: ParaProps
    container: str
    cell: etree._Element | None = None
    row: int = -1
    col: int = -1
    index: int = 0
    has_line_shape: bool = False
    page_break: bool = False
    #: what Word prints before the text and the text lacks: a list's number or bullet
    #: (numbering.xml) or a bullet typed as a Symbol character (w:sym), with its space
    label: str = ""

    @property
    def text(self) -> str:
        return "".join(r.shown for r in self.runs)

    @property
    def bullet(self) -> bool:
        """True when the paragraph prints as an item of a list marked by a bullet or a dash
        that is not in its text ("- " drawn by Word's list, "•" typed as a symbol)."""
        mark = self.label.strip()
        return bool(mark) and not mark[0].isalnum()

    @property
    def clean(self) -> str:
        """Displayed text in NFC with tabs, breaks and repeated spaces folded to one space."""
        return " ".join(nfc(self.text).replace("\u00a0", " ").split())

    def segments(self) -> list[Line]:
        """The paragraph split at line breaks and tabs, and at a gap of spaces before a
        capital (two columns typed with the space bar: "ỦY BAN NHÂN DÂN      CỘNG HÒA ..."),
        each piece keeping its runs. A gap before a small letter, a digit or "/" is a blank
        left for the number or the day ("Số:      /UBND", "ngày      tháng") and stays."""
        text = "".join(r.shown for r in self.runs)
        piece_of: list[int | None] = []
        piece = 0
        for match in _SEPARATOR.finditer(text):
            piece_of += [piece] * (match.start() - len(piece_of))
            if match.group()[0] in "\n\t" or _column_gap(text, match):
                piece_of += [None] * (match.end() - match.start())
                piece += 1
            else:
                piece_of += [piece] * (match.end() - match.start())
        piece_of += [piece] * (len(text) - len(piece_of))
        out = [Line(self, []) for _ in range(piece + 1)]
        start = 0
        for run in self.runs:
            shown = run.shown
            i = 0
            while i < len(shown):
                owner, j = piece_of[start + i], i
                while j < len(shown) and piece_of[start + j] == owner:
                    j += 1
                if owner is not None:
                    out[owner].runs.append(Run(run.el, shown[i:j], run.props))
                i = j
            start += len(shown)
        return [line for line in out if line.clean]


#: a line break, a tab, or a gap of spaces wide enough to be typed for a column
_SEPARATOR = re.compile(r"[\n\t]|[ \u00a0]{6,}")


def _column_gap(text: str, gap: re.Match[str]) -> bool:
    """True when a gap of spaces separates two columns: text before it on its line, and a
    capital letter right after it."""
    before = text[:gap.start()].rsplit("\n", 1)[-1].rsplit("\t", 1)[-1]
    return bool(before.strip()) and gap.end() < len(text) and text[gap.end()].isupper()


@dataclass
class Line:
    """A piece of a paragraph between breaks and tabs: one visual line or one tab column."""

    para: Para
    runs: list[Run] = field(default_factory=list)

    @property
    def clean(self) -> str:
        return " ".join(nfc("".join(r.text for r in self.runs)).replace("\u00a0", " ").split())

    @property
    def clean_raw(self) -> str:
        """The text in NFC with its spaces as typed."""
        return nfc("".join(r.text for r in self.runs)).replace("\u00a0", " ")


@dataclass
class Document:
    """A DOCX opened for checking: paragraphs in order, sections, headers and footers."""

    path: Path
    doc: docx.document.Document
    styles: Styles
    paras: list[Para]
    sections: list[etree._Element]


def open_docx(path: Path | str, split_lines: bool = False) -> Document:
    """Open ``path`` and read it; raise UnreadableDocxError when it is not a DOCX.

    With ``split_lines`` (for ``--fix``), runs are first split at line breaks and tabs so that
    each run belongs to one line of the letter.
    """
    path = Path(path)
    try:
        document = open_word(path)
    except InputFileError as e:  # damaged, encrypted, over a limit, unreadable
        raise UnreadableDocxError(path, e.reason) from e
    styles = styles_of(document)
    body = document.element.body
    try:  # each paragraph is resolved against its styles: bound the work before it starts
        PARAGRAPHS.check(sum(1 for _ in body.iter(w("p"))), path)
    except InputFileError as e:
        raise UnreadableDocxError(path, e.reason) from e
    if split_lines:
        split_at_breaks(body)
    paras = read_paras(body, styles, list_labels(document))
    return Document(path, document, styles, paras, body.findall(".//w:sectPr", NS))


def styles_of(document: docx.document.Document) -> Styles:
    """The style sheet and theme of an opened document."""
    part = document.part
    theme = None
    for rel in part.rels.values():
        if rel.reltype.endswith("/theme") and not rel.is_external:
            theme = etree.fromstring(rel.target_part.blob)
    try:
        styles_root = part.styles.element
    except (KeyError, NotImplementedError):
        styles_root = None
    try:
        settings_root = document.settings.element
    except (KeyError, NotImplementedError):
        settings_root = None
    return Styles(styles_root, theme, settings_root)


def read_paras(root: etree._Element, styles: Styles,
               labels: dict | None = None) -> list[Para]:
    """Every paragraph under ``root`` in reading order, text boxes included; ``labels`` the
    numbers and bullets Word's lists print before them."""
    out: list[Para] = []
    labels = labels or {}
    for p in root.iter(w("p")):
        if _skipped(p):
            continue
        runs = [Run(r, _run_text(r), styles.run_props(r, p)) for r in _own_runs(p)]
        para = Para(p, [r for r in runs if r.text], styles.para_props(p), "body",
                    index=len(out))
        _place(para)
        para.has_line_shape = bool(_shapes(p))
        para.page_break = bool(_PAGE_BREAK(p))
        para.label = labels.get(p) or ("• " if _opens_with_symbol(p) else "")
        out.append(para)
    return out


def _opens_with_symbol(p: etree._Element) -> bool:
    """True when the first thing paragraph ``p`` prints is a Symbol or Wingdings character
    (``w:sym``), as Word types a bullet: "•<Tab>text"."""
    for r in _own_runs(p):
        for child in r:
            tag = etree.QName(child).localname
            if tag == "sym":
                return True
            if tag in ("t", "br", "cr", "noBreakHyphen") and (tag != "t" or (child.text or "")
                                                               .strip()):
                return False
    return False


def _skipped(el: etree._Element) -> bool:
    return any(a.tag in _SKIP for a in el.iterancestors())


def _own_runs(p: etree._Element) -> list[etree._Element]:
    """Runs of ``p`` itself, not of text boxes anchored in it nor of deleted text."""
    return [r for r in p.iter(w("r"))
            if next(r.iterancestors(w("p"))) is p and not _skipped_within(r, p)]


def _skipped_within(r: etree._Element, p: etree._Element) -> bool:
    for a in r.iterancestors():
        if a is p:
            return False
        if a.tag in _SKIP:
            return True
    return False


def _run_text(r: etree._Element) -> str:
    parts = []
    for child in r:
        tag = etree.QName(child).localname
        if tag == "t":
            parts.append(child.text or "")
        elif tag == "tab":
            parts.append("\t")
        elif tag in ("br", "cr") and child.get(w("type")) not in ("page", "column"):
            parts.append("\n")
        elif tag == "noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _place(para: Para) -> None:
    for a in para.el.iterancestors():
        tag = etree.QName(a).localname
        if tag == "txbxContent":
            para.container = "textbox"
            return
        if tag == "tc" and para.cell is None:
            para.container, para.cell = "table", a
            tr = a.getparent()
            para.col = [c for c in tr if c.tag == w("tc")].index(a)
            para.row = [c for c in tr.getparent() if c.tag == w("tr")].index(tr)


def _shapes(p: etree._Element) -> list[etree._Element]:
    """Line shapes anchored in paragraph ``p`` (DrawingML or VML), fallbacks excluded."""
    return [s for s in _LINE_XPATH(p) if not _skipped(s)]


def is_line_shape(p: etree._Element) -> bool:
    """True when paragraph ``p`` anchors a line shape."""
    return bool(_shapes(p))
