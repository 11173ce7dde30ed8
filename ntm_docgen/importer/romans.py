"""A scan's Roman headings that OCR read out of sequence, mended from their neighbours: ``H.``
for II, ``HI.`` for III, ``Il.`` for II, or a stroke more or less (I for II, II for III)
between the headings before and after it; each change named in a warning."""

from __future__ import annotations

import re
from typing import Any

from ntm_docgen.i18n import N_, said
from ntm_docgen.letter.markup_line import heading_kind
from ntm_docgen.vietnamese.text import is_upper_vi, so_la_ma

#: a heading's number as OCR may read it (strokes: ``H`` is two, ``l``, ``1``, ``|`` one)
_HEADING = re.compile(r"^([IVXHl1|]{1,6})\.\s+(\S.*)$")
_ROMANS = {so_la_ma(n): n for n in range(1, 40)}
#: What is said of each heading set (``told``); the reading's data is the change itself
#: (``ImportResult.headings_set``), which a TRÍCH SAO of the scan holds in doubt.
SET_BY_NEIGHBOURS = N_("a heading's number read out of sequence on the scan was set by the "
                       "headings around it: “{read}” is written “{mended}”; check it against "
                       "the paper")


def mend_romans(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """Mend the Roman headings of the spec's body and of each appendix's, in place; each
    change (the line as read, the line written)."""
    changes: list[tuple[str, str]] = []
    bodies = [spec] + [p for p in spec.get("phu_luc") or [] if isinstance(p, dict)]
    for part in bodies:
        if isinstance(part.get("noi_dung"), str):
            lines, made = mended(part["noi_dung"].split("\n"))
            part["noi_dung"] = "\n".join(lines)
            changes += made
    return changes


def told(changes: list[tuple[str, str]]) -> list[str]:
    """The warning naming each heading set by its neighbours."""
    return [said(SET_BY_NEIGHBOURS, read=old, mended=new) for old, new in changes]


def mended(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """The lines with their headings' numbers mended, and each change (line read, line written).

    >>> mended(["I. MỤC ĐÍCH", "- Nội dung", "H. NỘI DUNG", "II. TỔ CHỨC THỰC HIỆN"])[1]
    [('H. NỘI DUNG', 'II. NỘI DUNG'), ('II. TỔ CHỨC THỰC HIỆN', 'III. TỔ CHỨC THỰC HIỆN')]
    >>> mended(["I. A", "II. B", "HI. C", "IV. D"])[0]
    ['I. A', 'II. B', 'III. C', 'IV. D']
    >>> mended(["I. A", "II. B", "I. C", "II. D"])[1], mended(["II. B", "III. C"])[1]
    ([], [])
    """
    out = list(lines)
    changes: list[tuple[str, str]] = []
    for run in _runs(lines):
        values: list[int | None] = [_ROMANS.get(token) for _, token, _ in run]
        for k, (index, token, rest) in enumerate(run):
            if k == 0:  # the first: as read, else one before the second
                second = values[1] if len(run) > 1 else None
                want: int | None = values[0] or (second - 1 if second else 1)
            else:
                want = (values[k - 1] or 0) + 1 if values[k - 1] else None
            if want is None or want < 1 or values[k] == want or not _like(token, want):
                continue
            after = run[k + 1][1] if k + 1 < len(run) else None
            if after is not None and _ROMANS.get(after) != want + 1 and not _like(after, want + 1):
                continue
            values[k] = want
            out[index] = f"{so_la_ma(want)}. {rest}"
            changes.append((lines[index], out[index]))
    return out, changes


def _runs(lines: list[str]) -> list[list[tuple[int, str, str]]]:
    """The Roman headings in capitals, (line, number as read, its words), in runs a part's
    heading (``Phần thứ hai``, ``Chương II``, ``Mục 1``) starts afresh."""
    runs: list[list[tuple[int, str, str]]] = [[]]
    for index, line in enumerate(lines):
        match = _HEADING.match(line.strip())
        if heading_kind(line.strip()) == "part":
            runs.append([])
        elif match and not match.group(1).isdigit() and is_upper_vi(match.group(2)):
            runs[-1].append((index, match.group(1), match.group(2)))
    return [run for run in runs if run]


def _like(token: str, value: int) -> bool:
    """Whether OCR may have read ``value`` as ``token``: the same strokes (``H`` for ``II``),
    or one ``I`` more or less beside the same ``V`` or ``X``.

    >>> _like("H", 2), _like("HI", 3), _like("I", 2), _like("II", 3), _like("I", 3)
    (True, True, True, True, False)
    >>> _like("V", 4), _like("X", 2)
    (True, False)
    """
    read = token.replace("H", "II").translate(str.maketrans("l1|", "III"))
    roman = so_la_ma(value)
    if read == roman:
        return True
    return set(read) <= set("IVX") and read.replace("I", "") == roman.replace("I", "") \
        and abs(read.count("I") - roman.count("I")) == 1
