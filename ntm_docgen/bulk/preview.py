"""A bulk run looked at before it starts: each row with its problem, the first letters."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from ntm_docgen.bulk.fill import placeholders
from ntm_docgen.bulk.letters import LetterMaker, RowProblem
from ntm_docgen.bulk.recipients import RecipientList
from ntm_docgen.errors import Problem, RowsError, SpecError
from ntm_docgen.i18n import Said, said_n
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import Spec


@dataclass(frozen=True)
class RowCheck:
    """One recipient: its row (or place in the 2025 list), addressee and problem (or ""),
    with the error it was said from, for a front end that tells it in words of its own."""

    row: int
    kinh_gui: str
    problem: str = ""
    error: SpecError | RowProblem | None = field(default=None, compare=False)
    #: each of the row's problems, said by its id (``problem`` is them joined)
    problems: tuple[str, ...] = field(default=(), compare=False)
    #: the other rows of the list given the same addressee (a row pasted twice)
    same_as: tuple[int, ...] = ()


@dataclass
class BulkCheck:
    """Every row checked, where the recipients came from, and the first letters' bytes."""

    rows: list[RowCheck]
    source: str
    first: list[bytes] = field(default_factory=list)
    #: what the clerk should know of the recipients: a list typed in a legacy font, converted
    warnings: list[str] = field(default_factory=list)

    @property
    def bad(self) -> list[RowCheck]:
        return [r for r in self.rows if r.problem]


def check_rows(spec: Path, *, today: date, recipients: Path | None = None,
               province: str | None = None, first: int = 3) -> BulkCheck:
    """Validate each recipient's letter as the run would (nothing is written); render the
    first ``first`` good ones. A problem of the spec or the recipients file raises."""
    from ntm_docgen.bulk.communes import province_people
    from ntm_docgen.bulk.listcheck import read_list, refuse_list_problems
    from ntm_docgen.bulk.listnotes import repeated
    from ntm_docgen.bulk.onenumber import one_number
    from ntm_docgen.bulk.recipients import list_notes
    from ntm_docgen.bulk.run import read_bulk_spec
    from ntm_docgen.bulk.specnotes import spec_notes

    data = read_bulk_spec(spec)
    unread = None
    if recipients is not None:
        people, unread = read_list(recipients)
        notes = list_notes(people, data)
    else:  # the issuer of another province, or a commune of it, as the command line tells it
        people, notes = province_people(data, province or "")
    maker = LetterMaker(data, str(spec), spec.parent, today=today)
    refuse_list_problems(maker, people, unread)  # every problem of the list at once
    result = BulkCheck([], people.source, warnings=notes + one_number(data, people))
    twice = {row: tuple(r for r in group if r != row) for group in repeated(people)
             for row in group}
    for check, letter in checked(maker, people):
        result.rows.append(replace(check, same_as=twice.get(check.row, ())))
        if letter is not None and not result.first:  # the spec's own, as render tells them
            result.warnings += spec_notes(maker, letter)
        if letter is not None and len(result.first) < first:
            result.first.append(render_docx(letter, today))
    return result


def checked(maker: LetterMaker, people: RecipientList) -> Iterator[tuple[RowCheck, Spec | None]]:
    """Each recipient's row checked as its letter would be made, with the letter's spec (None
    for a row with a problem); a problem of a field filled from the row names its column."""
    columns = placeholders(maker.data)
    for person in people.recipients:
        try:
            letter = maker.spec_for(person.fields)
        except SpecError as e:
            problems = tuple(_from_columns(p, columns, people) for p in e.problems)
            yield RowCheck(person.row, person.kinh_gui, "; ".join(problems), e, problems), None
        except RowProblem as e:
            yield RowCheck(person.row, person.kinh_gui, str(e), e, (e.args[0],)), None
        else:
            yield RowCheck(person.row, person.kinh_gui), letter


def refuse_bad_rows(maker: LetterMaker, people: RecipientList) -> None:
    """Check every row before a letter is written; RowsError with every bad row, if any.
    The letters validated are kept in ``maker`` for the run."""
    bad = []
    for check, letter in checked(maker, people):
        if letter is None:
            bad.append((check.row, check.problems))
        else:
            maker.keep(check.row, letter)
    if bad:
        raise RowsError(people.source, bad)


def _from_columns(problem: Problem, columns: dict[str, list[str]],
                  people: RecipientList) -> Said:
    """A problem of a row's letter, with the columns its field was filled from."""
    from ntm_docgen.bulk.fill import field_of
    from ntm_docgen.bulk.runner import _related

    names = sorted({field_of(name, people.fields) or name for name, paths in columns.items()
                    if any(_related(problem.path, path) for path in paths)})
    if not names:
        return problem.said()
    return said_n("{problem} (filled from column {columns})",
                  "{problem} (filled from columns {columns})", len(names),
                  problem=problem.said(), columns=", ".join(names))
