"""TRÍCH SAO of a long Word list: keeping the numbers of its kept items, beside a floor.

    python benchmarks/trich_lists.py [--items 4000 16000] [--repeat 3]

For each size, in one process, the median of ``--repeat`` runs of
``copies.trichlists.keep_numbers`` on a body of that many list items that print others than
the original's numbers (the body and lists built as tests/test_hostile_wordlists.py builds
them), beside the floor: serialising the same body once (``etree.tostring``), work in
proportion to the items. The time per item should stay flat as the list grows (each item's
place was once looked up in its list, quadratic: 50,000 items took a TRÍCH SAO 119 s).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_hostile_wordlists import kept_lists  # noqa: E402

from ntm_docgen.copies.trichlists import keep_numbers  # noqa: E402


def _median(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, nargs="+", default=[4_000, 16_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'items':>8} {'keep_numbers s':>15} {'floor s':>9} {'x floor':>8} {'µs/item':>8}")
    for items in args.items:
        queue = iter([kept_lists(items) for _ in range(args.repeat)])
        body = kept_lists(items)[0]
        floor = _median(lambda body=body: etree.tostring(body), args.repeat)
        took = _median(lambda queue=queue: _keep(next(queue)), args.repeat)
        print(f"{items:>8} {took:>15.3f} {floor:>9.3f} {took / floor:>8.1f} "
              f"{took / items * 1e6:>8.1f}")


def _keep(built: tuple) -> None:
    body, _numbering, lists = built
    keep_numbers(SimpleNamespace(body=body, data={}), lists)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
