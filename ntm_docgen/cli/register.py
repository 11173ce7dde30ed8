"""``ntm-docgen register``: the sổ đăng ký văn bản đi on the command line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from ntm_docgen.cli.common import (
    date_option,
    echo_warnings,
    folder_told,
    force_option,
    output_kind,
    reports_errors,
)
from ntm_docgen.cli.register_file import kept_letter, record
from ntm_docgen.cli.register_options import (
    co_quan_option,
    co_quan_required,
    db_option,
    mat_tristate,
    nam_option,
    timeout_option,
)
from ntm_docgen.cli.register_options import open_register as _open
from ntm_docgen.cli.translated import group, option
from ntm_docgen.i18n import N_, _, ngettext, shortened
from ntm_docgen.register.model import (
    CHE_DO,
    STATE_NAMES,
    RegisterEntry,
    so_di_data,
)


def day_text(day: date | None) -> str:
    """A date as clerks write it in the register's columns: ``05/01/2026``; ``-`` when none."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else "-"


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


@group("register", help=N_(
    "The sổ đăng ký văn bản đi: give numbers in order, list and export them.\n\n"
    "One series per body for its letters (or one per type, see `config`), one of its own for "
    "copies (SY, SL, TrS) and for secret documents; every series restarts at 01 each year."))
def register() -> None:
    pass


@register.command("next", help=N_("Give the next number of a series and write it in the "
                                   "register."))
@db_option
@co_quan_required
@option("--loai", required=True, metavar=N_("CODE"),
        help=N_("Type code or name (KH, QĐ, 'công văn'), or a copy code SY, SL, TrS."))
@nam_option
@option("--don-vi", metavar=N_("ABBR"), help=N_("Drafting unit: a công văn's ký hiệu UBND-TH."))
@option("--ky-hieu", metavar=N_("TEXT"), help=N_("A ký hiệu of your own instead of the default."))
@option("--mat", is_flag=True, help=N_("A secret document: take from the secret series."))
@option("--trich-yeu", default="", metavar=N_("TEXT"), help=N_("Trích yếu, for the register."))
@date_option("--ngay", help=N_("Date of the letter."))
@option("--nguoi-ky", default="", metavar=N_("NAME"), help=N_("The signer."))
@option("--noi-nhan", multiple=True, metavar=N_("TEXT"),
        help=N_("A recipient (repeat the option for more)."))
@option("--luu", default="", metavar=N_("TEXT"), help=N_("Unit or person keeping the file copy."))
@option("--so-luong-ban", type=click.IntRange(min=0), metavar="N",
        help=N_("Number of copies issued."))
@option("--ghi-chu", default="", metavar=N_("TEXT"), help=N_("Note."))
@option("--json", "as_json", is_flag=True, help=N_("Print {\"so\", \"ky_hieu\", \"nam\"}."))
@timeout_option
@reports_errors
def next_(db: str | None, co_quan: str, loai: str, nam: int | None, don_vi: str | None,
          ky_hieu: str | None, mat: bool, trich_yeu: str, ngay: date | None, nguoi_ky: str,
          noi_nhan: tuple[str, ...], luu: str, so_luong_ban: int | None, ghi_chu: str,
          as_json: bool, timeout: float) -> None:
    entry = RegisterEntry(trich_yeu=trich_yeu, ngay=ngay, nguoi_ky=nguoi_ky,
                          noi_nhan=noi_nhan, luu=luu, so_luong_ban=so_luong_ban,
                          ghi_chu=ghi_chu)
    with _open(db, timeout) as reg:
        given = reg.allocate(co_quan, loai, nam=nam, don_vi=don_vi, ky_hieu=ky_hieu, mat=mat,
                             entry=entry)
    if as_json:
        click.echo(json.dumps(given.as_json(), ensure_ascii=False))
    else:
        click.echo(_("{number}  (year {year})").format(number=given.so_hieu, year=given.nam))


@register.command("list", help=N_("Show the register's lines in the order the numbers were "
                                   "given."))
@db_option
@nam_option
@co_quan_option
@option("--json", "as_json", is_flag=True, help=N_("Print the lines as a JSON list."))
@timeout_option
@reports_errors
def list_(db: str | None, nam: int | None, co_quan: str | None, as_json: bool,
          timeout: float) -> None:
    rows, missing = _entries(db, timeout, nam, co_quan)
    if as_json:
        click.echo(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
        return
    states = [_("{state} (secret)").format(state=_(STATE_NAMES[r.trang_thai]))
              if r.serie == MAT else _(STATE_NAMES[r.trang_thai]) for r in rows]
    # one column for every state, a secret line's too ("đã cấp trên sổ giấy (mật)")
    wide = max(len(state) for state in [*(_(n) for n in STATE_NAMES.values()), *states])
    if rows:
        click.echo(_line(_("Year"), _("Number, ký hiệu"), _("Date"), _("State"),
                         _("Type and trích yếu"), wide))
    for r, state in zip(rows, states, strict=True):
        click.echo(_line(str(r.nam), r.so_hieu_in_so, day_text(r.ngay), state,
                         shortened(r.text_in_so, 60, at_word=True), wide))
    if missing:
        click.echo(_("(no numbers given: the register {where} is empty, not written yet)")
                   .format(where=missing), err=True)
    elif not rows:
        click.echo(_("(no numbers given)"), err=True)


def _line(nam: str, so_hieu: str, ngay: str, state: str, text: str, wide: int) -> str:
    """One line of `list`, the header's or a number's, in the same columns (``wide``: the
    longest state's)."""
    return f"{nam:<4}  {so_hieu:<18} {ngay:<10}  {state:<{wide}}  {text}"


@register.command("export", short_help=N_("Write a year of the register to XLSX or CSV."),
                  help=N_("Write one year of the register with the Phụ lục IV "
                          "columns (A4 landscape in XLSX)."))
@db_option
@option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
        metavar=N_("FILE.xlsx"), help=N_("The .csv or .xlsx file to write."))
