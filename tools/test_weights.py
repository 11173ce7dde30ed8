"""Write the seconds each test file took, from a run's JUnit XML, for the suite's order.

    python -m pytest --junitxml=run.xml
    python tools/test_weights.py run.xml > tests/data/file_seconds.tsv

Each test's time (set-up, call and tear-down) is added to its file's; the files are written
heaviest first. tests/heaviest_first.py reads the table so that the two workers take the
heaviest files first. Run it again when files have grown or been added; a stale table only
orders less well.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent


def file_of(classname: str) -> str | None:
    """The file a JUnit ``classname`` names (``tests.test_x.TestY`` → ``tests/test_x.py``)."""
    parts = classname.split(".")
    for end in range(len(parts), 0, -1):
        path = "/".join(parts[:end]) + ".py"
        if (ROOT / path).is_file():
            return path
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("junit", nargs="+", type=Path, help="the run's JUnit XML")
    args = parser.parse_args(argv)
    seconds: Counter[str] = Counter()
    for path in args.junit:
        for case in ElementTree.parse(path).iter("testcase"):
            name = file_of(case.get("classname", ""))
            if name:
                seconds[name] += float(case.get("time", "0"))
    print("# file\tseconds (tools/test_weights.py)")
    for name, value in sorted(seconds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{name}\t{value:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
