"""A list's cells that hold a template's or a web page's marks (``{{ ten }}``, ``{% if %}``,
``<b>…</b>``, ``<script>``): a letter prints a cell's text as typed, never filling a ``{{ }}``
nor setting a tag, so each such cell is told, by its column and rows, for the clerk to delete
the marks in the list (the desk and ``render`` say the same of a spec's own ``{{ }}``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ntm_docgen.errors import row_ranges
from ntm_docgen.i18n import said_n, shortened

if TYPE_CHECKING:
    from ntm_docgen.bulk.recipients import RecipientList

#: A template's marks (linear: no run crosses a %, { or }) and a tag of markup (``<b>``,
#: ``</b>``, ``<script src=…>``, ``<br/>``).
MARKS = re.compile(r"\{%[^%]*%\}|\{\{[^{}]{0,80}\}\}|</?[A-Za-z][A-Za-z0-9]{0,10}"
                   r"(?:\s[^<>]{0,120})?/?>")


def marked_cells(people: RecipientList) -> list[str]:
    """One note per column whose cells hold marks: the rows, and the first such cell.

    >>> from ntm_docgen.bulk.recipients import Recipient, RecipientList
    >>> people = RecipientList(("kinh_gui",), (Recipient(2, {"kinh_gui": "UBND xã {{ ten }}"}),
    ...     Recipient(3, {"kinh_gui": "<b>UBND</b> phường A"}), Recipient(4, {"kinh_gui": "x"})),
    ...     source="ds.csv")
    >>> marked_cells(people)[0][:60]
    'ds.csv: column kinh_gui, rows 2-3: “UBND xã {{ ten }}” holds'
    """
    notes: list[str] = []
    for column in people.columns:
        found = [(p.row, p.fields.get(column) or "") for p in people.recipients
                 if MARKS.search(p.fields.get(column) or "")]
        if not found:
            continue
        rows = [row for row, _value in found]
        notes.append(said_n(
            "{path}: column {column}, row {rows}: “{value}” holds marks of a template or a web "
            "page ({{{{ }}}}, {{% %}}, <b>), which the letter prints as typed, never filling "
            "nor formatting them: delete them in the list",
            "{path}: column {column}, rows {rows}: “{value}” holds marks of a template or a web "
            "page ({{{{ }}}}, {{% %}}, <b>), which the letter prints as typed, never filling "
            "nor formatting them: delete them in the list",
            len(rows), path=people.source, column=column, rows=row_ranges(rows),
            value=shortened(found[0][1])))
    return notes
