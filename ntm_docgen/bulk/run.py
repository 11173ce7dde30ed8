"""A whole bulk run as the command line and the desk start it: letters, then PDFs, then merge.

``run_bulk`` returns a ``BulkReport`` (what was done and what went wrong, as data); the caller
prints it or shows it. Progress is reported through ``progress(label, total)``, a context
manager yielding a ``step(n)`` function, so each front end draws its own bar.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ntm_docgen.bulk.letters import BAD, KEPT, LetterMaker, Outcome
from ntm_docgen.bulk.runner import Summary
from ntm_docgen.errors import InputFileError

Step = Callable[[int], None]
ProgressFactory = Callable[[str, int], AbstractContextManager[Step]]


@contextlib.contextmanager
def no_progress(label: str, total: int) -> Iterator[Step]:
    """The progress reporter of a caller that shows none."""
    yield lambda n: None


@dataclass
class BulkReport:
    """What a bulk run did: the letters' summary, the PDFs and the merged file, and failures."""

    summary: Summary
    pdf_targets: list[Path] = field(default_factory=list)
    pdf_problems: list[tuple[Path, str]] = field(default_factory=list)
    merged: Path | None = None
    merged_status: str | None = None
    failures: list[str] = field(default_factory=list)

    @property
    def bad(self) -> list[Outcome]:
        return self.summary.of(BAD)

    @property
    def kept(self) -> list[Outcome]:
        return self.summary.of(KEPT)


def read_bulk_spec(spec: Path) -> object:
    """The spec's plain data, with the hint a bulk spec needs when ``{{`` starts a value."""
    from ntm_docgen.letter.spec import read_data

    try:
        return read_data(spec)
    except InputFileError as e:
        if "unhashable key" not in e.reason:
            raise
        raise InputFileError(e.path, e.reason + '; a value that starts with {{ needs quotes '
                                                '(trich_yeu: "{{ ten }}")') from e


def run_bulk(spec: Path, out_dir: Path, *, recipients: Path | None = None,
             province: str | None = None, pdf: bool = False, merged: Path | None = None,
             jobs: int | None = None, so_rieng: bool = False, db: str | None = None,
             force: bool = False, today: date,
             progress: ProgressFactory = no_progress) -> BulkReport:
    """One letter per recipient (a file, or every commune of ``province``), then the PDFs and
    the merged file when asked. Problems with single rows, PDFs or the merge are collected in
    the report's ``failures``; a problem with the spec or the recipients raises."""
    from ntm_docgen.bulk.merge import ForeignMergeError, merge
    from ntm_docgen.bulk.pdfbatch import letters_to_pdf
    from ntm_docgen.bulk.recipients import from_units, read_recipients
    from ntm_docgen.bulk.runner import default_jobs, make_letters, pdf_targets

    workers = jobs or default_jobs()
    data = read_bulk_spec(spec)
    if recipients is not None:
        people = read_recipients(recipients)
    else:  # the 2025 list is loaded only for --xa-cua
        from ntm_docgen.vietnamese.donvi import commune_units, find_province, province_name

        unit = find_province(province or "")
        people = from_units(commune_units(unit), f"the 2025 list of {province_name(unit)}")
    maker = LetterMaker(data, str(spec.resolve()), out_dir, today=today, force=force)
    with progress("Letters", len(people.recipients)) as step:
        if so_rieng:
            from ntm_docgen.bulk.numbering import make_numbered_letters

            summary = make_numbered_letters(maker, people, db=db, progress=step)
        else:
            summary = make_letters(maker, people, jobs=workers, progress=step)
    report = BulkReport(summary)
    if report.bad:
        report.failures.append(f"{len(report.bad)} of {len(summary.outcomes)} rows made no "
                               "letter (see above); fix them and run again: letters already "
                               "written are kept")
    if report.kept:
        report.failures.append(f"{len(report.kept)} letters differ from the files in the "
                               "folder and were not replaced; pass --force to write them again")
    if pdf:
        report.pdf_targets = pdf_targets(summary, force)
        with progress("PDF", len(report.pdf_targets)) as step:
            report.pdf_problems = letters_to_pdf(report.pdf_targets, jobs=workers,
                                                 progress=step)
        if report.pdf_problems:
            report.failures.append(f"{len(report.pdf_problems)} PDFs could not be made "
                                   "(see above)")
    if merged is not None and summary.letters:
        report.merged = merged
        try:
            report.merged_status = merge(summary.letters, merged, force=force,
                                         earlier=summary.earlier)
        except ForeignMergeError as e:
            report.failures.append(str(e))
    return report
