"""Run a bulk job: check the spec once, spread the letters over processes, then PDF and merge."""

from __future__ import annotations

import contextlib
import math
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ntm_docgen.bulk.fill import field_of, placeholders
from ntm_docgen.bulk.letters import (
    BAD,
    KEPT,
    UNCHANGED,
    WRITTEN,
    Job,
    LetterMaker,
    Outcome,
    RowProblem,
    make_chunk,
    start_worker,
)
from ntm_docgen.bulk.naming import apart, letter_stem, width
from ntm_docgen.bulk.recipients import RecipientList
from ntm_docgen.errors import Problem, SpecError
from ntm_docgen.files.signals import LOOK, held_back, raise_held
from ntm_docgen.i18n import N_, language, ngettext, said
from ntm_docgen.letter.fieldlabels import labelled

if TYPE_CHECKING:  # the pool's modules are imported for a run on several processes only
    import multiprocessing.context
    from concurrent.futures import ProcessPoolExecutor

Progress = Callable[[int], None]
MAX_CHUNK = 100
#: Seconds a worker sent SIGTERM has to end before it is killed.
GRACE = 5


@dataclass
class Summary:
    """Every letter's outcome, in sequence order, and the folder they are in."""

    out_dir: Path
    outcomes: list[Outcome] = field(default_factory=list)
    #: what the run tells of the letters beside their outcomes (numbers kept or left)
    notes: list[str] = field(default_factory=list)

    def of(self, *statuses: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status in statuses]

    @property
    def letters(self) -> list[Path]:
        """The letter files that exist after the run (written, unchanged or kept)."""
        return [self.out_dir / o.name for o in self.of(WRITTEN, UNCHANGED, KEPT)]

    @property
    def earlier(self) -> list[Path]:
        """The letters that were in the folder before this run (none written by it), in order;
        empty when the run wrote none, as they are then just ``letters``."""
        if not self.of(WRITTEN):
            return []
        return [self.out_dir / o.name for o in self.of(UNCHANGED, KEPT)]

    def line(self) -> str:
        """``65 letters in out/: 60 written, 5 unchanged, 0 kept, 1 bad row``."""
        counts = {s: len(self.of(s)) for s in (WRITTEN, UNCHANGED, KEPT, BAD)}
        bad = counts[BAD]
        line = ngettext("{count} letter in {folder}: {written} written, {unchanged} unchanged, "
                        "{kept} kept", "{count} letters in {folder}: {written} written, "
                        "{unchanged} unchanged, {kept} kept", len(self.letters)).format(
            count=len(self.letters), folder=self.out_dir, written=counts[WRITTEN],
            unchanged=counts[UNCHANGED], kept=counts[KEPT])
        if not bad:
            return line
        return line + ngettext(", {bad} bad row not written", ", {bad} bad rows not written",
                               bad).format(bad=bad)


def pool_context() -> multiprocessing.context.BaseContext:
    """Fork where it is safe (this process runs one thread; the compiled template is inherited),
    otherwise the platform's default way of starting worker processes."""
    import multiprocessing

    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def cores() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_jobs() -> int:
    """Processes for writing letters: one fewer than the cores, and at least one. On two
    cores a second process made the country's 3,321 letters no faster and took more CPU time,
    while two LibreOffice processes made PDFs 1.26x as fast, so PDFs use every core
    (``benchmarks/bulk_jobs.py``, docs/speed.md)."""
    return max(1, cores() - 1)


_NO_COLUMN = N_("placeholder {placeholder} has no column in {source} ({rows} cannot be "
                "written); add the column or use one of: {columns}")
#: The tool's own list (``--xa-cua``) takes no column: the placeholder is the letter's to change.
_BUILT_IN = N_("placeholder {placeholder} is no field of {source} ({rows} cannot be written); "
               "use one of: {columns}")


