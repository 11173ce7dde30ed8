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


def test_two_word_lists_over_one_abstract_count_on(numbered: Path, trich, tmp_path: Path):
    """Part II's paragraphs in a second ``w:num`` over the same abstract list, no override
    (Word's "continue previous list"): the original prints I, II, III, and the copy of I and
    III printed III as “II.” (a review); Word counts by the abstract list, and so does the
    copy."""
    import copy as copying

    W = "{" + wb.W + "}"

    document = Document(str(numbered))
    labels = list_labels(document)
    paragraphs = [p for p in document.element.body.iter(W + "p") if p in labels]

    def num_id(paragraph) -> str | None:  # type: ignore[no-untyped-def]
        found = paragraph.find(f"{W}pPr/{W}numPr/{W}numId")
        return None if found is None else found.get(W + "val")

    heads = [p for p in paragraphs if labels[p].strip() in ("II.", "III.")]
    own = num_id(heads[0])
    numbering = document.part.numbering_part.element
    second = copying.deepcopy(next(n for n in numbering.iterchildren(W + "num")
                                   if n.get(W + "numId") == own))
    second.set(W + "numId", "999")
    for override in second.findall(W + "lvlOverride"):
        second.remove(override)
    numbering.append(second)
    for paragraph in paragraphs[paragraphs.index(heads[0]):paragraphs.index(heads[1])]:
        if num_id(paragraph) == own:
            paragraph.find(f"{W}pPr/{W}numPr/{W}numId").set(W + "val", "999")
    assert [labels[p] for p in paragraphs] == [v for v in list_labels(document).values()]
    document.save(str(tmp_path / "two.docx"))
    printed = _printed(docx_copy(tmp_path / "two.docx", trich, date(2019, 6, 10), "I,III"))
    headings = [line for line in printed if not line[0].isdigit()]
    assert [h.split(" ", 1)[0] for h in headings[:2]] == ["I.", "III."], printed
