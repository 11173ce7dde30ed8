"""TRÍCH SAO of a PDF original: the letter is read from the PDF (its text layer, or OCR), laid
out again in full form by the templates, and the named parts kept as for a Word original."""

from __future__ import annotations

import hashlib
import tempfile
import threading
from collections import OrderedDict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ntm_docgen.copies.trich_pages import page_texts, turned
from ntm_docgen.copies.trich_tables import unread_tables
from ntm_docgen.i18n import N_, _, language
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import BanSao, parse_spec
from ntm_docgen.said import Said

if TYPE_CHECKING:
    from ntm_docgen.importer.build import ImportResult


class Relaid(NamedTuple):
    """A PDF letter read back and laid out again (:func:`read_again`)."""

    document: bytes
    warnings: list[str]
    tables: tuple[str, ...]
    #: a page of it was read by OCR: its headings as read are checked (``trich_scan``)
    scanned: bool
    #: the copy block the reader found after the letter (its form, its number as printed)
    block: tuple[str, str | None] | None = None
    #: the Roman headings the reading set by their neighbours: (as read, as written)
    headings_set: tuple[tuple[str, str], ...] = ()
    #: the words OCR was unsure of (``importer/unsure``), named where a part kept holds them
    unsure: tuple[str, ...] = ()
    #: its kind, number and trích yếu as read, for the register's line of its copy
    about: tuple[str, str, str] = ("", "", "")
    #: how many of its pages OCR read
    pages_read: int = 0


def relaid(original: Path, today: date) -> tuple[bytes, list[str], tuple[str, ...]]:
    """The PDF letter read back into a spec and rendered as a Word document, with what the
    reader warned of (lines it could not place, OCR, page furniture set apart) and the first
    rows of the tables it read as running text."""
    again = read_again(original, today)
    return again.document, again.warnings, again.tables


def read_again(original: Path, today: date) -> Relaid:
    """:func:`relaid`, and whether a page was read by OCR.

    A numbered copy reads its original more than once: to check the parts before a number is
    taken, to make the copy, and on the desk to show a scan's copy before its number is taken
    and then to number it. A file of the same name and bytes is read once (by its SHA-256,
    wherever it was saved), so a scan goes through OCR once."""
    try:
        digest = hashlib.sha256(original.read_bytes()).hexdigest()
    except OSError:  # not cached: the reader says what is wrong with the file
        again = _relaid(original, today, language())
    else:
        key = (original.name, digest, today, language())
        with _READ_LOCK:
            found = _READ.get(key)
            if found is not None:
                _READ.move_to_end(key)  # read last
        if found is not None:
            again = found
        else:
            again = _relaid(original, today, language())
            with _READ_LOCK:
                _READ[key] = again
                while len(_READ) > _READ_KEPT:
                    _READ.popitem(last=False)
    return Relaid(again[0], list(again[1]), *again[2:])


#: The PDFs read last (``read_again``), by name, bytes, day and language.
_READ: OrderedDict[tuple[str, str, date, str], Any] = OrderedDict()
_READ_LOCK = threading.Lock()
_READ_KEPT = 4


def _relaid(original: Path, today: date,
            _language: str) -> tuple[bytes, tuple[str, ...], tuple[str, ...], bool,
                                     tuple[str, str | None] | None,
                                     tuple[tuple[str, str], ...], tuple[str, ...],
                                     tuple[str, str, str], int]:
    from ntm_docgen.files.limits import TRICH_PAGES
    from ntm_docgen.importer import import_letter
    from ntm_docgen.importer.pdfwords import pages_limit

    with pages_limit(TRICH_PAGES):  # the parts to keep may stand in the annexes
        read = import_letter(original, mend=False)  # a copy: its căn cứ as the original's
    _read_whole(original, read.spec)
    spec = turned(dict(read.spec), page_texts(original))  # a landscape phụ lục stays so
    block = spec.pop("ban_sao", None)  # a copy block of the original is not copied again
    told: list[str] = []
    if 1 in read.ocr_pages:  # a number or a day the pen wrote, held to the importer's rules
        from ntm_docgen.copies.trich_scan import given_dots
        from ntm_docgen.copies.trich_trust import pen_checked, signing_day

        spec, told = pen_checked(spec, read.unsure, read.warnings,
                                 signing_day(original, read.warnings, read.unread))
        told += given_dots(spec)  # a heading OCR lost its dot from ends the part before it
    return render_docx(parse_spec(spec, source=original), today=today), \
        (*_on_the_copy(read), *told), read.tables, bool(read.ocr_pages), _block(block), \
        read.headings_set, read.unsure, _about(spec), len(read.ocr_pages)


