"""Tables in a PDF letter's body (rows of cells side by side): a ruled table of the text
layer put in its place as pipe rows (``pdfgrid``); one without rules, which the reader gives
as running text, found so that a warning can name it."""

from __future__ import annotations

import re
from dataclasses import replace
from statistics import median

from ntm_docgen.i18n import _
from ntm_docgen.importer.cleaning import key
from ntm_docgen.importer.pdflayout import (
    Line,
    Page,
    Word,
    column_blocks,
    opens_signature,
    page_lines,
)

#: a header's or a signature's lines, which also stand in two columns: the Quốc hiệu, the
#: Tiêu ngữ, the Số line, the place and date, the Nơi nhận
_NOT_A_TABLE = re.compile(r"cong hoa xa hoi|doc lap|^so\s*:|\bngay\s+\d{1,2}\s+thang\b|"
                          r"^noi nhan|^(sao y|sao luc|trich sao)\b")
#: rows of cells side by side that make a table
ROWS = 3


def body_tables(lines: list[Line]) -> list[list[str]]:
    """The first line's cells of each table among a page's ``lines`` (its header row, or its
    first row): a run of at least ``ROWS`` lines of two cells or more side by side, which is
    no letter's header and no signature."""
    tables = []
    for start, end, _boundary in column_blocks(lines):
        block = lines[start:end]
        texts = [" ".join(line.text.split()) for line in block]
        if any(_NOT_A_TABLE.search(key(t)) or opens_signature(t) for t in texts):
            continue
        rows = [line for line in block if len(line.segments) >= 2]
        if len(rows) >= ROWS:
            tables.append([" ".join(" ".join(w.text for w in s).split())
                           for s in block[0].segments])
    return tables


def with_grids(page: Page) -> list[Line]:
    """The page's lines, a ruled table read cell by cell standing where it stands on the page
    as its pipe rows (lines of their own, never joined to a paragraph), its words taken out of
    the lines around it."""
    if not page.grids:
        return page_lines(page)
    words = [w for w in page.words if not any(g.holds(w) for g in page.grids)]
    lines = page_lines(replace(page, words=words)) if words else []
    size = median(w.size for w in page.words)
    for grid in page.grids:
        rows = grid.pipe_rows()
        step = (grid.bottom - grid.top) / len(rows)
        at = next((n for n, line in enumerate(lines) if line.top > grid.top), len(lines))
        lines[at:at] = [Line([[Word(row, grid.x0, grid.x1, grid.top + n * step,
                                    grid.top + (n + 1) * step, size)]],
                             grid.top + n * step, grid.top + (n + 1) * step, table=True)
                        for n, row in enumerate(rows)]
    return lines


#: a part's heading, as a TRÍCH SAO names parts: ``II.``, ``Phần``, ``Chương``, ``Mục``, ``Điều``
_PART = re.compile(r"^([IVXLC]+\.|(Phần|Chương|Mục|Điều)\s+[\wĐđ]+[.:]?)(\s|$)")


def cells_went(rows: list[tuple[int, str]], body: str) -> list[str]:
    """For each table read as running text (``rows``: its page and its first row, cells parted
    by `` | ``), where its cells went in the ``body`` read: the part it begins in and the next
    part's heading, under which the cells of a column beside a short heading may have gone.

    >>> body = "I. KẾT QUẢ\\nSTT Tiêu chí 1\\nII. ĐỀ NGHỊ\\nĐạt"
    >>> len(cells_went([(1, "STT | Tiêu chí")], body)), cells_went([(1, "Tổng | 3")], body)
    (1, [])
    """
    lines = [" ".join(x.split()) for x in body.split("\n")]
    heads = [n for n, x in enumerate(lines) if _PART.match(x)]
    out = []
    for page, row in rows:
        first = row.split(" | ")[0].strip()
        at = next((n for n, x in enumerate(lines) if first and x.startswith(first)), None)
        if at is None:
            continue
        above = [lines[n] for n in heads if n <= at]
        below = [lines[n] for n in heads if n > at]
        part = above[-1] if above else lines[at]
        if below:
            out.append(_("the table on page {page} was read as running text in the part "
                         "“{part}”; its cells may have run on under the next heading, "
                         "“{next}”: check both parts against the PDF").format(
                page=page, part=part, next=below[0]))
        else:
            out.append(_("the table on page {page} was read as running text in the part "
                         "“{part}”: check it against the PDF").format(page=page, part=part))
    return out


_RULE = re.compile(r"^\|(\s*:?-{3,}:?\s*\|)+$")


def _width(row: str) -> int:
    """The cells of a pipe row (a ``\\|`` in a cell is no border)."""
    return len(re.split(r"(?<!\\)\|", row.strip())) - 2


def joined_tables(lines: list[str], starts: list[int]) -> list[str]:
    """A table that runs on from one page to the next is one table: where a page opens with
    a table's rows and the page before ended with a table's of as many cells, the new page's
    ``|---|`` line goes, and its first row too when it repeats the table's header row.

    >>> joined_tables(["| A | B |", "|---|---|", "| 1 | x |", "| A | B |", "|---|---|",
    ...                "| 2 | y |"], [0, 3])
    ['| A | B |', '|---|---|', '| 1 | x |', '| 2 | y |']
    >>> joined_tables(["| A | B |", "|---|---|", "| 1 | x |", "| 2 | y |", "|---|---|"], [0, 3])
    ['| A | B |', '|---|---|', '| 1 | x |', '| 2 | y |']
    >>> joined_tables(["| A | B |", "|---|---|", "| 1 | x |", "| C |", "|---|"], [0, 3])
    ['| A | B |', '|---|---|', '| 1 | x |', '| C |', '|---|']
    """
    out = list(lines)
    for at in sorted(starts, reverse=True):
        if not 0 < at < len(out) - 1 or not _RULE.match(out[at + 1]) \
                or not out[at - 1].startswith("|") or not out[at].startswith("|") \
                or _width(out[at]) != _width(out[at - 1]):
            continue
        before = at - 1
        while before > 0 and out[before - 1].startswith("|"):
            before -= 1  # the previous table's first line: its header row
        repeated = out[before] == out[at] and before + 1 < at and _RULE.match(out[before + 1])
        del out[at if repeated else at + 1:at + 2]
    return out
