"""check tells a header or a signature set in a table whose borders print (a clerk who inserts a
table in Word gets "Table Grid", a frame round each cell, unless she sets No Border), and --fix
turns the borders off; a table with no frame, or one rule under a row, says nothing."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from check_letter import build_letter
from docx.oxml.ns import qn

from ntm_docgen.check import check_file, fix_file


def _framed(path: Path, which: int, borders: str | None = None) -> Path:
    """The letter with table ``which`` (0: the header's, -1: the signature's) in Word's
    "Table Grid" style, its own borders taken off; or ``borders``: its own borders, as XML."""
    document = docx.Document(str(path))
    table = document.tables[which]
    props = table._tbl.tblPr
    for own in props.findall(qn("w:tblBorders")):
        props.remove(own)
    if borders is None:
        table.style = document.styles["Table Grid"]
    else:
        from docx.oxml import parse_xml

        props.append(parse_xml(borders))
    document.save(str(path))
    return path


def _rules(path: Path) -> list[str]:
    return [f.rule for f in check_file(path) if f.rule.startswith("khung.")]


@pytest.mark.parametrize(("which", "rule"), [(0, "khung.dau"), (-1, "khung.chu_ky")])
def test_a_table_grid_is_told_and_fixed(tmp_path: Path, which: int, rule: str) -> None:
    letter = _framed(build_letter(tmp_path / "l.docx"), which)
    assert _rules(letter) == [rule]
    result = fix_file(letter, tmp_path / "fixed.docx")
    assert not [f for f in result.after if f.rule.startswith("khung.")]
    table = docx.Document(str(tmp_path / "fixed.docx")).tables[which]._tbl
    sides = table.tblPr.find(qn("w:tblBorders"))
    assert {s.get(qn("w:val")) for s in sides} == {"nil"}
    order = [child.tag.split("}")[1] for child in table.tblPr]
    assert order.index("tblBorders") > order.index("tblW"), order  # in the schema's order


def test_no_frame_and_one_rule_under_a_row_say_nothing(tmp_path: Path) -> None:
    assert _rules(build_letter(tmp_path / "plain.docx")) == []
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    rule = (f'<w:tblBorders {ns}><w:bottom w:val="single" w:sz="4" w:space="0" '
            'w:color="auto"/></w:tblBorders>')
    assert _rules(_framed(build_letter(tmp_path / "rule.docx"), 0, rule)) == []


def _cells(path: Path, which: int, val: str) -> Path:
    """Each cell of table ``which`` given its own four borders ``val`` (Word writes them so
    for the cells chosen when she picks a border, or No Border)."""
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document(str(path))
    for cell in document.tables[which]._tbl.iter(qn("w:tc")):
        props = cell.get_or_add_tcPr()
        props.append(parse_xml(f'<w:tcBorders {ns}>' + "".join(
            f'<w:{side} w:val="{val}" w:sz="4" w:space="0" w:color="auto"/>'
            for side in ("top", "left", "bottom", "right")) + "</w:tcBorders>"))
    document.save(str(path))
    return path


def test_a_table_grid_whose_cells_have_no_border_prints_no_frame(tmp_path: Path) -> None:
    """A clerk who selects the cells and picks No Border: Word writes nil on each cell, and
    the Table Grid's frame no longer prints (an independent review's finding)."""
    letter = _cells(_framed(build_letter(tmp_path / "l.docx"), 0), 0, "nil")
    assert _rules(letter) == []


def test_a_frame_drawn_on_the_cells_is_told_and_fixed(tmp_path: Path) -> None:
    letter = _cells(build_letter(tmp_path / "l.docx"), 0, "single")
    assert _rules(letter) == ["khung.dau"]
    result = fix_file(letter, tmp_path / "fixed.docx")
    assert not [f for f in result.after if f.rule.startswith("khung.")]
