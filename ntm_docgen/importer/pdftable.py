"""Tables in a PDF letter's body (rows of cells side by side), which the reader gives as
running text: found so that a warning can name them."""

from __future__ import annotations

import re

from ntm_docgen.importer.cleaning import key
from ntm_docgen.importer.pdflayout import Line, column_blocks, opens_signature

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
