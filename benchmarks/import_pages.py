"""How import's time grows with a letter's length: the lines of a long PDF read once, then the
importer run on its first 10, 20, 40 ... pages' lines, each beside the reference of the same
lines only cleaned (what any reading of them costs). Seconds per line should stay flat as the
letter grows; a rule that looks at every line for every line shows as a rising figure.

    python benchmarks/import_pages.py LONG.pdf

A scanned PDF is read by OCR first (about ten seconds a page; NTM_DOCGEN_MAX_OCR_PAGES may
need raising for a long one).
"""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path

from ntm_docgen.importer import pdfwords
from ntm_docgen.importer.build import import_lines
from ntm_docgen.importer.cleanlines import clean_lines
from ntm_docgen.importer.kind import NotALetterError


def main() -> None:
    path = Path(sys.argv[1])
    pages: list = []
    layout = pdfwords.pdf_text

    def kept(found: list) -> object:  # the pages the reader lays out, kept for the runs
        pages.extend(found)
        return layout(found)

    pdfwords.pdf_text = kept  # type: ignore[assignment]
    start = time.perf_counter()
    pdfwords.read_pdf_text(path)
    print(f"{path.name}: {len(pages)} pages read in {time.perf_counter() - start:.1f} s")
    counts = sorted({n for n in (10, 20, 40, 80, 160) if n < len(pages)} | {len(pages)})
    for count in counts:
        lines = layout(pages[:count]).lines
        start = time.perf_counter()
        clean_lines(lines)
        reference = time.perf_counter() - start
        start = time.perf_counter()
        with contextlib.suppress(NotALetterError):
            import_lines(lines, source=path)
        spent = time.perf_counter() - start
        print(f"{count:4d} pages {len(lines):6d} lines: import {spent:6.2f} s "
              f"({1000 * spent / len(lines):5.2f} ms/line), cleaning alone {reference:5.2f} s")


if __name__ == "__main__":
    main()