def check_columns(data: Any, recipients: RecipientList, spec_source: str) -> None:
    """Refuse a spec whose placeholders name a column the recipients do not have."""
    used = placeholders(data)
    problems: list[Problem] = []
    rows = [r.row for r in recipients.recipients]
    where = ngettext("row {rows}", "rows {rows}", len(rows)).format(
        rows=f"{rows[0]}-{rows[-1]}" if len(rows) > 1 else rows[0]) if rows else ""
    for name, paths in sorted(used.items()):
        if field_of(name, recipients.fields) is None:
            # said with the column's name and the count of rows, for the desk to tell of a
            # list typed on its page, which has no column to add
            message = said(_BUILT_IN if recipients.built_in else _NO_COLUMN,
                           placeholder=f"{{{{ {name} }}}}", source=recipients.source, rows=where,
                           columns=", ".join(recipients.columns), column=name, count=len(rows))
            problems.extend(Problem(path, message, named_as=labelled(path)) for path in paths)
    if problems:
        raise ListShort(problems, spec_source, recipients.source, recipients.built_in)


class ListShort(SpecError):
    """Raised when the list lacks columns the spec's placeholders fill from: each placeholder
    told at its field (a ``SpecError``'s problems), the whole said of the list, where the
    column is added (review11 #14: “1 problem in gm.yaml” sent her to the letter)."""

    def __init__(self, problems: list[Problem], spec_source: str, list_source: str,
                 built_in: bool = False) -> None:
        self.list_source, self.built_in = list_source, built_in
        super().__init__(problems, spec_source)

    def _message(self, problems: list[Problem]) -> str:
        if self.built_in:  # the tool's own list: the placeholder is the letter's to change
            head = ngettext("{spec} has a placeholder {list} does not fill: use one of its "
                            "fields instead:",
                            "{spec} has {count} placeholders {list} does not fill: use its "
                            "fields instead:", len(problems))
        else:
            head = ngettext("{list} has no column for a placeholder of {spec}:",
                            "{list} has no column for {count} placeholders of {spec}:",
                            len(problems))
        head = head.format(list=self.list_source, spec=self.source, count=len(problems))
        return "\n".join([head, *(f"  - {p}" for p in problems)])


def _related(a: str, b: str) -> bool:
    """Whether two spec paths are the same field or one holds the other.

    >>> _related("kinh_gui", "kinh_gui[0]"), _related("ky.ho_ten", "ky"), _related("so", "son")
    (True, True, False)
    """
    return a == b or a.startswith((b + ".", b + "[")) or b.startswith((a + ".", a + "["))


def check_spec(maker: LetterMaker, recipients: RecipientList) -> None:
    """Raise the spec's own errors (in fields without placeholders) before writing anything."""
    first = next((r for r in recipients.recipients if r.kinh_gui), None)
    if first is None:
        return
    try:
        maker.spec_for(first.fields)
    except RowProblem:
        return
    except SpecError as e:
        filled = [path for paths in placeholders(maker.data).values() for path in paths]
        own = [p for p in e.problems if not any(_related(p.path, f) for f in filled)]
        if own:
            raise SpecError(own, maker.source) from e


def plan(recipients: RecipientList) -> list[Job]:
    """One job per recipient, numbered in file order, with its file name."""
    digits = width(len(recipients.recipients))
    named = apart([r.kinh_gui for r in recipients.recipients])
    return [Job(seq, r.row, letter_stem(seq, named[seq - 1], digits) + ".docx", r.fields)
            for seq, r in enumerate(recipients.recipients, start=1)]


def chunks(jobs: Sequence[Job], workers: int) -> list[list[Job]]:
    """Runs of letters small enough for a smooth progress bar and an even spread."""
    size = max(1, min(MAX_CHUNK, math.ceil(len(jobs) / (workers * 8))))
    return [list(jobs[i:i + size]) for i in range(0, len(jobs), size)]


