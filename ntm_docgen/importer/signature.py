"""Read the end of a letter, in either column order: split its lines into the Nơi nhận column
(its items, wrapped or not, and the Lưu line) and the signature's column (read by ``signer``)."""

from __future__ import annotations

import re

from ntm_docgen.importer.cleaning import key
from ntm_docgen.importer.itemtail import as_part, drafter_initials, item_goes_on, luu_parts
from ntm_docgen.importer.itemwrap import (
    closes_item,
    item_note,
    joined,
    parts_go_on,
    wrapped_on,
)
from ntm_docgen.importer.luuunits import mend_units
from ntm_docgen.importer.signer import read_column
from ntm_docgen.importer.signtitles import head_of, signs_here
from ntm_docgen.importer.signzone import (
    BULLETS,
    NOI_NHAN,
    Signature,
    capitals,
    is_authority,
    is_label,
    looks_like_name,
    luu_label,
)
from ntm_docgen.vietnamese.names import is_chuc_danh

_ITEM_END = re.compile(r"^(.*?[;.])\s+(\S.*)$")
_COLON_END = re.compile(r"^([^:]*:)\s+(\S.*)$")
#: A Lưu line's closing full stop and what follows it (``VT; KSTTHC. Nguyễn Văn An``).
_LUU_END = re.compile(r"^(.*?\.)\s+(\S.*)$")
#: ``- Như trên;``, ``- Như Điều 3;``: the first item of a Nơi nhận list, which opens the list
#: where its label was not read (a scan), under the signature's first line or not
_NHU = re.compile(r"^[-+•–]\s*nhu (tren|dieu \d|kinh gui)\b")
#: A lone letter after an item's closing ";" (``Công an tỉnh; s``): a speck, no word.
_SPECK_AFTER = re.compile(r";\s+[^\W\d_]\s*$")
# "(để báo cáo);" wrapped under its recipient: a note of the item above, not an item.
_NOTE = re.compile(r"^\((để|de|đ/|d/)\s*\w")
#: The Nơi nhận's last item opening with the văn thư's copy (``VT, ...``), the label ``Lưu:``
#: before it read as a short word or lost (``+ CN VT, VPUBND tỉnh.``): the Lưu line, every
#: Lưu line's first unit being VT (Nghị định 30, ô 9b).
_LUU_UNLABELLED = re.compile(r"^(?:[^\W\d_]{1,3}:?\s+)?(VT\b\s*[,;.]?\s*\S.*|VT)$")
#: The drafter's initials in brackets on the line under the Lưu line (``- Lưu: VT, VP.`` /
#: ``(Hg)``): no word of the signature's column (``(đã ký)``, ``(ký)``, ``(Ký tên)``).
_DRAFTER_BELOW = re.compile(r"^\((?!(đã\s*)?ký\b|dấu\b)[^\W\d_][\w.]{0,9}\)$", re.IGNORECASE)