def read_about(original: Path) -> tuple[str, str, str]:
    """The original's kind, number and trích yếu as its TRÍCH SAO reads them (a scan's by OCR,
    its number held to the pen's rules), for the register's line of the copy: the reading the
    copy's parts were checked on (``check_parts``, today), so a scan goes through OCR once."""
    return read_again(original, date.today()).about


def _about(spec: dict[str, Any]) -> tuple[str, str, str]:
    from ntm_docgen.vietnamese.loai import find_loai
    from ntm_docgen.vietnamese.text import so_hieu

    found = find_loai(str(spec.get("loai") or ""))
    so, ky_hieu = spec.get("so"), spec.get("ky_hieu")
    number = so_hieu(so, str(ky_hieu)) if isinstance(so, int) and ky_hieu else ""
    return found.ten if found else "", number, " ".join(str(spec.get("trich_yeu") or "").split())


#: The original's fields a TRÍCH SAO prints as issued (Điều 25), and where they stand: each
#: must be read from the PDF, never printed as the reader's placeholder.
_AS_ISSUED = (("co_quan.ten", N_("the issuer's name"), 1), ("dia_danh", N_("the place"), 1),
              ("ngay", N_("the date"), 1), ("trich_yeu", N_("the trích yếu"), 1),
              ("ky.chuc_vu", N_("the signer's title"), 0),
              ("ky.ho_ten", N_("the signer's name"), 0))


def _read_whole(original: Path, spec: dict[str, Any]) -> None:
    """Refuse a TRÍCH SAO of a PDF whose header or signature was not read whole: the copy
    would certify ``...`` for what the original prints (contract11 finding 4). Checked as the
    PDF is read, before a number is taken. A date line read with its day left blank (``Kon
    Tum, ngày   tháng   năm 2019``) is the original's own, copied as it prints."""
    from ntm_docgen.errors import InputFileError
    from ntm_docgen.letter.model import UNREAD

    def value(path: str) -> Any:
        found: Any = spec
        for part in path.split("."):
            found = found.get(part) if isinstance(found, dict) else None
        return found

    place = value("dia_danh") not in (None, "", UNREAD)
    unread = [(_(what), page) for path, what, page in _AS_ISSUED
              if value(path) in (None, "", UNREAD)
              and not (path == "trich_yeu" and spec.get("loai") == "GM")
              and not (path == "ngay" and place)]  # a date line read, its day left blank
    if not unread:
        return
    header = [what for what, page in unread if page == 1]
    end = [what for what, page in unread if page == 0]
    where = []
    if header:
        where.append(_("{fields} in the header on page 1").format(fields=", ".join(header)))
    if end:
        where.append(_("{fields} in the signature").format(fields=", ".join(end)))
    raise InputFileError(original, _(
        "could not be read whole: {where}; a TRÍCH SAO prints the original's header and "
        "signature as issued, so it was not made and no number was taken; make it from the "
        "letter's Word file or a PDF whose text can be read there, or make a SAO Y of the "
        "whole letter").format(where="; ".join(where)))


def _block(ban_sao: dict[str, Any] | None) -> tuple[str, str | None] | None:
    """The form and number (``12/SY-VP``) of the copy block read, else None.

    >>> _block({"hinh_thuc": "SAO Y", "so": 12, "ky_hieu": "SY-VP"}), _block(None)
    (('SAO Y', '12/SY-VP'), None)
    """
    if not ban_sao:
        return None
    so, ky_hieu = ban_sao.get("so"), ban_sao.get("ky_hieu")
    return str(ban_sao["hinh_thuc"]), f"{so}/{ky_hieu}" if so and ky_hieu else None


