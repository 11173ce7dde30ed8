"""The copy block on a page a copy adds to a PDF stands on the body's text width (Nghị định 30,
Phụ lục I Phần II: under a rule across the full text width), not from the header's left edge.
Lào Cai's Công văn 7432/UBND-XD (tests/data/derive/real_pdf/provenance.tsv) prints its issuer
at 20 mm from the paper's edge and its body at 30 mm; its copy's block, on the page added after
its last, started at 21 mm, the issuer's edge."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from copy_originals import write_spec
from reportlab.lib.units import mm

from ntm_docgen.cli.main import main

LAO_CAI = Path(__file__).parent / "data" / "derive" / "real_pdf" / "cv_2026_laocai_7432.pdf"


def _starts(path: Path, index: int) -> dict[str, float]:
    """The left of each piece of text of page ``index``, in mm from the paper's left edge."""
    page = pdfium.PdfDocument(path)[index]
    text = page.get_textpage()
    found = {}
    for n in range(text.count_rects()):
        left, bottom, right, top = text.get_rect(n)
        found.setdefault(text.get_text_bounded(left, bottom, right, top).strip(), left / mm)
    return found


def test_the_added_page_s_block_starts_at_the_body_s_left_edge(runner, tmp_path):
    out = tmp_path / "sao-y.pdf"
    result = runner.invoke(main, ["copy", str(LAO_CAI), "--spec", str(write_spec(tmp_path)),
                                  "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "on an added page" in result.output
    pages = len(pdfium.PdfDocument(LAO_CAI))
    assert len(pdfium.PdfDocument(out)) == pages + 1
    original = [left for text, left in _starts(LAO_CAI, 0).items() if text]
    # page 1 drawn (pdftoppm -r 100): the trích yếu under the number from 20.7 mm, the body's
    # lines from 30 mm (118 px)
    assert min(original) < 21.5
    assert sum(1 for left in original if 29.5 < left < 30.5) >= 10
    block = _starts(out, pages)
    assert 29.5 < block["Nơi nhận:"] < 31.5, block["Nơi nhận:"]
