"""The time PP-OCR adds to a scan's page: the blanks a pen wrote in read by Tesseract alone and
with PP-OCR beside it (importer/handwritten.py, importer/penread.py).

    python benchmarks/pen_blanks.py SCAN.pdf [SCAN.pdf ...]

For each PDF its first page is rendered at the reader's resolution and read whole by the
reader (``ocr_page``); the blanks of its Số line and date line are then read twice from the
same words, without PP-OCR (Tesseract's ways alone, as before it) and with it. Prints, per
page, the seconds of the page's reading, of the blanks without and with PP-OCR, and what PP-OCR
adds; and once, the seconds its model takes to load in a process. Report the load average
beside them.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402

from ntm_docgen.importer import handwritten, ocrpage, penread  # noqa: E402
from ntm_docgen.importer.pdfwords import OCR_DPI  # noqa: E402


def _blanks(inputs: tuple[Any, ...], with_pp_ocr: bool) -> tuple[float, list[tuple[str, str]]]:
    kept = handwritten.digits
    if not with_pp_ocr:
        handwritten.digits = lambda blank: None  # type: ignore[assignment]
    try:
        started = time.perf_counter()
        found = handwritten.read_blanks(*inputs)[1]
        return time.perf_counter() - started, found
    finally:
        handwritten.digits = kept  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", type=Path, nargs="+")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    penread._recogniser()
    print(f"PP-OCR's model loaded in {time.perf_counter() - started:.2f} s (once a process)")
    seen: list[tuple[Any, ...]] = []
    ocrpage.read_blanks = lambda *inputs: seen.append(inputs) or (inputs[1], [])
    totals = [0.0, 0.0, 0.0]
    for path in args.pdfs:
        document = pdfium.PdfDocument(str(path))
        image = document[0].render(scale=OCR_DPI / 72).to_pil()
        document.close()
        seen.clear()
        started = time.perf_counter()
        ocrpage.ocr_page(path, image, 72 / OCR_DPI, True)
        page = time.perf_counter() - started
        alone, before = _blanks(seen[0], False)
        both, after = _blanks(seen[0], True)
        for n, value in enumerate((page, alone, both)):
            totals[n] += value
        print(f"{path.name}: page {page:.1f} s; blanks by Tesseract {alone:.1f} s {before}, "
              f"with PP-OCR {both:.1f} s {after}; added {both - alone:+.1f} s "
              f"({(both - alone) / page:+.1%} of the page)")
    count = len(args.pdfs)
    print(f"per page: page {totals[0] / count:.1f} s, blanks by Tesseract "
          f"{totals[1] / count:.1f} s, with PP-OCR {totals[2] / count:.1f} s, added "
          f"{(totals[2] - totals[1]) / count:+.1f} s; load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
