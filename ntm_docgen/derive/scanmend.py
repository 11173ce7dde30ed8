"""A letter read from a file (a scan above all) mended before it is carried down: a pair of
quotation marks OCR read half straight, half curly, and a Roman heading read without its dot."""

from __future__ import annotations

import re
from typing import Any

from ntm_docgen.i18n import _
from ntm_docgen.vietnamese.text import is_upper_vi, so_la_ma

#: a quoted name, its marks as read: ``"Lạng Sơn chung sức … mới”``
_QUOTED = re.compile(r"([\"“])([^\"“”\n]*)([\"”])")
#: a Roman heading, with or without its dot: ``II. NỘI DUNG``, ``II ĐỀ XUẤT, KIẾN NGHỊ``
_ROMAN = re.compile(r"^([IVX]{1,6})(\.?)\s+(\S.*)$")
_VALUES = {so_la_ma(n): n for n in range(1, 40)}


def mend_quotes(text: str) -> str:
    """A pair of marks of two kinds made the letter's pair “…”; a pair of one kind is kept.

    >>> mend_quotes('phong trào "Lạng Sơn chung sức” năm 2027 và "Cả nước"')
    'phong trào “Lạng Sơn chung sức” năm 2027 và "Cả nước"'
    >>> mend_quotes('“A" và “B”')
    '“A” và “B”'
    """
    def pair(found: re.Match[str]) -> str:
        opening, words, closing = found.groups()
        if (opening == '"') == (closing == '"'):
            return found[0]
        return f"“{words}”"

    return _QUOTED.sub(pair, text)


def mend_dots(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """A Roman heading in capitals read without its dot, given it where the headings around it
    show it is one (the one before is its number less one, or the one after its number more one);
    the lines, and each change (line read, line written).

    >>> lines, changes = mend_dots(["I. KẾT QUẢ", "1. Công tác.", "II ĐỀ XUẤT, KIẾN NGHỊ"])
    >>> lines[2], changes
    ('II. ĐỀ XUẤT, KIẾN NGHỊ', [('II ĐỀ XUẤT, KIẾN NGHỊ', 'II. ĐỀ XUẤT, KIẾN NGHỊ')])
    >>> mend_dots(["I. A", "V DÂN CHỦ"])[1], mend_dots(["II Ba", "III. C"])[1]
    ([], [])
    """
    found = [(i, m) for i, m in ((i, _ROMAN.match(x.strip())) for i, x in enumerate(lines))
             if m and m[1] in _VALUES and is_upper_vi(m[3])]
    out = list(lines)
    changes: list[tuple[str, str]] = []
    for k, (index, match) in enumerate(found):
        if match[2]:
            continue
        value = _VALUES[match[1]]
        before = _VALUES[found[k - 1][1][1]] if k else None
        after = _VALUES[found[k + 1][1][1]] if k + 1 < len(found) else None
        if before == value - 1 or after == value + 1:
            out[index] = f"{match[1]}. {match[3]}"
            changes.append((lines[index].strip(), out[index]))
    return out, changes


def mend_read(data: dict[str, Any], name: str) -> list[str]:
    """The letter read (spec data) mended in place; a warning for each heading given its dot
    (a Word or text letter's too, where nothing was scanned: it is told of no scan)."""
    if isinstance(data.get("trich_yeu"), str):
        data["trich_yeu"] = mend_quotes(data["trich_yeu"])
    if isinstance(data.get("can_cu"), list):
        data["can_cu"] = [mend_quotes(x) if isinstance(x, str) else x for x in data["can_cu"]]
    warnings: list[str] = []
    for part in [data, *(p for p in data.get("phu_luc") or [] if isinstance(p, dict))]:
        if isinstance(part.get("tieu_de"), str) and part is not data:
            part["tieu_de"] = mend_quotes(part["tieu_de"])
        if not isinstance(part.get("noi_dung"), str):
            continue
        lines, changes = mend_dots(mend_quotes(part["noi_dung"]).split("\n"))
        part["noi_dung"] = "\n".join(lines)
        warnings += [_("{name}: a Roman heading read without the dot after its number was given "
                       "it, as the headings around it show: “{read}” is written “{mended}”; "
                       "check it against the letter received").format(
            name=name, read=old, mended=new) for old, new in changes]
    return warnings
