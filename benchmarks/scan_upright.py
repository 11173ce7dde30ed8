"""The orientation look asked of a scanned page only when its words read poorly, beside the
look asked of every page first (the reader before it).

    python benchmarks/scan_upright.py FILE.pdf [FILE.pdf ...] [--pages 2]

For the first ``--pages`` pages of each PDF, in one process and in turn, each page rendered
once at the reader's resolution and read by the reader's whole OCR (``ocr_page``):
- the reference: Tesseract's look at the page's orientation (``scan_turn``) first, the page
  turned when it is sure (a confidence of 4.0 or more), then read;
- now: read as it stands, the look asked only when the words read poorly
  (``uprightread.read_upright``).
Seconds of each per page and in all, their ratio, how often the look was asked, and whether
both gave the same words. Report the load average beside them.
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

from ntm_docgen.importer import uprightread  # noqa: E402
from ntm_docgen.importer.ocrpage import ocr_page  # noqa: E402
from ntm_docgen.importer.pdfwords import OCR_DPI  # noqa: E402

#: The reference's bar on Tesseract's confidence in a page's orientation.
SURE = 4.0


def _before(image: object) -> tuple[object, int]:
    """The page turned as the reader turned it before: the look first, trusted at 4.0."""
    try:
        osd = pytesseract.image_to_osd(image.reduce(2), config="--psm 0",  # type: ignore[attr-defined]
                                       output_type=pytesseract.Output.DICT, timeout=60)
    except (pytesseract.TesseractError, RuntimeError, ValueError):
        return image, 0
    turn = int(osd.get("rotate", 0)) % 360
    if not turn or turn % 90 or float(osd.get("orientation_conf", 0)) < SURE:
        return image, 0
    return image.rotate(-turn, expand=True), turn  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", type=Path, nargs="+")
    parser.add_argument("--pages", type=int, default=2)
    args = parser.parse_args(argv)
    looks = [0]
    scan_turn = uprightread.scan_turn

    def counted(image: object) -> int:
        looks[0] += 1
        return scan_turn(image)

    uprightread.scan_turn = counted
    totals, pages, same = [0.0, 0.0], 0, 0
    for path in args.pdfs:
        document = pdfium.PdfDocument(str(path))
        for index in range(min(args.pages, len(document))):
            image = document[index].render(scale=OCR_DPI / 72).to_pil()
            scale, first = 72 / OCR_DPI, index == 0
            start = time.perf_counter()
            turned, _turn = _before(image)
            before = ocr_page(path, turned, scale, first)[0]
            middle = time.perf_counter()
            _image, _turn, (now, _hand) = uprightread.read_upright(
                image, lambda picture, p=path, s=scale, f=first: ocr_page(p, picture, s, f),
                lambda read: read[0])
            end = time.perf_counter()
            totals[0] += middle - start
            totals[1] += end - middle
            pages += 1
            same += [w.text for w in before] == [w.text for w in now]
            print(f"{path.name} p{index + 1}: look first {middle - start:6.1f} s   "
                  f"now {end - middle:6.1f} s")
    load = os.getloadavg()[0]
    print(f"{pages} pages: look first {totals[0]:.1f} s, now {totals[1]:.1f} s "
          f"({totals[1] / max(totals[0], 1e-9):.0%}); the look asked now on {looks[0]} of "
          f"{pages} pages; the same words on {same}; load average {load:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
