"""A letter numbered already: the same spec given to the register a second time (to print it
again, or a PDF forgotten the first time) would take a second number of the sổ for one letter,
the first then a number nobody sent. Said before the number is taken; a letter of the same
words may be a new one (a monthly report), so it is told, never refused."""

from __future__ import annotations

from ntm_docgen.i18n import N_, said
from ntm_docgen.register.model import Row
from ntm_docgen.register.order import series_rows
from ntm_docgen.register.series import resolve_loai
from ntm_docgen.vietnamese.text import nfc, ngay_so

#: A letter of the same words numbered already (the desk tells it in its own words).
NUMBERED_BEFORE = N_("{path}: number {number} of the sổ was given on {given} to a letter of the "
                     "same trích yếu, signer and recipients{file}: to print that letter again, "
                     "print it with its number (so: {so}) rather than take a new one; if this "
                     "is another letter, go on")

#: The states of a line whose number stands for a letter (a cancelled one stands for none).
_STANDING = ("cap", "da_ghi")


def numbered_before(db: str | None, path: str, arguments: dict, *,
                    each: bool = False) -> list[str]:
    """What to say before a number is taken for ``arguments`` (``register.for_spec`` or
    ``for_copy``) when its series holds a standing line of the same type with the same trích
    yếu, signer and recipients, and the same date where both have one; ``each``: a bulk run's
    spec, one letter a recipient, whose recipients are not compared."""
    entry = arguments["entry"]
    if not entry.trich_yeu:
        return []
    kind = resolve_loai(arguments["loai_code"])
    rows = series_rows(db, co_quan=arguments["co_quan"], loai_code=arguments["loai_code"],
                       nam=arguments["nam"], mat=arguments.get("mat", False))

    def same(row: Row) -> bool:
        return (row.trang_thai in _STANDING
                and row.loai == kind.ma and _words(row.trich_yeu) == _words(entry.trich_yeu)
                and _words(row.nguoi_ky) == _words(entry.nguoi_ky or "")
                and (each or tuple(map(_words, row.noi_nhan)) == tuple(map(_words,
                                                                            entry.noi_nhan)))
                and (row.ngay is None or entry.ngay is None or row.ngay == entry.ngay))

    before = [row for row in rows if same(row)]
    if not before:
        return []
    row = before[-1]
    where = "ban_sao" if path.startswith("ban_sao") else "trich_yeu"
    if each:
        return [said(N_("{path}: the sổ has given numbers to letters of the same trích yếu and "
                        "signer already, the last {number} on {given}{file}: to make those "
                        "letters again, run without taking numbers; if these are other letters, "
                        "go on"), path=where, number=row.so_hieu,
                     given=ngay_so(row.cap_ngay), file=f" ({row.tep})" if row.tep else "")]
    return [said(NUMBERED_BEFORE, path=where, number=row.so_hieu, given=ngay_so(row.cap_ngay),
                 so=row.so, file=f" ({row.tep})" if row.tep else "")]


def _words(text: str) -> str:
    return " ".join(nfc(text).split()).casefold()
