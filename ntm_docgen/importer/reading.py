"""Read the lines of a letter from a .txt, .docx or .pdf file, a scan, or a .doc, .rtf or .odt
(read as the .docx LibreOffice makes of it), in reading order."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntm_docgen.errors import InputFileError
from ntm_docgen.files import officein
from ntm_docgen.files.limits import IMPORT_LINES, check_lines
from ntm_docgen.files.misnamed import refused
from ntm_docgen.files.numbering import list_labels
from ntm_docgen.files.resources import load_data
from ntm_docgen.files.revisions import mark_taken
from ntm_docgen.files.wordfile import open_word
from ntm_docgen.i18n import _
from ntm_docgen.importer.docxtext import bold_paragraph, docx_paragraphs, paragraph_text, qn
from ntm_docgen.importer.emphasis import emphasis_of
from ntm_docgen.importer.legacy import RunFonts
from ntm_docgen.importer.markdown import is_markdown, read_markdown
from ntm_docgen.importer.pdfemphasis import PdfEmphasis
from ntm_docgen.importer.textfile import read_text_file
from ntm_docgen.importer.wordnotes import landscape_lines, word_told
from ntm_docgen.vietnamese.text import nfc

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
SUFFIXES = (".txt", ".docx", ".pdf", *IMAGE_SUFFIXES, *officein.SUFFIXES)


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
    #: a Word paragraph's text: its markup, where it prints bold or italic parts (emphasis.py);
    #: a PDF's body line's, from its letters' fonts (pdfemphasis.py)
    emphasis: Mapping[str, str] | PdfEmphasis = field(default_factory=dict)
    #: what a Word file holds beside its text, told (importer/wordnotes.py): notes, changes
    told: tuple[str, ...] = ()
    #: a Word paragraph's text: whether its section prints landscape (a phụ lục's ``ngang``)
    landscape: Mapping[str, bool] = field(default_factory=dict)


def read_source(path: Path | str) -> Source:
    """Read the letter at ``path``: text, Word, PDF (text layer or OCR), a scanned image, or
    Word 97, RTF or OpenDocument through the .docx LibreOffice makes of it."""
    path = _checked(Path(path))
    if (other := refused(path, SUFFIXES)) is not None:
        raise other  # a file of another kind under a letter's name: told as what it is
    suffix = path.suffix.lower()
    if suffix in officein.SUFFIXES:
        with officein.as_docx(path) as docx:
            return read_source(docx)
    if suffix in (".pdf", *IMAGE_SUFFIXES):
        from ntm_docgen.importer.pdfwords import read_image_text, read_pdf_text

        found = read_pdf_text(path) if suffix == ".pdf" else read_image_text(path)
        return Source(_split(latin_lookalikes(nfc("\n".join(found.lines)))), found.bold, True,
                      tuple(found.set_apart), tuple(found.ocr_pages),
                      emphasis=found.emphasis if found.emphasis is not None else {})
    if suffix == ".docx":
        return Source(read_lines(path), read_bold(path), wrapped=False,
                      legacy=tuple(sorted(legacy_encodings(path))),
                      emphasis=emphasis_of(*_docx_body(path)),
                      told=tuple(word_told(document := open_word(path))),
                      landscape=landscape_lines(document.element.body))
    text, legacy = read_text_file(path)
    check_lines(text, path)
    lines = _split(nfc(text))
    if is_markdown(lines):  # a page kept as Markdown: its marks read (importer/markdown.py)
        page = read_markdown(lines)
        return Source(page.lines, page.bold, legacy=(legacy,) if legacy else (),
                      emphasis=page.emphasis)
    return Source(lines, legacy=(legacy,) if legacy else ())


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
        if path.is_file() and (wrong := refused(path, SUFFIXES)) is not None:
            raise wrong  # a PDF or Word file under a name no reader takes: told to rename it
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
    lines = (" ".join(line.split()) for p in docx_paragraphs(body)
             if p is not None and bold_paragraph(p, fonts.styles)
             for line in nfc(paragraph_text(p, fonts, labels)).split("\n"))
    return frozenset(line for line in lines if line and line != "---")


def _docx_text(path: Path) -> str:
    """Paragraphs and table cells in document order; a cell's text follows its row's order.
    A ruled table of the body comes back as pipe-table markup (contract §2). A paragraph
    whose mark Track Changes deleted reads as one with the next, as Word prints it accepted."""
    body, fonts, labels = _docx_body(path)
    out: list[str] = []
    glued = False  # the paragraph before lost its mark to Track Changes: this one goes on it
    for p in docx_paragraphs(body, pipes=True, fonts=fonts, labels=labels):
        text = "" if p is None else p if isinstance(p, str) else paragraph_text(p, fonts, labels)
        if glued and out and p is not None and not isinstance(p, str):
            out[-1] += text
        else:
            out.append(text)
        glued = p is not None and not isinstance(p, str) and mark_taken(p)
    return "\n".join(out)


def legacy_encodings(path: Path | str) -> set[str]:
    """The legacy encodings (``tcvn3``, ``vni``) a Word document's text is typed in."""
    path = Path(path)
    if path.suffix.lower() != ".docx":
        return set()
    body, fonts, _ = _docx_body(path)
    return fonts.encodings(body)


def _docx_body(path: Path) -> tuple[Any, RunFonts, dict[Any, str]]:
    """The document's body, the fonts of its runs and the labels of its list paragraphs."""
    document = open_word(path)
    body = document.element.body
    # every paragraph is read and then read again for the letter's parts: bound it first
    IMPORT_LINES.check(sum(1 for _ in body.iter(qn("p"))), path)
    styles = document.part._styles_part.element if _has_styles(document) else None
    return body, RunFonts(styles), list_labels(document)


def _has_styles(document: Any) -> bool:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    return any(rel.reltype == RT.STYLES for rel in document.part.rels.values())
