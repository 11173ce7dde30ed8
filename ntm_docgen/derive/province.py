"""What is still the province's in a commune's or a huyện's letter once a province's text is
carried down: a sentence reporting the province's own state or its head's orders ("tỉnh ta đứng
thứ 37 …", "Chủ tịch UBND tỉnh chỉ đạo …"), and an item whose subject is only provincial bodies
("2. Đề nghị Giám đốc Công an tỉnh, Viện trưởng Viện kiểm sát nhân dân tỉnh …") with its
points; shifting their "trên địa bàn tỉnh" to her own area made false sentences of them. They
are left out and quoted in a warning (data/derive/van.yaml ``cua_tinh``, ``tinh_mo``…)."""

from __future__ import annotations

import re
from typing import Any

from ntm_docgen.derive.levels import QUOTED, _around
from ntm_docgen.derive.ownlevel import van, words
from ntm_docgen.derive.rules import citation_spans, mau
from ntm_docgen.derive.source import is_heading
from ntm_docgen.i18n import N_, said, shortened

_ITEM = re.compile(r"^(?:\d{1,2}\.)+\s+")
_POINT = re.compile(r"^(?:[a-zđø]\)|[-+•])\s")
#: where a sentence may end: after a full stop or a colon (one before a capital)
_STOP = re.compile(r"(?<=[.:])\s+(?=\w)")


def _sentences(line: str) -> list[str]:
    """``line`` cut into its sentences.

    >>> _sentences("Một, hai; ba. Bốn: năm 5. sáu. 6 bảy")
    ['Một, hai; ba.', 'Bốn: năm 5. sáu. 6 bảy']
    """
    out, last = [], 0
    for stop in _STOP.finditer(line):
        if line[stop.end()].isupper():
            out.append(line[last:stop.start()])
            last = stop.end()
    return [*out, line[last:]]


def _theirs() -> re.Pattern[str]:
    """The words that make a sentence the province's: "tỉnh ta" wherever it stands (the
    province's own voice); its head's orders only as what a sentence or a clause opens with,
    their subject ("Để thực hiện tốt các nội dung UBND tỉnh chỉ đạo, các cơ quan … rà soát hộ
    nghèo, báo cáo kết quả trước ngày 20/12/2025" is the units' task, and was left out; a
    review).

    >>> bool(_theirs().search("Năm 2023, tỉnh ta đứng thứ 37")), bool(_theirs().search(
    ...     "Chủ tịch UBND tỉnh chỉ đạo các sở")), bool(_theirs().search(
    ...     "Để thực hiện tốt các nội dung UBND tỉnh chỉ đạo, các cơ quan rà soát"))
    (True, True, False)
    >>> bool(_theirs().search("Kiện toàn các tổ chức giám định tư pháp trên địa bàn xã"))
    True
    """
    own = sorted(van()["cua_tinh"], key=len, reverse=True)
    # the province's voice, and what only a province has ("giám định viên tư pháp")
    voice = "|".join(re.escape(w) for w in [*(w for w in own if w.lower().startswith("tỉnh ta")),
                                            *van()["chi_tinh"]])
    orders = "|".join(re.escape(w) for w in own if not w.lower().startswith("tỉnh ta"))
    return re.compile(rf"(?<!\w)(?:{voice})(?!\w)|(?:^|(?<=[.;:,] )|(?<=[.;:,])|(?<=- ))"
                      rf"(?:{orders})(?!\w)", re.IGNORECASE)


