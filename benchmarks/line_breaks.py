"""What breaking centred lines between words costs: the segmenter's start-up in a fresh process
beside the letter core's own import, and per letter with a distinct or a repeated trích yếu
(bulk letters repeat theirs: one segmentation per distinct text), beside the same renders with
the segmenter's answer already cached.

    python benchmarks/line_breaks.py [--count N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from datetime import date

TODAY = date(2026, 11, 23)
BASE = {"loai": "KH", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH", "viet_tat": "UBND"},
        "dia_danh": "Tân Thành", "noi_dung": "I. MỤC ĐÍCH\nĐánh giá kết quả.",
        "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "Nguyễn Văn A"}}
TRICH_YEU = ("Tổng kết phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” giai đoạn "
             "2021 - 2025 trên địa bàn xã, đợt {n}")


def fresh(code: str) -> float:
    """Seconds a new Python process takes to run ``code`` (best of three)."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return min(times)


def per_letter(label: str, seconds: list[float]) -> None:
    ms = [s * 1000 for s in seconds]
    print(f"{label:<62} {statistics.mean(ms):8.2f} ms/letter (median "
          f"{statistics.median(ms):.2f}, n={len(ms)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; Python "
          f"{sys.version.split()[0]}")
    core = fresh("import ntm_docgen.letter.render")
    first = fresh("from ntm_docgen.vietnamese.words import bonds; bonds('nông thôn mới')")
    print(f"{'fresh process: import the letter core':<62} {core * 1000:8.0f} ms")
    print(f"{'fresh process: import the segmenter and segment one line':<62} "
          f"{first * 1000:8.0f} ms")

    from ntm_docgen.letter.render import render_docx
    from ntm_docgen.letter.spec import parse_spec

    specs = [parse_spec({**BASE, "trich_yeu": TRICH_YEU.format(n=n)}) for n in range(args.count)]
    render_docx(specs[0], TODAY)  # templates loaded, the model loaded
    timed = []
    for spec in specs:
        start = time.perf_counter()
        render_docx(spec, TODAY)
        timed.append(time.perf_counter() - start)
    per_letter("distinct trích yếu (segmented once each)", timed)
    timed = []
    for spec in specs:  # the same texts again: every answer cached (a bulk run's case)
        start = time.perf_counter()
        render_docx(spec, TODAY)
        timed.append(time.perf_counter() - start)
    per_letter("the same trích yếu again (cached: reference)", timed)


if __name__ == "__main__":
    main()
