"""The time PP-OCR's second look at a scan's Lưu line adds to the page that holds it
(importer/luulook.py), against the page's reading in the same process.

    python benchmarks/luu_look.py SCAN.pdf:PAGE [SCAN.pdf:PAGE ...]

For each PDF its page PAGE (from 1) is rendered at the reader's resolution and read whole by
the reader (``ocr_page``), the Lưu line's second look timed inside it each time it runs (once
for each of Tesseract's runs over the line: the page, and its column). Prints, per page, the
seconds of the page's reading, of the looks, whether PP-OCR was asked and what the look cost
of the page; and once, the seconds PP-OCR's model takes to load in a process. Report the load
average beside them.
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

from ntm_docgen.importer import luulook, ocrpage, penread  # noqa: E402
from ntm_docgen.importer.pdfwords import OCR_DPI  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="+", help="SCAN.pdf:PAGE")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    penread._recogniser()
    print(f"PP-OCR's model loaded in {time.perf_counter() - started:.2f} s (once a process)")
    spent: list[float] = []
    asked: list[int] = []
    look, units_read = luulook.look_again, luulook.units_read

    def timed_look(image: Any, data: dict[str, Any]) -> None:
        begun = time.perf_counter()
        look(image, data)
        spent.append(time.perf_counter() - begun)

    def counted(crop: Any) -> list[str] | None:
        asked.append(1)
        return units_read(crop)

    ocrpage.look_again = timed_look  # type: ignore[assignment]
    luulook.units_read = counted  # type: ignore[assignment]
    totals = [0.0, 0.0]
    for given in args.pages:
        name, _, number = given.rpartition(":")
        path = Path(name)
        document = pdfium.PdfDocument(str(path))
        image = document[int(number) - 1].render(scale=OCR_DPI / 72).to_pil()
        document.close()
        spent.clear()
        asked.clear()
        started = time.perf_counter()
        ocrpage.ocr_page(path, image, 72 / OCR_DPI, int(number) == 1)
        page = time.perf_counter() - started
        looks = sum(spent)
        totals[0] += page
        totals[1] += looks
        print(f"{path.name} page {number}: page {page:.1f} s, Lưu looks {looks:.2f} s in "
              f"{len(spent)} runs, PP-OCR asked {len(asked)} times ({looks / page:.1%} of the "
              f"page)")
    count = len(args.pages)
    print(f"per page: {totals[0] / count:.1f} s, of it the Lưu looks {totals[1] / count:.2f} s "
          f"({totals[1] / max(totals[0], 1e-9):.1%}); load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
