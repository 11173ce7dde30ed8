"""The Giấy khen at the commune level is given by the Chủ tịch UBND xã alone (Luật Thi đua, khen
thưởng 2022, Điều 80, khoản 3: "Chủ tịch Ủy ban nhân dân cấp xã quyết định tặng danh hiệu “Lao
động tiên tiến”, giấy khen và danh hiệu “Gia đình văn hóa”"): in a commune's letter, a Giấy
khen its source has a body's head give ("Giấy khen của Thủ trưởng các sở, ban, ngành", "… của
Giám đốc Sở", "… của Trưởng phòng") is the Chủ tịch UBND xã's. A Giấy khen of the Front or of
a mass organisation ("Giấy khen của Ủy ban MTTQ Việt Nam xã") is theirs by their own rules, and
stays (``giay_khen`` in data/derive/van.yaml)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ntm_docgen.derive.levels import QUOTED
from ntm_docgen.derive.rules import citation_spans, van
from ntm_docgen.i18n import N_, said, shortened

#: the levels whose Giấy khen is the Chủ tịch of its people's committee's (above.RANK's 3)
COMMUNES = ("xã", "phường", "thị trấn", "đặc khu")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = van()["giay_khen"]
    given = re.compile(r"(?<!\w)Giấy khen của[ \t]", re.IGNORECASE)
    # what follows the givers: a colon, a stop, a bracket, a mark, what it is given for or to
    ends = "|".join(re.escape(w) for w in words["sau"])
    stop = re.compile(rf"[:(*]|\.(?=\s|\*|$)|[ \t](?:{ends})(?!\w)|$")
    heads = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words['thu_truong']))})(?!\w)")
    own = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words['to_chuc']))})(?!\w)")
    return given, stop, heads, own


def chairs_award(text: str, unit: str) -> tuple[str, bool]:
    """``text`` with each Giấy khen a body's head gives said as the Chủ tịch UBND ``unit``'s
    (a commune's: ``xã``, ``phường``), and whether it changed.

    >>> chairs_award("2. Giấy khen của Thủ trưởng các ban, ngành, đoàn thể xã, Chủ tịch UBND "
    ...              "cấp xã", "xã")
    ('2. Giấy khen của Chủ tịch UBND xã', True)
    >>> chairs_award("- Giấy khen của Giám đốc Sở Nông nghiệp và Môi trường cho tập thể.", "xã")
    ('- Giấy khen của Chủ tịch UBND xã cho tập thể.', True)
    >>> chairs_award("**3.3. Giấy khen của Thủ trưởng các cơ quan, đơn vị; Chủ tịch Ủy ban nhân "
    ...              "dân xã, phường: **Căn cứ", "phường")[0]
    '**3.3. Giấy khen của Chủ tịch Ủy ban nhân dân phường: **Căn cứ'
    >>> chairs_award("- Giấy khen của Ủy ban MTTQ Việt Nam cấp xã: Ủy ban MTTQ xét", "xã")[1]
    False
    >>> chairs_award("- Giấy khen của Chủ tịch UBND xã.", "xã")[1]
    False
    """
    given, stop, heads, own = _patterns()
    spans = citation_spans(text)
    out, last, changed = [], 0, False
    for found in given.finditer(text):
        start = found.end()
        if start < last:
            continue
        end = stop.search(text, start)
        who = text[start:end.start() if end else len(text)].rstrip()
        if any(a <= found.start() < b for a, b in spans) or own.search(who) \
                or not heads.search(who):
            continue
        chair = "Ủy ban nhân dân" if "Ủy ban nhân dân" in who or "Uỷ ban nhân dân" in who \
            else "UBND"
        out += [text[last:start], f"Chủ tịch {chair} {unit}"]
        last, changed = start + len(who), True
    return "".join(out) + text[last:], changed


def chair_gives_awards(spec: dict[str, Any], cap: str, unit: str) -> list[str]:
    """A commune's letter (``cap``) whose body or đề cương has a body's head give a Giấy khen,
    given by the Chủ tịch UBND ``unit`` (its kind: ``xã``, ``phường``) in place; each line so
    changed quoted in a warning, for the rest of it to be read."""
    if cap not in COMMUNES:
        return []
    changed: list[str] = []
    for part in [spec, *(spec.get("phu_luc") or [])]:
        if not part.get("noi_dung"):
            continue
        lines = str(part["noi_dung"]).split("\n")
        for n, line in enumerate(lines):
            lines[n], done = chairs_award(line, unit)
            if done:
                changed.append(shortened(lines[n], 120))
        part["noi_dung"] = "\n".join(lines)
    if not changed:
        return []
    return [said(N_("at the {unit} level a Giấy khen is given by the Chủ tịch UBND {unit} alone "
                    "(Luật Thi đua, khen thưởng 2022, Điều 80, khoản 3); the letter implemented "
                    "has the head of a body give it, and these lines now name the Chủ tịch UBND "
                    "{unit}: {lines}; read the rest of each line (who reviews, who proposes) "
                    "before sending"), unit=unit,
                 lines="; ".join(f"“{x}”" for x in changed[:QUOTED])
                 + ("; …" if len(changed) > QUOTED else ""))]
