"""Every text in nested plain data (a spec as read from YAML or JSON) with its path, for the
features that look through a spec's texts: bulk's placeholders, derive's marks."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any


def strings(data: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every text value in nested plain data with its path (``phu_luc[0].noi_dung``).

    >>> list(strings({"ky": {"ho_ten": "An"}, "phu_luc": [{"noi_dung": "X"}], "so": 3}))
    [('ky.ho_ten', 'An'), ('phu_luc[0].noi_dung', 'X')]
    """
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, Mapping):
        for key, value in data.items():
            yield from strings(value, f"{path}.{key}" if path else str(key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from strings(value, f"{path}[{index}]")
