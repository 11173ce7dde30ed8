"""The letters of the real set that end in a table followed only by empty paragraphs, each laid
out by LibreOffice: is its last page blank there, and did Word count that page?

    python benchmarks/check_blank_tails.py DIR

DIR holds the real set's .docx files (``tools/real_set.py``). For each such letter it prints
the pages Word counted (docProps/app.xml, ``-`` when it counted none or counted another text),
the pages LibreOffice prints, whether its last page holds nothing but the headers' and
footers' text (``pages_laid.page_empty``), whether check
tells a blank last page, and the seconds the layout took; then the totals.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ntm_docgen.check.pages import _empty_tail, blank_end, saved_pages  # noqa: E402
from ntm_docgen.check.pages_laid import _margin_words, page_empty  # noqa: E402
from ntm_docgen.check.props import w  # noqa: E402
from ntm_docgen.check.reader import open_docx  # noqa: E402
from ntm_docgen.files.pdf import pdf_bytes  # noqa: E402


def _last_blank(pdf: bytes, margins: str) -> tuple[int, bool]:
    """The pages of ``pdf`` and whether its last one (not the first) prints only what the
    headers and footers hold."""
    document = pdfium.PdfDocument(pdf)
    try:
        pages = len(document)
        return pages, pages > 1 and page_empty(document[pages - 1], margins)
    finally:
        document.close()


def main(folder: Path) -> None:
    started, rows = time.time(), []
    for path in sorted(folder.glob("*.docx")):
        doc = open_docx(path)
        tail = _empty_tail(doc)
        before = tail[0].el.getprevious() if tail else None
        if before is None or before.tag != w("tbl"):
            continue
        began = time.time()
        pdf = pdf_bytes(path.read_bytes())
        margins = _margin_words(doc)
        pages, last_blank = _last_blank(pdf, margins)
        word = saved_pages(doc)
        rows.append((path.stem, word, pages, last_blank, bool(blank_end(doc))))
        print(f"{path.stem}: Word {word if word is not None else '-'}, LibreOffice {pages}, "
              f"last page blank {last_blank}, told {rows[-1][4]}, "
              f"{time.time() - began:.1f} s", flush=True)
    blank = [r for r in rows if r[3]]
    print(f"letters ending in a table then empty paragraphs: {len(rows)}; laid out in "
          f"{time.time() - started:.0f} s; LibreOffice's last page blank: {len(blank)} "
          f"(Word counted as many pages: {sum(1 for r in blank if r[1] == r[2])}, fewer: "
          f"{sum(1 for r in blank if r[1] is not None and r[1] < r[2])}, none: "
          f"{sum(1 for r in blank if r[1] is None)}); told: {sum(1 for r in rows if r[4])}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
