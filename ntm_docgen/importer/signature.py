"""Read the end of a letter: Nơi nhận, Lưu, and the signature block, in either column order."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ntm_docgen.importer.cleaning import is_stamp, key, rules
from ntm_docgen.letter.spec import normalise_quyen_han

#: ``Nơi nhận:`` (on a line's key); OCR may lose its small italic N (``ơi nhận:``), then only
#: with its colon.
NOI_NHAN = re.compile(r"^(?:n\w{1,2}i\s+nh\w{1,2}n\s*:?|oi\s+nhan\s*:)\s*")
_LUU_COLON = re.compile(r"^l\w{1,2}u\s*:\s*")
_NOI_CUT = re.compile(r"^n\w{1,2}i(\s+nh\w{0,2})?\s*:?$")
_AUTH = re.compile(r"^(t\s*/\s*m\.?|tm|kt|tl|tuq|q)\s*\.\s*\S|^t\s*/\s*m\s+\S")
_AUTH_SPLIT = re.compile(r"(?<!\s)\s+(?=(?:TM|T/M|KT|TL|TUQ|Q)\s*\.\s*\S)")
# "T/M." and "T/M" (thay mặt) written with a slash: the decree's TM.
_T_M = re.compile(r"^\s*T\s*/\s*M\s*\.?\s*", re.IGNORECASE)
_BULLETS = ("-", "+", "•", "–")
_ITEM_END = re.compile(r"^(.*?[;.])\s+(\S.*)$")
#: ``- Như trên;``, ``- Như Điều 3;``: the first item of a Nơi nhận list, which opens the list
#: where its label was not read (a scan), under the signature's first line or not
_NHU = re.compile(r"^[-+•–]\s*nhu (tren|dieu \d|kinh gui)\b")
_PARTY = re.compile(r"^(dai dien|d\.?d)\.?\s+")  # ĐẠI DIỆN, ĐD. before a party's name
# "(để báo cáo);" wrapped under its recipient: a note of the item above, not an item.
_NOTE = re.compile(r"^\((để|de|đ/|d/)\s*\w")
_NUMBERED = re.compile(r"^([ivx]{1,5}|\d{1,2}|[a-z])\s*[.)]")


@dataclass
class Signature:
    """Ô 7 and ô 9 of a letter."""

    quyen_han: list[str] = field(default_factory=list)
    chuc_vu: str | None = None
    ho_ten: str | None = None
    noi_nhan: list[str] = field(default_factory=list)
    luu: str | None = None
    #: an academic title written before the name (``GS.TS``), left out of ``ho_ten``, and the
    #: line as printed
    hoc_ham: tuple[str, str] | None = None
    #: a rank of the armed forces written before the name (``Thượng tướng``), left out of
    #: ``ho_ten``, and the line as printed
    cap_bac: tuple[str, str] | None = None
    #: marks in capitals before the name that no name is written with (``MP Nguyễn Hoàng
    #: Giang``: a signature's strokes read by OCR), left out of ``ho_ten``, and the line as read
    strokes: tuple[str, str] | None = None
    #: the first lines of each further signature of a letter signed by several (a joint letter)
    others: list[str] = field(default_factory=list)
    #: the title of an enterprise's party signing on the left, passed over for the issuer's
    #: (``ĐẠI DIỆN CÔNG TY`` beside ``TRƯỞNG ĐOÀN``)
    passed: str | None = None
    #: a line that stands where ``Nơi nhận:`` does, over the list, read as that label
    label: str | None = None


def luu_label(text: str) -> re.Match[str] | None:
    """The ``Lưu:`` label of a line, or ``Lưu`` without its colon before the office's copies.

    >>> luu_label("Lưu: VT, TH.").end(), luu_label("Lưu VT, TH.").end(), luu_label("Lưu ý")
    (5, 4, None)
    """
    k = key(text)
    return _LUU_COLON.match(k) or rules()["luu_khong_hai_cham"].match(k)


def is_authority(line: str) -> bool:
    """``KT. CHỦ TỊCH``, ``TM.ỦY BAN NHÂN DÂN`` (OCR slips in case forgiven).

    >>> is_authority("KT.TRƯỞNG BAN"), is_authority("KT. GIAM bOC"), is_authority("Q. Tân")
    (True, True, False)
    >>> is_authority("T/M. ỦY BAN NHÂN DÂN"), is_authority("T/M ỦY BAN NHÂN DÂN")
    (True, True)
    """
    if not _AUTH.match(key(line)) or len(line) > 80:
        return False
    line = _T_M.sub("TM. ", line)
    letters = [c for c in line.split(".", 1)[1] if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.75 * len(letters)


def find_signature(lines: list[str], start: int) -> int | None:
    """Where the signature zone begins: Nơi nhận, an authority line, or after the ``./.``."""
    first = next((i for i in range(start, len(lines))
                  if NOI_NHAN.match(key(lines[i])) or is_authority(lines[i])
                  or _cut_noi_nhan(lines, i)), None)
    stop = first if first is not None else len(lines)
    for j in range(stop - 1, start - 1, -1):
        if lines[j].rstrip().endswith("./."):
            tail = [x for x in lines[j + 1:stop] if x]
            listed = any(_luu_item(x) for x in tail)  # "- Lưu: VT.": the Nơi nhận is there
            if all(_capitals(x) or looks_like_name(x) or is_stamp(x)
                   or listed and (x.startswith(_BULLETS) or _label(tail, n))
                   for n, x in enumerate(tail)) \
                    and (first is not None or tail):
                return j + 1
            break
    return first if first is not None else _signed_end(lines, start)


def _label(lines: list[str], n: int) -> bool:
    """``lines[n]`` stands where ``Nơi nhận:`` does, read as other words (``Xưa 3:``): a
    short line in lower case that ends with a colon, right over a dashed item, with a Lưu line
    below.

    >>> _label(["Xưa 3:", "- Phòng Kế toán;", "- Lưu: VT."], 0)
    True
    >>> _label(["Gồm các nội dung:", "- Phòng Kế toán;", "- Lưu: VT."], 0)
    False
    >>> _label(["Xưa 3:", "- Phòng Kế toán;"], 0), _label(["KT. GIÁM ĐỐC:", "- A;", "- Lưu"], 0)
    (False, False)
    """
    line = lines[n].strip()
    after = [x for x in lines[n + 1:] if x]
    return line.endswith(":") and len(line.split()) <= 2 and not _capitals(line) \
        and not is_authority(line) and bool(after) and after[0].startswith(_BULLETS) \
        and any(_luu_item(x) for x in after[:12])


def _luu_item(line: str) -> bool:
    """A Lưu line of the Nơi nhận, dashed or not (``- Lưu: VT.``)."""
    return bool(luu_label(line.lstrip("".join(_BULLETS) + " ")))


def _cut_noi_nhan(lines: list[str], i: int) -> bool:
    """``lines[i]`` is a ``Nơi nhận:`` the copy cut off (``Nơi``), the last line of the text.

    >>> _cut_noi_nhan(["thi hành Quyết định này./.", "Nơi ", ""], 1)
    True
    >>> _cut_noi_nhan(["Nơi", "ở của hộ gia đình."], 0)
    False
    """
    return bool(_NOI_CUT.match(key(lines[i].strip()))) and not any(lines[i + 1:])


def _signed_end(lines: list[str], start: int) -> int | None:
    """A letter with no Nơi nhận, no authority line and no ``./.``: a title in capitals and a
    name end it, under a finished sentence (``Trân trọng!``).

    >>> _signed_end(["Đề nghị thực hiện.", "Trân trọng!", "GIÁM ĐỐC", "(đã ký)", "Lê Văn An"], 0)
    2
    >>> _signed_end(["Kết quả như sau.", "II. NỘI DUNG", "Lê Văn An"], 0) is None
    True
    """
    tail: list[str] = []
    for j in range(len(lines) - 1, start - 1, -1):
        line = lines[j]
        if not line:
            continue
        if (_capitals(line) and not _NUMBERED.match(key(line))) or looks_like_name(line) \
                or is_stamp(line):
            tail.append(line)
            if len(tail) > 6:
                return None
            continue
        titled = any(_capitals(x) and not is_stamp(x) for x in tail[1:])
        if tail and looks_like_name(tail[0]) and titled \
                and (line.rstrip().endswith((".", "!")) or _unpunctuated_end(line, tail)):
            return j + 1
        return None
    return None


def _unpunctuated_end(line: str, tail: list[str]) -> bool:
    """The body's last sentence lost its full stop (``... thực hiện nghiêm túc``) right above a
    title in capitals and a name: a sentence in lower case that ends on a word, under which
    the tail (bottom first) is the name and one or two title lines.

    >>> _unpunctuated_end("Yêu cầu các đơn vị thực hiện nghiêm túc", ["Lê Văn An", "GIÁM ĐỐC"])
    True
    >>> _unpunctuated_end("Đề nghị Ủy ban nhân dân tỉnh tặng Bằng khen cho", ["Lê Văn An",
    ...                                                                      "TRƯỞNG THÔN"])
    False
    >>> _unpunctuated_end("II. NHIỆM VỤ", ["Lê Văn An", "GIÁM ĐỐC"])
    False
    """
    words = line.split()
    signer = [x for x in tail if not is_stamp(x)]
    return len(words) >= 4 and line[-1].isalpha() and not _capitals(line) \
        and sum(c.islower() for c in line) >= 0.5 * sum(c.isalpha() for c in line) \
        and 2 <= len(signer) <= 3 and _capitals(signer[-1]) \
        and key(words[-1]) not in rules()["noi_tiep"]


def read_signature(lines: list[str]) -> Signature:
    """Split the zone into the Nơi nhận column and the signature column, then read each."""
    left: list[str] = []
    right: list[str] = []
    sig = Signature()
    in_list = False
    last = max((n for n, x in enumerate(lines) if x), default=-1)
    lines_left = False  # the line before went to the Nơi nhận column: this may go on from it
    for n, line in enumerate(lines):
        if not line:
            continue
        before = (len(left), len(right))
        match = NOI_NHAN.match(key(line))
        if n == last and _dashed_name(line, right):
            right.append(line.lstrip("".join(_BULLETS) + " "))
        elif not match and not in_list and _label(lines, n):
            sig.label, in_list = line, True
        elif match:
            in_list = True
            rest = line[match.end():].strip()
            first = rest[1:].strip() if rest.startswith(_BULLETS) else ""
            if first and not is_authority(first):
                # "Nơi nhận: - Như trên;": the list's first item typed on the label's line
                item, extra = _split_item(first)
                left.append(item)
                if extra:
                    right.append(extra)
            elif rest:
                right.append(rest)
        elif line.startswith(_BULLETS) and is_authority(line[1:].strip()):
            right.append(line[1:].strip())  # "- TL. CỤC TRƯỞNG": a speck read as a dash
        elif line.startswith(_BULLETS) and (in_list or not right or _NHU.match(key(line))) \
                and not _closed(left):
            in_list = True
            item, extra = _split_item(line[1:].strip())
            left.append(item)
            if extra:
                right.append(extra)
        elif in_list and left and lines_left and not left[-1].endswith((";", ".")) \
                and (line[0].islower() or len(left[-1]) <= 3 or _NOTE.match(line)
                     or left[-1].endswith(",") and line.endswith((";", "."))
                     and not luu_label(line)
                     or left[-1].endswith(",") and _wrapped_on(lines[n:])
                     or _joined(left[-1], line)):
            glue = "" if re.search(r"(^|\s)\w$", left[-1]) and line[0].islower() else " "
            left[-1] = left[-1] + glue + line
        elif in_list and (line.endswith(";") or luu_label(line)) \
                and not is_authority(line):
            left.append(line)
        else:
            right.append(line)
        lines_left = len(right) == before[1] and len(left) >= before[0]
    for item in left:
        match = luu_label(item)
        if match:
            sig.luu = _cut_end(_drafter_i(item[match.end():].strip())) or None
        elif _cut_end(item):
            sig.noi_nhan.append(_cut_end(item))
    _read_column(right, sig)
    return sig


def _closed(left: list[str]) -> bool:
    """The Nơi nhận list ends with its Lưu line (``- Lưu: VT, C04(P6).``): a dashed line
    under it is no item but the signature's column (a stroke of the pen or the seal read as a
    dash, ``+ 05 Z``).

    >>> _closed(["Như trên;", "Lưu: VT, C04(P6)."]), _closed(["Như trên;", "Lưu: VT,"])
    (True, False)
    """
    return bool(left) and left[-1].rstrip().endswith(".") and bool(luu_label(left[-1]))


def _drafter_i(units: str) -> str:
    """The units of a Lưu line with a ``¡`` read for the small ``i`` of the drafter's note in
    them (``NC(V¡16)``: no Vietnamese word nor unit holds a ``¡``).

    >>> _drafter_i("VT, NC(V¡16)."), _drafter_i("VT, TH.")
    ('VT, NC(Vi16).', 'VT, TH.')
    """
    return re.sub(r"(?<=\w)¡|¡(?=\w)", "i", units)


def _joined(item: str, line: str) -> bool:
    """A Nơi nhận item wrapped at a joining word: the item ends on a word no phrase ends on
    (``Kế hoạch và`` / ``Đầu tư, Tài nguyên và Môi trường``), or the line under it opens with a
    word no item opens with (``Dung Quất`` / ``Và các Khu công nghiệp``), so the line goes on
    with the item though its first letter is a capital. An authority line never does.

    >>> _joined("Các Sở: Tài chính, Kế hoạch và", "Đầu tư, Tài nguyên và Môi trường")
    True
    >>> _joined("Ban Quản lý Khu kinh tế Dung Quất", "Và các Khu công nghiệp Quảng Ngãi;")
    True
    >>> _joined("Sở Y tế", "Sở Nội vụ;"), _joined("Sở Xây dựng và", "KT. CHỦ TỊCH")
    (False, False)

    A joining word is written small: ``Lãnh đạo Sở`` ends on a name, not on ``số``, and the
    Lưu line or the signer's name under it stays apart.

    >>> _joined("Lãnh đạo Sở", "Lưu: VT, TCCB."), _joined("Lãnh đạo Sở", "Nguyễn Văn A")
    (False, False)
    """
    if is_authority(line) or luu_label(line):
        return False
    words, first = item.split()[-1:], key(line).split()[:1]
    return (bool(words) and words[0].islower() and key(words[0]) in rules()["noi_tiep"]
            or bool(first) and first[0] in rules()["mo_noi_tiep"])


def _wrapped_on(lines: list[str]) -> bool:
    """Lines that each end with a comma, then one that ends the item or the next dashed item
    (the last line's semicolon left out), none of them dashed: a Nơi nhận item wrapped over
    several lines (``- Các Sở: Tài chính, Kế hoạch và Đầu tư,`` / ``Tài nguyên và Môi trường,
    Xây dựng,`` / ``Nội vụ, Tư pháp;``).

    >>> _wrapped_on(["Tài nguyên và Môi trường, Xây dựng,", "", "Nội vụ, Tư pháp;"])
    True
    >>> _wrapped_on(["Tài nguyên và Môi trường,", "Thông tin và Truyền thông,", "- Sở Nội vụ;"])
    True
    >>> _wrapped_on(["Xây dựng,", "KT. CHỦ TỊCH"]), _wrapped_on(["Xây dựng,", "Lưu: VT."])
    (False, False)
    >>> _wrapped_on(["Xây dựng,", "- Lưu: VT."]), _wrapped_on(["- Sở Y tế,", "- Sở Nội vụ;"])
    (False, False)
    """
    for n, line in enumerate(x for x in lines if x):
        if line.startswith(_BULLETS) and n and not luu_label(line[1:].strip()):
            return True
        if line.startswith(_BULLETS) or luu_label(line) or is_authority(line):
            return False
        if line.endswith((";", ".")):
            return True
        if not line.endswith(","):
            return False
    return False


def _dashed_name(line: str, right: list[str]) -> bool:
    """The zone's last line is the signer's name under its title, a stroke of the signature
    read as a dash before it (``- Hoàng Văn Thuân`` under ``PHÓ GIÁM ĐỐC``).

    >>> _dashed_name("- Hoàng Văn Thuân", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    True
    >>> _dashed_name("- Hoàng Văn Thuân", []), _dashed_name("- Như trên;", ["GIÁM ĐỐC"])
    (False, False)
    """
    rest = line.lstrip("".join(_BULLETS) + " ")
    return rest != line and looks_like_name(rest) \
        and any(_capitals(x) and not is_authority(x) for x in right) \
        and not any(looks_like_name(x) for x in right)


def _split_item(text: str) -> tuple[str, str]:
    """``Ban TĐKTTW; PHÓ GIÁM ĐỐC`` → the item and what the other column put on its line."""
    match = _ITEM_END.match(text)
    if luu_label(text):
        # "Lưu: VT, TH. Nguyễn Văn An": the other column's name on the Lưu line
        if match and (looks_like_name(match.group(2)) or _capitals(match.group(2))):
            return match.group(1), match.group(2)
        return text, ""
    if not match or match.group(2).endswith(";"):
        return text, ""
    return match.group(1), match.group(2)


#: Marks a pen stroke or a stamp leaves after a title in a scan (``BỘ TRƯỞNG +``): symbols
#: standing apart at the end of the line, no letter, digit nor bracket among them; or a colon
#: or a closing quote read on its last letter (``HIỆU TRƯỞNG:``, ``HIỆU TRƯỞNG”``), which no
#: title of the decree ends with.
_STRAY_END = re.compile(r"(?:\s+[^\w\s()\[\]]+)+$|(?<=\w)[:;”’\"']+$")


def _read_column(lines: list[str], sig: Signature) -> None:
    kept = [_comma_for_dot(x) for part in lines for x in _AUTH_SPLIT.split(part)
            if not is_stamp(x)]
    kept = _first_signature(kept, sig)
    kept = _body_of_authority([_without_rank(x, sig) for x in kept])
    after = 0
    for index, line in enumerate(kept):
        if is_authority(line):
            fixed = normalise_quyen_han(_T_M.sub("TM. ", line))
            if fixed:
                sig.quyen_han.append(fixed)
                after = index + 1
    titles = _without_enterprise([x for x in kept[after:] if _capitals(x)
                                  and not is_authority(x)], kept[after:])
    names = _first_party(kept[after:], titles, sig) or \
        [x for x in kept[after:] if looks_like_name(x)] or \
        [x for x in kept[after:] if _without_strokes(x, None) != x]
    if titles:
        sig.chuc_vu = _title_alone(_STRAY_END.sub("", titles[0])) or titles[0]
    if names:
        sig.ho_ten = names[-1]
        title = rules()["hoc_ham"].match(key(sig.ho_ten))
        if title and looks_like_name(sig.ho_ten[title.end():]):
            sig.hoc_ham = (sig.ho_ten[:title.end()].strip(), sig.ho_ten)
            sig.ho_ten = sig.ho_ten[title.end():]
        else:
            sig.ho_ten = _without_strokes(sig.ho_ten, sig)
    elif len(titles) > 1 and 2 <= len(titles[-1].split()) <= 5:
        sig.ho_ten = titles[-1]  # a name typed in capitals


#: ``KT, CHỦ TỊCH``: the dot after an authority's mark read as a comma (a scan).
_AUTH_COMMA = re.compile(r"^(TM|KT|TL|TUQ)\s*,\s*(?=\S)")


def _comma_for_dot(line: str) -> str:
    """An authority line whose dot OCR read as a comma, with its dot, when the words after
    it are in capitals as a title's are; any other line as it is.

    >>> _comma_for_dot("KT, CHỦ TỊCH"), _comma_for_dot("KT, Phòng Kinh tế")
    ('KT. CHỦ TỊCH', 'KT, Phòng Kinh tế')
    """
    match = _AUTH_COMMA.match(line)
    if match is None or not is_authority(f"{match.group(1)}. {line[match.end():]}"):
        return line
    return f"{match.group(1)}. {line[match.end():]}"


def _without_enterprise(titles: list[str], kept: list[str]) -> list[str]:
    """The titles without an enterprise's name over them (``CÔNG TY CP ...`` / ``HẠ TẦNG VÀ
    GIAO THÔNG`` / ``TỔNG GIÁM ĐỐC``): a company signs so for itself, as ``TM.`` does for a
    collective; the title is the line of capitals right above the signer's name.

    >>> _without_enterprise(["CÔNG TY CP AN", "VÀ BÌNH", "GIÁM ĐỐC"],
    ...                     ["CÔNG TY CP AN", "VÀ BÌNH", "GIÁM ĐỐC", "Lê Văn An"])
    ['GIÁM ĐỐC']
    >>> _without_enterprise(["GIÁM ĐỐC"], ["GIÁM ĐỐC", "Lê Văn An"])
    ['GIÁM ĐỐC']
    """
    heads = tuple(f"{w} " for w in rules()["dau_ten_doanh_nghiep"])
    if len(titles) < 2 or not f"{titles[0].strip()} ".startswith(heads):
        return titles
    named = next((i for i, x in enumerate(kept) if looks_like_name(x)), len(kept))
    over = [x for x in kept[:named] if x in titles]
    return [over[-1], *titles[titles.index(over[-1]) + 1:]] if len(over) >= 2 else titles


def _first_party(kept: list[str], titles: list[str], sig: Signature) -> list[str]:
    """The signing party's name when several parties sign side by side, each its title and
    its name (a Biên bản: ``ĐD SỞ CÔNG THƯƠNG`` / name, ``ĐD CÔNG TY ...`` / name), as a
    list of one: the first party's, or the first whose title names no enterprise when an
    enterprise's representative signs on the left (``ĐẠI DIỆN CÔNG TY`` / name, ``TRƯỞNG
    ĐOÀN`` / name: the company inspected signs beside the issuer's team). That party's title
    is put first in ``titles``; the other parties' titles go to ``sig.others``. Empty for one
    signer.

    >>> sig = Signature()
    >>> _first_party(["ĐD SỞ A", "Lê Văn An", "ĐD CÔNG TY B", "Trần Bình"],
    ...              ["ĐD SỞ A", "ĐD CÔNG TY B"], sig), sig.others
    (['Lê Văn An'], ['ĐD CÔNG TY B'])
    >>> sig, titles = Signature(), ["ĐẠI DIỆN CÔNG TY", "TRƯỞNG ĐOÀN"]
    >>> _first_party(["ĐẠI DIỆN CÔNG TY", "Lê Văn An", "TRƯỞNG ĐOÀN", "Trần Bình"],
    ...              titles, sig), titles, sig.others
    (['Trần Bình'], ['TRƯỞNG ĐOÀN', 'ĐẠI DIỆN CÔNG TY'], ['ĐẠI DIỆN CÔNG TY'])
    >>> _first_party(["PHÓ GIÁM ĐỐC", "Lê Văn An"], ["PHÓ GIÁM ĐỐC"], Signature())
    []
    """
    if len(titles) < 2 or sig.quyen_han:
        return []
    at = [kept.index(t) for t in titles]
    between = [x for x in kept[at[0] + 1:at[1]] if looks_like_name(x)]
    if len(between) != 1 or not any(looks_like_name(x) for x in kept[at[1] + 1:]):
        return []
    party = 0
    if _enterprise_s(titles[0]) and len(titles) == 2 and not _enterprise_s(titles[1]):
        party, sig.passed = 1, titles[0]
        between = [x for x in kept[at[1] + 1:] if looks_like_name(x)][:1]
    titles[:] = [titles[party], *titles[:party], *titles[party + 1:]]
    sig.others.extend(titles[1:])
    return between


def _enterprise_s(title: str) -> bool:
    """A party's title that names an enterprise (``ĐẠI DIỆN CÔNG TY``, ``ĐD CÔNG TY CP AN``).

    >>> _enterprise_s("ĐẠI DIỆN CÔNG TY"), _enterprise_s("ĐD SỞ CÔNG THƯƠNG")
    (True, False)
    """
    words = _PARTY.sub("", key(title).strip())
    return any(f"{words} ".startswith(f"{key(w)} ") for w in rules()["dau_ten_doanh_nghiep"])


def _title_alone(line: str) -> str:
    """The title without words in lower case read before it: the decree prints a title wholly
    in capitals, so they are a tick of the pen OCR read as letters (``sấ BỘ TRƯỞNG``).

    >>> _title_alone("sấ BỘ TRƯỞNG"), _title_alone("PHÓ GIÁM ĐỐC"), _title_alone("Đ/c CHỦ TỊCH")
    ('BỘ TRƯỞNG', 'PHÓ GIÁM ĐỐC', 'Đ/c CHỦ TỊCH')
    """
    words = line.split()
    n = 0
    while n < len(words) - 1 and not any(c.isupper() for c in words[n]):
        n += 1
    return " ".join(words[n:]) if n else line


def _first_signature(kept: list[str], sig: Signature) -> list[str]:
    """The lines of the first signature when the letter is signed by several (each signature
    opens with its KT./TM. lines after the title and name of the one before); the first line
    of each further one goes to ``sig.others``.

    >>> sig = Signature()
    >>> _first_signature(["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lê Văn A", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG",
    ...                   "Trần B"], sig), sig.others
    (['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Lê Văn A'], ['KT. BỘ TRƯỞNG'])
    >>> _first_signature(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn A"], sig)
    ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn A']
    """
    authority = [is_authority(x) for x in kept]
    if True not in authority:
        return kept
    first = authority.index(True)
    starts = [i for i in range(first + 1, len(kept)) if authority[i] and not authority[i - 1]]
    if not starts:
        return kept
    sig.others = [kept[i] for i in starts]
    return kept[:starts[0]]


def _body_of_authority(kept: list[str]) -> list[str]:
    """The body an authority line names on the line under it, the title following (``KT. BỘ
    TRƯỞNG`` / ``BỘ QUỐC PHÒNG`` / ``THỨ TRƯỞNG``, as each body of a joint letter signs): one
    authority line.

    >>> _body_of_authority(["KT. BỘ TRƯỞNG", "BỘ QUỐC PHÒNG", "THỨ TRƯỞNG", "Lê Văn A"])
    ['KT. BỘ TRƯỞNG BỘ QUỐC PHÒNG', 'THỨ TRƯỞNG', 'Lê Văn A']
    >>> _body_of_authority(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn A"])
    ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Văn A']
    """
    bodies = tuple(f"{w} " for w in rules()["dau_ten"])
    out: list[str] = []
    for i, line in enumerate(kept):
        following = kept[i + 1] if i + 1 < len(kept) else ""
        if out and is_authority(out[-1]) and _capitals(line) and not is_authority(line) \
                and f"{line.strip()} ".startswith(bodies) and _capitals(following) \
                and not is_authority(following):
            out[-1] = f"{out[-1]} {line.strip()}"
        else:
            out.append(line)
    return out


def _without_rank(line: str, sig: Signature) -> str:
    """A name after a rank of the armed forces (``Thượng tướng Nguyễn Văn Gấu``): the name;
    the rank is kept in ``sig.cap_bac`` for the warning.

    >>> _without_rank("Thượng tướng Nguyễn Văn Gấu", Signature()), _without_rank("Lê Văn A", None)
    ('Nguyễn Văn Gấu', 'Lê Văn A')
    """
    rank = rules()["cap_bac"].match(key(line))
    if not rank or not looks_like_name(line[rank.end():].strip()):
        return line
    if sig is not None:
        sig.cap_bac = (line[:rank.end()].strip(), line)
    return line[rank.end():].strip()


def _without_strokes(line: str, sig: Signature | None) -> str:
    """A name after a word in capitals (``MP Nguyễn Hoàng Giang``) or in small letters (``sự
    Nguyễn Thanh Việt``): the name. A name is written in capitals or with a capital first letter
    to each word, never both, and no word in small letters stands before it in a signature, so
    such a word is the strokes of the signature over it, which OCR read as letters; the line is
    kept in ``sig.strokes`` for the warning.

    >>> _without_strokes("MP Nguyễn Hoàng Giang", Signature())
    'Nguyễn Hoàng Giang'
    >>> _without_strokes("sự Nguyễn Thanh Việt", None), _without_strokes("ông Lê", None)
    ('Nguyễn Thanh Việt', 'ông Lê')
    >>> _without_strokes("Nguyễn Hoàng Giang", None), _without_strokes("Ma Thị Hoa", None)
    ('Nguyễn Hoàng Giang', 'Ma Thị Hoa')
    >>> _without_strokes("NGUYỄN HOÀNG GIANG", None), _without_strokes("A Nguyễn Văn B", None)
    ('NGUYỄN HOÀNG GIANG', 'A Nguyễn Văn B')
    """
    first, _, rest = line.partition(" ")
    if not (first.isalpha() and (len(first) >= 2 and first.isupper() or first.islower())) \
            or not looks_like_name(rest) or any(len(w) > 1 and w.isupper() for w in rest.split()):
        return line
    if sig is not None:
        sig.strokes = (first, line)
    return rest


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters) \
        and len(line) <= 70


def looks_like_name(line: str) -> bool:
    """A person's name: two to six words, each with a capital first letter.

    >>> looks_like_name("Hoàng Thị Hiền"), looks_like_name("Hién"), looks_like_name("PHÓ CHỦ TỊCH")
    (True, False, False)
    """
    words = line.split()
    if not 2 <= len(words) <= 6 or any(c.isdigit() or c in ":;,()@/" for c in line):
        return False
    if _capitals(line):
        return False
    return all(w[0].isupper() and w[0].isalpha() for w in words)


def _cut_end(text: str) -> str:
    """``text`` without the ``;``, ``,``, ``.`` and ``:`` it ends with, nor the spaces before
    and between them (``; :``, a speck OCR read after the item).

    >>> _cut_end("Như trên ;."), _cut_end("UBND tỉnh"), _cut_end("a. b"), _cut_end("(để b/c); :")
    ('Như trên', 'UBND tỉnh', 'a. b', '(để b/c)')
    """
    core = text.rstrip(";,.: ")
    return text if core == text.rstrip() else core
