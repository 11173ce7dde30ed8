"""A bulk run looked at before it starts: each row with its problem, the first letters."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ntm_docgen.bulk.letters import LetterMaker, RowProblem
from ntm_docgen.bulk.run import read_bulk_spec
from ntm_docgen.errors import SpecError
from ntm_docgen.i18n import _
from ntm_docgen.letter.render import render_docx


@dataclass(frozen=True)
class RowCheck:
    """One recipient: its row (or place in the 2025 list), addressee and problem (or ""),
    with the error it was said from, for a front end that tells it in words of its own."""

    row: int
    kinh_gui: str
    problem: str = ""
    error: SpecError | RowProblem | None = field(default=None, compare=False)


@dataclass
class BulkCheck:
    """Every row checked, where the recipients came from, and the first letters' bytes."""

    rows: list[RowCheck]
    source: str
    first: list[bytes] = field(default_factory=list)

    @property
    def bad(self) -> list[RowCheck]:
        return [r for r in self.rows if r.problem]


def check_rows(spec: Path, *, today: date, recipients: Path | None = None,
               province: str | None = None, first: int = 3) -> BulkCheck:
    """Validate each recipient's letter as the run would (nothing is written); render the
    first ``first`` good ones. A problem of the spec or the recipients file raises."""
    from ntm_docgen.bulk.recipients import from_units, read_recipients
    from ntm_docgen.bulk.runner import check_columns, check_spec
    from ntm_docgen.vietnamese.donvi import commune_units, find_province, province_name

    data = read_bulk_spec(spec)
    if recipients is not None:
        people = read_recipients(recipients)
    else:
        unit = find_province(province or "")
        people = from_units(commune_units(unit), _("the 2025 list of {province}")
                            .format(province=province_name(unit)))
    maker = LetterMaker(data, str(spec), spec.parent, today=today)
    check_columns(data, people, maker.source)
    check_spec(maker, people)
    result = BulkCheck([], people.source)
    for person in people.recipients:
        try:
            letter = maker.spec_for(person.fields)
        except SpecError as e:
            result.rows.append(RowCheck(person.row, person.kinh_gui,
                                        "; ".join(str(p) for p in e.problems), e))
            continue
        except RowProblem as e:
            result.rows.append(RowCheck(person.row, person.kinh_gui, str(e), e))
            continue
        result.rows.append(RowCheck(person.row, person.kinh_gui))
        if len(result.first) < first:
            result.first.append(render_docx(letter, today))
    return result
