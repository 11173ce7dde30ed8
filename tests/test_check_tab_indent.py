"""A body paragraph begun with the Tab key starts its text at the first tab stop (12.7 mm by
Word's default): on paper it is indented as the decree asks, and ``check`` says nothing of
it. It was told "không lùi dòng đầu", and the fixed copy added 1.27 cm before the tab, which
printed the line twice as far in (Lào Cai's QĐ 3728/QĐ-SCT: three of its Căn cứ lines)."""

from __future__ import annotations

import copy as copying
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from ntm_docgen import api

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
MARKER = "Thực hiện Quyết định số 1730"


def letter_with(tmp_path: Path, tab: bool) -> Path:
    """HD 1741 with one body paragraph's first-line indent removed, begun with a tab or not."""
    path = tmp_path / "hd.docx"
    api.render(api.load_spec(HD_1741), path, today=date(2026, 3, 5))
    document = docx.Document(str(path))
    para = next(p for p in document.paragraphs if p.text.startswith(MARKER))
    para.paragraph_format.first_line_indent = 0
    if tab:
        first = para.runs[0]._r
        run = copying.deepcopy(first)
        for child in list(run):
            if child.tag != qn("w:rPr"):
                run.remove(child)
        run.append(run.makeelement(qn("w:tab"), {}))
        first.addprevious(run)
    document.save(str(path))
    return path


@pytest.mark.parametrize(("tab", "flagged"), [(True, False), (False, True)],
                         ids=["begun-with-a-tab", "not-indented"])
def test_a_paragraph_begun_with_a_tab_is_indented(tmp_path, tab, flagged):
    findings = api.check_file(letter_with(tmp_path, tab))
    indent = [f for f in findings if f.rule == "body.indent"]
    assert bool(indent) is flagged, [str(f) for f in findings]
