"""A heading ending in a colon with its value on the same line: the Sở Y tế Bình Dương's
procedures (tests/data/check/word_blank/provenance.tsv) print "<b>II. Số lượng hồ sơ:</b> 01 bộ"
(or the colon upright with the value) under each procedure, the value upright as the body is.
check held the value to the heading's bold and told 12 headings not bold (false); a heading
whose title itself is upright is still told."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from ntm_docgen.check import check_file
from ntm_docgen.i18n import set_language

BINH_DUONG = Path(__file__).parent / "data" / "check" / "word_blank" / \
    "tthc_syt_binhduong_2025.docx"


@pytest.fixture(autouse=True)
def _english():
    set_language("en")
    yield
    set_language(None)


def _headings(path: Path) -> list[str]:
    return [f.message for f in check_file(path) if f.rule == "body.heading"]


def test_the_value_after_a_heading_s_colon_is_no_part_of_the_heading():
    assert not any("Số lượng hồ sơ" in m for m in _headings(BINH_DUONG)), _headings(BINH_DUONG)


def test_a_heading_whose_title_is_upright_is_still_told(tmp_path: Path):
    letter = docx.Document(str(BINH_DUONG))
    para = next(p for p in letter.paragraphs if p.text.startswith("II. Số lượng hồ sơ:")
                and len(p.runs) == 2)
    para.runs[0].bold = False
    planted = tmp_path / "upright_heading.docx"
    letter.save(str(planted))
    assert any("Số lượng hồ sơ" in m for m in _headings(planted)), _headings(planted)


@pytest.mark.parametrize("title", [" Kết quả thực hiện năm 2025", " KẾT QUẢ THỰC HIỆN NĂM 2025"])
def test_a_parts_title_after_its_label_and_colon_is_held_to_the_bold(tmp_path: Path, title: str):
    """"Phần II:" is a label, not a title with a value: the title after its colon, printed
    upright under a bold label, is a heading not bold (it was let pass as a value)."""
    from ntm_docgen.letter.render import render_spec
    from ntm_docgen.letter.spec import load_spec

    spec = Path(__file__).parent / "data" / "derive" / "tinh-lang-son-kh-chi-tieu-2026.yaml"
    rendered = tmp_path / "ke_hoach.docx"
    render_spec(load_spec(spec), rendered, today=date(2026, 12, 7))
    letter = docx.Document(str(rendered))
    para = next(p for p in letter.paragraphs if p.text.startswith("II. "))
    for run in para.runs[1:]:
        run.text = ""
    para.runs[0].text, para.runs[0].bold = "Phần II:", True
    para.add_run(title).bold = False
    planted = tmp_path / "part_heading.docx"
    letter.save(str(planted))
    assert any("Phần II:" in m for m in _headings(planted)), _headings(planted)