def remove_leftovers(out_dir: Path) -> None:
    """Delete temporary files an interrupted run (killed outright) left in the folder."""
    for leftover in out_dir.glob(".*.part"):
        if leftover.name.count(".") >= 3 and leftover.is_file():
            with contextlib.suppress(OSError):
                leftover.unlink()


def make_letters(maker: LetterMaker, recipients: RecipientList, *, jobs: int = 0,
                 progress: Progress | None = None) -> Summary:
    """Write every recipient's letter into ``maker.out_dir`` over ``jobs`` processes."""
    check_columns(maker.data, recipients, maker.source)
    check_spec(maker, recipients)
    maker.out_dir.mkdir(parents=True, exist_ok=True)
    remove_leftovers(maker.out_dir)
    todo = plan(recipients)
    workers = min(jobs or default_jobs(), max(len(todo), 1))
    report = progress or (lambda n: None)
    outcomes: list[Outcome] = []
    maker.warm()
    try:
        if workers <= 1 or len(todo) <= 1:
            for part in chunks(todo, 1):
                outcomes.extend(maker.make_run(part))
                report(len(part))
        else:
            _over_workers(maker, todo, workers, outcomes, report)
    except BaseException:
        # stopped (SIGINT, SIGTERM) or failed: no half-written letter is left, whether a
        # worker was ended in the middle of one or a signal landed here between a letter's
        # temporary file being opened and its own clean-up taking charge of it
        remove_leftovers(maker.out_dir)
        raise
    outcomes.sort(key=lambda o: o.seq)
    return Summary(maker.out_dir, outcomes)


def _over_workers(maker: LetterMaker, todo: list[Job], workers: int, outcomes: list[Outcome],
                  report: Progress) -> None:
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    # SIGINT/SIGTERM are held back while the pool's own code runs and acted on between two
    # looks: raised inside it, the stop could leave a future's lock taken (the pool's thread then
    # waited for it, and the run for the thread, for ever) or come before the workers were
    # stopped on the way out (the run then waited for every letter already handed to them)
    with held_back():
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=pool_context(),
                                   initializer=start_worker, initargs=(maker, language()))
        try:
            pending = {pool.submit(make_chunk, part) for part in chunks(todo, workers)}
            while pending:
                done, pending = wait(pending, timeout=LOOK, return_when=FIRST_COMPLETED)
                for future in done:
                    result = future.result()
                    outcomes.extend(result)
                    report(len(result))
                raise_held()
        except BaseException:
            # no worker may outlive this process (the letters not begun fail with the broken
            # pool; cancelling them first makes Python 3.11's pool thread raise)
            stop_workers(pool)
            raise
        pool.shutdown()


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool's worker processes now (their current letters are abandoned): SIGTERM,
    then SIGKILL for any still there ``GRACE`` seconds later; the pool is not waited for."""
    from multiprocessing.connection import wait

    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(GRACE)
            if not wait([process.sentinel], 0):  # alive (the pool's thread may have reaped it)
                process.kill()
                process.join(GRACE)
    pool.shutdown(wait=False)


def pdf_targets(summary: Summary, force: bool) -> tuple[list[Path], list[Path]]:
    """The letters whose PDF is to be made: missing, older than a letter the run left in the
    folder, or no whole PDF (cut short, or another file saved under its name), or all with
    ``force``; and the PDFs kept as they are though their letter was written by this run (its
    .docx was not in the folder): a whole PDF is replaced with ``force`` only, as any output
    is (a signed one was made again without a word)."""
    from ntm_docgen.files.pdf import is_pdf

    out, kept = [], []
    for outcome in summary.of(WRITTEN, UNCHANGED, KEPT):
        letter = summary.out_dir / outcome.name
        pdf = letter.with_suffix(".pdf")
        if force or not pdf.exists() or not is_pdf(pdf):
            out.append(letter)
        elif outcome.status == WRITTEN:
            kept.append(pdf)
        elif pdf.stat().st_mtime < letter.stat().st_mtime:
            out.append(letter)
    return out, kept
