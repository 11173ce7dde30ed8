"""A derived body's numbered parts after derive took some out: a part whose lines all went
("2. Giao Sở Xây dựng" with nothing under it) goes too, and the parts kept are numbered again
from 1 in each Roman-numbered section ("VII. TỔ CHỨC THỰC HIỆN" then "1.", not "3.")."""

from __future__ import annotations

import re
from typing import Any

from ntm_docgen.derive.source import is_heading

#: a part numbered at the first level under a Roman heading, bold or not: "2. ", "**2. "
_PART = re.compile(r"^(\**)(\d{1,2})\.(?=\s)")
#: a point of such a part: "3.1. ", "**3.1. "
_POINT = re.compile(r"^(\**)(\d{1,2})(\.\d{1,2}\.?)(?=\s)")


def _plain(line: str) -> str:
    return line.replace("**", "").replace("*", "").strip()


def _text(line: str) -> str:
    """A part's title without its number: ``**2. Giao Sở Xây dựng**`` → ``Giao Sở Xây dựng``."""
    return _PART.sub("", _plain(line)).strip().casefold()


def _ends_part(line: str | None) -> bool:
    """Whether ``line`` (None: the end) closes the part before it: a part or a section."""
    return line is None or bool(_PART.match(line)) or is_heading(_plain(line))


def _headed(source_text: str) -> set[str]:
    """The titles of the source's parts that had lines under them wherever they stand (a
    form's "6. Nơi đăng ký khai sinh: (5)" written three times, once with nothing under it, is
    none of them)."""
    lines = [x for x in source_text.split("\n") if x.strip()]
    pairs = [(_text(a), not _ends_part(b))
             for a, b in zip(lines, [*lines[1:], None], strict=False) if _PART.match(a)]
    return {title for title, _ in pairs} - {title for title, headed in pairs if not headed}


def _in_order(text: str) -> list[set[int]]:
    """The numbers of each section of ``text`` whose parts run 1, 2, 3 … without a gap."""
    sections: list[list[int]] = [[]]
    for line in text.split("\n"):
        if is_heading(_plain(line)):
            sections.append([])
        elif found := _PART.match(line):
            sections[-1].append(int(found[2]))
    return [set(s) for s in sections if s and s == list(range(1, len(s) + 1))]


def renumbered(text: str, source_text: str) -> str:
    """``text`` without the parts the source had lines under and the derived letter has none,
    its parts numbered again from 1 in each section where the numbers kept are in order and
    the source numbered them without a gap (a list the source numbered 1, 29 stays so).

    >>> src = "II. NHIỆM VỤ\\n1. Sở A\\nLàm x.\\n2. Giao Sở B\\nLàm y.\\n3. Tổ chức\\nLàm z."
    >>> print(renumbered("II. NHIỆM VỤ\\n1. Sở A\\nLàm x.\\n**2. Giao Sở B**\\n3. Tổ chức\\nLàm z.",
    ...                  src))
    II. NHIỆM VỤ
    1. Sở A
    Làm x.
    2. Tổ chức
    Làm z.
    >>> print(renumbered("VII. TỔ CHỨC\\n3. Phòng A làm.\\n3.1. Việc\\n4. Báo B làm.",
    ...                  "VII. TỔ CHỨC\\n1. A\\n2. B\\n3. Phòng A\\n4. Báo B"))
    VII. TỔ CHỨC
    1. Phòng A làm.
    1.1. Việc
    2. Báo B làm.
    """
    lines = text.split("\n")
    headed, runs = _headed(source_text), _in_order(source_text)
    kept = [line for i, line in enumerate(lines)
            if not (_PART.match(line) and _text(line) in headed
                    and _ends_part(lines[i + 1] if i + 1 < len(lines) else None))]
    sections: list[list[int]] = [[]]  # each section's lines that are parts, by index
    for i, line in enumerate(kept):
        if is_heading(_plain(line)):
            sections.append([])
        elif _PART.match(line):
            sections[-1].append(i)
    for parts in sections:
        numbers = [int(_PART.match(kept[i])[2]) for i in parts]  # type: ignore[index]
        if numbers != sorted(set(numbers)) or numbers == list(range(1, len(numbers) + 1)) \
                or not any(set(numbers) <= run for run in runs):
            continue  # not a list in order, nothing to mend, or the source's own gaps
        ends = [*parts[1:], next((j for j in range(parts[-1], len(kept))
                                  if is_heading(_plain(kept[j]))), len(kept))] if parts else []
        for new, (at, end) in enumerate(zip(parts, ends, strict=True), start=1):
            old = _PART.match(kept[at])[2]  # type: ignore[index]
            kept[at] = _PART.sub(rf"\g<1>{new}.", kept[at], count=1)
            for j in range(at + 1, end):
                point = _POINT.match(kept[j])
                if point and point[2] == old:
                    kept[j] = _POINT.sub(rf"\g<1>{new}\g<3>", kept[j], count=1)
    return "\n".join(kept)


def numbered_again(spec: dict[str, Any], source_text: str) -> None:
    """The body and each phụ lục of ``spec`` as :func:`renumbered` gives them."""
    spec["noi_dung"] = renumbered(str(spec.get("noi_dung") or ""), source_text)
    for part in spec.get("phu_luc") or []:
        part["noi_dung"] = renumbered(str(part.get("noi_dung") or ""), source_text)
