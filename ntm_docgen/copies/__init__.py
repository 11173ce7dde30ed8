"""Copies of received documents (SAO Y, SAO LỤC, TRÍCH SAO): the front door of ``ntm-docgen copy``.

A DOCX original keeps every part as it was; the block is added after its last content. A PDF
original gets the block drawn under its last page's content (paper copy) or ô 14 at the top
right of page 1 (electronic copy, ``dien_tu``), and a signature when a certificate is given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from ntm_docgen.copies.chain import check_chain, check_pdf, form_of
from ntm_docgen.copies.docxopen import open_docx
from ntm_docgen.copies.package import (
    DocxPackage,
    block_lines,
    insert_before_section,
    paragraph_text,
    parse_fragment,
    w,
)
from ntm_docgen.copies.revised import refuse_pending
from ntm_docgen.errors import FieldError, InputFileError
from ntm_docgen.files.output import check_output, write_bytes
from ntm_docgen.files.pdfinput import pdf_errors
from ntm_docgen.i18n import N_, _, said
from ntm_docgen.letter import layout_rules as L
from ntm_docgen.letter.copyblock import block_xml
from ntm_docgen.letter.spec import BanSao
from ntm_docgen.vietnamese.text import nfc

#: Vietnam's time zone (UTC+7, no daylight saving) for the electronic copy's ISO 8601 time.
VIETNAM = timezone(timedelta(hours=7))
KINDS = (".docx", ".pdf")
_SO = re.compile(r"Số:\s*(\d*\s*[/-]\s*\S+)")  # 1741/HD-BTĐKT; a Party's 36-HD/VPTW


@dataclass(frozen=True)
class CopyResult:
    """What was written, whether the block needed a page of its own (PDF), whether a
    signed PDF original had to be written whole, its signature no longer holding, and what
    reading a PDF original warned of (a TRÍCH SAO re-lays the text read from it)."""

    path: Path
    page_added: bool = False
    signature_dropped: bool = False
    warnings: tuple[str, ...] = ()


def is_sao_y_mark(text: str) -> bool:
    """True for a paragraph or line that is a SAO Y block's form word, or an electronic
    copy's one-line block, the form word first (``SAO Y; ỦY BAN NHÂN DÂN TỈNH X;``).

    >>> [is_sao_y_mark(x) for x in ("SAO Y BẢN CHÍNH", " Sao  y ", "SAO LỤC", "Sao y; UBND X;")]
    [True, True, False, True]
    """
    return form_of(text) == "SAO Y"


#: What the command line and the copy spec call the fields a copy's errors name.
NAMES = {"trich": "--trich", "hinh_thuc": "hinh_thuc"}


#: The words a clerk types before the parts she names ("đoạn 12-30", "đề mục II"), as the
#: messages name them: the parts are the numbers and headings after them.
_PART_WORDS = re.compile(r"(?i)(?<![^\s,])(?:(?:các|cac)\s+)?(?:đoạn|doan|đề mục|de muc)\s+")


def plain_parts(trich: str | None) -> str | None:
    """``--trich`` without the words typed before its parts.

    >>> plain_parts("đoạn 12-30"), plain_parts("Đề mục II, đoạn 3-4"), plain_parts(None)
    ('12-30', 'II, 3-4', None)
    >>> plain_parts("các đoạn 3-4"), plain_parts("các đề mục II, III")
    ('3-4', 'II, III')
    """
    return None if trich is None else _PART_WORDS.sub("", nfc(trich))


def check_form(ban_sao: BanSao, trich: str | None) -> None:
    """The spec's form and ``--trich`` must agree: the one place of the rule, for the command
    line and the desk alike (a FieldError names the field to change)."""
    if trich and ban_sao.hinh_thuc != "TRÍCH SAO":
        raise FieldError("trich", _("only a TRÍCH SAO keeps some parts, but {hinh_thuc} is "
                                    "{form}: set {hinh_thuc} to TRÍCH SAO, or leave {trich} out "
                                    "to copy the whole original"), NAMES,
                         form=ban_sao.hinh_thuc)
    if not trich and ban_sao.hinh_thuc == "TRÍCH SAO":
        raise FieldError("hinh_thuc", _("a TRÍCH SAO copies only some parts of the original: "
                                        "give {trich} (headings II,III or paragraphs 12-30), or "
                                        "set {hinh_thuc} to SAO Y to copy it whole"), NAMES)


def docx_copy(original: Path | str, ban_sao: BanSao, today: date,
              trich: str | None = None, chained: bool = True) -> bytes:
    """The DOCX original with the copy block after its content (after TRÍCH SAO extraction);
    ``chained``: the copy blocks it carries checked (not those of a PDF's text re-laid)."""
    return noted_docx_copy(original, ban_sao, today, trich, chained)[0]


def noted_docx_copy(original: Path | str, ban_sao: BanSao, today: date,
                    trich: str | None = None, chained: bool = True) -> tuple[bytes, list[str]]:
    """:func:`docx_copy`, and what to tell of the copy blocks it carries (``chain``)."""
    check_form(ban_sao, trich)
    package = open_docx(original)
    refuse_pending(package)
    notes = _check_docx_chain(package, ban_sao) if chained else []
    if trich:
        from ntm_docgen.copies.trich import extract

        extract(package, trich)
    append_block(package, ban_sao, today)
    return package.to_bytes(), notes


def check_original(original: Path | str, ban_sao: BanSao, trich: str | None = None) -> None:
    """Every check a copy makes of its original, without writing: run before a number is
    taken from the register, so a bad original does not use one up."""
    path, trich = Path(original), plain_parts(trich)
    check_form(ban_sao, trich)
    if kind_of(path) == ".pdf":
        from ntm_docgen.copies.pdforiginal import read_pdf

        read_pdf(path, adding=not trich)  # a TRÍCH SAO reads it; the others add to it
        check_pdf(path, ban_sao)
        if trich:
            from ntm_docgen.copies.trich_pdf import check_parts

            check_parts(path, trich, date.today())
        return
    package = open_docx(path)
    refuse_pending(package)
    _check_docx_chain(package, ban_sao)
    if trich:
        from ntm_docgen.copies.trich import select, split

        select(split(package), trich, str(path))


def _check_docx_chain(package: DocxPackage, ban_sao: BanSao) -> list[str]:
    return check_chain(package.path, ban_sao, lambda: [block_lines(package.body)])


def original_number(original: Path | str) -> str:
    """The original's ``Số: ...`` line (``số 1741/HD-BTĐKT (hd.docx)``), else its file name."""
    path = Path(original)
    found = number_read(path)
    return f"số {found} ({path.name})" if found else path.name


def number_read(original: Path | str) -> str | None:
    """The original's number as its ``Số:`` line reads it (``1741/HD-BTĐKT``), None when it
    has none (for the register's line of its copy: ``copies.about``)."""
    found = _number_text(Path(original))
    return "".join(found.split()) if found else None


def draft_number(original: Path | str, header_only: bool = False) -> str | None:
    """The ``Số:`` line of an original that has no number yet (``/KH-UBND`` of
    ``Số:      /KH-UBND``, a draft); None for an issued original, or one without a Số line
    (left to the clerk's judgement). ``header_only``: of a PDF, only page 1's header is read
    (a copy that reads no other text stays so)."""
    path = Path(original)
    found = _number_text(path, header_only)
    if found is not None and not found[:1].isdigit():
        return " ".join(found.split())
    return None


def check_issued(original: Path | str) -> None:
    """A copy is made of an issued document: refuse an original that has no number yet."""
    so = draft_number(original)
    if so is not None:
        raise InputFileError(original, _("has no number yet (“Số: {so}”): it is a draft, and a "
                                         "copy is made only of an issued document; issue it "
                                         "first (its number from the register, its date), then "
                                         "copy the issued file").format(so=so))


def _number_text(path: Path, header_only: bool = False) -> str | None:
    """What follows ``Số:`` (``7432 /UBND-XD``), with the number that a PDF's signature field
    draws on that line when its text has none (a letter issued through an e-office system)."""
    pdf = kind_of(path) == ".pdf"
    found = _so_line(_pdf_header(path)) if header_only and pdf else _number_of(path)
    if found is None:
        return None
    text = found.group(1).strip()
    if pdf and not text[:1].isdigit():
        from ntm_docgen.copies.pdftext import stamped_number

        return f"{stamped_number(path) or ''}{text}"
    return text


def _number_of(path: Path) -> re.Match[str] | None:
    if kind_of(path) == ".pdf":
        from ntm_docgen.copies.pdftext import pdf_lines

        # the Số line is in page 1's header: the rest of the page, then the other pages, are
        # read only if it is not there
        return (_so_line(_pdf_header(path)) or _so_line(pdf_lines(path, pages=1))
                or _so_line(pdf_lines(path)))
    return _so_line(paragraph_text(p) for p in open_docx(path).body.iter(w("p")))


def _pdf_header(path: Path) -> tuple[str, ...]:
    from ntm_docgen.copies.pdftext import first_page_header

    return first_page_header(path)


def _so_line(lines: Iterable[str]) -> re.Match[str] | None:
    return next((m for m in map(_SO.search, lines) if m), None)


def append_block(package: DocxPackage, ban_sao: BanSao, today: date) -> None:
    package.lift_last_section()
    closing = package.close_columns()
    width = package.text_width(L.TEXT_WIDTH)
    insert_before_section(package, closing + parse_fragment(block_xml(ban_sao, today, width)))


def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in KINDS:
        raise InputFileError(path, _("is not a DOCX or PDF file; copies are made of .docx and "
                                     ".pdf originals (and of .doc, .rtf and .odt ones, through "
                                     "the .docx LibreOffice makes of them)"))
    return suffix


def check_options(original: Path, out: Path, trich: str | None, dien_tu: bool,
                  sign: Path | bytes | None) -> None:
    """Refuse options that do not go together with these files, before anything is read or a
    number taken (review12 #2: four such refusals came after the register's number)."""
    source, target = kind_of(original), kind_of(out)
    if source == ".pdf" and target != ".pdf":
        raise InputFileError(out, _("a copy of a PDF original is a PDF: name the output .pdf"))
    if dien_tu and source != ".pdf":
        raise InputFileError(original, said(N_("--dien-tu stamps a PDF (the scanned paper "
                                               "original); convert the DOCX to PDF first")))
    if sign and target != ".pdf":
        raise InputFileError(out, _("--sign signs a PDF: name the output .pdf"))
    if dien_tu and trich and source == ".pdf":
        raise InputFileError(original, said(N_("--dien-tu stamps the scanned original as it "
                                               "is; a TRÍCH SAO re-lays the parts it keeps: "
                                               "leave one of them out")))


def make_copy(original: Path | str, ban_sao: BanSao, out: Path | str, *, today: date,
              trich: str | None = None, dien_tu: bool = False, sign: Path | bytes | None = None,
              sign_pass: str | None = None, force: bool = False,
              when: datetime | None = None, durable: bool = False) -> CopyResult:
    """Write the copy of ``original`` to ``out``; nothing is written when anything fails
    (``durable``: the file on the disk when this returns, for a copy the register records)."""
    original, out, trich = Path(original), Path(out), plain_parts(trich)
    source, target = kind_of(original), kind_of(out)
    check_output(out, force)
    check_options(original, out, trich, dien_tu, sign)
    dropped = False  # a signed PDF original written whole: its signature no longer holds
    warnings: list[str] = []
    if source == ".pdf" and trich:
        from ntm_docgen.copies.trich_pdf import pdf_extract

        check_form(ban_sao, trich)
        with pdf_errors(original):
            (data, warnings), added = pdf_extract(original, ban_sao, today, trich), False
    elif source == ".pdf":
        from ntm_docgen.copies.pdfwhole import whole_copy

        with pdf_errors(original):
            data, added, dropped, warnings = whole_copy(original, ban_sao, today,
                                                        dien_tu=dien_tu, when=when)
    else:
        (data, warnings), added = noted_docx_copy(original, ban_sao, today, trich), False
        if target == ".pdf":
            data = _docx_to_pdf(data)
    if sign:
        from ntm_docgen.copies.signing import sign_pdf

        data = sign_pdf(data, sign, sign_pass, ban_sao)
    write_bytes(out, data, force=force, durable=durable)
    return CopyResult(out, added, dropped, tuple(warnings))


def _docx_to_pdf(data: bytes) -> bytes:
    """The copy as a PDF, paginated as ``render --pdf`` paginates a letter."""
    from ntm_docgen.files.pdf import pdf_bytes
    from ntm_docgen.letter.paginate import letter_pdf

    return letter_pdf(data, pdf_bytes)
