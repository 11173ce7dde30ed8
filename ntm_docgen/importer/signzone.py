"""Where a letter's end begins and what its lines are: the ``Signature`` read from it (ô 7 and
ô 9), the ``Nơi nhận:`` and ``Lưu:`` labels, an authority line (``KT.``), a title in capitals
and a person's name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ntm_docgen.importer.cleaning import is_stamp, key, rules

#: ``Nơi nhận:`` (on a line's key); OCR may lose its small italic N (``ơi nhận:``), then only
#: with its colon; or read its last n as a p (``Nơi nhập``), then only as the whole line.
NOI_NHAN = re.compile(r"^(?:n\w{1,2}i\s+nh\w{1,2}n\s*:?|oi\s+nhan\s*:|noi\s+nhap\s*:?\s*$)\s*")
_LUU_COLON = re.compile(r"^l\w{1,2}u\s*:\s*")
_NOI_CUT = re.compile(r"^n\w{1,2}i(\s+nh\w{0,2})?\s*:?$")
_AUTH = re.compile(r"^(t\s*/\s*m\.?|tm|kt|tl|tuq|q)\s*\.\s*\S|^t\s*/\s*m\s+\S")
# "T/M." and "T/M" (thay mặt) written with a slash: the decree's TM.
T_M = re.compile(r"^\s*T\s*/\s*M\s*\.?\s*", re.IGNORECASE)
BULLETS = ("-", "+", "•", "–")
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
    #: the authority (``KT. THỦ TƯỚNG``) under which no title was read, the deputy's title
    #: the decree prints there written as ``chuc_vu``
    deputy_of: str | None = None
    #: the Nơi nhận's last item read as the Lưu line whose label was lost (``CN VT, VP``)
    luu_read: str | None = None
    #: the name as read, its family name without marks (``Huynh Hữu Trí``), before it was
    #: written with the marks of the one family name of its letters
    unmarked: str | None = None


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
    line = T_M.sub("TM. ", line)
    letters = [c for c in line.split(".", 1)[1] if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.75 * len(letters)


#: ``KT, CHỦ TỊCH``: the dot after an authority's mark read as a comma (a scan).
_AUTH_COMMA = re.compile(r"^(TM|KT|TL|TUQ)\s*,\s*(?=\S)")


def comma_for_dot(line: str) -> str:
    """An authority line whose dot OCR read as a comma, with its dot, when the words after
    it are in capitals as a title's are; any other line as it is.

    >>> comma_for_dot("KT, CHỦ TỊCH"), comma_for_dot("KT, Phòng Kinh tế")
    ('KT. CHỦ TỊCH', 'KT, Phòng Kinh tế')
    """
    match = _AUTH_COMMA.match(line)
    if match is None or not is_authority(f"{match.group(1)}. {line[match.end():]}"):
        return line
    return f"{match.group(1)}. {line[match.end():]}"


def authority_wrapped(lines: list[str]) -> list[str]:
    """An authority line wrapped at the dash of the name it holds (``TM. HỘI ĐỒNG THI ĐUA`` /
    ``- KHEN THƯỞNG``, or ``TM. BAN THI ĐUA -`` / ``KHEN THƯỞNG``) as one line: the dashed line
    under it is no item and no signature of its own.

    >>> authority_wrapped(["TM. HỘI ĐỒNG THI ĐUA", "- KHEN THƯỞNG", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
    ['TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']
    >>> authority_wrapped(["TM. BAN THI ĐUA -", "KHEN THƯỞNG", "TRƯỞNG BAN"])
    ['TM. BAN THI ĐUA - KHEN THƯỞNG', 'TRƯỞNG BAN']
    >>> authority_wrapped(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "- Lưu: VT."])
    ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '- Lưu: VT.']
    """
    out: list[str] = []
    for line in lines:
        text, above = line.strip(), out[-1].rstrip() if out else ""
        dashed = text[:2] in ("- ", "– ") and capitals(text[2:])
        if above and is_authority(above) and not is_authority(text) \
                and (dashed or above.endswith(("-", "–")) and capitals(text)):
            out[-1] = f"{above} {text}"
        else:
            out.append(line)
    return out


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
            if all(capitals(x) or looks_like_name(x) or is_stamp(x) or signer_label(x)
                   or party_label(x) or n and bare_party(tail[n - 1])
                   or listed and (x.startswith(BULLETS) or is_label(tail, n))
                   for n, x in enumerate(tail)) \
                    and (first is not None or tail):
                return j + 1
            break
    return first if first is not None else _signed_end(lines, start)


def is_label(lines: list[str], n: int) -> bool:
    """``lines[n]`` stands where ``Nơi nhận:`` does, read as other words (``Xưa 3:``): a
    short line in lower case that ends with a colon, right over a dashed item, with a Lưu line
    below.

    >>> is_label(["Xưa 3:", "- Phòng Kế toán;", "- Lưu: VT."], 0)
    True
    >>> is_label(["Gồm các nội dung:", "- Phòng Kế toán;", "- Lưu: VT."], 0)
    False
    >>> is_label(["Xưa 3:", "- Phòng Kế toán;"], 0), is_label(["KT. GIÁM ĐỐC:", "- A;", "- Lưu"], 0)
    (False, False)
    """
    line = lines[n].strip()
    after = [x for x in lines[n + 1:] if x]
    return line.endswith(":") and len(line.split()) <= 2 and not capitals(line) \
        and not is_authority(line) and bool(after) and after[0].startswith(BULLETS) \
        and any(_luu_item(x) for x in after[:12])


def _luu_item(line: str) -> bool:
    """A Lưu line of the Nơi nhận, dashed or not (``- Lưu: VT.``)."""
    return bool(luu_label(line.lstrip("".join(BULLETS) + " ")))


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

    A Biên bản signed by several parties, each under ``ĐẠI DIỆN ...``, with its members
    named under them, may end so in more lines: up to five for each party.

    >>> _signed_end(["Nhất trí với biên bản.", "ĐẠI DIỆN SỞ CÔNG THƯƠNG", "ĐẠI DIỆN CÔNG TY A",
    ...              "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC", "Lê Văn An", "Trần Văn Bình",
    ...              "THÀNH VIÊN THAM GIA", "Ông Đỗ Văn Cường"], 0)
    1
    """
    tail: list[str] = []
    for j in range(len(lines) - 1, start - 1, -1):
        line = lines[j]
        if not line:
            continue
        if (capitals(line) and not _NUMBERED.match(key(line))) or looks_like_name(line) \
                or is_stamp(line) or signer_label(line) or party_label(line):
            tail.append(line)
            if len(tail) > 26:
                return None
            continue
        if len(tail) > 6 + 5 * sum(party_label(x) for x in tail):
            return None
        titled = any(capitals(x) and not is_stamp(x) or signer_label(x) for x in tail[1:])
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
    return len(words) >= 4 and line[-1].isalpha() and not capitals(line) \
        and sum(c.islower() for c in line) >= 0.5 * sum(c.isalpha() for c in line) \
        and 2 <= len(signer) <= 3 and capitals(signer[-1]) \
        and key(words[-1]) not in rules()["noi_tiep"]


