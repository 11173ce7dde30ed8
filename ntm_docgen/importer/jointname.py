"""A joint issuer's name (ô 1): bodies joined by a dash, each named as it should be."""

from __future__ import annotations

import re

from ntm_docgen.importer.cleaning import key, rules


def joint(line: str) -> bool:
    """A line of a joint issuer, two bodies joined by a dash (``BỘ TÀI CHÍNH - VIỆN KIỂM SÁT``):
    the bodies of a joint letter have no parent over them.

    >>> joint("BỘ TÀI CHÍNH - VIỆN KIỂM SÁT"), joint("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
    (True, False)
    """
    parts = re.split(r"(?<!\s)\s+[-–]\s*", line.strip())  # from a run's first blank: linear
    return any(f"{part} ".startswith(tuple(f"{w} " for w in rules()["dau_ten"]))
               for part in parts[1:])


def mend_joint(lines: list[str]) -> list[str]:
    """The lines of a joint issuer as its bodies are named, one dash between each two: a body
    that begins again inside a line with its own head word (``BỘ CÔNG AN BỘ QUỐC PHÒNG``, the dash
    lost) is set apart with one, and a dash glued before the name after a bare head word
    (``BỘ -CÔNG THƯƠNG``) is no dash between two bodies. A name that is not joint stays as it is.

    >>> mend_joint(["BỘ CÔNG AN BỘ QUỐC PHÒNG -", "BỘ Y TẾ - BỘ -CÔNG THƯƠNG -", "TÒA ÁN"])
    ['BỘ CÔNG AN - BỘ QUỐC PHÒNG -', 'BỘ Y TẾ - BỘ CÔNG THƯƠNG -', 'TÒA ÁN']
    >>> mend_joint(["BAN THƯỜNG TRỰC ỦY BAN MTTQ", "VIỆT NAM XÃ LƯƠNG MINH"])
    ['BAN THƯỜNG TRỰC ỦY BAN MTTQ', 'VIỆT NAM XÃ LƯƠNG MINH']
    >>> mend_joint(["SỞ TÀI CHÍNH - BAN THƯỜNG TRỰC ỦY BAN MTTQ"])
    ['SỞ TÀI CHÍNH - BAN THƯỜNG TRỰC ỦY BAN MTTQ']
    """
    if not any(joint(line) for line in lines):
        return lines
    heads = sorted((key(w).upper() for w in rules()["dau_ten"]), key=len, reverse=True)
    bare = "|".join(re.escape(h) for h in heads)
    out = []
    for line in lines:
        k = key(line).upper()  # the same length as line: positions carry over
        glued = re.search(rf"(?:^|[-–]\s)(?:{bare})\s+([-–])(?=\w)", k)
        if glued and len(k) == len(line):
            a, b = glued.span(1)
            line, k = line[:a] + line[b:], k[:a] + k[b:]
        out.append(_set_apart(line, k, heads))
    return out


def _set_apart(line: str, k: str, heads: list[str]) -> str:
    """A dash before a body whose head word (``BỘ``) already began the name it stands in."""
    if len(k) != len(line):
        return line
    cuts = []
    start = 0
    for part in re.split(r"((?<!\s)\s+[-–]\s*)", k):
        own = next((h for h in heads if f"{part} ".startswith(f"{h} ")), None)
        if own is not None:
            for again in re.finditer(rf"(?<=\s){re.escape(own)}\s", part[len(own):]):
                at = len(own) + again.start()
                before = part[:at].split()
                if not any(f"{' '.join(before[-n:])} {own}" in heads for n in (1, 2)) \
                        and _begins_a_body(line[start + at:], k[start + at:]):
                    cuts.append(start + at)
        start += len(part)
    for at in reversed(cuts):
        line = f"{line[:at].rstrip()} - {line[at:]}"
    return line


def _begins_a_body(line: str, k: str) -> bool:
    """Whether a head word met again inside a name begins a body: written as the head word is
    (``SỐ`` is not ``SỞ``, though a scan that lost every mark reads both ``SO``), and not the
    first word of a phrase that names no body (data/nhap.yaml: khong_phai_ten, ``BỘ ĐỘI``).

    >>> _begins_a_body("BỘ QUỐC PHÒNG", "BO QUOC PHONG"), _begins_a_body("BO Y TE", "BO Y TE")
    (True, True)
    >>> _begins_a_body("SỐ TỈNH", "SO TINH"), _begins_a_body("BỘ ĐỘI BIÊN", "BO DOI BIEN")
    (False, False)
    """
    word = line.split()[0].upper()
    if word != key(word).upper() and word not in (w.upper() for w in rules()["dau_ten"]):
        return False
    return not any(k.startswith(p) and not k[len(p):len(p) + 1].isalnum()
                   for p in (key(p).upper() for p in rules()["khong_phai_ten"]))

