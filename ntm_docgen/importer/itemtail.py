"""What stands after a Nơi nhận item's ``;`` or the Lưu's full stop on the same line: the item's
own words, or the signature column's text that the page put beside it (``Sở Y tế; PHÓ GIÁM
ĐỐC``). ``signature`` asks these before it sends the words to the signature's column."""

from __future__ import annotations

import re

from ntm_docgen.vietnamese.names import is_chuc_danh
from ntm_docgen.vietnamese.text import nfc

#: A note of what the copy is for, in brackets, written small (``(báo cáo)``, ``(t/h)``,
#: ``(đăng tải)``), after a recipient written with small words (``Công báo tỉnh``) or alone;
#: never the signature's ``(Đã ký)`` nor ``(ký tên, đóng dấu)``.
_NOTE_AFTER = re.compile(r"^(?:(?P<who>[^()]*\s))?\((?P<note>[^()]+)\)$")
_SIGNED = re.compile(r"\b(?:ký|dấu)\b", re.IGNORECASE)
#: A drafter's initials after the Lưu's units (``VT, TTPVHCC. NHD``, ``NHĐ``): capitals written
#: without a tone mark, Đ and the capitals with a hat or horn among them (Đỗ, Đặng, Âu, Ưng), so
#: that a title's word (``PHÓ``, ``CHỦ``) is never taken for them.
_INITIALS = re.compile(r"^[A-ZĐĂÂÊÔƠƯ]{2,5}\.?$")


def item_goes_on(rest: str) -> bool:
    """``rest``, after an item's ``;`` on its line, is still the item's: its purpose in brackets
    (``- VPCP (Cục KSTTHC); (báo cáo)``), a second recipient sharing the purpose (``- Cổng TTĐT
    tỉnh; Công báo tỉnh (đăng tải)``) or sharing the item (``- HCTC; Trung tâm PVHCC``, with
    no ``;`` after it). A signature's title, name or note stays apart.

    >>> item_goes_on("(báo cáo)"), item_goes_on("Công báo tỉnh (đăng tải)")
    (True, True)
    >>> item_goes_on("Trung tâm PVHCC"), item_goes_on("Sở Nội vụ")
    (True, True)
    >>> item_goes_on("PHÓ GIÁM ĐỐC"), item_goes_on("(Đã ký)"), item_goes_on("(ký, đóng dấu)")
    (False, False, False)
    >>> item_goes_on("Nguyễn Văn An (Đã ký)"), item_goes_on("Nguyễn Văn An")
    (False, False)
    >>> item_goes_on("Phó Giám đốc"), item_goes_on("Đã ký")
    (False, False)
    """
    if _SIGNED.search(rest):
        return False
    match = _NOTE_AFTER.match(rest.strip())
    if match is None:
        return _body_named(rest)
    if not match.group("note")[0].islower():
        return False
    who = (match.group("who") or "").split()
    return not who or any(word[0].islower() for word in who)


def _body_named(rest: str) -> bool:
    """``rest`` names a body as a recipient does: a capital, then a word written small (``Trung
    tâm PVHCC``, ``Sở Nội vụ``), which a person's name never has; words alone, no label of a
    signing stamp (``Người ký: ...``, ``Cơ quan: ...``) nor signs; not a title (``Phó Giám
    đốc``), which the signature's column may print in small letters too.

    >>> _body_named("Nguoi ky: Hoang Thi"), _body_named("Xacthye & B30 mat Tinh")
    (False, False)
    """
    words = rest.split()
    letters = all(part.isalpha() for word in words for part in word.split("-") if part)
    return len(words) >= 2 and letters and words[0][0].isupper() \
        and any(word[0].islower() for word in words[1:]) and not is_chuc_danh(rest)


def drafter_initials(rest: str) -> bool:
    """``rest``, after the Lưu's full stop on its line, is the drafter's initials, which the
    Lưu keeps (``- Lưu: VT, TTPVHCC. NHD``), not a title of the signature's column (``PHÓ CHỦ
    TỊCH``) nor a name.

    >>> drafter_initials("NHD"), drafter_initials("PHÓ CHỦ TỊCH"), drafter_initials("Lê Văn A")
    (True, False, False)
    >>> drafter_initials("NHĐ"), drafter_initials("ĐTH."), drafter_initials("PHÓ")
    (True, True, False)
    """
    return bool(_INITIALS.match(nfc(rest.strip())))


def as_part(items: list[str], index: int, parts: set[int], text: str) -> str:
    """The Nơi nhận item ``text`` (``items[index]`` without its end) as the spec keeps it: an
    item typed with ``+`` under one that ends with a colon is one of its parts (``Văn phòng
    UBND tỉnh:`` / ``+ CVP, PCVP;``), written ``+ ...``, and the item over its parts keeps its
    colon; a ``+`` anywhere else is the dash of an item (or a speck OCR read as one).

    >>> items = ["Như trên;", "Văn phòng UBND tỉnh:", "CVP;", "Trung tâm PVHCC;", "Sở Y tế:"]
    >>> [as_part(items, n, {2, 3}, x.rstrip(";:")) for n, x in enumerate(items)]
    ['Như trên', 'Văn phòng UBND tỉnh:', '+ CVP', '+ Trung tâm PVHCC', 'Sở Y tế']
    """
    above = index - 1
    while above in parts:
        above -= 1
    if index in parts and above >= 0 and items[above].rstrip().endswith(":"):
        return f"+ {text}"
    if items[index].rstrip().endswith(":") and index + 1 in parts and index not in parts:
        return f"{text}:"
    return text


#: The Lưu label alone on its line, its units under it (``- Lưu:`` / ``+ VT;``).
_LUU_ALONE = re.compile(r"^l[ưu]u\s*:?\s*$", re.IGNORECASE)


def luu_parts(items: list[str], parts: set[int]) -> tuple[list[str], set[int]]:
    """A Lưu line whose units stand under it as parts made one Lưu line, and the parts left.

    >>> luu_parts(["Như trên;", "Lưu:", "VT;", "Phòng KT."], {2, 3})
    (['Như trên;', 'Lưu: VT, Phòng KT.'], set())
    """
    at = next((n for n, x in enumerate(items) if n not in parts and _LUU_ALONE.match(x)), None)
    if at is None or at + 1 not in parts:
        return items, parts
    end = at + 1
    while end in parts:
        end += 1
    units = ", ".join(x.strip().rstrip(";,.") for x in items[at + 1:end])
    return ([*items[:at], f"Lưu: {units}.", *items[end:]],
            {n if n < at else n - (end - at - 1) for n in parts if not at < n < end})