def read_signature(lines: list[str]) -> Signature:
    """Split the zone into the Nơi nhận column and the signature column, then read each."""
    left: list[str] = []
    right: list[str] = []
    sig = Signature()
    in_list = False
    last = max((n for n, x in enumerate(lines) if x), default=-1)
    lines_left = False  # the line before went to the Nơi nhận column: this may go on from it
    luu_at = len(lines)  # the signature column's lines read after the Lưu line: right[luu_at:]
    dashed: set[int] = set()  # the items of left that opened with their dash
    plus: set[int] = set()  # the items of left typed with a "+": parts of the item above?
    for n, line in enumerate(lines):
        if not line:
            continue
        if left and luu_at == len(lines) and luu_label(left[-1]):
            luu_at = len(right)
        before = (len(left), len(right))
        match = NOI_NHAN.match(key(line))
        if n == last and _dashed_name(line, right):
            right.append(line.lstrip("".join(BULLETS) + " "))
        elif not match and not in_list and is_label(lines, n):
            sig.label, in_list = line, True
        elif match:
            in_list = True
            rest = line[match.end():].strip()
            first = rest[1:].strip() if rest.startswith(BULLETS) else ""
            if first and not is_authority(first):
                # "Nơi nhận: - Như trên;": the list's first item typed on the label's line
                item, extra = _split_item(first)
                left.append(item)
                if extra:
                    right.append(extra)
            elif rest:
                right.append(rest)
        elif lines_left and left and luu_label(left[-1]) and _DRAFTER_BELOW.match(line):
            left[-1] = f"{left[-1]} {line}"
        elif line.startswith(BULLETS) and is_authority(line[1:].strip()):
            right.append(line[1:].strip())  # "- TL. CỤC TRƯỞNG": a speck read as a dash
        elif line.startswith(BULLETS) and (in_list or not right or _NHU.match(key(line))) \
                and not _closed(left) and not _signed_under_luu(left, right[luu_at:]):
            in_list = True
            item, extra = _split_item(line[1:].strip(), bool(right) and is_authority(right[-1]))
            left.append(item)
            dashed.add(len(left) - 1)
            if line[0] == "+":
                plus.add(len(left) - 1)
            if extra:
                right.append(extra)
        elif in_list and left and lines_left and left[-1].endswith(";") \
                and not luu_label(left[-1]) and item_note(line):
            left[-1] = f"{left[-1]} {line}"  # its note on the line under it
        elif in_list and left and lines_left and not left[-1].endswith((";", ".")) \
                and not head_of(line) \
                and (line[0].islower() or len(left[-1]) <= 3 or _NOTE.match(line)
                     or left[-1].endswith(",") and line.endswith((";", "."))
                     and not luu_label(line)
                     or left[-1].endswith(",") and wrapped_on(lines[n:])
                     or joined(left[-1], line)
                     or len(left) - 1 in dashed and closes_item(line)):
            glue = "" if re.search(r"(^|\s)\w$", left[-1]) and line[0].islower() else " "
            left[-1] = left[-1] + glue + line
        elif in_list and left and lines_left and parts_go_on(left[-1], line):
            left[-1] = f"{left[-1]} {line}"
        elif in_list and (luu_label(line) or line.endswith(";")
                          and not _signed_under_luu(left, right[luu_at:])) \
                and not is_authority(line):
            # an item OCR read under the Lưu line (``- Lưu: VT.`` / ``- Cổng TTĐT tỉnh;``),
            # not once the signer's title stands under the Lưu (the seal's signs, ``ĐÊM;``)
            left.append(line[1:].strip() if line.startswith(BULLETS) else line)
        else:
            right.append(line)
        # a title read under the seal between an item's wrapped lines (``- Các Bộ: ..., Đầu
        # tư,`` / ``PHÓ THỦ TƯỚNG`` / ``Tài chính, ...;``): the item may go on under it
        lines_left = len(right) == before[1] and len(left) >= before[0] \
            or lines_left and bool(left) and left[-1].endswith(",") and signs_here(right[-1])
    left, plus = luu_parts(left, plus)  # "- Lưu:" / "+ VT;" / "+ Phòng KT.": one Lưu line
    for n, item in enumerate(left):
        match = luu_label(item)
        if match:
            sig.luu = _cut_end(mend_units(item[match.end():].strip())) or None
        elif _cut_end(item):
            sig.noi_nhan.append(as_part(left, n, plus, _note_after(_cut_end(item))))
    unlabelled = _LUU_UNLABELLED.match(sig.noi_nhan[-1]) if sig.noi_nhan else None
    if sig.luu is None and unlabelled:
        sig.luu_read, sig.luu = sig.noi_nhan.pop(), unlabelled.group(1)
    read_column(right, sig)
    return sig


def _closed(left: list[str]) -> bool:
    """The Nơi nhận list ends with its Lưu line (``- Lưu: VT, C04(P6).``): a dashed line
    under it is no item but the signature's column (a stroke of the pen or the seal read as a
    dash, ``+ 05 Z``).

    >>> _closed(["Như trên;", "Lưu: VT, C04(P6)."]), _closed(["Như trên;", "Lưu: VT,"])
    (True, False)
    """
    return bool(left) and left[-1].rstrip().endswith(".") and bool(luu_label(left[-1]))


