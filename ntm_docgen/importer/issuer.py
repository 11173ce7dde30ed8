"""Read the issuer's name (ô 1) from the header lines above the number: parent body and issuer."""

from __future__ import annotations

import re
from typing import Any

from ntm_docgen.importer.cleaning import key, rules


def read_issuer(lines: list[str], head: Any) -> None:
    """The last body named is the issuer; a line starting with a level of place continues it,
    and so does the decision it was set up under.

    >>> head = type("Head", (), {"bold": frozenset(), "found": set()})()
    >>> read_issuer(["SỞ CÔNG THƯƠNG", "ĐOÀN KIỂM TRA", "THEO QUYẾT ĐỊNH", "SỐ 1050/QĐ-SCT"], head)
    >>> head.chu_quan, head.ten.splitlines()
    ('SỞ CÔNG THƯƠNG', ['ĐOÀN KIỂM TRA', 'THEO QUYẾT ĐỊNH', 'SỐ 1050/QĐ-SCT'])

    In a Word document (``head.bold``), the bold lines are the issuer and the others its parent;
    when every line is bold (the parent set bold as well, against the decree), the bold says
    nothing and the names are parted as in a text:

    >>> head.bold = frozenset({"UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"})
    >>> read_issuer(["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"], head)
    >>> head.chu_quan, head.ten
    ('UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG')
    """
    if not lines:
        return
    lines = _join_wrapped([x for line in lines for x in split_parent(unmarked(line))])
    lines[0] = mend_first_letter(lines[0])
    bold_lines = {unmarked(line) for line in head.bold}
    bold = [line in bold_lines for line in lines]
    if any(bold) and not all(bold) and bold == sorted(bold):
        # A Word document: the issuer's lines are bold, its parent body's lines are not.
        ten_from = bold.index(True)
        head.ten, head.chu_quan = "\n".join(lines[ten_from:]), "\n".join(lines[:ten_from]) or None
        head.found.add("co_quan")
        return
    levels = tuple(f"{w} " for w in rules()["cap_hanh_chinh"])
    ten_from = len(lines) - 1
    while ten_from > 0 and (f"{key(lines[ten_from]).upper()} ".startswith(levels)
                            or key(lines[ten_from - 1]).upper().strip() in rules()["chua_du"]
                            or _unfinished(lines[ten_from - 1]) or _joint(lines[ten_from - 1])
                            or _GOES_ON.match(key(lines[ten_from]).upper())
                            or _enterprise_goes_on(lines[ten_from - 1], lines[ten_from])
                            or _task_body_goes_on(lines[ten_from - 1], lines[ten_from])
                            or (ten_from >= 2
                                and _body_goes_on(lines[ten_from - 1], lines[ten_from]))):
        ten_from -= 1
    head.ten = "\n".join(mend_joint(lines[ten_from:]))
    head.chu_quan = "\n".join(lines[:ten_from]) or None
    head.found.add("co_quan")


#: A line that goes on with the name above it: the decision a body was set up under
#: (``ĐOÀN KIỂM TRA`` / ``THEO QUYẾT ĐỊNH`` / ``SỐ 1050/QĐ-SCT``).
_GOES_ON = re.compile(r"^(THEO\s|SO\s*\d)")


def _enterprise_goes_on(above: str, line: str) -> bool:
    """Under a line that begins an enterprise's name, a line that begins no body of its own is
    the rest of that name, wrapped (data/nhap.yaml: dau_ten_doanh_nghiep).

    >>> _enterprise_goes_on("CÔNG TY CP ĐẦU TƯ XÂY DỰNG", "HẠ TẦNG VÀ GIAO THÔNG")
    True
    >>> _enterprise_goes_on("TỔNG CÔNG TY ĐIỆN LỰC", "CÔNG TY ĐIỆN LỰC LÀO CAI")
    False
    >>> _enterprise_goes_on("CÔNG TY CP MÔNG SƠN", "PHÒNG KỸ THUẬT")
    False
    >>> _enterprise_goes_on("UBND TỈNH LÀO CAI", "HẠ TẦNG VÀ GIAO THÔNG")
    False
    """
    enterprises = rules()["dau_ten_doanh_nghiep"]
    return _begins(above, enterprises) and not _begins(line, [*enterprises, *rules()["dau_ten"]])