def _provincial_subject(line: str) -> bool:
    """Whether ``line`` is an item given only to bodies of the province.

    >>> _provincial_subject("2. Đề nghị Giám đốc Công an tỉnh, Viện trưởng Viện kiểm sát nhân "
    ...     "dân tỉnh, Chánh án Tòa án nhân dân tỉnh tổ chức thực hiện")
    True
    >>> _provincial_subject("1. Thủ trưởng các sở, ban ngành tỉnh, Chủ tịch UBND cấp huyện")
    False
    >>> _provincial_subject("3. Công an xã, các đơn vị trên địa bàn tỉnh")
    False
    >>> _provincial_subject("2. Gửi báo cáo kết quả thực hiện Danh mục của Sở Giao thông tỉnh")
    False
    """
    found = _ITEM.match(line)
    if not found or len(line) > 300:
        return False
    subject = re.sub(rf"^(?:{words('tinh_mo')})\s+", "", line[found.end():])
    # a body or its head opens it ("Giám đốc Công an tỉnh"), not a task ("Gửi báo cáo …")
    if not re.match(rf"(?:{words('tinh_dau')})(?!\w)", subject):
        return False
    parts = [x for x in re.split(r",|;| và ", subject.split(":")[0]) if x.strip()]
    mine = re.compile(rf"(?<!\w)(?:{words('tinh_than')})(?!\w)")
    below = re.compile(rf"(?<!\w)(?:{words('khong_tinh')})(?!\w)(?! hội)", re.IGNORECASE)
    return bool(parts) and all(mine.search(x) and not below.search(x) for x in parts)


def _outside(line: str, pattern: re.Pattern[str]) -> bool:
    spans = citation_spans(line)
    return any(not any(a <= m.start() < b for a, b in spans) for m in pattern.finditer(line))


def _drop(text: str, left: list[str]) -> str:
    out: list[str] = []
    theirs, dropping = _theirs(), False
    for line in text.split("\n"):
        bare = line.strip()
        if dropping and _POINT.match(bare):
            left.append(bare)
            continue
        dropping = False
        if _provincial_subject(bare):
            left.append(bare)
            dropping = True
            continue
        if is_heading(bare) or not _outside(bare, theirs):
            out.append(line)
            continue
        # a paragraph of prose (the province's assessment) goes whole; an item or a point
        # loses the sentence
        whole = not (_ITEM.match(bare) or _POINT.match(bare))
        kept = [] if whole else [x for x in _sentences(bare) if not _outside(x, theirs)]
        left += [bare] if whole else [x for x in _sentences(bare) if x not in kept]
        if kept and not _ITEM.fullmatch(kept[0] + " "):
            out.append(" ".join(kept))
    return "\n".join(out)


def drop_province(spec: dict[str, Any], cap: str) -> list[str]:
    """A commune's or a huyện's letter without the province's own sentences and items in its
    body, told.

    >>> spec = {"noi_dung": "Đánh giá chung. Tỉnh ta đứng thứ 37, tình trạng nhũng nhiễu trên "
    ...     "địa bàn xã vẫn còn.\\n1. Các ban, ngành xã:\\n- Tuyên truyền.\\n2. Đề nghị Giám đốc "
    ...     "Công an tỉnh thực hiện\\n- Điều tra.\\n3. Trưởng các thôn:\\n- Báo cáo. Tỉnh ta "
    ...     "đứng thứ 3."}
    >>> told = drop_province(spec, "xã"); print(spec["noi_dung"])
    1. Các ban, ngành xã:
    - Tuyên truyền.
    3. Trưởng các thôn:
    - Báo cáo.
    >>> drop_province({"noi_dung": "Tỉnh ta đứng thứ 37."}, "tỉnh")
    []
    """
    if cap == "tỉnh":
        return []
    left: list[str] = []
    # the body only: a phụ lục carried from the source is its copy (a list of the provinces a
    # Bộ sent it to is no task)
    if spec.get("noi_dung"):
        spec["noi_dung"] = _drop(str(spec["noi_dung"]), left)
    if not left:
        return []
    theirs = _theirs()

    def quote(line: str) -> str:  # about the words that make it the province's
        found = theirs.search(line)
        return _around(line, found.start(), 120) if found else shortened(line, 120)

    quoted = "; ".join(f"“{quote(x)}”" for x in left[:QUOTED])
    return [said(N_("these sentences of the letter implemented speak of the province itself (its "
                    "own state, its head's orders, its own bodies' tasks), which are not the "
                    "{unit}'s, and were left out: {lines}; if the {unit} has its own part in "
                    "them, write it in before sending"),
                 unit=mau()["dia_ban"].get(cap, cap),
                 lines=quoted + ("; …" if len(left) > QUOTED else ""))]
