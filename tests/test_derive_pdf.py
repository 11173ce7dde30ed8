"""derive from a guidance received as a PDF gives the draft its text gives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import FORMS, derive_file
from ntm_docgen.files.pdf import convert
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent
GUIDANCE = ROOT / "data" / "examples" / "002-huong-dan-748-de-cuong.yaml"

PROFILE = ROOT / "data" / "profiles" / "lang-son-snv-2019.yaml"
TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The guidance as a Word document and as the PDF a sender would print of it."""
    work = tmp_path_factory.mktemp("guidance")
    docx = work / "hd-748.docx"
    docx.write_bytes(render_docx(load_spec(GUIDANCE), TODAY))
    convert([docx], work)
    return docx, work / "hd-748.pdf"


@pytest.mark.parametrize("form", FORMS)
def test_derive_from_a_pdf_is_derive_from_its_word_document(printed, form: str) -> None:
    docx, pdf = printed
    from_docx = derive_file(docx, PROFILE, form, today=TODAY, ngay=date(2019, 5, 31))
    from_pdf = derive_file(pdf, PROFILE, form, today=TODAY, ngay=date(2019, 5, 31))
    assert from_pdf.spec == from_docx.spec
