"""A PDF original copied whole: a paper copy (the block under its content, or on a page added)
or an electronic one (ô 14 at the top right of page 1), with what the clerk should know of it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from ntm_docgen.copies import VIETNAM, check_form
from ntm_docgen.copies.chain import check_pdf
from ntm_docgen.files.pdfinput import read_pdf_bytes
from ntm_docgen.i18n import N_, _, ngettext, said
from ntm_docgen.letter.spec import BanSao
from ntm_docgen.vietnamese.text import ngay_so


def pdf_copy(original: Path | str, ban_sao: BanSao, today: date, *, dien_tu: bool = False,
             when: datetime | None = None) -> tuple[bytes, bool, bool, list[str]]:
    """The PDF original as a paper copy (block under the content) or an electronic copy; whether
    a page was added for the block; whether ô 14 stands at page 1's top left (the right
    taken); what to tell of the sao y a SAO LỤC copies (its block read by OCR, its Số line
    holding no number)."""
    from ntm_docgen.copies.pdfcopy import electronic_copy, paper_copy
    from ntm_docgen.copies.pdforiginal import read_pdf

    check_form(ban_sao, None)
    path = Path(original)
    reader = read_pdf(path, adding=True)
    sao_y = check_pdf(path, ban_sao)
    data = read_pdf_bytes(path)
    if dien_tu:
        moment = when or datetime.now(VIETNAM).replace(microsecond=0)
        stamped, at_left = electronic_copy(data, ban_sao, moment, reader, path)
        return stamped, False, at_left, sao_y
    copy, added = paper_copy(data, ban_sao, today, reader, path)
    return copy, added, False, sao_y


def whole_copy(original: Path, ban_sao: BanSao, today: date, *, dien_tu: bool,
               when: datetime | None) -> tuple[bytes, bool, bool, list[str]]:
    """The copy's bytes, whether a page was added, whether the original's digital signature
    no longer holds, and the warnings the clerk is told wherever the copy is made."""
    from ntm_docgen.copies.pdfcopy import signature_dropped

    if dien_tu:  # one moment for ô 14 and for what is said of the spec's date
        when = when or datetime.now(VIETNAM).replace(microsecond=0)
    data, added, at_left, sao_y = pdf_copy(original, ban_sao, today, dien_tu=dien_tu,
                                                 when=when)
    dropped = signature_dropped(original, data)
    warnings: list[str] = list(sao_y)
    if when is not None and dien_tu and ban_sao.ngay not in (None, when.date()):
        warnings.append(said(N_(
            "ngay: {day} is not printed on an electronic copy, which bears in its block the "
            "moment it is made ({moment}); leave ngay out, or make a paper copy to print that "
            "date"), day=ngay_so(ban_sao.ngay), moment=when.strftime("%d/%m/%Y %H:%M")))
    if dropped:
        warnings.append(_(
            "{name} is digitally signed, but the copy could not be added after its signed "
            "bytes (a PDF older than 1.4, or a damaged file repaired while reading): its "
            "digital signature does not hold in the copy; sign the copy digitally, or ask "
            "the sender for an undamaged file").format(name=Path(original).name))
    if at_left:
        warnings.append(_(
            "{name}: the top right of page 1 is taken (a note or a signature's stamp of the "
            "original), so the electronic copy's block stands at its top left").format(
            name=Path(original).name))
    from ntm_docgen.copies.pdforiginal import read_pdf
    from ntm_docgen.copies.pdfscript import scripts_in

    running = scripts_in(read_pdf(original))
    if running:
        warnings.append(ngettext(
            "{name} holds {count} action that runs on its own as the file or a page is opened "
            "or viewed, or a bookmark clicked (a script, a program, a form sent or an address "
            "opened); the copy leaves it out and keeps what its pages show",
            "{name} holds {count} actions that run on their own as the file or a page is "
            "opened or viewed, or a bookmark clicked (a script, a program, a form sent or an "
            "address opened); the copy leaves them out and keeps what its pages show",
            running).format(name=Path(original).name, count=running))
    return data, added, dropped, warnings
