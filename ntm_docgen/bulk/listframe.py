"""A clerk's list around its table: the title rows above its column names, a total row last."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from ntm_docgen.bulk.sheets import KINH_GUI, cell_text, column_name
from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.text import strip_diacritics


@lru_cache(maxsize=1)
def _rules() -> tuple[int, re.Pattern[str]]:
    rules = load_data("bulk.yaml")["danh_sach"]
    words = sorted((_key(w) for w in rules["dong_tong"]), key=len, reverse=True)
    return int(rules["tieu_de"]), re.compile("(?:{})\\b".format("|".join(map(re.escape, words))))


def _key(text: str) -> str:
    return " ".join(strip_diacritics(text).casefold().split())


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
    most, _total = _rules()
    for index, row in enumerate(rows[:most + 1]):
        if KINH_GUI in (column_name(c) for c in row):
            return index
        if len(set(_texts(row))) > 1:
            return 0
    return 0


def total_row(rows: Sequence[tuple[int, Sequence[Any]]],
              is_empty: Callable[[Sequence[Any]], bool]) -> int | None:
    """The number of the last row when it sums the list (“Tổng cộng: 4 xã”) rather than names
    a recipient: its first text starts with a word of ``dong_tong`` and ``is_empty`` says its
    Kính gửi is blank; None otherwise.

    >>> total_row([(2, ["1", "UBND xã A"]), (3, ["Tổng cộng", ""])], lambda r: not r[1])
    3
    >>> total_row([(2, ["Cộng đồng dân cư thôn 1", "Ban công tác"])], lambda r: not r[1])
    """
    _most, total = _rules()
    filled = [(number, row) for number, row in rows if _texts(row)]
    if not filled:
        return None
    number, row = filled[-1]
    first = _texts(row)[0]
    return number if is_empty(row) and total.match(_key(first)) else None
