"""``render --allocate``: take the number from the register, render, record the file."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from ntm_docgen import register
from ntm_docgen.fileio import check_output
from ntm_docgen.render import render_spec
from ntm_docgen.spec import Spec


def render_allocated(spec: Spec, out: Path | str, *, db: str | None, today: date,
                     force: bool = False, pdf: bool = False) -> list[Path]:
    """Give the letter the next number of its series, write it, and record it in the register.

    The output is checked before a number is taken; if rendering fails after that, the number
    stays in the register marked cancelled (numbers are never reused). A ``so`` in the spec is
    replaced by the register's (the command warns about it).
    """
    out = Path(out)
    check_output(out, force)
    if pdf:
        check_output(out.with_suffix(".pdf"), force)
    arguments = register.for_spec(spec)
    with register.issuing(db, **arguments) as given:
        numbered = dataclasses.replace(spec, so=given.so, ky_hieu_=given.ky_hieu)
        written = render_spec(numbered, out, today=today, force=force, pdf=pdf)
        register.record(db, given.id, written[0])
    return written
