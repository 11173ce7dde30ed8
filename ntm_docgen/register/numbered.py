"""``render --allocate``: take the number from the register, render, record the file."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ntm_docgen import register
from ntm_docgen.errors import DocgenError, os_message
from ntm_docgen.files.output import check_writable
from ntm_docgen.files.signals import critical
from ntm_docgen.files.soffice import find_soffice
from ntm_docgen.i18n import N_, _, ngettext, said
from ntm_docgen.letter.copy_codes import code_notes
from ntm_docgen.letter.render import render_spec
from ntm_docgen.letter.spec import Spec
from ntm_docgen.letter.spec_warnings import says_nothing
from ntm_docgen.letter.unread import unread_fields
from ntm_docgen.vietnamese.text import ngay_so, so_hieu


def render_allocated(spec: Spec, out: Path | str, *, db: str | None, today: date,
                     force: bool = False, pdf: bool = False) -> tuple[list[Path], list[str]]:
    """Give the letter the next number of its series, write it, and record it in the register;
    return the files written and the numbers given (``01/KH-SNV``, then the copy's).

    The output is checked before a number is taken (a file can be made in its folder; for a
    PDF, LibreOffice is found); if rendering fails after that, the numbers stay in the register
    marked cancelled (numbers are never reused) and the error says which. A ``so`` in the spec or in
    its ``ban_sao`` is replaced by the register's (the command warns about it). A letter without
    its ``ngay`` is issued today: the number and the date are given together.
    """
    if refused := numbering_refusal(spec):
        raise DocgenError(refused)
    if spec.ngay is None:
        spec = dataclasses.replace(spec, ngay=today)
    out = Path(out)
    check_writable(out, force)  # what can be known before a number is taken
    if pdf:
        check_writable(out.with_suffix(".pdf"), force)
        find_soffice()
    taken: list[str] = []
    try:
        with critical(), allocated(spec, db) as (numbered, given):
            # the letter and its line in the register: both, or the number cancelled and no
            # file; a stop (SIGINT, SIGTERM) waits for the letter and is raised after the
            # block; the files are on the disk before the register records them (SHA-256)
            taken = [g.so_hieu for g in given]
            written = render_spec(numbered, out, today=today, force=force, pdf=pdf,
                                  durable=True)
            record_or_remove(db, [g.id for g in given], written)
    except (DocgenError, OSError) as e:
        if not taken:
            raise
        raise cancelled(e, taken) from e
    return written, taken


def cancelled(error: DocgenError | OSError, taken: list[str], copy: bool = False
              ) -> DocgenError:
    """The error of a letter (or a ``copy``) that failed after the register gave it ``taken``:
    the problem, and the numbers now marked cancelled."""
    problem = os_message(error) if isinstance(error, OSError) else str(error)
    if copy:
        return DocgenError(_(
            "{problem}; number {numbers} was taken from the register for this copy and is now "
            "marked cancelled (a number is never given twice): the next try takes a new "
            "one").format(problem=problem, numbers=", ".join(taken)))
    return DocgenError(ngettext(
        "{problem}; number {numbers} was taken from the register for this letter and is "
        "now marked cancelled (a number is never given twice): the next try takes a new one",
        "{problem}; numbers {numbers} were taken from the register for this letter and are "
        "now marked cancelled (a number is never given twice): the next try takes new ones",
        len(taken)).format(problem=problem, numbers=", ".join(taken)))


#: A Giấy mời refused a number (its catalog id: the desk says it in the form's words).
NUMBERED_EMPTY = N_("noi_dung: the Giấy mời says nothing yet: write what the meeting is about, "
                    "its time and place, and whom it invites before it is numbered; no number "
                    "was taken")

#: A copy block refused a number for its ký hiệu (the values of ``letter/copy_codes.py``'s
#: warning; the desk says it in the form's words).
NUMBERED_CODE = N_("{path}ky_hieu: “{given}” begins with {code}, the code of a {other}, but "
                   "this copy is a {form}, whose ký hiệu begins with {own} ({expected}): "
                   "correct ky_hieu, or leave it out to have {expected}; no number was taken")


def numbering_refusal(spec: Spec) -> str | None:
    """Why the register gives this letter no number, if it does not: fields still “...” from a
    reading (a letter with no issuer or signer), a Giấy mời that says nothing (review11 #11:
    it was numbered with its warning), a copy block whose ký hiệu is another form's."""
    if unread := unread_fields(spec):
        return _("{fields} still hold “...”, what reading the file did not give: type them "
                 "from the paper first; no number was taken").format(fields=", ".join(unread))
    if says_nothing(spec):
        return said(NUMBERED_EMPTY)
    if spec.ban_sao is not None and (wrong := code_notes(spec.ban_sao, "ban_sao.")):
        # the register would number the copy block in another form's series (review12 #3)
        return said(NUMBERED_CODE, **getattr(wrong[0], "values", {}))
    return None


@contextlib.contextmanager
def allocated(spec: Spec, db: str | None) -> Iterator[tuple[Spec, list[register.Allocation]]]:
    """The spec with the register's number, and its ``ban_sao`` block (if any) with a number
    from the copies' series (SY, SL, TrS); if the block raises, both numbers stay cancelled."""
    arguments = register.for_spec(spec)
    copy_arguments = None if spec.ban_sao is None else register.for_copy(spec.ban_sao)
    with contextlib.ExitStack() as stack:
        given = [stack.enter_context(register.issuing(db, **arguments))]
        numbered = dataclasses.replace(spec, so=given[0].so, ky_hieu_=given[0].ky_hieu)
        if spec.ban_sao is not None and copy_arguments is not None:
            copy_arguments["entry"] = dataclasses.replace(
                copy_arguments["entry"], trich_yeu=copied(numbered))
            given.append(stack.enter_context(register.issuing(db, **copy_arguments)))
            numbered = dataclasses.replace(numbered, ban_sao=dataclasses.replace(
                spec.ban_sao, so=given[1].so, ky_hieu_=given[1].ky_hieu))
        yield numbered, given


def record(db: str | None, given: list[register.Allocation], path: Path) -> None:
    """Attach the written file (and its SHA-256) to every number it carries."""
    for allocation in given:
        register.record(db, allocation.id, path)


def record_or_remove(db: str | None, ids: int | list[int], written: list[Path]) -> None:
    """Record the first written file with each number; if the register cannot take it,
    remove the files (the caller's ``issuing`` then cancels the numbers with the reason), so a
    number is never on a file the register does not know."""
    try:
        for number in [ids] if isinstance(ids, int) else ids:
            register.record(db, number, written[0])
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def other_year(path: str, ngay: date | None, today: date) -> list[str]:
    """A letter numbered today whose date is in another year takes its number from that year's
    series (numbers run from 01 each 1 January): a slip of the year ("2025" typed in January
    2026) or a letter dated back; said before the number is taken.

    >>> other_year("ngay", date(2027, 3, 5), date(2026, 12, 5))[0][:40]
    'ngay: the letter is dated 05/03/2027, an'
    >>> other_year("ngay", date(2026, 1, 2), date(2026, 12, 5))
    []
    """
    if ngay is None or ngay.year == today.year:
        return []
    return [said(N_("{path}: the letter is dated {date}, and takes its number from the register's "
                    "series of {year}, while today is in {this_year}: check the year (a number "
                    "is given on the day of issue, from 01 each 1 January)"),
                 path=path, date=ngay_so(ngay), year=ngay.year, this_year=today.year)]


def ahead(path: str, ngay: date | None, today: date) -> list[str]:
    """A letter numbered today but dated a later day of this year: a number and its date are
    given on the day of issue (a later year is ``other_year``'s).

    >>> ahead("ngay", date(2026, 12, 28), date(2026, 12, 5))[0][:45]
    'ngay: the letter is dated 28/12/2026, a later'
    >>> ahead("ngay", date(2026, 12, 5), date(2026, 12, 5)), ahead("ngay", None, date(2026, 1, 1))
    ([], [])
    """
    if ngay is None or ngay <= today or ngay.year != today.year:
        return []
    return [said(N_("{path}: the letter is dated {date}, a later day than today ({today}), and "
                    "is numbered today: a letter is numbered and dated on the day it is issued; "
                    "check the date"),
                 path=path, date=ngay_so(ngay), today=ngay_so(today))]


def copied(spec: Spec) -> str:
    """What a copy line of the register names: the original's type, number and trích yếu."""
    return " ".join(part for part in (f"{spec.loai.ten} số {so_hieu(spec.so, spec.ky_hieu)}",
                                      spec.trich_yeu or "") if part)
