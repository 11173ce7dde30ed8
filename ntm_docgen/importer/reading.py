"""Read the lines of a letter from a .txt, .docx or .pdf file, a scan, or a .doc, .rtf or .odt
(read as the .docx LibreOffice makes of it), in reading order."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from ntm_docgen.errors import InputFileError
from ntm_docgen.files import officein
from ntm_docgen.files.limits import IMPORT_LINES, check_lines
from ntm_docgen.files.numbering import list_labels
from ntm_docgen.files.package import UnreadablePackageError, check_package, known_zip_problem
from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import _
from ntm_docgen.importer.legacy import RunFonts, style_chain
from ntm_docgen.importer.textfile import read_text_file
from ntm_docgen.vietnamese.legacy import encoding_of_font, to_unicode
from ntm_docgen.vietnamese.text import nfc

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
SUFFIXES = (".txt", ".docx", ".pdf", *IMAGE_SUFFIXES, *officein.SUFFIXES)
#: Word's widest table has 63 columns.
MAX_SPAN = 63
#: Where Word keeps a drawing again for readers that cannot draw it: a text box's text twice.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


@dataclass(frozen=True)
class Source:
    """What a letter file gave: its lines in reading order; the wholly bold lines (Word, PDF);
    whether its lines may be wrapped paragraphs (not so in Word); what was set apart from the
    letter (page numbers, running headers, footnotes: kind, page, text); the OCR'd pages; the
    legacy font encodings its text was converted from."""

    lines: list[str]
    bold: frozenset[str] = frozenset()
    wrapped: bool = True
    set_apart: tuple[tuple[str, int, str], ...] = ()
    ocr_pages: tuple[int, ...] = ()
    legacy: tuple[str, ...] = ()  # the legacy encodings converted (tcvn3, vni)


def read_source(path: Path | str) -> Source:
    """Read the letter at ``path``: text, Word, PDF (text layer or OCR), a scanned image, or
    Word 97, RTF or OpenDocument through the .docx LibreOffice makes of it."""
    path = _checked(Path(path))
    suffix = path.suffix.lower()
    if suffix in officein.SUFFIXES:
        with officein.as_docx(path) as docx:
            return read_source(docx)
    if suffix in (".pdf", *IMAGE_SUFFIXES):
        from ntm_docgen.importer.pdfwords import read_image_text, read_pdf_text

        found = read_pdf_text(path) if suffix == ".pdf" else read_image_text(path)
        return Source(_split(latin_lookalikes(nfc("\n".join(found.lines)))), found.bold, True,
                      tuple(found.set_apart), tuple(found.ocr_pages))
    if suffix == ".docx":
        return Source(read_lines(path), read_bold(path), wrapped=False,
                      legacy=tuple(sorted(legacy_encodings(path))))
    text, legacy = read_text_file(path)
    check_lines(text, path)
    return Source(_split(nfc(text)), legacy=(legacy,) if legacy else ())


def latin_lookalikes(text: str) -> str:
    """On a page written in Latin letters, a letter of another script a text layer gave for
    the Latin one it looks like is read as that one (``data/chu_giong.yaml``).

    >>> latin_lookalikes("Bộ Công Thương, Bộ Tài chính thống nhất. Lưu: VT, BYТ, ВСТ.")
    'Bộ Công Thương, Bộ Tài chính thống nhất. Lưu: VT, BYT, BCT.'
    >>> latin_lookalikes("Москва")
    'Москва'
    """
    data = load_data("chu_giong.yaml")
    table: dict[str, str | int | None] = data["latin"]
    found = sum(1 for c in text if c in table)
    letters = sum(1 for c in text if c.isalpha())
    if not found or found > data["phan_toi_da"] * letters:
        return text
    return text.translate(str.maketrans(table))


def _checked(path: Path) -> Path:
    if path.suffix.lower() not in SUFFIXES:
        raise InputFileError(path, _("is not a letter file this tool reads: give a .txt, .docx, "
                                     ".doc, .rtf, .odt or .pdf file, or a scan as .png, .jpg "
                                     "or .tif"))
    if not path.exists():
        raise InputFileError(path, _("no such file"))
    if path.is_dir():
        raise InputFileError(path, _("is a folder, not a file"))
    return path


def _split(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def read_lines(path: Path | str) -> list[str]:
    """The text lines of ``path``: a text file (importer/textfile.py), or a Word document."""
    path = _checked(Path(path))
    if path.suffix.lower() not in (".txt", ".docx"):  # a PDF, a scan, a .doc
        return read_source(path).lines
    text = _docx_text(path) if path.suffix.lower() == ".docx" else read_text_file(path)[0]
    check_lines(text, path)
    return _split(nfc(text))


def read_bold(path: Path | str) -> frozenset[str]:
    """The text of every line of a wholly bold paragraph of a Word document (none for a .txt
    file): a paragraph's lines are read apart where a line break (Shift+Enter) parts them, as
    :func:`read_lines` reads them (a trích yếu of two paragraphs, the second broken in two).

    In a letter laid out by Nghị định 30 the issuer, the type name and the trích yếu are bold
    and the parent body and the body text are not: this tells them apart where the words alone
    cannot. Texts are NFC with their spaces collapsed, as the cleaned lines are.
    """
    path = Path(path)
    if path.suffix.lower() != ".docx" or not path.is_file():
        return frozenset()
    body, fonts, labels = _docx_body(path)
    lines = (" ".join(line.split()) for p in _paragraphs(body)
             if p is not None and _bold(p, fonts.styles)
             for line in nfc(_paragraph_text(p, fonts, labels)).split("\n"))
    return frozenset(line for line in lines if line and line != "---")


def _docx_text(path: Path) -> str:
    """Paragraphs and table cells in document order; a cell's text follows its row's order.
    A ruled table of the body comes back as pipe-table markup (contract §2)."""
    body, fonts, labels = _docx_body(path)
    return "\n".join("" if p is None else p if isinstance(p, str)
                     else _paragraph_text(p, fonts, labels)
                     for p in _paragraphs(body, pipes=True, fonts=fonts))


def legacy_encodings(path: Path | str) -> set[str]:
    """The legacy encodings (``tcvn3``, ``vni``) a Word document's text is typed in."""
    path = Path(path)
    if path.suffix.lower() != ".docx":
        return set()
    body, fonts, _ = _docx_body(path)
    return fonts.encodings(body)


