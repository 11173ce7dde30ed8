"""``ntm-docgen register``: the sổ đăng ký văn bản đi on the command line."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ntm_docgen.cli.common import force_option, reports_errors
from ntm_docgen.register.model import (
    CHE_DO,
    DEFAULT_TIMEOUT,
    ENV_DB,
    RegisterEntry,
    default_db,
    so_di_data,
)

if TYPE_CHECKING:
    from ntm_docgen.register.store import Register


def _open(db: str | None, timeout: float) -> Register:
    """The register, its database layer imported only when a register command runs."""
    from ntm_docgen.register.store import Register

    return Register(db, timeout)

db_option = click.option(
    "--db", envvar=ENV_DB, show_envvar=True, metavar="FILE|URL",
    help=f"The register: a SQLite file, or a postgresql://USER:PASS@HOST/DB URL "
         f"[default: {default_db()}].")
timeout_option = click.option(
    "--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
    help="Seconds to wait while another clerk holds the register.")
nam_option = click.option("--nam", type=click.IntRange(1900, 9999), metavar="YYYY",
                          help="The year of the register (numbers restart at 01 each year).")
_CO_QUAN_HELP = "The issuer's abbreviation in its ký hiệu: UBND, SNV, VP."
co_quan_option = click.option("--co-quan", metavar="ABBR", help=_CO_QUAN_HELP)
co_quan_required = click.option("--co-quan", metavar="ABBR", required=True, help=_CO_QUAN_HELP)
mat_tristate = click.option("--mat/--khong-mat", default=None,
                            help="Pick the secret (or the ordinary) number when both exist.")


#: The secret series' name (data/so_di.yaml), marked in `list`.
MAT = so_di_data()["serie"]["mat"]


def _entries(db: str | None, timeout: float, nam: int | None,
             co_quan: str | None) -> tuple[list, str | None]:
    """The register's lines, and where the register would be when none was ever written
    (read as empty: listing or exporting does not create it)."""
    from ntm_docgen.register.model import NoRegisterYet

    try:
        with _open(db, timeout) as reg:
            return reg.entries(nam=nam, co_quan=co_quan), None
    except NoRegisterYet as e:
        return [], e.where


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


@click.group("register")
def register() -> None:
    """The sổ đăng ký văn bản đi: give numbers in order, list and export them.

    One series per body for its letters (or one per type, see `config`), one of its own for
    copies (SY, SL, TrS) and for secret documents; every series restarts at 01 each year.
    """


@register.command("next")
@db_option
@co_quan_required
@click.option("--loai", required=True, metavar="CODE",
              help="Type code or name (KH, QĐ, 'công văn'), or a copy code SY, SL, TrS.")
@nam_option
@click.option("--don-vi", metavar="ABBR", help="Drafting unit: a công văn's ký hiệu UBND-TH.")
@click.option("--ky-hieu", metavar="TEXT", help="A ký hiệu of your own instead of the default.")
@click.option("--mat", is_flag=True, help="A secret document: take from the secret series.")
@click.option("--trich-yeu", default="", help="Trích yếu, for the register.")
@click.option("--ngay", type=click.DateTime(["%Y-%m-%d"]), help="Date of the letter (ISO).")
@click.option("--nguoi-ky", default="", help="The signer.")
@click.option("--noi-nhan", multiple=True, help="A recipient (repeat the option for more).")
@click.option("--luu", default="", help="Unit or person keeping the file copy.")
@click.option("--so-luong-ban", type=click.IntRange(min=0), help="Number of copies issued.")
@click.option("--ghi-chu", default="", help="Note.")
@click.option("--json", "as_json", is_flag=True, help="Print {\"so\", \"ky_hieu\", \"nam\"}.")
@timeout_option
@reports_errors
def next_(db: str | None, co_quan: str, loai: str, nam: int | None, don_vi: str | None,
          ky_hieu: str | None, mat: bool, trich_yeu: str, ngay: datetime | None, nguoi_ky: str,
          noi_nhan: tuple[str, ...], luu: str, so_luong_ban: int | None, ghi_chu: str,
          as_json: bool, timeout: float) -> None:
    """Give the next number of a series and write it in the register."""
    entry = RegisterEntry(trich_yeu=trich_yeu, ngay=_day(ngay), nguoi_ky=nguoi_ky,
                          noi_nhan=noi_nhan, luu=luu, so_luong_ban=so_luong_ban,
                          ghi_chu=ghi_chu)
    with _open(db, timeout) as reg:
        given = reg.allocate(co_quan, loai, nam=nam, don_vi=don_vi, ky_hieu=ky_hieu, mat=mat,
                             entry=entry)
    if as_json:
        click.echo(json.dumps(given.as_json(), ensure_ascii=False))
    else:
        click.echo(f"{given.so_hieu}  (năm {given.nam})")


@register.command("list")
@db_option
@nam_option
@co_quan_option
@click.option("--json", "as_json", is_flag=True, help="Print the lines as a JSON list.")
@timeout_option
@reports_errors
def list_(db: str | None, nam: int | None, co_quan: str | None, as_json: bool,
          timeout: float) -> None:
    """Show the register's lines in the order the numbers were given."""
    rows, missing = _entries(db, timeout, nam, co_quan)
    if as_json:
        click.echo(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
        return
    for r in rows:
        ngay = r.ngay.isoformat() if r.ngay else "-"
        state = {"cap": "given", "da_ghi": "written", "huy": "CANCELLED"}[r.trang_thai]
        if r.serie == MAT:
            state += " (mật)"
        click.echo(f"{r.nam}  {r.so_hieu:<18} {ngay:<10}  {state:<16}  "
                   f"{r.ten_loai_trich_yeu[:60]}")
    if missing:
        click.echo(f"(no numbers given: the register {missing} is empty, not written yet)",
                   err=True)
    elif not rows:
        click.echo("(no numbers given)", err=True)


@register.command("export")
@db_option
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The .csv or .xlsx file to write.")
@nam_option
@co_quan_option
@force_option
@timeout_option
@reports_errors
def export(db: str | None, output: Path, nam: int | None, co_quan: str | None, force: bool,
           timeout: float) -> None:
    """Write one year of the register with the Phụ lục IV columns (A4 landscape in XLSX)."""
    year = nam or date.today().year
    rows, missing = _entries(db, timeout, year, co_quan)
    title = f"Sổ đăng ký văn bản đi năm {year}" + (f" - {co_quan}" if co_quan else "")
    from ntm_docgen.register.export import export as export_rows

    export_rows(rows, output, year, force=force, title=title)
    note = "" if rows else (" (only the column headings: the register " + missing
                            + " is empty, not written yet)" if missing
                            else " (only the column headings: no number given that year)")
    click.echo(f"{output}: {len(rows)} line(s) of {year}{note}")


@register.command("cancel")
@click.argument("so_hieu", metavar="SO/KY-HIEU")
@db_option
@nam_option
@mat_tristate
@click.option("--ly-do", required=True, help="Why the number is cancelled (kept in ghi chú).")
@timeout_option
@reports_errors
def cancel(so_hieu: str, db: str | None, nam: int | None, mat: bool | None, ly_do: str,
           timeout: float) -> None:
    """Mark a number cancelled: it stays in the register and is never given again."""
    year = nam or date.today().year
    with _open(db, timeout) as reg:
        row = reg.find(so_hieu, year, mat)
        reg.cancel(row.id, ly_do)
    click.echo(f"{row.so_hieu} ({year}) cancelled")


@register.command("record")
@click.argument("so_hieu", metavar="SO/KY-HIEU")
@click.option("--tep", required=True, type=click.Path(exists=True, dir_okay=False,
                                                       path_type=Path),
              help="The letter written with that number.")
@db_option
@nam_option
@mat_tristate
@timeout_option
@reports_errors
def record(so_hieu: str, tep: Path, db: str | None, nam: int | None, mat: bool | None,
           timeout: float) -> None:
    """Attach a written letter (path and SHA-256) to a number taken with `next`."""
    year = nam or date.today().year
    with _open(db, timeout) as reg:
        row = reg.find(so_hieu, year, mat)
        reg.record(row.id, tep)
    click.echo(f"{row.so_hieu} ({year}): {tep}")


@register.command("config")
@db_option
@co_quan_required
@click.option("--che-do", type=click.Choice(CHE_DO),
              help="chung: one series for all letters; theo-loai: one per type.")
@nam_option
@timeout_option
@reports_errors
def config(db: str | None, co_quan: str, che_do: str | None, nam: int | None,
           timeout: float) -> None:
    """Show or set a body's series mode from a year on (Điều 15: the head decides)."""
    year = nam or date.today().year
    with _open(db, timeout) as reg:
        if che_do:
            reg.set_che_do(co_quan, che_do, year)
        click.echo(f"{co_quan} {year}: {reg.get_che_do(co_quan, year)}")
