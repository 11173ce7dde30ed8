"""A register line in and out of its table: an entry's values checked for their columns, a
row read back as a ``Row``, a column's value as the clerk reads it, a letter file's SHA-256."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone
from pathlib import Path

from ntm_docgen.i18n import _
from ntm_docgen.register.handkept import hand_kind
from ntm_docgen.register.model import HAND, RegisterEntry, RegisterError, Row
from ntm_docgen.register.series import ENTRY_CHARS, check_length
from ntm_docgen.vietnamese.text import nfc, ngay_so


def sha256_file(path: Path | str) -> str:
    """The SHA-256 of a file, in hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def entry_values(entry: RegisterEntry) -> dict:
    """The columns an entry writes, in NFC, each within what a cell of the sổ holds."""
    if entry.so_luong_ban is not None and entry.so_luong_ban < 0:
        raise RegisterError(_("so_luong_ban: expected a count of copies; found {value}")
                            .format(value=entry.so_luong_ban))
    values = {
        "trich_yeu": nfc(entry.trich_yeu), "ngay": entry.ngay, "nguoi_ky": nfc(entry.nguoi_ky),
        "noi_nhan": "\n".join(nfc(n) for n in entry.noi_nhan), "luu": nfc(entry.luu),
        "so_luong_ban": entry.so_luong_ban, "ngay_chuyen": entry.ngay_chuyen,
        "ky_nhan": nfc(entry.ky_nhan), "ghi_chu": nfc(entry.ghi_chu),
    }
    for name, value in values.items():
        if isinstance(value, str):
            check_length(name, value, ENTRY_CHARS)
    return values


def row_from(m) -> Row:  # type: ignore[no-untyped-def]
    """A line of the table (a row's mapping) as a ``Row``: its recipients one per item, the
    moment its number was given in UTC, a line of numbers given by hand named by its series
    (``handkept.hand_kind``), whatever the register's age and database."""
    data = dict(m)
    data["noi_nhan"] = tuple(n for n in (data["noi_nhan"] or "").split("\n") if n)
    data["cap_luc"] = in_utc(data["cap_luc"])
    if data["trang_thai"] == HAND:
        data["ten_loai"] = hand_kind(data["serie"], data["ten_loai"])
    return Row(**data)


def in_utc(moment: datetime) -> datetime:
    """A moment the register wrote, in UTC with its zone. Every moment is written in UTC, but
    SQLite keeps the zone only of those the numbers' own statements write (not of the line of
    numbers given by hand), and PostgreSQL gives them in the server's zone.

    >>> in_utc(datetime(2026, 3, 5, 8, 0)).isoformat()
    '2026-03-05T08:00:00+00:00'
    >>> in_utc(datetime.fromisoformat("2026-03-05T15:00:00+07:00")).isoformat()
    '2026-03-05T08:00:00+00:00'
    """
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def cell_text(value: object) -> str:
    """A column's value as the clerk reads it: a date ``05/03/2026``, recipients by ``; ``."""
    if isinstance(value, date):
        return ngay_so(value)
    return "; ".join(str(value).split("\n"))


def cell_compared(value: object) -> str:
    """A column's value as two readings of it are held equal: case and spaces aside."""
    return " ".join(cell_text(value).split()).casefold()