def _docx_body(path: Path) -> tuple[Any, RunFonts, dict[Any, str]]:
    """The document's body, the fonts of its runs and the labels of its list paragraphs."""
    import docx  # python-docx; imported here so reading a .txt does not need it
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    try:
        check_package(path)
    except UnreadablePackageError as e:
        if e.encrypted:
            raise InputFileError(path, _("is password-protected (encrypted); open it, remove "
                                         "the password and save it again")) from e
        raise _unopenable(path, e.detail) from e
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, zlib.error, LxmlError, KeyError,
            ValueError, EOFError, NotImplementedError, RuntimeError) as e:
        # a cut-off or damaged file: a bad zip, a bad deflate stream, a part that is not XML,
        # a missing part, an encrypted member (RuntimeError)
        damaged = isinstance(e, LxmlError | zlib.error)
        raise _unopenable(path, _("a part of it is damaged") if damaged
                          else known_zip_problem(e)) from e
    body = document.element.body
    if body is None:
        raise InputFileError(path, _("has no document body (w:body); open it in Word and save "
                                     "it again as .docx"))
    # every paragraph is read and then read again for the letter's parts: bound it first
    IMPORT_LINES.check(sum(1 for _ in body.iter(_qn("p"))), path)
    styles = document.part._styles_part.element if _has_styles(document) else None
    return body, RunFonts(styles), list_labels(document)


def _unopenable(path: Path, detail: str | None) -> InputFileError:
    """The refusal of a .docx python-docx cannot open, saying what is wrong where it is known."""
    if not detail:
        return InputFileError(path, _("is not a Word document (.docx) that can be opened; open "
                                      "it in Word and save it again as .docx"))
    return InputFileError(path, _("is not a Word document (.docx) that can be opened ({detail}); "
                                  "open it in Word and save it again as .docx").format(
                                      detail=detail))


def _has_styles(document: Any) -> bool:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    return any(rel.reltype == RT.STYLES for rel in document.part.rels.values())


def _paragraphs(parent: Any, pipes: bool = False,
                fonts: RunFonts | None = None) -> Iterator[Any]:
    """Walk ``w:p`` and ``w:tbl`` children in order (None after each table cell); merged cells
    are read once. With ``pipes``, a ruled table gives its rows as pipe-table lines (str)."""
    for child in parent.iterchildren(tag=etree.Element):  # not comments nor instructions
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield from _page_break(child, pipes)
            yield child
            yield from _section_end(child, pipes)
        elif tag == "tbl" and pipes and _ruled(child, fonts) and not _holds_header(child, fonts):
            yield None
            yield from pipe_rows(child, fonts)
            yield None
        elif tag == "tbl":
            yield from _table_paragraphs(child, pipes, fonts)
        elif tag == "sdt":
            content = child.find(_qn("sdtContent"))
            if content is not None:
                yield from _paragraphs(content, pipes, fonts)


