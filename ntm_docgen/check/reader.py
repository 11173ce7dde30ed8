"""Read a DOCX into paragraphs with their effective formatting and where they sit."""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from pathlib import Path

import docx
from lxml import etree

from ntm_docgen.check.findings import rules
from ntm_docgen.check.fixes import split_at_breaks
from ntm_docgen.check.paras import Para, Run
from ntm_docgen.check.props import NS, ParaProps, RunProps, Styles, on, w
from ntm_docgen.errors import InputFileError
from ntm_docgen.files.limits import PARAGRAPHS
from ntm_docgen.files.numbering import list_indents, list_labels, list_levels
from ntm_docgen.files.syntax import xml_reason
from ntm_docgen.files.wordfile import open_word
from ntm_docgen.vietnamese.legacy import encoding_of_font, read_in, reads_old, typed_in_unicode

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
class Document:
    """A DOCX opened for checking: paragraphs in order, sections, headers and footers."""

    path: Path
    doc: docx.document.Document
    styles: Styles
    paras: list[Para]
    sections: list[etree._Element]

    def setting_on(self, path: str) -> bool:
        """Whether the document's settings turn on the toggle at ``path`` (from ``w:settings``:
        ``w:evenAndOddHeaders``); False where the file has no settings."""
        try:
            settings = self.doc.settings.element
        except (KeyError, NotImplementedError):
            return False
        return bool(on(settings.find(path, NS)))


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
    styles = styles_of(document, path)
    body = document.element.body
    try:  # each paragraph is resolved against its styles: bound the work before it starts
        PARAGRAPHS.check(sum(1 for _ in body.iter(w("p"))), path)
    except InputFileError as e:
        raise UnreadableDocxError(path, e.reason) from e
    if split_lines:
        split_at_breaks(body)
    paras = read_paras(body, styles, list_labels(document), list_indents(document),
                       list_levels(document))
    return Document(path, document, styles, paras, body.findall(".//w:sectPr", NS))


def styles_of(document: docx.document.Document, path: Path) -> Styles:
    """The style sheet and theme of an opened document, the file at ``path``."""
    part = document.part
    theme = None
    for rel in part.rels.values():
        if rel.reltype.endswith("/theme") and not rel.is_external:
            try:
                theme = etree.fromstring(rel.target_part.blob)
            except etree.XMLSyntaxError as e:  # told naming the file and the part, not as
                # "a file could not be read" (a damaged theme, found by tools/fuzz_inputs.py)
                raise UnreadableDocxError(path, xml_reason(
                    e, str(rel.target_part.partname).lstrip("/"), "Word")) from e
    try:
        styles_root = part.styles.element
    except (KeyError, NotImplementedError):
        styles_root = None
    try:
        settings_root = document.settings.element
    except (KeyError, NotImplementedError):
        settings_root = None
    return Styles(styles_root, theme, settings_root)


def read_paras(root: etree._Element, styles: Styles, labels: dict | None = None,
               indents: dict | None = None, levels: dict | None = None) -> list[Para]:
    """Every paragraph under ``root`` in reading order, text boxes included; ``labels`` the
    numbers and bullets Word's lists print before them, ``indents`` the indents their list
    levels set (``files.numbering.list_indents``), ``levels`` the levels that print them."""
    out: list[Para] = []
    labels, indents, levels = labels or {}, indents or {}, levels or {}
    #: runs in an old font whose readings tell nothing, each with its old reading
    unsure: list[list[tuple[Run, str]]] = []
    told = [0, 0]  # paragraphs in an old font read as typed in Unicode, and in the old encoding
    for p in root.iter(w("p")):
        if _skipped(p):
            continue
        runs = _read_runs(p, styles, unsure, told)
        para = Para(p, [r for r in runs if r.text], _listed(p, styles.para_props(p), indents),
                    "body", index=len(out))
        _place(para)
        para.has_line_shape = bool(_shapes(p))
        para.page_break = bool(_PAGE_BREAK(p))
        para.label = labels.get(p) or ("• " if _opens_with_symbol(p) else "")
        if labels.get(p) and p in levels:
            para.label_run = Run(levels[p], para.label, styles.run_props(_label_r(levels[p], p), p))
        out.append(para)
    if told[1] > told[0]:  # they go with the letter: "1.", "Sè: 15" of a letter in TCVN3
        for run, old in (pair for runs in unsure for pair in runs):
            run.typed, run.text = run.text, old
    return out


