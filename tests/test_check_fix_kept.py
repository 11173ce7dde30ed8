"""Repairs of --fix that must hold once the letter is read again (round 15's Sóc Trăng 268 and
Tiền Giang 241): a colour set by a link's character style, and a number line whose first run is
a blank in another size than the rest."""

from __future__ import annotations

from copy import deepcopy
from datetime import date
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from ntm_docgen import api
from ntm_docgen.check import check_file, fix_file

EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "examples" / \
    "003-huong-dan-106-snv-lang-son.yaml"


def _letter(tmp_path: Path) -> tuple[Path, docx.document.Document]:
    out = tmp_path / "hd.docx"
    api.render(api.load_spec(EXAMPLE), out, today=date(2026, 3, 5))
    return out, docx.Document(str(out))


def test_text_coloured_by_its_character_style_is_made_black(tmp_path: Path) -> None:
    """A web address in the body set in a link style that colours it blue (its run names no
    colour of its own): --fix gives the run black, which stands over its style's."""
    out, document = _letter(tmp_path)
    link = document.styles.add_style("InternetLink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = RGBColor(0x00, 0x00, 0x80)
    body = next(p for p in document.paragraphs if len(p.text) > 100
                and not p.text.startswith("Căn cứ"))
    run = body.add_run("https://dichvucong.gov.vn ")
    run.style = link
    run.font.size = Pt(14)
    body.runs[0]._r.addprevious(run._r)  # the address opens the paragraph
    document.save(str(out))
    assert [f.rule for f in check_file(out)] == ["font.color"]
    result = fix_file(out, tmp_path / "sua.docx")
    assert (len(result.fixed), result.after) == (1, [])


def test_a_number_line_opened_by_a_blank_run_keeps_its_size(tmp_path: Path) -> None:
    """" |Số:|  106 |/HD-SNV" in 14 pt: so.size sets the runs that print in 13 pt and so.format
    takes the space away before the "/"; the line moved into the blank first run had kept
    14 pt (told again after --fix)."""
    out, document = _letter(tmp_path)
    line = next(p for table in document.tables for row in table.rows for cell in row.cells
                for p in cell.paragraphs if p.text.startswith("Số:"))
    number = line.runs[0]
    assert number.text.startswith("Số: 106/")
    rest = number.text[len("Số: 106"):]
    for text in reversed([" ", "Số:", "  106 ", rest]):
        copy = deepcopy(number._r)
        copy.find(qn("w:t")).text = text
        copy.find(qn("w:t")).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        number._r.addnext(copy)
    line._p.remove(number._r)
    for run in line.runs:
        run.font.size = Pt(14)
    document.save(str(out))
    assert sorted(f.rule for f in check_file(out)) == ["so.format", "so.size"]
    result = fix_file(out, tmp_path / "sua.docx")
    assert (len(result.fixed), result.after) == (2, [])