def _page_break(paragraph: Any, pipes: bool) -> Iterator[str]:
    """``---`` (contract §2) before a paragraph that starts a new page (a page break in it or
    before it, or a section that starts here), so attachments can be told apart."""
    if not pipes or _in_cell(paragraph):
        return
    props = paragraph.find(_qn("pPr"))
    if props is not None and props.find(_qn("pageBreakBefore")) is not None:
        yield "---"


def _section_end(paragraph: Any, pipes: bool) -> Iterator[str]:
    """``---`` after the paragraph that ends a section when the next section starts a page."""
    props = paragraph.find(_qn("pPr"))
    section = props.find(_qn("sectPr")) if props is not None else None
    kind = section.find(_qn("type")) if section is not None else None
    if pipes and section is not None and (kind is None or kind.get(_qn("val")) != "continuous"):
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
    props = table.find(_qn("tblPr"))
    rows = table.findall(_qn("tr"))
    drawn = {"insideH": len(rows) > 1,
             "insideV": any(len(row.findall(_qn("tc"))) > 1 for row in rows)}
    borders = _visible(props, drawn)
    if borders is not None:
        return borders
    style = props.find(_qn("tblStyle")) if props is not None else None
    name = (style.get(_qn("val")) or "") if style is not None else ""
    if name not in styles:
        return style is not None and "grid" in name.lower()
    for definition in style_chain(styles, name):
        borders = _visible(definition.find(_qn("tblPr")), drawn)
        if borders is not None:
            return borders
    return False


def _visible(props: Any, drawn: dict[str, bool]) -> bool | None:
    """Whether ``w:tblBorders`` in ``props`` shows a rule; None when it sets no borders. A
    border that ``drawn`` marks False (``insideH`` in a table of one row) shows nothing."""
    borders = props.find(_qn("tblBorders")) if props is not None else None
    if borders is None:
        return None
    return any(b.get(_qn("val")) not in ("nil", "none", None)
               and drawn.get(b.tag.rsplit("}", 1)[-1], True) for b in borders)


def _holds_header(table: Any, fonts: RunFonts | None = None) -> bool:
    """The letter's header laid out in a table with its rules shown: a paragraph of its first
    row opens the motto (``CỘNG HÒA XÃ HỘI ...``). Its cells are read as the header, not as
    a table of the body, whatever its borders."""
    from ntm_docgen.importer.motto import opens_motto

    row = table.find(_qn("tr"))
    return row is not None and any(opens_motto(" ".join(_paragraph_text(p, fonts).split()))
                                   for p in row.iter(_qn("p")))


def pipe_rows(table: Any, fonts: RunFonts | None = None) -> Iterator[str]:
    """The rows of a table as ``| a | b |`` lines, a ``|---|`` line under the first; a ``|``
    in a cell is written ``\\|``, a cell spanning columns is followed by empty cells."""
    for n, row in enumerate(table.iterchildren(_qn("tr"))):
        cells: list[str] = []
        for cell in row.iterchildren(_qn("tc")):
            props = cell.find(_qn("tcPr"))
            merge = props.find(_qn("vMerge")) if props is not None else None
            span = props.find(_qn("gridSpan")) if props is not None else None
            text = "" if merge is not None and merge.get(_qn("val")) in (None, "continue") \
                else " ".join(" ".join(_paragraph_text(p, fonts).split())
                              for p in cell.iter(_qn("p")))
            cells.append(" ".join(text.split()).replace("|", "\\|"))
            cells.extend([""] * (_span(span) - 1))
        yield "| " + " | ".join(cells) + " |"
        if n == 0:
            yield "|" + "---|" * len(cells)


def _span(span: Any) -> int:
    """The columns a cell spans (``w:gridSpan``): 1 to Word's 63, whatever the file says."""
    value = span.get(_qn("val"), "1") if span is not None else "1"
    return max(1, min(int(value), MAX_SPAN)) if value.isdigit() and len(value) < 4 else 1


