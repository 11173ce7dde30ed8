"""A body paragraph begun with the Tab key starts its text at the first tab stop (12.7 mm by
Word's default): on paper it is indented as the decree asks, and ``check`` says nothing of
it. It was told "không lùi dòng đầu", and the fixed copy added 1.27 cm before the tab, which
printed the line twice as far in (Lào Cai's QĐ 3728/QĐ-SCT: three of its Căn cứ lines).
The stop is the document's: the tab stops set on the paragraph or its style, else the
default interval its settings give (``w:defaultTabStop``), not Word's 720 twips."""

from __future__ import annotations

import copy as copying
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Cm, Twips

from ntm_docgen import api

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
MARKER = "Thực hiện Quyết định số 1730"


def letter_with(tmp_path: Path, tab: bool, default_tab: int | None = None,
                para_tabs: tuple[tuple[str, int], ...] = (),
                style_tabs: tuple[tuple[str, int], ...] = ()) -> Path:
    """HD 1741 with one body paragraph's first-line indent removed, begun with a tab or not;
    ``default_tab``: the document's default tab interval (twips), ``para_tabs`` and
    ``style_tabs``: tab stops (kind, twips) set on that paragraph and on its style."""
    path = tmp_path / "hd.docx"
    api.render(api.load_spec(HD_1741), path, today=date(2026, 3, 5))
    document = docx.Document(str(path))
    para = next(p for p in document.paragraphs if p.text.startswith(MARKER))
    para.paragraph_format.first_line_indent = 0
    if default_tab is not None:
        document.settings.element.find(qn("w:defaultTabStop")).set(qn("w:val"),
                                                                    str(default_tab))
    for stops, layout in ((para_tabs, para.paragraph_format),
                          (style_tabs, para.style.paragraph_format)):
        for kind, pos in stops:
            layout.tab_stops.add_tab_stop(Twips(pos), getattr(WD_TAB_ALIGNMENT, kind.upper()))
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


@pytest.mark.parametrize(("settings", "flagged"), [
    ({"default_tab": 567}, False),
    ({"default_tab": 1134}, True),
    ({"default_tab": 283}, True),
    ({"para_tabs": (("left", 1134),)}, True),
    ({"default_tab": 1134, "para_tabs": (("left", 567),)}, False),
    ({"style_tabs": (("left", 1701),)}, True),
    ({"style_tabs": (("left", 1701),), "para_tabs": (("clear", 1701),)}, False),
    ({"default_tab": 1134, "para_tabs": (("bar", 567),)}, True),
], ids=["default-1-cm", "default-2-cm", "default-half-cm", "stop-on-the-paragraph-2-cm",
        "stop-on-the-paragraph-1-cm", "stop-of-its-style-3-cm", "stop-of-its-style-cleared",
        "a-bar-is-no-stop"])
def test_the_tab_goes_to_the_documents_own_stop(tmp_path, settings, flagged):
    findings = api.check_file(letter_with(tmp_path, True, **settings))
    indent = [f for f in findings if f.rule == "body.indent"]
    assert bool(indent) is flagged, [str(f) for f in findings]


def test_the_fix_sets_the_indent_in_place_of_the_tab(tmp_path):
    """A tab that takes the text 2 cm in goes; the first line is indented 1.27 cm instead."""
    fixed = tmp_path / "sua.docx"
    result = api.fix_file(letter_with(tmp_path, True, default_tab=1134), fixed)
    assert [f.rule for f in result.before if f.rule == "body.indent"]
    assert not [str(f) for f in result.after if f.rule == "body.indent"]
    para = next(p for p in docx.Document(str(fixed)).paragraphs if MARKER in p.text)
    assert para.text.startswith(MARKER)
    assert para.paragraph_format.first_line_indent == Cm(1.27)


def _bullet_run(first: object, *tags: str) -> object:
    """A run with ``first``'s formatting holding ``tags``: a ``w:sym`` is the bullet Word makes
    when one is typed as a Symbol character (Insert > Symbol, or its AutoFormat)."""
    run = copying.deepcopy(first)
    for child in list(run):
        if child.tag != qn("w:rPr"):
            run.remove(child)
    for tag in tags:
        element = run.makeelement(qn(f"w:{tag}"), {})
        if tag == "sym":
            element.set(qn("w:font"), "Symbol")
            element.set(qn("w:char"), "F0B7")
        run.append(element)
    return run


@pytest.mark.parametrize("runs", [(("sym",), ("tab",)), (("sym", "tab"),)],
                         ids=["bullet-then-tab-runs", "bullet-and-tab-one-run"])
def test_the_fix_keeps_the_tab_after_a_bullet_typed_as_a_symbol(tmp_path, runs):
    """'•<Tab>text': the tab parts the bullet from its text. The reader sees the bullet: the
    paragraph is an item, as "- text" is, not told its indent, and the fix leaves it whole."""
    path = letter_with(tmp_path, False, default_tab=1134)
    document = docx.Document(str(path))
    para = next(p for p in document.paragraphs if p.text.startswith(MARKER))
    first = para.runs[0]._r
    for tags in runs:
        first.addprevious(_bullet_run(first, *tags))
    document.save(str(path))
    fixed = tmp_path / "sua.docx"
    result = api.fix_file(path, fixed)
    assert not [f.rule for f in result.before if f.rule == "body.indent"]
    para = next(p for p in docx.Document(str(fixed)).paragraphs if MARKER in p.text)
    marks = [child.tag.split("}")[1] for r in para._p.iterfind(qn("w:r"))
             for child in r if child.tag in (qn("w:sym"), qn("w:tab"), qn("w:t"))]
    assert marks[:3] == ["sym", "tab", "t"]
