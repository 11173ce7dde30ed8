"""Each finding's paragraph named by its own words: Word shows no paragraph numbers, and a
văn thư told "paragraph 354" cannot find it; told "the line beginning “- Lưu: VT…”" she can."""

from __future__ import annotations

import re

from ntm_docgen.check.common import where
from ntm_docgen.check.findings import Finding, short
from ntm_docgen.check.paras import Para
from ntm_docgen.check.reader import Document
from ntm_docgen.i18n import _

_NUMBER = re.compile(r"^\D*?(\d+)")
#: how much of a paragraph names it
WORDS = 40


def name_lines(doc: Document, found: list[Finding]) -> None:
    """Set, on each finding placed at a paragraph ("paragraph 28 (table row 1, column 1)"),
    the line a văn thư finds it by: the words the paragraph begins with, in the table or text
    box it is in; an empty paragraph by the words of the line before it."""
    for finding in found:
        match = _NUMBER.match(finding.where)
        if match is None or not 0 < int(match[1]) <= len(doc.paras):
            continue
        para = doc.paras[int(match[1]) - 1]
        if where(para) != finding.where:
            continue  # a section, a header, the whole letter: not a paragraph's place
        finding.line = _line(doc, para)


def _line(doc: Document, para: Para) -> str:
    if para.clean:
        line = _("the line beginning “{words}”").format(words=short(para.clean, WORDS))
    else:
        before = next((p for p in reversed(doc.paras[:para.index]) if p.clean), None)
        if before is None:
            return ""
        line = _("the empty line after the line beginning “{words}”").format(
            words=short(before.clean, WORDS))
    if para.container == "table":
        return _("{line}, in a table (row {row}, column {col})").format(
            line=line, row=para.row + 1, col=para.col + 1)
    if para.container == "textbox":
        return _("{line}, in a text box").format(line=line)
    return line
