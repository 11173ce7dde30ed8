"""``bulk --so-rieng``: each letter takes its own number from the register, in recipient order.

Numbers are given one at a time in this process (the register's order is the letters' order),
each before its letter is written; a letter that fails to render leaves its number cancelled
in the register with the reason, never reused. A letter the register numbered before keeps its
number (``bulk/again.py``), so a rerun numbers only the letters not yet written; a file in the
folder the register holds no number for is kept and told (``--force`` numbers it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ntm_docgen.bulk.again import Held, again
from ntm_docgen.bulk.letters import BAD, KEPT, WRITTEN, Job, LetterMaker, Outcome
from ntm_docgen.bulk.recipients import RecipientList
from ntm_docgen.bulk.runner import Progress, Summary, check_columns, check_spec, plan
from ntm_docgen.errors import DocgenError, SpecError
from ntm_docgen.files.output import write_bytes
from ntm_docgen.files.signals import critical
from ntm_docgen.i18n import N_, said
from ntm_docgen.letter.render import render_docx


def _numbered(maker: LetterMaker, job: Job, db: str | None, held: Held) -> Outcome:
    from ntm_docgen.register.numbered import allocated, numbering_refusal, record_or_remove

    path = maker.out_dir / job.name
    try:
        spec = maker.letter_for(job)
    except SpecError as e:
        return Outcome(job.seq, job.row, job.name, BAD, "; ".join(map(str, e.problems)))
    except DocgenError as e:
        return Outcome(job.seq, job.row, job.name, BAD, str(e))
    if refused := numbering_refusal(spec):  # as render --allocate, row by row: a placeholder
        return Outcome(job.seq, job.row, job.name, BAD, refused)  # can empty one row's letter
    lines, moved = held.lines_for(job)
    if lines:  # numbered before: made again as it was, on the day it was numbered
        return again(maker, job, spec, lines, moved, db, held)
    if spec.ngay is None:  # numbered and dated together, as render --allocate issues a letter
        spec = dataclasses.replace(spec, ngay=maker.today)
    other = held.others_at(job.name)  # the letter there went to another recipient
    if path.exists() and not maker.force and other:
        return Outcome(job.seq, job.row, job.name, KEPT, said(N_(
            "{path} carries {numbers}, which the register gave to the letter to {addressee}, "
            "and this row now goes to another recipient; kept as it is: --force writes this "
            "row's letter over it with a number of its own, and names {numbers} to be "
            "cancelled"), path=str(path), numbers=", ".join(r.so_hieu for r in other),
            addressee=other[-1].noi_nhan[0] if other[-1].noi_nhan else "?"))
    if path.exists() and not maker.force:
        return Outcome(job.seq, job.row, job.name, KEPT, said(N_(
            "{path} is in the folder, but the register {where} records no number for it "
            "(written without a number from the register, numbered in another register, or "
            "its number cancelled); kept as it is: --force gives it a number and writes it "
            "again"), path=str(path), where=held.where))
    # a stop waits for the letter: written and recorded with its number, or (on an error) the
    # number cancelled with the reason and no file; the stop is raised after the block; the
    # letter is on the disk before the register records it with its SHA-256
    with critical(), allocated(spec, db) as (letter, given):
        write_bytes(path, render_docx(letter, maker.today), force=True, durable=True)
        record_or_remove(db, [g.id for g in given], [path])
    if other:
        held.overwritten.add(job.name)
    return Outcome(job.seq, job.row, job.name, WRITTEN,
                   numbers=tuple(g.so_hieu for g in given))


def make_numbered_letters(maker: LetterMaker, recipients: RecipientList, *, db: str | None,
                          progress: Progress | None = None,
                          deleted: Sequence[str] = (), held: Held | None = None) -> Summary:
    """Write every recipient's letter, each with the next number of the register, or with the
    number the register gave the letter to its recipient before (``held``, else found now):
    ``deleted``: the letters of the list as it was before that this run deleted
    (``--force``), whose numbers a letter that moved keeps."""
    check_columns(maker.data, recipients, maker.source)
    check_spec(maker, recipients)
    maker.out_dir.mkdir(parents=True, exist_ok=True)
    report = progress or (lambda n: None)
    maker.warm()
    jobs = plan(recipients)
    if held is None:
        held = Held.of(db, maker.out_dir, deleted, jobs)
    outcomes = []
    for job in jobs:
        outcomes.append(_numbered(maker, job, db, held))
        report(1)
    return Summary(maker.out_dir, outcomes, notes=held.told())
