"""The ``bulk`` command: one letter per recipient of a CSV/XLSX file or of a province's communes."""

from __future__ import annotations

import contextlib
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import click

from ntm_docgen.cli.common import (
    db_option,
    echo_warnings,
    need_file,
    output_kind,
    reports_errors,
    spec_input,
)
from ntm_docgen.cli.translated import command, option
from ntm_docgen.errors import DocgenError, row_ranges
from ntm_docgen.i18n import N_, _, ngettext

PLAIN_FROM = 100

#: Letters kept (they differ from what the run gives) named one by one before "... and N more".
KEPT_SHOWN = 10


@contextlib.contextmanager
def progress(label: str, total: int) -> Iterator[Callable[[int], None]]:
    """A click progress bar on a terminal; otherwise a plain line at every tenth of the way
    (for 100 items or more: a short run says only its summary). ``label`` is marked with
    ``N_()`` by the run and translated here."""
    label = _(label)
    if total <= 0:
        yield lambda n: None
        return
    if sys.stderr.isatty():
        with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
            yield bar.update
        return
    done = 0
    shown = 0

    def step(n: int) -> None:
        nonlocal done, shown
        done += n
        tenth = done * 10 // total
        if total >= PLAIN_FROM and (tenth > shown or done == total):
            shown = tenth
            click.echo(f"{label}: {done}/{total}", err=True)

    yield step


def number_ranges(numbers: list[str]) -> str:
    """Numbers of the register written short, each series once: ``01-03, 05/KH-SNV``.

    >>> number_ranges(["01/KH-SNV", "01/SY-VP", "02/KH-SNV", "02/SY-VP", "04/KH-SNV"])
    '01-02, 04/KH-SNV; 01-02/SY-VP'
    """
    series: dict[str, list[str]] = defaultdict(list)
    for number in numbers:
        so, _slash, ky_hieu = number.partition("/")
        series[ky_hieu].append(so)
    parts = []
    for ky_hieu, sos in series.items():
        width = max(len(so) for so in sos)
        ranges = row_ranges([int(so) for so in sos if so.isdigit()])
        padded = ", ".join("-".join(part.zfill(width) for part in span.split("-"))
                           for span in ranges.split(", "))
        parts.append(f"{padded}/{ky_hieu}")
    return "; ".join(parts)


def bad_row_lines(outcomes: list) -> list[str]:
    """One line per problem; the rows sharing a problem are listed together, every one."""
    rows: dict[str, list[int]] = defaultdict(list)
    for outcome in outcomes:
        rows[outcome.message].append(outcome.row)
    return [ngettext("row {rows}: {message}", "rows {rows}: {message}", len(numbers))
            .format(rows=row_ranges(numbers), message=message)
            for message, numbers in sorted(rows.items(), key=lambda item: item[1][0])]


@command(help=N_("One letter per recipient: SPEC filled for each row of --recipients, or for "
                 "each commune of --xa-cua. A rerun skips the letters already written; --force "
                 "redoes them."))
@click.argument("spec", type=spec_input())
@option("--recipients", type=click.Path(path_type=Path), metavar=N_("FILE"),
        help=N_("CSV (UTF-8) or XLSX: the column names in row 1 or under a title of up to 3 "
                "rows, kinh_gui required; every other column fills {{ column }} in the spec."))
@option("--xa-cua", "province", metavar=N_("PROVINCE"),
        help=N_("Address every xã, phường and đặc khu of this province (2025 list); fields: "
                "ten, loai_don_vi, ma, ten_day_du, tinh."))
@option("-o", "--output", "out_dir", required=True, type=click.Path(path_type=Path),
        metavar=N_("FOLDER"), help=N_("Folder for the letters (created when missing)."))
@option("--pdf", is_flag=True, help=N_("Also write a PDF of each letter (needs LibreOffice)."))
@option("--merge", "merged", type=click.Path(path_type=Path), metavar="ALL.docx",
        help=N_("Also write one .docx holding every letter, each on a new page."))
@option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
        help=N_("Processes to use (default: one fewer than the cores, at least one; for PDFs, "
                "one LibreOffice per core)."))
@option("--so-rieng", "--allocate", "so_rieng", is_flag=True,
        help=N_("Give each letter its own number from the register (default: the spec's so "
                "for all)."))
