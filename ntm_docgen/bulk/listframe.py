"""A clerk's list around its table: the title rows above the row of its column names."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ntm_docgen.bulk.sheets import KINH_GUI, cell_text, column_name
from ntm_docgen.files.resources import load_data


@lru_cache(maxsize=1)
def _most() -> int:
    """How many rows of a title a list may have above its column names."""
    return int(load_data("bulk.yaml")["danh_sach"]["tieu_de"])


def _texts(row: Sequence[Any]) -> list[str]:
    return [t for t in (cell_text(c).strip() for c in row) if t]


def header_at(rows: Sequence[Sequence[Any]]) -> int:
    """The index of the row of column names: the first row, or the first one naming a
    kinh_gui column below rows of a title only (one text each, a merged cell's); 0 when none.

    >>> header_at([["DANH SÁCH CÁC XÃ", None], [], ["STT", "Kính gửi"], [1, "UBND xã A"]])
    2
    >>> header_at([["Tên", "Ghi chú"], ["kinh_gui", ""]])
    0
    """
    for index, row in enumerate(rows[:_most() + 1]):
        if KINH_GUI in (column_name(c) for c in row):
            return index
        if len(set(_texts(row))) > 1:
            return 0
    return 0