@nam_option
@co_quan_option
@option("--mat", is_flag=True, help=N_("Export the secret documents' series, which has a sổ of "
                                       "its own, instead of the ordinary series."))
@force_option
@timeout_option
@reports_errors
def export(db: str | None, output: Path, nam: int | None, co_quan: str | None, mat: bool,
           force: bool, timeout: float) -> None:
    output_kind(output, "-o", (".csv", ".xlsx"))
    year = nam or date.today().year
    every, missing = _entries(db, timeout, year, co_quan)
    from ntm_docgen.register.export import export as export_rows
    from ntm_docgen.register.export import one_book, title_of

    rows, other = one_book(every, mat=mat)
    with folder_told(output):
        export_rows(rows, output, year, force=force, title=title_of(year, co_quan, mat=mat))
    if other and not mat:
        click.echo(ngettext("{count} number of the secret series is not in this sổ: secret "
                            "documents have a sổ of their own (export it with --mat)",
                            "{count} numbers of the secret series are not in this sổ: secret "
                            "documents have a sổ of their own (export it with --mat)",
                            len(other)).format(count=len(other)), err=True)
    if rows:
        click.echo(ngettext("{path}: {count} line of {year}", "{path}: {count} lines of {year}",
                            len(rows)).format(path=output, count=len(rows), year=year))
    elif missing:
        click.echo(_("{path}: 0 lines of {year} (only the column headings: the register {where} "
                     "is empty, not written yet)").format(path=output, year=year, where=missing))
    elif mat:
        click.echo(_("{path}: 0 lines of {year} (only the column headings: no number of the "
                     "secret series given that year)").format(path=output, year=year))
    elif other:
        click.echo(_("{path}: 0 lines of {year} (only the column headings: every number given "
                     "that year is of the secret series)").format(path=output, year=year))
    else:
        click.echo(_("{path}: 0 lines of {year} (only the column headings: no number given that "
                     "year)").format(path=output, year=year))


@register.command("cancel", short_help=N_("Cancel a number; it is never given again."),
                  help=N_("Mark a number cancelled: it stays in the register and is "
                          "never given again."))
@click.argument("so_hieu", metavar="SO/KY-HIEU")
@db_option
@nam_option
@mat_tristate
@option("--ly-do", required=True, metavar=N_("TEXT"),
        help=N_("Why the number is cancelled (kept in ghi chú)."))
@timeout_option
@reports_errors
def cancel(so_hieu: str, db: str | None, nam: int | None, mat: bool | None, ly_do: str,
           timeout: float) -> None:
    year = nam or date.today().year
    with _open(db, timeout) as reg:
        row = reg.find(so_hieu, year, mat)
        if row.trang_thai == "huy":
            click.echo(_("{number} ({year}) was cancelled already ({note}): nothing changed")
                       .format(number=row.so_hieu, year=year, note=row.ghi_chu), err=True)
            return
        reg.cancel(row.id, ly_do)
    if row.trang_thai == "da_ghi":
        echo_warnings([_("{number} was the number of {path}{dated}: cancelling it does not "
                         "recall a letter already sent; tell its recipients, and give the "
                         "letter that replaces it a new number").format(
            number=row.so_hieu, path=Path(row.tep or "").name or _("a letter"),
            dated=_(", dated {day}").format(day=day_text(row.ngay)) if row.ngay else "")])
    click.echo(_("{number} ({year}) cancelled").format(number=row.so_hieu, year=year))


@register.command("config", short_help=N_("Choose one series for every letter, or one per type."),
                  help=N_("Show or choose how a body numbers its letters from a year on: one "
                          "series for every letter, or one per type (Điều 15: the head of the "
                          "body decides)."))
@db_option
@co_quan_required
@option("--che-do", type=click.Choice(CHE_DO),
        help=N_("chung: one series for all letters; theo-loai: one per type."))
@nam_option
@timeout_option
@reports_errors
def config(db: str | None, co_quan: str, che_do: str | None, nam: int | None,
           timeout: float) -> None:
    year = nam or date.today().year
    with _open(db, timeout) as reg:
        if che_do:
            reg.set_che_do(co_quan, che_do, year)
        click.echo(f"{co_quan} {year}: {reg.get_che_do(co_quan, year)}")


register.add_command(record)
register.add_command(kept_letter)
