"""What importing a long text letter costs, beside a one-page letter read in the same process
(the reference: Hướng dẫn 1741, a page and a half): the largest transcriptions of the letter
sets, each imported as the desk and ``import`` read it, slowest first.

    python benchmarks/import_text.py [FOLDER ...] [--largest N] [--runs N]

A long decision with its phụ lục (Sóc Trăng's 270: 470 kB, 6,500 lines) should cost what its
length costs, no more: a step that sets every line against every other shows here first.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
from pathlib import Path

from ntm_docgen.importer import import_letter
from ntm_docgen.importer.kind import NotALetterError

LETTERS = Path(__file__).resolve().parent.parent / "tests" / "data" / "letters"
REFERENCE = LETTERS / "seed_000_hd_2018_btdkt_1741.txt"


def timed(path: Path, runs: int) -> float:
    """The median seconds of ``runs`` imports of ``path`` (a file refused as no letter too)."""
    spent = []
    for _run in range(runs):
        start = time.perf_counter()
        with contextlib.suppress(NotALetterError):
            import_letter(path)
        spent.append(time.perf_counter() - start)
    return statistics.median(spent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="*", default=[LETTERS])
    parser.add_argument("--largest", type=int, default=8, help="how many letters, largest first")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    letters = sorted((p for f in args.folders for p in f.rglob("*.txt")),
                     key=lambda p: -p.stat().st_size)[:args.largest]
    timed(REFERENCE, 1)  # the first import loads the word lists and the rules: not counted
    reference = timed(REFERENCE, args.runs)
    print(f"reference {REFERENCE.name}: {REFERENCE.stat().st_size / 1000:5.0f} kB "
          f"{1000 * reference:7.0f} ms")
    total = 0.0
    for letter in letters:
        seconds = timed(letter, args.runs)
        total += seconds
        size = letter.stat().st_size / 1000
        print(f"{letter.parent.name}/{letter.name}: {size:5.0f} kB {1000 * seconds:7.0f} ms "
              f"({seconds / reference:5.1f}× the reference, {size / seconds:5.0f} kB/s)")
    print(f"{len(letters)} letters: {total:.1f} s")


if __name__ == "__main__":
    main()