def _label_r(lvl: etree._Element, p: etree._Element) -> etree._Element:
    """A run standing for the label a list level prints before paragraph ``p``: its ``w:rPr``
    the level's, then what the paragraph mark's (``w:pPr/w:rPr``) sets besides, as Word
    formats a list's number; the paragraph's style under both."""
    r = etree.Element(w("r"))
    rpr = etree.SubElement(r, w("rPr"))
    for source in (lvl.find("w:rPr", NS), p.find("w:pPr/w:rPr", NS)):
        for prop in source if source is not None else ():
            if isinstance(prop.tag, str) and prop.tag != w("rStyle") and \
                    rpr.find(prop.tag) is None:
                rpr.append(copy.deepcopy(prop))
    return r


def _listed(p: etree._Element, props: ParaProps, indents: dict) -> ParaProps:
    """A list item's layout with the indent its list level sets (a "b)" Word numbers prints
    where its level puts it, 1 cm in), unless the paragraph sets its own ``w:ind``."""
    if p not in indents or p.find("w:pPr/w:ind", NS) is not None:
        return props
    left, first_line = indents[p]
    return replace(props, left=props.left if left is None else left,
                   first_line=props.first_line if first_line is None else first_line)


def _read_runs(p: etree._Element, styles: Styles, unsure: list[list[tuple[Run, str]]],
               told: list[int]) -> list[Run]:
    """The runs of paragraph ``p``, their text as it reads: typed in a legacy font (TCVN3
    ``.VnTime``, VNI), in Unicode, as ``import`` reads it, so that each rule reads the letter's
    words (the file keeps its text, which the font.legacy finding's fix converts). Whether the
    runs of a paragraph in an old font hold its old encoding or Unicode typed under the old
    font's name is told by which reading makes Vietnamese words (``legacy.reads_old``), the
    paragraph's runs together: a run of them cut between letters (``Công ty c|ổ phần``) may
    hold only letters both share (``tháng``), and ``Cá nhân`` read as TCVN3 is ``Cỏ nhõn``. A
    paragraph whose readings tell nothing (``1.2.`` reads the same either way, ``Sè``/``Số``
    are both words) is added to ``unsure`` with its old reading, and ``told`` counts the
    others (Unicode, old). Hidden runs (``w:vanish``), which never print, are not
    read."""
    runs = []
    legacy: list[tuple[Run, tuple[str, str]]] = []
    for r in _own_runs(p):
        props = styles.run_props(r, p)
        if props.hidden:  # hidden text (w:vanish) prints nothing: no rule reads it
            continue
        runs.append(Run(r, _run_text(r), props))
        typed = legacy_font(props)
        if typed is not None:
            legacy.append((runs[-1], typed))
    if not any(run.text.strip() for run, _typed in legacy):
        return runs
    verdict: bool | None = False  # a letter only Unicode has: typed in Unicode
    if not any(typed_in_unicode(run.text) for run, _typed in legacy):
        old = {id(run): read_in(_run_text(run.el, "\u00ad" if encoding == "tcvn3" else ""),
                                encoding, font)  # ư, drawn as a soft hyphen in TCVN3
               for run, (encoding, font) in legacy}
        verdict = reads_old("".join(r.text for r in runs),
                            "".join(old.get(id(r), r.text) for r in runs))
    if verdict is None:  # its old reading kept: ``Sè: 106`` of a letter in TCVN3 is ``Số: 106``
        unsure.append([(run, old[id(run)]) for run, _typed in legacy])
        return runs
    told[verdict] += 1
    for run, _typed in legacy if verdict else ():
        run.typed, run.text = run.text, old[id(run)]
    return runs


def legacy_font(props: RunProps) -> tuple[str, str] | None:
    """The legacy encoding and the font of it a run of ``props`` is drawn in, in the slots
    Vietnamese text is drawn with (``.VnTimeH`` -> ``("tcvn3", ".VnTimeH")``), or None."""
    for name in sorted({props.fonts[slot] for slot in rules()["page"]["font_slots"]}):
        encoding = encoding_of_font(name)
        if encoding:
            return encoding, name
    return None


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


def _run_text(r: etree._Element, soft_hyphen: str = "") -> str:
    """The text of run ``r``; a soft hyphen (``w:softHyphen``, which is ư in TCVN3 once
    LibreOffice has read a .doc) as ``soft_hyphen``."""
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
        elif tag == "softHyphen":
            parts.append(soft_hyphen)
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
