"""What a body's pipe tables print other than as typed: rows with no rule line under their
header (printed as text, bars and all) and rows of another count of cells than their header
(an empty cell printed); read line by line as ``markup`` reads them (contract §2)."""

from __future__ import annotations

import re

from ntm_docgen.i18n import N_, said
from ntm_docgen.letter.markup_line import as_read
from ntm_docgen.letter.markup_table import cells, is_rule

#: A line typed as a table's row: it opens with a bar and holds another one, not escaped.
_ROW = re.compile(r"^\|.*(?<!\\)\|")

UNEQUAL = N_("{path}, line {line}: {count} cells in a table whose header has {head}: the table "
             "prints with an empty cell; give each row as many cells as the header")
NO_RULE = N_("{path}, line {line}: a table's row with no line |---|---| under the header: it "
             "prints as text, bars and all; add the line |---|---| (one --- for each column) "
             "under the header row")
#: The catalog ids of the notes: the same in every letter of a bulk run, whatever a row fills.
NOTES = (UNEQUAL, NO_RULE)


def table_notes(path: str, text: str) -> list[str]:
    r"""A warning for each run of table rows with no ``|---|`` line under their first, and for
    each row of a table whose count of cells is not its header's; ``line`` counts the lines of
    ``text`` from 1, blank ones too.

    >>> [w[:16] for w in table_notes("noi_dung", "I. A\n| STT | Nội dung |\n| 1 | Việc |")]
    ['noi_dung, line 2']
    >>> [w[:16] for w in table_notes("noi_dung", "| A | B | C |\n|---|---|\n| 1 | 2 | 3 | 4 |")]
    ['noi_dung, line 3']
    >>> table_notes("noi_dung", "| A | B |\n|---|---|\n| 1 | 2 |\n\n| C |\n|---|\n| 3 |")
    []
    """
    lines = [line.strip() for line in text.splitlines()]
    out: list[str] = []
    index = 0
    while index < len(lines):
        shape = as_read(lines[index])
        if shape.startswith("|") and index + 1 < len(lines) and is_rule(as_read(lines[index + 1])):
            head = len(cells(shape))
            index += 2
            while index < len(lines) and as_read(lines[index]).startswith("|"):
                if index + 1 < len(lines) and is_rule(as_read(lines[index + 1])):
                    break  # the next table's header
                count = len(cells(as_read(lines[index])))
                if count != head and not is_rule(as_read(lines[index])):
                    out.append(said(UNEQUAL,
                                    path=path, line=index + 1, count=count, head=head))
                index += 1
            continue
        if _ROW.match(shape) and not is_rule(shape):
            out.append(said(NO_RULE,
                            path=path, line=index + 1))
            while index < len(lines) and as_read(lines[index]).startswith("|") and not (
                    index + 1 < len(lines) and is_rule(as_read(lines[index + 1]))):
                index += 1
            continue
        index += 1
    return out