def _task_body_goes_on(above: str, line: str) -> bool:
    """Under a line that begins the name of a body set up for a task (a council, a committee,
    a team: data/nhap.yaml: dau_ten_nhiem_vu), a line that begins no body of its own is the rest
    of that name, wrapped: such a name says the task and runs long.

    >>> _task_body_goes_on("HỘI ĐỒNG XÉT THĂNG HẠNG", "CDNN VIÊN CHỨC NĂM 2025")
    True
    >>> _task_body_goes_on("TỔ GIÚP VIỆC VỀ", "CẢI CÁCH HÀNH CHÍNH")
    True
    >>> _task_body_goes_on("BAN CHỈ ĐẠO TỈNH", "TỔ CÔNG TÁC"), _task_body_goes_on("BỘ CÔNG AN",
    ...                                                                        "CÔNG AN TỈNH")
    (False, False)
    >>> _task_body_goes_on("HỘI ĐỒNG NHÂN DÂN TỈNH", "THƯỜNG TRỰC")
    False
    """
    return _name_goes_on(above, line, rules()["dau_ten_nhiem_vu"])


def _body_goes_on(above: str, line: str) -> bool:
    """Under a line that begins a body's name, a line that begins no body of its own is the
    rest of that name, wrapped; asked of a name with a parent over it (``BỘ CÔNG AN`` /
    ``CỤC CẢNH SÁT ĐIỀU TRA`` / ``TỘI PHẠM VỀ MA TUÝ``), where a line under the parent alone may
    name a body no head begins (``BỘ CÔNG AN`` / ``CÔNG AN TỈNH LÂM ĐỒNG``).

    >>> _body_goes_on("CỤC CẢNH SÁT ĐIỀU TRA", "TỘI PHẠM VỀ MA TUÝ")
    True
    >>> _body_goes_on("CỤC THUẾ", "CHI CỤC THUẾ KHU VỰC II"), _body_goes_on("BỘ CÔNG AN",
    ...                                                                  "THƯỜNG TRỰC")
    (False, False)
    >>> _body_goes_on("ĐẢNG BỘ TỈNH", "BAN CHẤP HÀNH")
    False
    """
    return _name_goes_on(above, line, rules()["dau_ten"])


def _name_goes_on(above: str, line: str, opening: list[str]) -> bool:
    """``above`` begins with one of ``opening`` and ``line`` begins no body of any kind (nor
    is a word that leaves a name unfinished): the rest of ``above``'s name, wrapped."""
    heads = [*rules()["dau_ten"], *rules()["dau_ten_nhiem_vu"], *rules()["dau_ten_doanh_nghiep"]]
    return _begins(above, opening) and not _begins(line, heads) \
        and key(line).upper().strip() not in rules()["chua_du"]


def _begins(text: str, heads: list[str]) -> bool:
    """``text`` begins with one of ``heads``, marks and case aside."""
    k = f"{' '.join(key(text).upper().split())} "
    return any(k.startswith(f"{key(h).upper()} ") for h in heads)


def unmarked(line: str) -> str:
    """A name line without a stray mark typed before its first letter (``/ỦY BAN MTTQ VIỆT NAM``).

    >>> unmarked("/ỦY BAN MTTQ VIỆT NAM"), unmarked("*BỘ Y TẾ"), unmarked("BỘ Y TẾ")
    ('ỦY BAN MTTQ VIỆT NAM', 'BỘ Y TẾ', 'BỘ Y TẾ')
    """
    return _STRAY.sub("", line)


_STRAY = re.compile(r"^[/\\|.,;:*_`'\s]+(?=\w)")


