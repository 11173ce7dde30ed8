"""OCR of scanned pages: the reader's whole reading beside one Tesseract pass over the grey page.

    python benchmarks/ocr_scan.py FILE.pdf [FILE.pdf ...] [--pages 2] [--without small-note]

For the first ``--pages`` pages of each PDF, in one process and in turn, each page rendered
once at the reader's resolution:
- the reference: one Tesseract pass (``--psm 3``) over the page in grey, which is what the
  reader did before it set coloured ink aside, levelled the slope and read the header and the
  signature column by column;
- the reader without one of its parts (``--without``): its second look at the words whose
  marks OCR may have missed (``second-look``, ``importer/relook.py``), its reading again of
  the words that are no syllable (``syllable-look``, ``importer/syllablelook.py``), the
  syllables it was unsure of that the word list sets right (``word-list``,
  ``importer/wordfix.py``), its
  reading again of the note in small type after the Lưu line's last unit (``small-note``,
  ``importer/smallnote.py``), or its refusal of a second look the page's own words tell
  against (``relook-own``, ``importer/relookown.py``: every second look taken);
- the reader now (``ocr_words``).
Seconds of each per page and in all, and their ratios. Report the load average beside them.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402
import pytesseract  # noqa: E402

from ntm_docgen.importer import ocrpage  # noqa: E402
from ntm_docgen.importer.ocrpage import OCR_LANG, ocr_words  # noqa: E402
from ntm_docgen.importer.pdfwords import OCR_DPI  # noqa: E402

#: The parts of the reader that can be left out, by the name in ocrpage each is called by.
PARTS = {"second-look": "_second_look", "word-list": "_word_list", "small-note": "read_notes",
         "syllable-look": "_syllable_look", "relook-own": "kept_as_read"}
#: What a part left out is replaced by, where it returns what the reader goes on with.
IDLE = {"relook-own": lambda reads, looked: looked}


def _without(part: str, path: Path, image: object, scale: float, first: bool) -> None:
    name = PARTS[part]
    kept = getattr(ocrpage, name)
    setattr(ocrpage, name, IDLE.get(part, lambda *args: None))
    try:
        ocr_words(path, image, scale, first)
    finally:
        setattr(ocrpage, name, kept)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", type=Path, nargs="+")
    parser.add_argument("--pages", type=int, default=2)
    parser.add_argument("--without", choices=sorted(PARTS), default="second-look")
    args = parser.parse_args(argv)
    totals = [0.0, 0.0, 0.0]
    count = 0
    for path in args.pdfs:
        document = pdfium.PdfDocument(str(path))
        try:
            for index in range(min(args.pages, len(document))):
                image = document[index].render(scale=OCR_DPI / 72).to_pil()
                started = time.perf_counter()
                pytesseract.image_to_data(image.convert("L"), lang=OCR_LANG, config="--psm 3")
                reference = time.perf_counter() - started
                started = time.perf_counter()
                _without(args.without, path, image, 72 / OCR_DPI, index == 0)
                before = time.perf_counter() - started
                started = time.perf_counter()
                ocr_words(path, image, 72 / OCR_DPI, index == 0)
                now = time.perf_counter() - started
                totals[0] += reference
                totals[1] += before
                totals[2] += now
                count += 1
                print(f"{path.name} p. {index + 1}: one pass {reference:.1f} s, the reader "
                      f"without {args.without} {before:.1f} s, the reader {now:.1f} s "
                      f"({now / reference:.2f}x, {now / before:.2f}x)")
        finally:
            document.close()
    if count:
        print(f"{count} pages: one pass {totals[0] / count:.1f} s a page, the reader without "
              f"{args.without} {totals[1] / count:.1f} s, the reader {totals[2] / count:.1f} s "
              f"({totals[2] / totals[0]:.2f}x one pass, {totals[2] / totals[1]:.2f}x without); "
              f"load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
