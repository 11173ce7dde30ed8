"""``render --allocate``: take the number from the register, render, record the file."""

from __future__ import annotations

import contextlib
import dataclasses
from datetime import date
from pathlib import Path

from ntm_docgen import register
from ntm_docgen.fileio import check_output
from ntm_docgen.render import render_spec
from ntm_docgen.spec import Spec
from ntm_docgen.text import so_hieu


def render_allocated(spec: Spec, out: Path | str, *, db: str | None, today: date,
                     force: bool = False, pdf: bool = False) -> tuple[list[Path], list[str]]:
    """Give the letter the next number of its series, write it, and record it in the register;
    return the files written and the numbers given (``01/KH-SNV``, then the copy's).

    A ``ban_sao`` block in the spec gets its own number from the copies' series (SY, SL, TrS)
    and its own line, recorded with the same file. The output is checked before a number is
    taken; if rendering fails after that, the numbers stay in the register marked cancelled
    (numbers are never reused). A ``so`` in the spec or in its ``ban_sao`` is replaced by the
    register's (the command warns about it).
    """
    out = Path(out)
    check_output(out, force)
    if pdf:
        check_output(out.with_suffix(".pdf"), force)
    arguments = register.for_spec(spec)
    copy_arguments = None if spec.ban_sao is None else register.for_copy(spec.ban_sao)
    with contextlib.ExitStack() as stack:
        given = stack.enter_context(register.issuing(db, **arguments))
        numbered = dataclasses.replace(spec, so=given.so, ky_hieu_=given.ky_hieu)
        copy_given = None
        if spec.ban_sao is not None and copy_arguments is not None:
            copy_arguments["entry"] = dataclasses.replace(
                copy_arguments["entry"], trich_yeu=_copied(numbered))
            copy_given = stack.enter_context(register.issuing(db, **copy_arguments))
            numbered = dataclasses.replace(numbered, ban_sao=dataclasses.replace(
                spec.ban_sao, so=copy_given.so, ky_hieu_=copy_given.ky_hieu))
        written = render_spec(numbered, out, today=today, force=force, pdf=pdf)
        register.record(db, given.id, written[0])
        numbers = [given.so_hieu]
        if copy_given is not None:
            register.record(db, copy_given.id, written[0])
            numbers.append(copy_given.so_hieu)
    return written, numbers


def _copied(spec: Spec) -> str:
    """What a copy line of the register names: the original's type, number and trích yếu."""
    return " ".join(part for part in (f"{spec.loai.ten} số {so_hieu(spec.so, spec.ky_hieu)}",
                                      spec.trich_yeu or "") if part)
