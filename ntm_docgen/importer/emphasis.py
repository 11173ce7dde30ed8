"""The bold and italic of a Word document's paragraphs, run by run, and the body of an imported
spec written with them as its markup (contract §2: ``**bold**``, ``*italic*``, ``\\*`` for a
literal star), so that the spec renders the letter it came from."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ntm_docgen.importer.docxtext import _drawn, docx_paragraphs, paragraph_text, qn
from ntm_docgen.importer.legacy import RunFonts, style_chain
from ntm_docgen.letter.markup_text import Piece, escaped, marked
from ntm_docgen.vietnamese.legacy import to_unicode
from ntm_docgen.vietnamese.text import nfc

if TYPE_CHECKING:
    from ntm_docgen.importer.pdfemphasis import PdfEmphasis


def emphasis_of(body: Any, fonts: RunFonts, labels: dict[Any, str]) -> dict[str, str]:
    """Each paragraph that prints a part bold or italic which the layout would not, as
    ``{its text, spaces collapsed: its markup}``. A paragraph whose runs do not give its
    text as read (a line break in it, a text box) is left out: it is read as plain text."""
    out: dict[str, str] = {}
    for paragraph in docx_paragraphs(body):
        if paragraph is None:
            continue
        pieces = _pieces(paragraph, fonts, labels)
        if pieces is None or not any(b or i for _, b, i in pieces):
            continue
        text = " ".join(nfc(paragraph_text(paragraph, fonts, labels)).split())
        if "".join(p[0] for p in pieces) != text:
            continue
        line = marked(pieces)
        if line != escaped(text):
            out[text] = line
    return out


def with_markup(spec: dict[str, Any],
                emphasis: Mapping[str, str] | PdfEmphasis) -> dict[str, Any]:
    """The spec with its body's lines (and each appendix's) written as markup: a line read
    from a paragraph (or a PDF's lines) with bold or italic parts as ``emphasis`` gives it,
    any other with its literal stars escaped. Table rows and page breaks stay as they are."""
    out = dict(spec)
    if isinstance(out.get("noi_dung"), str):
        out["noi_dung"] = _body(out["noi_dung"], emphasis)
    if isinstance(out.get("phu_luc"), list):
        out["phu_luc"] = [{**item, "noi_dung": _body(item["noi_dung"], emphasis)}
                          if isinstance(item, dict) and isinstance(item.get("noi_dung"), str)
                          else item for item in out["phu_luc"]]
    return out


def marks_of(spec: dict[str, Any], emphasis: Mapping[str, str] | PdfEmphasis) -> dict[str, str]:
    """The body's lines (and each appendix's) that print a part bold or italic, as ``{the
    line's text: its markup}``: what a reader of the text alone (derive) puts back on the lines
    it keeps as they are."""
    texts = [spec.get("noi_dung"), *(item.get("noi_dung") for item in spec.get("phu_luc") or []
                                     if isinstance(item, dict))]
    out: dict[str, str] = {}
    for text in texts:
        for line in str(text or "").split("\n"):
            if not line.startswith("|") and line.strip() != "---" \
                    and (written := emphasis.get(line)):
                out[line] = written
    return out


def _body(text: str, emphasis: Mapping[str, str] | PdfEmphasis) -> str:
    return "\n".join(line if line.startswith("|") or line.strip() == "---"
                     else emphasis.get(line) or escaped(line) for line in text.split("\n"))


def _pieces(paragraph: Any, fonts: RunFonts, labels: dict[Any, str]) -> list[Piece] | None:
    """The paragraph's text as (text, bold, italic) pieces, spaces collapsed, its list label
    first (as its first run prints); None when a line break or a text box is in it."""
    pieces: list[Piece] = []
    for node in _drawn(paragraph):
        tag = node.tag.rsplit("}", 1)[-1]
        if tag in ("br", "cr", "txbxContent"):
            return None
        if tag != "r":
            continue
        text = _run_text(node, paragraph, fonts)
        if text:
            pieces.append((text, _mark(node, paragraph, fonts, "b"),
                           _mark(node, paragraph, fonts, "i")))
    label = labels.get(paragraph, "")
    if label and pieces:
        pieces.insert(0, (label, pieces[0][1], pieces[0][2]))
    return _collapsed(pieces)


def _run_text(run: Any, paragraph: Any, fonts: RunFonts) -> str:
    parts = []
    for child in run.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if tag == "t" and child.text:
            old = fonts.legacy(run, paragraph)
            parts.append(to_unicode(child.text, *old) if old else child.text)
        elif tag == "tab":
            parts.append(" ")
    return nfc("".join(parts))


def _collapsed(pieces: list[Piece]) -> list[Piece]:
    """The pieces with every run of spaces one space, none at either end."""
    out: list[Piece] = []
    space = True  # the text so far ends with a space (or is empty)
    for text, bold, italic in pieces:
        kept = []
        for char in text:
            if char.isspace():
                if not space:
                    kept.append(" ")
                space = True
            else:
                kept.append(char)
                space = False
        out.append(("".join(kept), bold, italic))
    while out and out[-1][0].endswith(" "):
        out[-1] = (out[-1][0][:-1], *out[-1][1:])
        if not out[-1][0]:
            out.pop()
    return [p for p in out if p[0]]


def _mark(run: Any, paragraph: Any, fonts: RunFonts, tag: str) -> bool:
    """What ``w:b`` (or ``w:i``) says of a run: its own mark, else its character style's,
    else its paragraph style's (through ``basedOn``)."""
    props = run.find(qn("rPr"))
    own = _said(props, tag)
    if own is not None:
        return own
    style = props.find(qn("rStyle")) if props is not None else None
    if style is not None:
        by_style = _style_mark(fonts.styles, style.get(qn("val")), tag)
        if by_style is not None:
            return by_style
    p_props = paragraph.find(qn("pPr"))
    p_style = p_props.find(qn("pStyle")) if p_props is not None else None
    return bool(_style_mark(fonts.styles, p_style.get(qn("val")) if p_style is not None
                            else "Normal", tag))


def _said(props: Any, tag: str) -> bool | None:
    mark = props.find(qn(tag)) if props is not None else None
    return None if mark is None else mark.get(qn("val")) not in ("0", "false", "off")


def _style_mark(styles: dict[str, Any], style_id: str | None, tag: str) -> bool | None:
    for style in style_chain(styles, style_id):
        said = _said(style.find(qn("rPr")), tag)
        if said is not None:
            return said
    return None