def _joint(line: str) -> bool:
    """A line of a joint issuer, two bodies joined by a dash (``BỘ TÀI CHÍNH - VIỆN KIỂM SÁT``):
    the bodies of a joint letter have no parent over them.

    >>> _joint("BỘ TÀI CHÍNH - VIỆN KIỂM SÁT"), _joint("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
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
    if not any(_joint(line) for line in lines):
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


def _unfinished(line: str) -> bool:
    """A name line that goes on below: it ends with a comma, a dash or ``VÀ``
    (``CỤC ĐỔI MỚI SÁNG TẠO,`` / ``CHUYỂN ĐỔI XANH VÀ`` / ``KHUYẾN CÔNG``).

    >>> _unfinished("CHUYỂN ĐỔI XANH VÀ"), _unfinished("CỤC ĐỔI MỚI,"), _unfinished("BỘ Y TẾ")
    (True, True, False)
    """
    text = line.rstrip()
    return text.endswith((",", "-", "–")) or key(text).upper().endswith(" VA")


def mend_first_letter(line: str) -> str:
    """A name whose first letter the copy lost (``Y BAN NHÂN DÂN``, a glyph a web page could not
    show): the word that begins a name of several words (data/nhap.yaml: dau_ten) gets it back.

    >>> mend_first_letter("Y BAN NHÂN DÂN TỈNH KON TUM"), mend_first_letter("ỘI ĐỒNG NHÂN DÂN")
    ('ỦY BAN NHÂN DÂN TỈNH KON TUM', 'HỘI ĐỒNG NHÂN DÂN')
    >>> mend_first_letter("ỦY BAN NHÂN DÂN"), mend_first_letter("AN THI ĐUA")
    ('ỦY BAN NHÂN DÂN', 'AN THI ĐUA')
    """
    k = " ".join(key(line).upper().split())
    for name in rules()["dau_ten"]:
        full = key(name).upper()
        if " " in full and f"{k} ".startswith(f"{full[1:]} ") and not k.startswith(full):
            return name[0] + line.lstrip()
    return line


def split_parent(line: str) -> list[str]:
    """``UBND TỈNH SƠN LA SỞ GIÁO DỤC VÀ ĐÀO TẠO`` (a header row copied onto one line): the
    parent body and the issuer apart; a repeated parent is read once.

    >>> split_parent("UBND TỈNH SƠN LA UBND TỈNH SƠN LA SỞ GIÁO DỤC VÀ ĐÀO TẠO")
    ['UBND TỈNH SƠN LA', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO']
    >>> split_parent("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"), split_parent("BỘ NỘI VỤ")
    (['ỦY BAN NHÂN DÂN TỈNH BẮC GIANG'], ['BỘ NỘI VỤ'])
    """
    k = key(line).upper()
    levels = "|".join(rules()["cap_hanh_chinh"])
    heads = "|".join(key(w).upper() for w in rules()["dau_ten"])
    match = re.match(rf"((?:UBND|UY BAN NHAN DAN)\s+(?:{levels})\s+.+?)\s+(?=(?:{heads})\s)", k)
    if match is None:
        return [line]
    parent, rest = line[:match.end(1)], line[match.end():].strip()
    half = len(parent) // 2
    if parent[:half].strip() == parent[half:].strip():
        parent = parent[:half].strip()
    return [parent, rest]


def _join_wrapped(lines: list[str]) -> list[str]:
    """A one-word line is the end of the name above it, wrapped by a narrow table cell.

    >>> _join_wrapped(["UỶ BAN NHÂN", "DÂN", "TỈNH BẾN TRE"])
    ['UỶ BAN NHÂN DÂN', 'TỈNH BẾN TRE']
    >>> _join_wrapped(["BỘ NỘI VỤ", "BAN THI ĐUA - KHEN THƯỞNG"])
    ['BỘ NỘI VỤ', 'BAN THI ĐUA - KHEN THƯỞNG']
    >>> _join_wrapped(["UỶ BAN NHÂN", "DÂN TỈNH BẾN TRE"])
    ['UỶ BAN NHÂN DÂN', 'TỈNH BẾN TRE']
    """
    out: list[str] = []
    for line in lines:
        if out and len(line.split()) == 1:
            out[-1] = f"{out[-1]} {line}"
            continue
        cut = _cut_words(out[-1], line) if out else 0
        if cut:
            words = line.split()
            out[-1] = " ".join([out[-1], *words[:cut]])
            line = " ".join(words[cut:])
        out.append(line)
    return out


def _cut_words(previous: str, line: str) -> int:
    """How many words of ``line`` end a name (``ỦY BAN NHÂN DÂN``) that ``previous`` began."""
    before = " ".join(key(previous).upper().split())
    both = f"{before} {' '.join(key(line).upper().split())}"
    for name in rules()["tham_quyen_hoa"]:
        full = " ".join(key(name).upper().split())
        if full.startswith(f"{before} ") and both.startswith(f"{full} "):
            return len(full.split()) - len(before.split())
    return 0
