"""An item of a spec's list that YAML did not read as a line of text, told as the line the
clerk typed: ``- Lưu: VT`` (its colon made a key and its value), ``- - Như trên`` (a second
dash made a list inside the list)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ntm_docgen.i18n import N_, Said, said

#: A Lưu line typed as an item of noi_nhan (``Lưu: VT, TH``, ``Lưu VT``), not a recipient
#: whose name begins with the word (``Lưu trữ``).
LUU_ITEM = re.compile(r"lưu\s*:\s*|lưu\s+(?=vt\b)", re.IGNORECASE)


def typed_line(item: Any) -> str | None:
    """The line as typed, when YAML read it as one key and its value or as a list of one
    line; None for anything else.

    >>> typed_line({"Lưu": "VT, VHXH"}), typed_line([{"Lưu": "VT"}]), typed_line(["Như trên"])
    ('Lưu: VT, VHXH', '- Lưu: VT', '- Như trên')
    >>> typed_line({"a": 1, "b": 2}) is None, typed_line({"a": [1]}) is None
    (True, True)
    """
    if isinstance(item, Mapping) and len(item) == 1:
        key, value = next(iter(item.items()))
        if isinstance(value, (Mapping, list)):
            return None
        return f"{key}: {'' if value is None else value}".strip()
    if isinstance(item, list) and len(item) == 1:
        inner = item[0] if isinstance(item[0], str) else typed_line(item[0])
        return None if inner is None else f"- {inner}"
    return None


def not_text(key: str, item: Any) -> Said | None:
    """What to tell of an item of the list ``key`` that is no text but a line typed, else
    None. A Lưu line in noi_nhan goes to luu; any other line with a colon goes in quotes.

    >>> told = not_text("noi_nhan", {"Lưu": "VT, TH."})
    >>> told.msgid[:29], told.values
    ('“{line}” is the Lưu line: it ', {'line': 'Lưu: VT, TH.', 'value': 'VT, TH'})
    >>> not_text("kinh_gui", {"Kính gửi": "UBND xã A"}).msgid[:34]
    '“{line}” was read as a key and its'
    """
    line = typed_line(item)
    if line is None:
        return None
    bare = re.sub(r"^(-\s*)+", "", line)
    if key == "noi_nhan" and LUU_ITEM.match(bare):
        value = bare[LUU_ITEM.match(bare).end():].rstrip(" .;")  # type: ignore[union-attr]
        return said(N_("“{line}” is the Lưu line: it belongs in luu (“luu: {value}”), not in "
                       "noi_nhan; the letter prints it last, once"),
                    line=line, value=value or "VT")
    if isinstance(item, list):
        return said(N_("“{line}”: a second “- ” made this item a list inside the list; the "
                       "layout adds the “- ”: write the line once, after one “- ”"), line=line)
    return said(N_("“{line}” was read as a key and its value because of its colon: put the "
                   "whole line in double quotes: - \"{line}\""), line=line)