def signer_label(line: str) -> bool:
    """What stands where the title does over the name of a report's writer, in sentence case
    (data/nhap.yaml: nguoi_ky).

    >>> signer_label("Người báo cáo"), signer_label("Người lập:"), signer_label("Người dân")
    (True, True, False)
    """
    return bool(rules()["nguoi_ky"].match(key(line.strip()).rstrip(" :")))


#: A party's title over its signer in a Biên bản, in capitals or in sentence case: ``ĐẠI DIỆN
#: SỞ CÔNG THƯƠNG``, ``ĐD CÔNG TY ...``, ``Đại diện`` over the party's name on the next line.
_PARTY_LABEL = re.compile(r"^(dai dien|d\.?d)\.?(\s+\S.*)?$")


def party_label(line: str) -> bool:
    """A party's title over its signer (``Đại diện Sở Tài chính``, ``ĐD SỞ CÔNG THƯƠNG``).

    >>> party_label("Đại diện"), party_label("ĐD SỞ CÔNG THƯƠNG"), party_label("Đại diện cho")
    (True, True, True)
    >>> party_label("Đại hội Đảng bộ"), party_label("Đại diện các cơ quan cùng thống nhất " * 3)
    (False, False)
    """
    return len(line.strip()) <= 70 and bool(_PARTY_LABEL.match(key(line.strip())))


def bare_party(line: str) -> bool:
    """``Đại diện`` alone on its line: the party's name follows on the next (a Word table).

    >>> bare_party("Đại diện"), bare_party("Đại diện Sở Tài chính")
    (True, False)
    """
    match = _PARTY_LABEL.match(key(line.strip()))
    return len(line.strip()) <= 70 and match is not None and match.group(2) is None


def capitals(line: str) -> bool:
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
    if capitals(line):
        return False
    return all(w[0].isupper() and w[0].isalpha() for w in words)
