"""``bulk --so-rieng``: each letter takes its own number from the register, in recipient order.

Numbers are given one at a time in this process (the register's order is the letters' order),
each before its letter is written; a letter that fails to render leaves its number cancelled
in the register with the reason, never reused. A letter already in the folder is skipped
without taking a number, so a rerun after an interruption numbers only the letters not yet
written.
"""

from __future__ import annotations

from ntm_docgen.bulk.letters import BAD, UNCHANGED, WRITTEN, Job, LetterMaker, Outcome
from ntm_docgen.bulk.recipients import RecipientList
from ntm_docgen.bulk.runner import Progress, Summary, check_columns, check_spec, plan
from ntm_docgen.errors import DocgenError, SpecError
from ntm_docgen.files.output import write_bytes
from ntm_docgen.files.signals import critical
from ntm_docgen.i18n import _
from ntm_docgen.letter.render import render_docx


def _numbered(maker: LetterMaker, job: Job, db: str | None) -> Outcome:
    from ntm_docgen.register.numbered import allocated, record_or_remove

    path = maker.out_dir / job.name
    if path.exists() and not maker.force:
        return Outcome(job.seq, job.row, job.name, UNCHANGED, _("already written and numbered"))
    try:
        spec = maker.letter_for(job)
    except SpecError as e:
        return Outcome(job.seq, job.row, job.name, BAD, "; ".join(map(str, e.problems)))
    except DocgenError as e:
        return Outcome(job.seq, job.row, job.name, BAD, str(e))
    # a stop waits for the letter: written and recorded with its number, or (on an error) the
    # number cancelled with the reason and no file; the stop is raised after the block; the
    # letter is on the disk before the register records it with its SHA-256
    with critical(), allocated(spec, db) as (letter, given):
        write_bytes(path, render_docx(letter, maker.today), force=True, durable=True)
        record_or_remove(db, [g.id for g in given], [path])
    return Outcome(job.seq, job.row, job.name, WRITTEN,
                   numbers=tuple(g.so_hieu for g in given))


def make_numbered_letters(maker: LetterMaker, recipients: RecipientList, *, db: str | None,
                          progress: Progress | None = None) -> Summary:
    """Write every recipient's letter, each with the next number of the register."""
    check_columns(maker.data, recipients, maker.source)
    check_spec(maker, recipients)
    maker.out_dir.mkdir(parents=True, exist_ok=True)
    report = progress or (lambda n: None)
    maker.warm()
    outcomes = []
    for job in plan(recipients):
        outcomes.append(_numbered(maker, job, db))
        report(1)
    return Summary(maker.out_dir, outcomes)
