"""A bulk list's problems told at once: text no named column takes, a placeholder no column
fills, and the rows that make no letter; one run tells the clerk every mistake of her list."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from ntm_docgen.bulk.fill import field_of, placeholders
from ntm_docgen.bulk.letters import LetterMaker
from ntm_docgen.bulk.recipients import RecipientList, UnreadCells, read_recipients
from ntm_docgen.errors import DocgenError, RowsError, SpecError
from ntm_docgen.i18n import ngettext

#: What a placeholder no column fills stands for while the rows are checked for their other
#: problems (its own is told once, for the spec's field).
_STAND_IN = "…"


class ListProblems(DocgenError):
    """Raised when a bulk list has problems of several kinds (``parts``: each kind's error, in
    the order a run meets them), so that all are told at once and no letter is written."""

    def __init__(self, parts: list[DocgenError]) -> None:
        self.parts = parts
        super().__init__(self.told_each(str))

    def told_by(self, tell: Callable[..., str | None]) -> str:
        return self.told_each(lambda part: part.told_by(tell))

    def told_each(self, told: Callable[[DocgenError], str]) -> str:
        """The head, then each part as ``told`` says it."""
        head = ngettext("the list has {count} kind of problem, all told here; no letter was "
                        "written: fix them, then run again",
                        "the list has {count} kinds of problems, all told here; no letter was "
                        "written: fix them all, then run again", len(self.parts)).format(
            count=len(self.parts))
        return "\n".join([head, *(told(part) for part in self.parts)])


def read_list(path: Path) -> tuple[RecipientList, UnreadCells | None]:
    """The list, and the text in it no named column takes (told with the list's other
    problems by :func:`refuse_list_problems`)."""
    try:
        return read_recipients(path), None
    except UnreadCells as e:
        return e.table, e


def refuse_list_problems(maker: LetterMaker, people: RecipientList,
                         unread: UnreadCells | None = None) -> None:
    """Refuse the list's text no column takes and the placeholders no column fills, with every
    row that would make no letter for another reason, all in one error; without those, the
    spec's own errors as before. Rows alone are left to the caller (a run refuses them, the
    desk's check lists them)."""
    from ntm_docgen.bulk.preview import checked
    from ntm_docgen.bulk.runner import _related, check_columns, check_spec

    parts: list[DocgenError] = [unread] if unread is not None else []
    try:
        check_columns(maker.data, people, maker.source)
    except SpecError as e:
        parts.append(e)
    if not parts:
        check_spec(maker, people)
        return
    used = placeholders(maker.data)
    absent = [name for name in used if field_of(name, people.fields) is None]
    stood = _standing_in(people, absent)
    told = [path for name in absent for path in used[name]]
    try:
        check_spec(maker, stood)
    except SpecError as e:
        parts.append(e)
        told += [problem.path for problem in e.problems]
    bad = []
    for check, _letter in checked(maker, stood):
        if isinstance(check.error, SpecError):
            kept = tuple(said for problem, said in zip(check.error.problems, check.problems,
                                                       strict=True)
                         if not any(_related(problem.path, p) for p in told))
        else:
            kept = check.problems
        if kept:
            bad.append((check.row, kept))
    if bad:
        parts.append(RowsError(people.source, bad))
    raise parts[0] if len(parts) == 1 else ListProblems(parts)


def _standing_in(people: RecipientList, absent: list[str]) -> RecipientList:
    """The list with a stand-in cell for each placeholder no column fills."""
    if not absent:
        return people
    extra = dict.fromkeys(absent, _STAND_IN)
    return dataclasses.replace(
        people, fields=people.fields | frozenset(absent),
        recipients=tuple(dataclasses.replace(person, fields={**person.fields, **extra})
                         for person in people.recipients))