def _table_paragraphs(table: Any, pipes: bool = False,
                      fonts: RunFonts | None = None) -> Iterator[Any]:
    for row in table.iterchildren(_qn("tr")):
        for cell in row.iterchildren(_qn("tc")):
            props = cell.find(_qn("tcPr"))
            merge = props.find(_qn("vMerge")) if props is not None else None
            if merge is not None and merge.get(_qn("val")) in (None, "continue"):
                continue  # the continuation of a vertically merged cell holds no text
            yield from _paragraphs(cell, pipes, fonts)
            yield None


def _bold(paragraph: Any, styles: dict[str, Any] | None = None) -> bool:
    """Every run with text is bold: its own ``w:b``, else its character style's, else the
    paragraph style's (through ``basedOn``), as Word shows it: an issuer's line in a
    ``Heading 1`` that sets bold is bold though its run says nothing."""
    runs = [r for r in paragraph.iter(_qn("r"))
            if any(t.text and t.text.strip() for t in r.iter(_qn("t")))]
    p_props = paragraph.find(_qn("pPr"))
    p_style = p_props.find(_qn("pStyle")) if p_props is not None else None
    by_style = _style_bold(styles or {}, p_style.get(_qn("val")) if p_style is not None
                           else "Normal")
    for run in runs:
        props = run.find(_qn("rPr"))
        bold = _bold_mark(props)
        if bold is None and props is not None and props.find(_qn("rStyle")) is not None:
            bold = _style_bold(styles or {}, props.find(_qn("rStyle")).get(_qn("val")))
        if not (by_style if bold is None else bold):
            return False
    return bool(runs)


def _bold_mark(props: Any) -> bool | None:
    """What ``w:b`` in ``props`` (a ``w:rPr``) says; None when it says nothing."""
    mark = props.find(_qn("b")) if props is not None else None
    return None if mark is None else mark.get(_qn("val")) not in ("0", "false")


def _style_bold(styles: dict[str, Any], style_id: str | None) -> bool:
    """Whether a style sets its text bold, itself or through ``basedOn``."""
    for style in style_chain(styles, style_id):
        bold = _bold_mark(style.find(_qn("rPr")))
        if bold is not None:
            return bold
    return False


def _paragraph_text(paragraph: Any, fonts: RunFonts | None = None,
                    labels: dict[Any, str] | None = None) -> str:
    """The paragraph's text, after the number or bullet Word draws for it (``labels``)."""
    parts = [labels.get(paragraph, "")] if labels else []
    page = "\n" if _in_cell(paragraph) else "\n---\n"
    boxed = False  # the last text read was a text box's: its lines are no part of the line
    for node in _drawn(paragraph):
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "t" and node.text and boxed != _in_box(node, paragraph):
            boxed = not boxed
            parts.append("\n")  # a text box drawn beside the line ("Số: /QĐ-TGV", DỰ THẢO)
        if tag == "t" and node.text:
            run = node.getparent()
            font = fonts.font(run, paragraph) if fonts is not None and run is not None else None
            encoding = encoding_of_font(font)
            parts.append(to_unicode(node.text, encoding, font or "") if encoding else node.text)
        elif tag == "softHyphen" and node.getparent() is not None:
            # U+00AD is ư in TCVN3: LibreOffice writes it so when it converts a .doc
            font = fonts.font(node.getparent(), paragraph) if fonts is not None else None
            encoding = encoding_of_font(font)
            if encoding:
                parts.append(to_unicode("\u00ad", encoding, font or ""))
        elif tag == "tab":
            parts.append("\t")
        elif tag in ("br", "cr"):
            parts.append(page if node.get(_qn("type")) == "page" else "\n")
    return "".join(parts)


def _drawn(node: Any) -> Iterator[Any]:
    """The elements under ``node`` in document order, without the copy of a drawing Word keeps
    in ``mc:Fallback``: a text box (``DỰ THẢO`` over a draft) is read once, as it prints."""
    for child in node.iterchildren(tag=etree.Element):
        if child.tag != _FALLBACK:
            yield child
            yield from _drawn(child)


def _in_box(node: Any, paragraph: Any) -> bool:
    """Whether ``node`` is the text of a text box drawn in ``paragraph``, not the paragraph's."""
    return next(node.iterancestors(_qn("p")), None) is not paragraph


def _in_cell(paragraph: Any) -> bool:
    """A paragraph of a table cell (the header's two columns, a signature table): a page
    break there is no page of the body's flow, and reads as a line break."""
    return next(paragraph.iterancestors(_qn("tc")), None) is not None


def _qn(tag: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag
