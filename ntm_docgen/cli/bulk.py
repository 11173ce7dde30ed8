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
from ntm_docgen.errors import InputFileError

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
    from ntm_docgen.bulk.letters import BAD, KEPT, LetterMaker
    from ntm_docgen.bulk.merge import CURRENT, ForeignMergeError, merge
    from ntm_docgen.bulk.pdfbatch import letters_to_pdf
    from ntm_docgen.bulk.recipients import from_units, read_recipients
    from ntm_docgen.bulk.runner import default_jobs, make_letters, pdf_targets
    from ntm_docgen.letter.spec import read_data
    from ntm_docgen.vietnamese.donvi import commune_units, find_province, province_name

    if (recipients is None) == (province is None):
        raise click.UsageError("give the recipients with exactly one of --recipients FILE "
                               "or --xa-cua PROVINCE")
    if merged is not None and merged.suffix.lower() != ".docx":
        raise click.UsageError(f"--merge must name a .docx file, not {merged.name}")
    if out_dir.exists() and not out_dir.is_dir():
        raise click.UsageError(f"-o must be a folder; {out_dir} is a file")
    if db is not None and not so_rieng:
        raise click.UsageError("--db is only used with --so-rieng")
    workers = jobs or default_jobs()
    try:
        data = read_data(spec)
    except InputFileError as e:
        if "unhashable key" not in e.reason:
            raise
        raise InputFileError(e.path, e.reason + '; a value that starts with {{ needs quotes '
                                                '(trich_yeu: "{{ ten }}")') from e
    if recipients is not None:
        people = read_recipients(recipients)
    else:
        unit = find_province(province or "")
        people = from_units(commune_units(unit), f"the 2025 list of {province_name(unit)}")
    maker = LetterMaker(data, str(spec.resolve()), out_dir, today=date.today(), force=force)
    with progress("Letters", len(people.recipients)) as step:
        if so_rieng:
            from ntm_docgen.bulk.numbering import make_numbered_letters

            summary = make_numbered_letters(maker, people, db=db, progress=step)
        else:
            summary = make_letters(maker, people, jobs=workers, progress=step)
    click.echo(summary.line())
    failed = []
    for line in bad_row_lines(summary.of(BAD)):
        click.echo(line, err=True)
    kept = summary.of(KEPT)
    for outcome in kept[:KEPT_SHOWN]:
        click.echo(outcome.message, err=True)
    if len(kept) > KEPT_SHOWN:
        click.echo(f"... and {len(kept) - KEPT_SHOWN} more letters that differ", err=True)
    if summary.of(BAD):
        failed.append(f"{len(summary.of(BAD))} of {len(summary.outcomes)} rows made no letter "
                      "(see above); fix them and run again: letters already written are kept")
    if summary.of(KEPT):
        failed.append(f"{len(summary.of(KEPT))} letters differ from the files in the folder "
                      "and were not replaced; pass --force to write them again")
    if pdf:
        targets = pdf_targets(summary, force)
        with progress("PDF", len(targets)) as step:
            problems = letters_to_pdf(targets, jobs=workers, progress=step)
        click.echo(f"{len(targets) - len(problems)} PDFs written, "
                   f"{len(summary.letters) - len(targets)} already up to date")
        for letter, reason in problems:
            click.echo(f"{letter.with_suffix('.pdf')}: {reason}", err=True)
        if problems:
            failed.append(f"{len(problems)} PDFs could not be made (see above)")
    if merged is not None and summary.letters:
        try:
            done = merge(summary.letters, merged, force=force, earlier=summary.earlier)
        except ForeignMergeError as e:
            failed.append(str(e))
        else:
            click.echo(f"{merged} is up to date" if done == CURRENT
                       else f"wrote {merged} ({len(summary.letters)} letters)")
    if failed:
        raise click.ClickException("; ".join(failed))