@db_option
@option("--force", is_flag=True,
        help=N_("Write every letter (and PDF, merged file) again, even those already there."))
@reports_errors
def bulk(spec: Path, recipients: Path | None, province: str | None, out_dir: Path, pdf: bool,
         merged: Path | None, jobs: int | None, so_rieng: bool, db: str | None,
         force: bool) -> None:
    from ntm_docgen.api import pdf_font_warnings, run_bulk

    if (recipients is None) == (province is None):
        raise click.UsageError(_("give the recipients with exactly one of --recipients FILE "
                                 "or --xa-cua PROVINCE"))
    if province is not None and not province.strip():
        raise click.UsageError(_("--xa-cua: give the name of a province of the 2025 list "
                                 "(Lai Châu, Hà Nội, ...)"))
    if merged is not None:
        output_kind(merged, "--merge", (".docx",))
    if out_dir.exists() and not out_dir.is_dir():
        raise click.UsageError(_("-o must be a folder; {path} is a file").format(path=out_dir))
    if db is not None and not so_rieng:
        raise click.UsageError(_("--db is only used with --so-rieng"))
    if recipients is not None:
        need_file(recipients)
    if so_rieng:
        echo_warnings(_dated(spec, db))
    try:
        report = run_bulk(spec, out_dir, recipients=recipients, province=province, pdf=pdf,
                          merged=merged, jobs=jobs, so_rieng=so_rieng, db=db, force=force,
                          today=date.today(), progress=progress)
    except DocgenError as e:  # a list refused: what else it holds is told with it
        echo_warnings(getattr(e, "warnings", ()))
        raise
    summary = report.summary
    echo_warnings(report.warnings)
    if report.numbers:
        click.echo(ngettext("{count} number from the register: {numbers}",
                            "{count} numbers from the register: {numbers}", len(report.numbers))
                   .format(count=len(report.numbers), numbers=number_ranges(report.numbers)),
                   err=True)
    if report.numbers_again:
        click.echo(ngettext("{count} number the register gave before, kept by the letter "
                            "written again: {numbers}", "{count} numbers the register gave "
                            "before, kept by the letters written again: {numbers}",
                            len(report.numbers_again)).format(
            count=len(report.numbers_again), numbers=number_ranges(report.numbers_again)),
            err=True)
    click.echo(summary.line())
    for line in bad_row_lines(report.bad):
        click.echo(line, err=True)
    for outcome in report.kept[:KEPT_SHOWN]:
        click.echo(outcome.message, err=True)
    more = len(report.kept) - KEPT_SHOWN
    if more > 0:
        click.echo(ngettext("... and {count} more letter that differs",
                            "... and {count} more letters that differ", more)
                   .format(count=more), err=True)
    if pdf:
        made = len(report.pdf_targets) - len(report.pdf_problems)
        click.echo(ngettext("{made} PDF written, {current} already up to date",
                            "{made} PDFs written, {current} already up to date", made)
                   .format(made=made, current=len(summary.letters) - len(report.pdf_targets)
                           - report.pdf_kept))
        if made:
            echo_warnings(pdf_font_warnings())
        for letter, reason in report.pdf_problems:
            click.echo(_("{path}: {reason}").format(path=letter.with_suffix(".pdf"),
                                                    reason=reason), err=True)
    if report.merged_status is not None:
        from ntm_docgen.bulk.merge import CURRENT

        count = len(summary.letters)
        click.echo(_("{path} is up to date").format(path=merged)
                   if report.merged_status == CURRENT
                   else ngettext("wrote {path} ({count} letter)", "wrote {path} ({count} letters)",
                                 count).format(path=merged, count=count))
    if report.failures:
        raise click.ClickException("; ".join(report.failures))


def _dated(spec: Path, db: str | None) -> list[str]:
    """What is said of the letters' date before the register numbers them (a day not yet
    come, another year, a date before the latest its series numbered), as render --allocate
    says it of one letter; nothing where the spec is the run's to refuse."""
    from ntm_docgen import api

    try:
        letter = api.load_spec(spec)
        return [*api.numbering_warnings(letter, today=date.today()),
                *api.series_warnings(letter, db=db, each=True)]
    except DocgenError:
        return []
