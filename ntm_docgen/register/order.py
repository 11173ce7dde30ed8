"""A letter dated before the letters its series has numbered already: the number it would take
comes after theirs, so the sổ would list it out of order (Điều 15 of Nghị định 30: a letter
is numbered and dated when it is issued, at the latest on the next working day)."""

from __future__ import annotations

from datetime import date, timedelta

from ntm_docgen.i18n import N_, said
from ntm_docgen.register.model import CHE_DO, DEFAULT_TIMEOUT, RegisterError, Row
from ntm_docgen.register.series import resolve_loai, serie_for
from ntm_docgen.register.store import Register
from ntm_docgen.vietnamese.text import ngay_so

#: A letter dated up to this before the latest of its series is no slip: one signed on a
#: Friday is numbered on the Monday, after one signed and numbered that Monday.
SLACK = timedelta(days=3)


def series_rows(db: str | None, *, co_quan: str, loai_code: str, nam: int,
                mat: bool) -> list[Row]:
    """The lines of the series a letter of ``loai_code`` takes its number from in ``nam`` (the
    body's common series or its type's, the copies' or the secret one); none when the register
    is not there yet or cannot be read (the numbering that follows says why)."""
    series = {serie_for(resolve_loai(loai_code), mode, mat) for mode in CHE_DO}
    try:
        with Register(db, DEFAULT_TIMEOUT) as reg:
            return [r for r in reg.entries(nam=nam, co_quan=co_quan) if r.serie in series]
    except (RegisterError, OSError):
        return []


def dated_later(db: str | None, *, co_quan: str, loai_code: str, nam: int, mat: bool,
                ngay: date) -> Row | None:
    """The line of the series (the body's year, its common series or its type's, the copies'
    or the secret one) whose letter is dated latest, if it is dated more than ``SLACK`` after
    ``ngay``; None too when the register is not there yet or cannot be read (the numbering
    that follows says why)."""
    rows = series_rows(db, co_quan=co_quan, loai_code=loai_code, nam=nam, mat=mat)
    dated = [r for r in rows if r.trang_thai != "huy" and r.ngay]
    latest = max(dated, key=lambda r: (r.ngay, r.id), default=None)
    if latest is None or latest.ngay is None or latest.ngay - ngay <= SLACK:
        return None
    return latest


def out_of_order(db: str | None, path: str, arguments: dict) -> list[str]:
    """What to say before a number is taken for ``arguments`` (``register.for_spec`` or
    ``for_copy``) whose date is well before the latest of its series."""
    ngay = arguments["entry"].ngay
    if ngay is None:
        return []
    latest = dated_later(db, co_quan=arguments["co_quan"], loai_code=arguments["loai_code"],
                         nam=arguments["nam"], mat=arguments.get("mat", False), ngay=ngay)
    if latest is None or latest.ngay is None:
        return []
    return [said(N_("{path}: the letter is dated {date}, but number {number} of its series in "
                    "the register is dated {later}: the number it takes comes after that one, "
                    "and the sổ would list the letters out of their order (a letter is numbered "
                    "and dated on the day it is issued): check the date, or that of {number} "
                    "in the sổ"),
                 path=path, date=ngay_so(ngay), number=latest.so_hieu,
                 later=ngay_so(latest.ngay))]