def _signed_under_luu(left: list[str], after: list[str]) -> bool:
    """The Lưu line, printed without its closing stop (``- Lưu: VT, KTN.Bảo``), is the list's
    last when the signature's title has been read after it: a dashed line further down is a
    speck of the seal read as a dash (``+ T1``), and a line ending in ``;`` the seal's signs
    (``văn 7 - CN «hi Xa) ĐÊM;``), no item.

    >>> _signed_under_luu(["Như trên;", "Lưu: VT, KTN.Bảo"], ["CHỦ TỊCH", "Hạ"])
    True
    >>> _signed_under_luu(["Như trên;", "Lưu: VT, KTN.Bảo"], []), _signed_under_luu(["A;"], ["B"])
    (False, False)
    """
    return bool(left) and bool(luu_label(left[-1])) and any(capitals(x) for x in after)


def _dashed_name(line: str, right: list[str]) -> bool:
    """The zone's last line is the signer's name under its title, a stroke of the signature
    read as a dash before it (``- Hoàng Văn Thuân`` under ``PHÓ GIÁM ĐỐC``).

    >>> _dashed_name("- Hoàng Văn Thuân", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    True
    >>> _dashed_name("- Hoàng Văn Thuân", []), _dashed_name("- Như trên;", ["GIÁM ĐỐC"])
    (False, False)
    """
    rest = line.lstrip("".join(BULLETS) + " ")
    return rest != line and looks_like_name(rest) \
        and any(capitals(x) and not is_authority(x) for x in right) \
        and not any(looks_like_name(x) for x in right)


def _split_item(text: str, due: bool = False) -> tuple[str, str]:
    """``Ban TĐKTTW; PHÓ GIÁM ĐỐC`` → the item and what the other column put on its line; after
    a colon only where the signer's title is ``due`` (its authority line read, ``KT. CHỦ TỊCH``)."""
    if luu_label(text):
        # "Lưu: VT; KSTTHC. Nguyễn Văn An": the other column's name on the Lưu line, after its
        # closing full stop (a ";" parts its units: "Lưu: VT; KSTTHC (MN,07).")
        match = _LUU_END.match(text)
        if match and (looks_like_name(match.group(2)) or capitals(match.group(2))) \
                and not drafter_initials(match.group(2)):
            return match.group(1), match.group(2)
        return text, ""
    match = _ITEM_END.match(text) or _COLON_END.match(text)
    if match and match.group(1).endswith(":") and not (due and (  # ``Tỉnh ủy:  PHÓ CHỦ TỊCH``
            is_authority(match.group(2)) or capitals(match.group(2)) and is_chuc_danh(match[2]))):
        return text, ""
    if not match or match.group(2).endswith(";") or item_goes_on(match.group(2)) \
            or item_note(match.group(2)):  # ``Thường trực Thành ủy;   (để b/c)``
        return text, ""
    return match.group(1), match.group(2)


def _note_after(item: str) -> str:
    """An item's note written after it, without the ``;`` the typist put between them.

    >>> _note_after("Thường trực Thành ủy; (để b/c)"), _note_after("Sở Y tế; Sở Nội vụ")
    ('Thường trực Thành ủy (để b/c)', 'Sở Y tế; Sở Nội vụ')
    """
    head, semicolon, note = item.rpartition(";")
    return f"{head.rstrip()} {note.strip()}" if semicolon and item_note(note) else item


def _cut_end(text: str) -> str:
    """``text`` without the ``;``, ``,``, ``.`` and ``:`` it ends with, nor the spaces before
    and between them (``; :``, a speck OCR read after the item), nor a lone letter after its
    closing ``;`` (``Công an tỉnh; s``: the seal's edge read as a letter).

    >>> _cut_end("Như trên ;."), _cut_end("UBND tỉnh"), _cut_end("a. b"), _cut_end("(để b/c); :")
    ('Như trên', 'UBND tỉnh', 'a. b', '(để b/c)')
    >>> _cut_end("Công an tỉnh; s"), _cut_end("Sở Y tế; Sở Nội vụ")
    ('Công an tỉnh', 'Sở Y tế; Sở Nội vụ')
    """
    text = _SPECK_AFTER.sub(";", text)
    core = text.rstrip(";,.: ")
    return text if core == text.rstrip() else core
