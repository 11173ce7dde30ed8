"""``ntm-docgen register record`` and ``register file``: a letter's file and its number.

A văn thư who types her letters in Word takes a number with ``register next``, writes it on the
letter and records the file: what the file prints is read and held against the sổ (its number,
the year of its date, a file recorded under another number of its kind), the line's empty
columns are filled from it (trích yếu, date, signer, recipients, Lưu), and a column that says
otherwise is named (replaced, for a letter written again). A copy is recorded as it is: it
prints its original's number and trích yếu first."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ntm_docgen.cli.common import InputFile, echo_warnings, force_option, reports_errors
from ntm_docgen.cli.register_options import (
    db_option,
    mat_tristate,
    nam_option,
    timeout_option,
)
from ntm_docgen.cli.register_options import open_register as _open
from ntm_docgen.cli.translated import command, option
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import N_, _
from ntm_docgen.register.model import RegisterError, Row, so_di_data

if TYPE_CHECKING:
    from ntm_docgen.api.jobs import LetterEntry
    from ntm_docgen.register.store import Register


def _heading(key: str) -> str:
    """The sổ's printed heading of a column ``describe`` fills (data/so_di.yaml)."""
    khoa = "ten_loai_trich_yeu" if key == "trich_yeu" else key
    return next(str(c["ten"]) for c in so_di_data()["cot"] if c["khoa"] == khoa)


def _read(tep: Path) -> tuple[LetterEntry | None, str]:
    """What the letter prints, or why it could not be read."""
    from ntm_docgen.api import letter_entry

    try:
        return letter_entry(tep), ""
    except DocgenError as e:
        return None, str(e)


def _against(read: LetterEntry, row: Row, tep: Path) -> str:
    """Why the letter read is not the one the line numbers, or ""."""
    if read.number is not None:
        so, ky_hieu = read.number
        if so != row.so or (ky_hieu and ky_hieu.upper() != row.ky_hieu.upper()):
            return _("{path} prints “Số: {printed}”, not {number}: record it under its own "
                     "number, or write {number} on its Số line").format(
                path=tep, printed=read.printed, number=row.so_hieu)
    day = read.entry.ngay
    if day is not None and day.year != row.nam:
        return _("{path} is dated {day:%d/%m/%Y}: a letter of {year} takes its number from the "
                 "sổ of {year}, and {number} is a number of {nam}: take a number of {year}, or "
                 "correct the letter's date").format(
            path=tep, day=day, year=day.year, number=row.so_hieu, nam=row.nam)
    return ""


@command("record", short_help=N_("Record a letter's file under the number it bears."),
         help=N_("Record the file of a letter under the number it bears (taken with `next`): "
                 "the register keeps where the file is and its SHA-256 checksum, and holds "
                 "the number, date and trích yếu the letter prints against its line."))
@click.argument("so_hieu", metavar="SO/KY-HIEU")
@option("--tep", "--file", "tep", required=True, type=InputFile(), metavar=N_("FILE"),
        help=N_("The letter written with that number."))
