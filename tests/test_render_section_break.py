"""A letter whose signature table ends at the foot of its last page, an appendix after it: the
paragraph that carries the section break must not print a page of its own.

Seen in a derived công văn (``tests/data/render/cv_signature_at_page_foot.yaml``): page 2 held
only its number, the đề cương starting on page 3. The paragraph a table must be followed by
was in the body's type (14 pt, 6 pt after) and went over to a page of its own.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import docx
from docx.oxml.ns import qn

from ntm_docgen.bulk.merge import end_section
from ntm_docgen.cli import main

SPEC = Path(__file__).parent / "data" / "render" / "cv_signature_at_page_foot.yaml"


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")[:-1]


def test_no_page_prints_blank_between_the_letter_and_its_appendix(runner, tmp_path):
    out = tmp_path / "cv.docx"
    result = runner.invoke(main, ["render", str(SPEC), "-o", str(out), "--pdf"])
    assert result.exit_code == 0, result.output
    pages = _pages(out.with_suffix(".pdf"))
    assert "Nguyễn Văn A" in pages[0] and "ĐỀ CƯƠNG" in pages[1].upper(), pages[:2]
    assert all(len(page.split()) > 1 for page in pages), [p.split() for p in pages]


def _break_paragraph(document) -> list[str | None]:
    """The spacing and size of each paragraph that carries a section break."""
    found = []
    for properties in document.element.body.iter(qn("w:pPr")):
        if properties.find(qn("w:sectPr")) is not None:
            spacing = properties.find(qn("w:spacing"))
            size = properties.find(f"{qn('w:rPr')}/{qn('w:sz')}")
            found.append((spacing.get(qn("w:line")), spacing.get(qn("w:lineRule")),
                          spacing.get(qn("w:after")), size.get(qn("w:val"))))
    return found


def test_a_bulk_letter_ends_its_section_with_a_paragraph_one_point_high(runner, tmp_path):
    """Each letter of a bulk run is a section of the merged file: the same paragraph."""
    out = tmp_path / "cv.docx"
    assert runner.invoke(main, ["render", str(SPEC), "-o", str(out)]).exit_code == 0
    document = docx.Document(str(out))
    body = document.element.body
    for paragraph in body.findall(qn("w:p")):
        if paragraph.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            body.remove(paragraph)  # the letter alone, as bulk merges it
    end_section(document)
    assert _break_paragraph(document)[-1] == ("20", "exact", "0", "2")
