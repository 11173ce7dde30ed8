"""The suite's files in the order its two workers should take them: the heaviest first.

pytest-xdist (``--dist=loadfile``) hands a worker one file at a time, in the order it is given,
as the worker runs low. Its own order (files with the most tests first) put the files of one
or two slow tests (the scans read by OCR, the desk in a browser) last, where one worker ran
them alone for minutes while the other had finished. Given the heaviest first, the light files
fill in at the end and the two workers end together.

The seconds each file took are kept in ``tests/data/file_seconds.tsv`` (``tools/test_weights.py``
writes it from a run's JUnit XML). A file not in it (a new one) is placed as a file of the median
weight; the order of the tests inside a file is never changed.
"""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

SECONDS = Path(__file__).resolve().parent / "data" / "file_seconds.tsv"


def file_seconds(path: Path = SECONDS) -> dict[str, float]:
    """``{file relative to the repository: seconds}`` from the kept table (empty when none)."""
    if not path.exists():
        return {}
    seconds = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.partition("\t")
            seconds[name] = float(value)
    return seconds


def heaviest_first(items: list[pytest.Item], seconds: dict[str, float]) -> list[pytest.Item]:
    """The items with their files' heaviest first, each file's items in their own order.

    c.py, not in the table, weighs as the median of the table's files (5.0):

    >>> class Item:
    ...     def __init__(self, nodeid): self.nodeid = nodeid
    >>> names = ("tests/a.py::x", "tests/a.py::y", "tests/b.py::z", "tests/c.py::w")
    >>> items = [Item(n) for n in names]
    >>> [i.nodeid for i in heaviest_first(items, {"tests/a.py": 1.0, "tests/b.py": 9.0})]
    ['tests/b.py::z', 'tests/c.py::w', 'tests/a.py::x', 'tests/a.py::y']
    """
    unknown = statistics.median(seconds.values()) if seconds else 0.0

    def weight(item: pytest.Item) -> float:
        return -seconds.get(item.nodeid.split("::", 1)[0], unknown)

    return sorted(items, key=weight)  # sorted() is stable: a file's items keep their order
