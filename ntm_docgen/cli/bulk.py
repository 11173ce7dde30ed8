"""The ``bulk`` command: one letter per recipient of a CSV/XLSX file or of a province's communes."""

from __future__ import annotations

import contextlib
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import click

from ntm_docgen.cli.common import db_option, reports_errors

PLAIN_FROM = 100

#: Letters kept (they differ from what the run gives) named one by one before "... and N more".
KEPT_SHOWN = 10


@contextlib.contextmanager
def progress(label: str, total: int) -> Iterator[Callable[[int], None]]:
    """A click progress bar on a terminal; otherwise a plain line at every tenth of the way
    (for 100 items or more: a short run says only its summary)."""
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


def row_ranges(numbers: list[int]) -> str:
    """Row numbers written short: ``2-5, 9, 11-12``.

    >>> row_ranges([2, 3, 4, 5, 9, 11, 12])
    '2-5, 9, 11-12'
    """
    spans: list[list[int]] = []
    for number in sorted(numbers):
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def bad_row_lines(outcomes: list) -> list[str]:
    """One line per problem; the rows sharing a problem are listed together, every one."""
    rows: dict[str, list[int]] = defaultdict(list)
    for outcome in outcomes:
        rows[outcome.message].append(outcome.row)
    return [f"row{'s' if len(numbers) > 1 else ''} {row_ranges(numbers)}: {message}"
            for message, numbers in sorted(rows.items(), key=lambda item: item[1][0])]


@click.command()
@click.argument("spec", type=click.Path(path_type=Path))
@click.option("--recipients", type=click.Path(path_type=Path),
              help="CSV (UTF-8) or XLSX: first row the column names, kinh_gui required; "
                   "every other column fills {{ column }} in the spec.")
@click.option("--xa-cua", "province", metavar="PROVINCE",
              help="Address every xã, phường and đặc khu of this province (2025 list); "
                   "fields: ten, loai_don_vi, ma, ten_day_du, tinh.")
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(path_type=Path),
              help="Folder for the letters (created when missing).")
@click.option("--pdf", is_flag=True, help="Also write a PDF of each letter (needs LibreOffice).")
@click.option("--merge", "merged", type=click.Path(path_type=Path),
              help="Also write one .docx holding every letter, each on a new page.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes to use (default: all cores).")
@click.option("--so-rieng", is_flag=True,
              help="Give each letter its own number from the register (default: the spec's so "
                   "for all).")
@db_option
@click.option("--force", is_flag=True,
              help="Write every letter (and PDF, merged file) again, even those already there.")
@reports_errors
def bulk(spec: Path, recipients: Path | None, province: str | None, out_dir: Path, pdf: bool,
         merged: Path | None, jobs: int | None, so_rieng: bool, db: str | None,
         force: bool) -> None:
    """One letter per recipient: SPEC filled for each row of --recipients, or for each
    commune of --xa-cua. A rerun skips the letters already written; --force redoes them."""
    from ntm_docgen.api import run_bulk
    from ntm_docgen.bulk.merge import CURRENT

    if (recipients is None) == (province is None):
        raise click.UsageError("give the recipients with exactly one of --recipients FILE "
                               "or --xa-cua PROVINCE")
    if merged is not None and merged.suffix.lower() != ".docx":
        raise click.UsageError(f"--merge must name a .docx file, not {merged.name}")
    if out_dir.exists() and not out_dir.is_dir():
        raise click.UsageError(f"-o must be a folder; {out_dir} is a file")
    if db is not None and not so_rieng:
        raise click.UsageError("--db is only used with --so-rieng")
    report = run_bulk(spec, out_dir, recipients=recipients, province=province, pdf=pdf,
                      merged=merged, jobs=jobs, so_rieng=so_rieng, db=db, force=force,
                      today=date.today(), progress=progress)
    summary = report.summary
    click.echo(summary.line())
    for line in bad_row_lines(report.bad):
        click.echo(line, err=True)
    for outcome in report.kept[:KEPT_SHOWN]:
        click.echo(outcome.message, err=True)
    if len(report.kept) > KEPT_SHOWN:
        click.echo(f"... and {len(report.kept) - KEPT_SHOWN} more letters that differ", err=True)
    if pdf:
        targets = report.pdf_targets
        click.echo(f"{len(targets) - len(report.pdf_problems)} PDFs written, "
                   f"{len(summary.letters) - len(targets)} already up to date")
        for letter, reason in report.pdf_problems:
            click.echo(f"{letter.with_suffix('.pdf')}: {reason}", err=True)
    if report.merged_status is not None:
        click.echo(f"{merged} is up to date" if report.merged_status == CURRENT
                   else f"wrote {merged} ({len(summary.letters)} letters)")
    if report.failures:
        raise click.ClickException("; ".join(report.failures))
