"""Every body a derived letter gives a task is among its recipients: a body named at the head of
an item ("5. Công an tỉnh", "4. Báo và Đài Phát thanh, Truyền hình Lâm Đồng tăng cường …", "3. Đề
nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh căn cứ …") that its Nơi nhận does not name is added
to it. A body of the level above the unit (the province's "Công an tỉnh", "Báo và Đài Phát thanh,
Truyền hình Lâm Đồng" in a commune's letter), and a body of a letter that is not from the unit's
level above (Vũng Tàu's "Phòng Y tế" in Lạng Sơn's), is not the unit's to task: it is named in a
warning, not added."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from ntm_docgen.derive.itself import names_of
from ntm_docgen.derive.offices import Offices, offices_for
from ntm_docgen.derive.profile import Profile
from ntm_docgen.derive.recipients import body_key
from ntm_docgen.derive.rules import van
from ntm_docgen.i18n import N_, said

#: an item's mark, then the level above's order or request before the body
_HEAD = re.compile(r"^(?:\d{1,2}\.\s+|[a-zđ]\)\s+|[-+–]\s+)(?:(?:Giao|Đề nghị|Yêu cầu)\s+)?")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = van()
    kinds = "|".join(map(re.escape, sorted(words["co_quan_giao"], key=len, reverse=True)))
    verbs = "|".join(map(re.escape, words["viec_giao"]))
    not_one = "|".join(map(re.escape, words["khong_co_quan"]))
    kind = re.compile(rf"^(?!(?:{not_one})\b)(?:{kinds})\s+\w")
    verb = re.compile(rf"\s+(?:{verbs})\b|\s*[:;(]")
    apart = re.compile(rf"\s*[,;/]\s*(?=(?:{kinds})\s)|\s+và\s+(?=(?:{kinds})\s)")
    return kind, verb, apart


def bodies_tasked(text: str) -> list[str]:
    """The bodies ``text``'s items give a task, as it names them.

    >>> bodies_tasked("2. Báo và Đài Phát thanh, Truyền hình Lâm Đồng tăng cường tuyên truyền.")
    ['Báo và Đài Phát thanh, Truyền hình Lâm Đồng']
    >>> bodies_tasked("3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh căn cứ chức năng …")
    ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']
    >>> bodies_tasked("1. Công an tỉnh, các sở, ban, ngành\\nTheo chức năng …")
    ['Công an tỉnh']
    >>> bodies_tasked("- Sở Nội vụ được đánh giá loại Tốt.")
    []
    >>> bodies_tasked("c) Báo cáo thành tích của tập thể, cá nhân đề nghị khen thưởng")
    []
    """
    kind, verb, apart = _patterns()
    found: list[str] = []
    for line in text.split("\n"):
        head = _HEAD.match(line)
        if head is None or not kind.match(line[head.end():]):
            continue
        rest = line[head.end():].rstrip()
        stop = verb.search(rest)
        if stop is not None:
            names = rest[:stop.start()]
        elif len(rest) <= 120 and not rest.endswith((".", ";")):  # a heading: the bodies alone
            names = rest.rstrip(":")
        else:
            continue
        if any(c.isdigit() for c in names):  # a figure: a sentence, no name
            continue
        one = names.startswith(tuple(van()["co_quan_mot"]))
        pieces = [names] if one else apart.split(names)
        bodies = (p.split(", các ")[0].strip(" ,") for p in pieces if kind.match(p))
        found += [b for b in bodies if len(b.split()) <= 12]  # longer: a sentence, no name
    return found


def of_above(body: str, offices: Offices | None, province: str = "") -> bool:
    """Whether ``body`` is of the level above a unit whose level above has ``offices``
    (data/derive/co_quan.yaml): one of its kinds ("Sở …", "Báo …", "Công an …"), or named by the
    province's level or name ("Hội Nông dân tỉnh", "… Truyền hình Lâm Đồng"), and not said to be
    of the unit's own level ("Ủy ban MTTQ Việt Nam xã").

    >>> xa = offices_for("xã", date(2026, 8, 5))
    >>> [of_above(x, xa, "Lâm Đồng") for x in ("Công an tỉnh", "Báo và Đài Phát thanh, Truyền "
    ...     "hình Lâm Đồng", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Tỉnh đoàn")]
    [True, True, True, True]
    >>> [of_above(x, xa, "Lâm Đồng") for x in ("Phòng Văn hóa - Xã hội", "Công an xã",
    ...     "Ủy ban MTTQ Việt Nam xã", "Văn phòng HĐND và UBND xã", "Hội Nông dân xã")]
    [False, False, False, False, False]
    """
    if offices is None:  # a province's: none above it but the centre, which it tasks no more
        return False
    if offices.cap_minh.search(body):
        return False
    kinds = (*offices.tren, *offices.tren_ten)
    if body.startswith(tuple(f"{k} " for k in kinds)) or body.startswith("Tỉnh "):
        return True
    places = ("tỉnh", *([f"tỉnh {province}", province] if province else []))
    return body.casefold().endswith(tuple(f" {p.casefold()}" for p in places))


#: a place after a body's name: "Phòng Kinh tế, Hạ tầng và Đô thị phường Tô Hiệu"
_PLACED = re.compile(r"\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã(?! hội)|phường|thị trấn|đặc khu)"
                     r"\s\w.*$")


def named_already(key: str, named: list[str]) -> bool:
    """Whether the body of ``key`` (a ``body_key``) is among the bodies a letter tasks before it,
    ``named``: the same words, or words of one named with more, or with its place after them
    where the other has none (another place's "Sở Nội vụ thành phố Hà Nội" is no "Sở Nội vụ"
    of the unit's Nơi nhận, so only what the letter tasks is held against it).

    >>> named_already("phòng kinh tế, hạ tầng và đô thị phường tô hiệu",
    ...               ["phòng kinh tế, hạ tầng và đô thị"])
    True
    >>> named_already("phòng văn hóa - xã hội", ["phòng văn hóa -"])
    False
    """
    bare = _PLACED.sub("", key)
    return any(key == x or key in x or bare == x for x in named)


def tasked_in_noi_nhan(spec: dict[str, Any], profile: Profile, day: date, *,
                       theirs: bool = False, below: str = "") -> list[str]:
    """Add to ``spec``'s Nơi nhận each body its body gives a task that it does not name yet
    (nor its Kính gửi, nor the unit itself). None for a letter of another place (``theirs``),
    whose bodies are that place's (its warnings say whose letter it is); none for a letter of
    ``below``, an issuer not of a level above the unit, whose bodies given tasks are its own
    offices, told, of another place too (a city's letter of another province: Vũng Tàu's 2144
    for the UBND tỉnh Lạng Sơn); a body of the level above the unit is not added either, and
    told.
    """
    if theirs and not below:
        return []
    place = profile.thuoc or profile.tinh
    noi_nhan = list(spec.get("noi_nhan") or [])
    named = [body_key(str(x), place) for x in [*noi_nhan, *(spec.get("kinh_gui") or [])]]
    own = {body_key(n, place) for n in names_of(profile)}
    offices = offices_for(profile.cap, day)
    above: list[str] = []
    tasked: list[str] = []  # with its place after it, a body tasked already is that one
    for body in bodies_tasked(str(spec.get("noi_dung") or "")):
        key = body_key(body, place)
        if key in own or any(key == x or key in x for x in named) or named_already(key, tasked):
            continue
        named.append(key)
        tasked.append(key)
        if below or of_above(body, offices, profile.thuoc or ""):
            above.append(body)
            continue
        noi_nhan.append(body)
    if noi_nhan:
        spec["noi_nhan"] = noi_nhan
    if not above:
        return []
    if below:
        return [said(N_("these bodies the letter gives tasks are {issuer}'s own, whose letter it "
                        "is, not {unit}'s, and were not added to the Nơi nhận: {bodies}; rewrite "
                        "their tasks for {unit}'s own bodies or leave them out before sending"),
                     issuer=below, unit=profile.ten_goi, bodies="; ".join(above))]
    return [said(N_("these bodies the letter gives tasks are of the level above, which {unit} "
                    "does not give tasks to, and were not added to the Nơi nhận: {bodies}; "
                    "rewrite their tasks for {unit}'s own units or leave them out before "
                    "sending"), unit=profile.ten_goi, bodies="; ".join(above))]
