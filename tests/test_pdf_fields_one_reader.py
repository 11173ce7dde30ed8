"""A PDF's form fields are read in one place (issue 15): `files/pdffields.py` draws them flat into
the pages and reads the box each draws, for the importer (a signature's stamp left out, a field
stamping the number kept) and for copies (the number and day an e-office letter's fields draw,
a received copy's block). A second reader, drawing them apart, would drift from the first."""

from __future__ import annotations

from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "ntm_docgen"
#: What only a reader of the fields calls: pdfium drawing a page's fields flat, an annotation's box.
CALLS = (".flatten(", "FPDFAnnot_GetRect", "FPDFAnnot_GetFormFieldType")


@pytest.mark.parametrize("call", CALLS)
def test_only_pdffields_reads_a_pdfs_fields(call: str) -> None:
    found = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                   if call in p.read_text(encoding="utf-8"))
    assert found == ["files/pdffields.py"]


def test_both_callers_use_it() -> None:
    for caller in ("copies/pdftext.py", "importer/pdfwords.py", "importer/pdfstamps.py"):
        assert "ntm_docgen.files.pdffields import" in (PACKAGE / caller).read_text("utf-8")
