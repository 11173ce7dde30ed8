"""A scanned page of print too small to read: how long `import` takes to refuse it, and what the
measure of its print costs on pages a clerk does print.

    python benchmarks/tiny_print.py [--points 2 5 6 13] [--import 2]

Each page is A4 at 300 dpi, filled with lines of Vietnamese print of the given size at single
spacing, saved as an image-only PDF (a scan) in a temporary folder. For each: the height of its
lines of print by ``scanbounds.print_height`` and the seconds the measure took; with
``--import``, the seconds the whole `import` of the pages of those sizes took in a process of
its own, and how it ended (the page of 2-point print ran one Tesseract run to its limit of
300 s before it was measured: 364 s on a machine loaded to 12-19). Report the load average
beside the figures.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from ntm_docgen.importer.scanbounds import OCR_DPI, TINY_PRINT, print_height  # noqa: E402

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
TEXT = ("Thực hiện Kế hoạch số 12/KH-UBND ngày 14 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh về "
        "phong trào thi đua Cả nước chung sức xây dựng nông thôn mới giai đoạn 2021 - 2025, "
        "Ủy ban nhân dân xã đề nghị các thôn, bản tổ chức tổng kết, đánh giá kết quả. ")


def page(points: float) -> Image.Image:
    """An A4 page at OCR_DPI filled with lines of print ``points`` high."""
    width, height = round(8.27 * OCR_DPI), round(11.69 * OCR_DPI)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, round(points * OCR_DPI / 72))
    margin, pitch = round(OCR_DPI * 0.8), round(points * 1.2 * OCR_DPI / 72)
    words, at, y = (TEXT * 400).split(), 0, margin
    while y + pitch < height - margin:
        line = ""
        while at < len(words) and draw.textlength(f"{line} {words[at]}", font=font) \
                < width - 2 * margin:
            line, at = f"{line} {words[at]}".strip(), at + 1
        draw.text((margin, y), line, font=font, fill=0)
        y += pitch
    return image


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--points", type=float, nargs="+", default=[2, 5, 6, 13])
    parser.add_argument("--import", dest="imports", type=float, nargs="*", default=[])
    args = parser.parse_args()
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="tiny-print-") as folder:
        for points in args.points:
            image = page(points)
            start = time.perf_counter()
            height = print_height(image)
            took = time.perf_counter() - start
            refused = height is not None and height <= TINY_PRINT
            print(f"{points:g} pt: lines {height} px high, measured in {took:.2f} s: "
                  f"{'refused' if refused else 'read'}")
            if points in args.imports:
                scan = Path(folder) / f"print-{points:g}pt.pdf"
                image.save(scan, resolution=OCR_DPI)
                start = time.perf_counter()
                done = subprocess.run(
                    [sys.executable, "-m", "ntm_docgen", "--lang", "en", "import", str(scan),
                     "-o", str(Path(folder) / "out.yaml"), "--force"],
                    capture_output=True, text=True, cwd=ROOT,
                    env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
                print(f"  import: exit {done.returncode} in {time.perf_counter() - start:.1f} s"
                      f" {' '.join(done.stderr.split())[:160]}")


if __name__ == "__main__":
    main()
