"""A copy as ``ntm-docgen copy`` and the desk make it: checked first, numbered when asked."""

from __future__ import annotations

import contextlib
import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ntm_docgen.copies import (
    KINDS,
    VIETNAM,
    CopyResult,
    check_form,
    check_issued,
    check_options,
    draft_number,
    kind_of,
    make_copy,
)
from ntm_docgen.copies.dated import dated_before
from ntm_docgen.errors import DocgenError, InputFileError
from ntm_docgen.files import officein
from ntm_docgen.files.misnamed import refused
from ntm_docgen.files.output import check_output
from ntm_docgen.files.signals import critical
from ntm_docgen.i18n import N_, _, said
from ntm_docgen.letter.spec import BanSao


@dataclass(frozen=True)
class NumberedCopy:
    """The copy written, the number the register gave (``01/SY-VP``) and the spec's number it
    replaced, if any; ``draft`` the blank Số line of an original that has no number yet."""

    result: CopyResult
    so_hieu: str | None = None
    so: int | None = None
    replaced: int | None = None
    draft: str | None = None


def copy_document(original: Path, ban_sao: BanSao, out: Path, *, today: date,
                  trich: str | None = None, dien_tu: bool = False, sign: Path | bytes | None = None,
                  sign_pass: str | None = None, allocate: bool = False, db: str | None = None,
                  force: bool = False, issued_only: bool = False) -> NumberedCopy:
    """Check the inputs and the output, then write the copy; with ``allocate`` the copy takes
    the next number of the copies' series (SY, SL, TrS) and is recorded with its file, and an
    original that has no number yet (a draft) is refused before a number is taken; with
    ``issued_only``, a draft is refused whether numbered or not. A Word 97, RTF or ODF
    original is copied from the .docx LibreOffice makes of it, with a warning saying so; a
    file of another kind under an original's name is told as what it is."""
    if original.is_file() and (other := refused(original, (*KINDS, *officein.SUFFIXES))):
        raise other
    if original.suffix.lower() in officein.SUFFIXES:
        kind_of(out)
        check_form(ban_sao, trich)
        check_output(out, force)
        with officein.as_docx(original) as docx:
            made = copy_document(docx, ban_sao, out, today=today, trich=trich, dien_tu=dien_tu,
                                 sign=sign, sign_pass=sign_pass, allocate=allocate, db=db,
                                 force=force, issued_only=issued_only)
        note = _("{name} was copied from the .docx LibreOffice made of it: hold the copy's "
                 "layout against the original before it is signed").format(name=original.name)
        return dataclasses.replace(made, result=dataclasses.replace(
            made.result, warnings=(*made.result.warnings, note)))
    kind_of(original)
    kind_of(out)
    check_form(ban_sao, trich)
    if not original.is_file():
        raise InputFileError(original, _("no such file"))
    check_output(out, force)
    check_options(original, out, trich, dien_tu, sign)  # before any number is taken
    kept = contextlib.ExitStack()
    if kind_of(original) == ".pdf":
        from ntm_docgen.copies.pdforiginal import kept_open, quiet_pypdf

        # pypdf's own notes on the file ("Multiple definitions in dictionary … /Info"), in
        # English, are no clerk's: held back wherever the copy reads it, the tool's own kept
        kept.enter_context(quiet_pypdf())
        kept.enter_context(kept_open(original))  # one pdfium document for its Số line, text
    with kept:
        made = _copy(original, ban_sao, out, today=today, trich=trich, dien_tu=dien_tu,
                     sign=sign, sign_pass=sign_pass, allocate=allocate, db=db, force=force,
                     issued_only=issued_only)
        early = dated_before(original, ban_sao)
        if trich:
            from ntm_docgen.copies.trichnote import numbers_as_paragraphs

            early += numbers_as_paragraphs(original, trich)
    if not early:
        return made
    return dataclasses.replace(made, result=dataclasses.replace(
        made.result, warnings=(*early, *made.result.warnings)))


def _copy(original: Path, ban_sao: BanSao, out: Path, *, today: date, trich: str | None,
          dien_tu: bool, sign: Path | bytes | None, sign_pass: str | None, allocate: bool,
          db: str | None, force: bool, issued_only: bool) -> NumberedCopy:
    if issued_only:
        check_issued(original)

    # the moment an electronic copy's block states (ô 14), in Việt Nam's time: the room on the
    # page measured with the block as it is drawn, and the copy dated on that day
    when = datetime.now(VIETNAM).replace(microsecond=0)

    def write(copy_spec: BanSao) -> CopyResult:
        # a numbered copy is on the disk before the register records it with its SHA-256
        return make_copy(original, copy_spec, out, today=today, trich=trich, dien_tu=dien_tu,
                         sign=sign, sign_pass=sign_pass, force=force, durable=allocate,
                         when=when if dien_tu else None)

    if not allocate:
        # page 1's header read before the copy, which then measures page 1 as that left it; a
        # damaged original is refused here with the copy's own message (read_pdf's)
        draft = draft_number(original, header_only=True)
        return NumberedCopy(write(ban_sao), draft=draft)
    from ntm_docgen import register
    from ntm_docgen.copies import check_original, number_read
    from ntm_docgen.copies.about import original_about
    from ntm_docgen.register.numbered import cancelled, record_or_remove

    check_original(original, ban_sao, trich)
    if dien_tu and kind_of(original) == ".pdf":
        from ntm_docgen.copies.pdfcopy import check_stamp_room

        check_stamp_room(original, ban_sao, when)
    from ntm_docgen.letter.copy_codes import code_notes

    if wrong_code := code_notes(ban_sao):  # the register would take it (review11 #8)
        raise DocgenError(_("{problem}; no number was taken").format(problem=wrong_code[0]))
    if sign is not None:  # a certificate or password that does not open: before the number
        from ntm_docgen.copies.signing import load_signer

        load_signer(sign, sign_pass)
    draft = None if issued_only else draft_number(original, header_only=True)
    if draft is not None:  # refused before the register gives a number
        raise InputFileError(original, said(N_("has no number yet (“Số: {so}”): it is a draft, "
                                               "so no number was taken for its copy; sign and "
                                               "issue it first (its number from the register, its "
                                               "date), or copy it without --allocate"), so=draft))
    read = None
    if trich and kind_of(original) == ".pdf":  # read whole for its parts: a scan's by OCR
        from ntm_docgen.copies.trich_pdf import read_about

        read = read_about(original)
    about = original_about(original, number_read(original), read)
    if ban_sao.ngay is None:  # numbered and dated together, as a letter is (review11 #5); an
        # electronic copy on the day its block states, whatever this computer's zone
        ban_sao = dataclasses.replace(ban_sao, ngay=when.date() if dien_tu else today)
    taken: list[str] = []
    try:
        with critical(), register.issuing(db, **register.for_copy(ban_sao,
                                                                  trich_yeu=about)) as so:
            # the copy and its line in the register: both, or the number cancelled and no
            # file; a stop (SIGINT, SIGTERM) waits for the copy and is raised after the block
            taken.append(so.so_hieu)
            result = write(dataclasses.replace(ban_sao, so=so.so, ky_hieu_=so.ky_hieu))
            record_or_remove(db, so.id, [result.path])
    except (DocgenError, OSError) as e:
        if not taken:
            raise
        raise cancelled(e, taken, copy=True) from e
    return NumberedCopy(result, so.so_hieu, so.so, ban_sao.so)
