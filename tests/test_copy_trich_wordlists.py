"""A TRÍCH SAO of a Word letter whose headings and items Word numbers itself (``w:numPr``, the
numbers only in numbering.xml, tests/wordbuilt.py): the parts are found by the numbers the page
prints, and the parts kept print the original's numbers, not numbers counted again."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
import wordbuilt as wb
import yaml
from docx import Document

from ntm_docgen.copies import docx_copy
from ntm_docgen.files.numbering import list_labels
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import load_copy_spec, load_spec

ROOT = Path(__file__).resolve().parent.parent
LETTER = ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"
SAO_Y = ROOT / "data" / "examples" / "000-sao-y-bac-giang.yaml"


@pytest.fixture(scope="module")
def numbered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wordlists")
    rendered = folder / "hd.docx"
    rendered.write_bytes(render_docx(load_spec(LETTER), today=date(2026, 6, 1)))
    document = wb.open_rendered(rendered)
    assert wb.numbered(document) > 8
    return wb.save(document, folder / "numbered.docx")


@pytest.fixture(scope="module")
def trich(tmp_path_factory: pytest.TempPathFactory):
    data = yaml.safe_load(SAO_Y.read_text(encoding="utf-8"))
    data.update(hinh_thuc="TRÍCH SAO", ngay="2019-06-10")
    path = tmp_path_factory.mktemp("spec") / "trich.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_copy_spec(path)


def _printed(data: bytes) -> list[str]:
    """Each list paragraph of the copy as Word prints it: its number, then its first words."""
    document = Document(io.BytesIO(data))
    labels = list_labels(document)
    return [labels[p._p] + p.text[:24] for p in document.paragraphs if p._p in labels]


def test_a_part_numbered_by_word_is_found_and_keeps_its_number(numbered: Path, trich):
    printed = _printed(docx_copy(numbered, trich, date(2019, 6, 10), "II"))
    assert printed[0].startswith("II. NỘI DUNG TỔNG KẾT")
    assert [line.split(" ", 1)[0] for line in printed[1:7]] == ["1.", "2.", "3.", "4.", "5.",
                                                                 "6."]


def test_parts_apart_keep_their_numbers(numbered: Path, trich):
    printed = _printed(docx_copy(numbered, trich, date(2019, 6, 10), "I,III"))
    headings = [line for line in printed if not line[0].isdigit()]
    assert [h.split(" ", 1)[0] for h in headings[:2]] == ["I.", "III."]
    assert headings[1].startswith("III. KHEN THƯỞNG")


def test_paragraphs_from_the_middle_of_a_list_keep_its_numbers(numbered: Path, trich):
    printed = _printed(docx_copy(numbered, trich, date(2019, 6, 10), "14-20"))
    assert printed[0].startswith("3. Đánh giá tác động")
    assert next(line for line in printed if not line[0].isdigit()).startswith("III. KHEN")