def _on_the_copy(read: ImportResult) -> tuple[str, ...]:
    """The reader's warnings as the copy's: a line read into no part, or a footnote set
    apart, is left out of the copy (a copy has no spec to add it to); the original's page
    numbers and running heads are not told (the copy prints its own)."""
    from ntm_docgen.importer.build import unread_note
    from ntm_docgen.importer.setapart import FOOTNOTE_KEPT, FURNITURE, quoted

    unread = unread_note(read.unread) if read.unread else None
    out: list[str] = []
    for warning in read.warnings:
        if warning == unread:
            out.append(_("these lines of the original could not be placed in any of its parts, "
                         "so the copy leaves them out: {lines}; check the copy against the "
                         "original before it is signed").format(lines=quoted(read.unread)))
        elif isinstance(warning, Said) and warning.msgid.startswith(FURNITURE[:40]):
            continue  # the copy prints its own page numbers; the original's are no part of it
        elif isinstance(warning, Said) and warning.msgid == FOOTNOTE_KEPT:
            out.append(_("page {page}: a footnote of the original is not in the copy: "
                         "{text!r}; check the copy against the original before it is signed")
                       .format(**warning.values))
        else:
            out.append(warning)
    return tuple(out)


def pdf_extract(original: Path, ban_sao: BanSao, today: date,
                trich: str) -> tuple[bytes, list[str]]:
    """The TRÍCH SAO of a PDF original, as a PDF: its named parts re-laid with the block; and
    the reader's warnings, for the clerk to check the copy against the paper."""
    from ntm_docgen.copies import docx_copy
    from ntm_docgen.copies.chain import check_pdf
    from ntm_docgen.copies.trich_trust import unsure_kept
    from ntm_docgen.copies.trichnote import numbers_as_paragraphs
    from ntm_docgen.files.pdf import pdf_bytes
    from ntm_docgen.letter.paginate import letter_pdf

    check_pdf(original, ban_sao)  # its text layer; a scan's block as OCR read it just below
    with tempfile.TemporaryDirectory(prefix="ntm-trich-") as work:
        docx = Path(work) / f"{original.stem}.docx"
        again, kept = _kept_parts(original, trich, today, docx)
        warnings = [*again.warnings, *numbers_as_paragraphs(docx, trich),  # as a Word original's
                    *unsure_kept(_texts(kept), again.unsure)]
        return letter_pdf(docx_copy(docx, ban_sao, today, trich, chained=False),
                          pdf_bytes), warnings


def check_parts(original: Path, trich: str, today: date) -> None:
    """The parts named by ``trich`` must be in the PDF letter (checked before a number is
    taken from the register)."""
    with tempfile.TemporaryDirectory(prefix="ntm-trich-") as work:
        _kept_parts(original, trich, today, Path(work) / f"{original.stem}.docx")


def _kept_parts(original: Path, trich: str, today: date, docx: Path) -> tuple[Relaid, list[Any]]:
    """The PDF read again and written to ``docx``, and the parts ``trich`` keeps of it: a part
    missing, a scanned copy, a heading OCR misread or a table left unread refused, naming the
    PDF."""
    from ntm_docgen.copies.docxopen import open_docx
    from ntm_docgen.copies.trich import select, split
    from ntm_docgen.copies.trich_scan import check_headings

    again = read_again(original, today)
    _not_a_scanned_copy(original, again.scanned, again.block)
    docx.write_bytes(again.document)
    layout = split(open_docx(docx))
    if again.scanned:
        check_headings(_texts(layout.content), again.headings_set, trich, original)
    kept = select(layout, trich, str(original))  # a part missing names the PDF
    unread_tables(layout, kept, trich, again.tables, original)
    return again, kept


def _not_a_scanned_copy(original: Path, scanned: bool,
                        block: tuple[str, str | None] | None) -> None:
    """A scan whose OCR reading holds a copy block is a copy: refused for a TRÍCH SAO as a
    text layer's block is (``chain``); the text layer of a scan has none to read."""
    if scanned and block is not None:
        from ntm_docgen.copies.chain import Block, refuse_scanned_copy

        refuse_scanned_copy(original, Block(*block))


def _texts(content: list[Any]) -> list[str]:
    from ntm_docgen.copies.package import paragraph_text

    return [paragraph_text(e) for e in content]