@db_option
@nam_option
@mat_tristate
@timeout_option
@reports_errors
def record(so_hieu: str, tep: Path, db: str | None, nam: int | None, mat: bool | None,
           timeout: float) -> None:
    from ntm_docgen.register.again import is_copy
    from ntm_docgen.register.store import sha256_file

    year = nam or date.today().year
    digest = sha256_file(tep)
    with _open(db, timeout) as reg:
        copy = is_copy(reg.find(so_hieu, year, mat))
    # a copy prints its original's Số, date and trích yếu first: read only a letter
    read, unread = (None, "") if copy else _read(tep)
    warnings: list[str] = []
    with _open(db, timeout) as reg:
        row = reg.find(so_hieu, year, mat)
        _recordable(reg, row, tep, digest)
        wrong = _against(read, row, tep) if read is not None else ""
        if wrong and not read.scanned:  # type: ignore[union-attr]
            raise RegisterError(wrong)
        if wrong:  # a scan's reading may be wrong: said, to be checked against the paper
            warnings.append(_("{problem} (read from a scan: check it against the paper)")
                            .format(problem=wrong))
        again = bool(row.sha256) and row.sha256 != digest
        if again:
            warnings.append(_written_again(row, tep))
        reg.record(row.id, tep, digest)
        filled, differ = reg.describe(row.id, read.entry, again=again) if read else ([], [])
    for key, was, now in differ:
        warnings.append((_("{column}: the register said “{was}”; the letter written again "
                           "prints “{now}”, which the register now says") if again else _(
            "{column}: the register says “{was}”, the letter prints “{now}”: correct the one "
            "that is wrong")).format(column=_heading(key), was=was, now=now))
    if read is not None and read.number is None:
        warnings.append(_("{path} prints no number: write {number} on its Số line before it is "
                          "sent").format(path=tep, number=row.so_hieu))
    if unread:
        warnings.append(_("the letter could not be read ({reason}): the register holds its "
                          "file, but not its trích yếu, date or signer").format(reason=unread))
    echo_warnings(warnings)
    click.echo(f"{row.so_hieu} ({year}): {tep}")
    if filled:
        columns = "; ".join(_heading(key) for key in filled)
        click.echo(_("filled from the letter: {columns}").format(columns=columns)
                   if not read or not read.scanned else
                   _("filled from the letter, read from a scan (check them against the "
                     "paper): {columns}").format(columns=columns))


def _recordable(reg: Register, row: Row, tep: Path, digest: str) -> None:
    """Refuse a cancelled number, and a file the register holds under another number of its
    kind (a letter issued with its copy block holds one letter's number and one copy's)."""
    from ntm_docgen.register.again import is_copy

    if row.trang_thai == "huy":
        raise RegisterError(_("{number} ({year}) was cancelled ({note}): take a new number "
                              "and write it on the letter").format(
            number=row.so_hieu, year=row.nam, note=row.ghi_chu or _("no reason given")))
    others = [r for r in reg.holding(digest) if r.id != row.id and is_copy(r) == is_copy(row)]
    if others:
        raise RegisterError(_("{path} is in the register already as {number} ({year}): one "
                              "letter takes one number; cancel the number it should not "
                              "hold").format(path=tep, number=others[0].so_hieu,
                                             year=others[0].nam))


def _written_again(row: Row, tep: Path) -> str:
    """What to say of a number whose recorded file is replaced: changed, or another file."""
    if row.tep and Path(row.tep) == tep.absolute():
        return _("{path} changed since it was recorded under {number}: the register now holds "
                 "it as it is").format(path=tep, number=row.so_hieu)
    return _("{number} named {old} before: the register now names {path}").format(
        number=row.so_hieu, old=Path(row.tep or "").name, path=tep)


@command("file", short_help=N_("Take out the letter the register keeps for a number."),
         help=N_("Write the letter the register keeps in its database for a "
                 "number (a letter issued on an office desk)."))
@click.argument("so_hieu", metavar="SO/KY-HIEU")
@db_option
@nam_option
@mat_tristate
@option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
        metavar=N_("FILE"), help=N_("Where to write the letter (.docx, or .pdf for a copy made "
                                    "as PDF)."))
@force_option
@timeout_option
@reports_errors
def kept_letter(so_hieu: str, db: str | None, nam: int | None, mat: bool | None, output: Path,
                force: bool, timeout: float) -> None:
    from ntm_docgen.api import write_file
    from ntm_docgen.register.kept import kept, not_kept

    year = nam or date.today().year
    with _open(db, timeout) as reg:
        row = reg.find(so_hieu, year, mat)
        found = kept(reg, row.sha256) if row.sha256 else None
        if found is None:  # where the letter was written, and what that file holds now
            raise not_kept(reg, row)
    name, data = found
    if Path(name).suffix.lower() != output.suffix.lower():
        raise click.BadParameter(_("the letter is a {suffix} file ({name}); name the output "
                                   "{suffix}").format(suffix=Path(name).suffix, name=name),
                                 param_hint="-o")
    write_file(output, data, force=force)
    click.echo(f"{row.so_hieu} ({year}): {output}")
