"""Whether a line of a Nơi nhận column goes on the item above it: an item wrapped at a joining
word, over lines ending in commas, under a colon's list of a body's parts, or closed by a line
ending in the item's ``;``."""

from __future__ import annotations

import re

from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.importer.signzone import BULLETS, capitals, is_authority, looks_like_name, luu_label

#: A note in brackets of a Nơi nhận item, alone in its place (``(để đưa tin)``, ``(để b/c);``).
_ITEM_NOTE = re.compile(r"^\((để|de|đ/|d/)\s*\w[^()]*\)[;.]?$")


def item_note(text: str) -> bool:
    """A Nơi nhận item's note in brackets standing on its own: printed on the line under its
    item (Hà Nội's Thông báo 453: ``- Cơ quan Báo&PT, TH Thành phố;`` / ``(để đưa tin)``) or
    beside it, set off from it by a wide gap or a brace (Quyết định 2280's ``(để b/c)``), so
    that a PDF's reading may put it in the signature's column. No signer's line opens so.

    >>> item_note("(để đưa tin)"), item_note("(để ph/h th/h);"), item_note("(đã ký)")
    (True, True, False)
    >>> item_note("(để b/c) Nguyễn Văn A"), item_note("Sở Y tế (để b/c)")
    (False, False)
    """
    return bool(_ITEM_NOTE.match(text.strip()))


def joined(item: str, line: str) -> bool:
    """A Nơi nhận item wrapped at a joining word: the item ends on a word no phrase ends on
    (``Kế hoạch và`` / ``Đầu tư, Tài nguyên và Môi trường``), or the line under it opens with a
    word no item opens with (``Dung Quất`` / ``Và các Khu công nghiệp``), so the line goes on
    with the item though its first letter is a capital. An authority line never does.

    >>> joined("Các Sở: Tài chính, Kế hoạch và", "Đầu tư, Tài nguyên và Môi trường")
    True
    >>> joined("Ban Quản lý Khu kinh tế Dung Quất", "Và các Khu công nghiệp Quảng Ngãi;")
    True
    >>> joined("Sở Y tế", "Sở Nội vụ;"), joined("Sở Xây dựng và", "KT. CHỦ TỊCH")
    (False, False)

    A joining word is written small: ``Lãnh đạo Sở`` ends on a name, not on ``số``, and the
    Lưu line or the signer's name under it stays apart.

    >>> joined("Lãnh đạo Sở", "Lưu: VT, TCCB."), joined("Lãnh đạo Sở", "Nguyễn Văn A")
    (False, False)

    A note in brackets on a line of its own is the item's, wrapped (``Ban Thi đua - Khen
    thưởng Trung ương`` / ``(b/c);``): no item opens with a bracket.

    >>> joined("Ban Thi đua - Khen thưởng Trung ương", "(b/c);")
    True
    """
    if is_authority(line) or luu_label(line):
        return False
    words, first = item.split()[-1:], key(line).split()[:1]
    return (bool(words) and words[0].islower() and key(words[0]) in rules()["noi_tiep"]
            or bool(first) and first[0] in rules()["mo_noi_tiep"] or line.startswith("("))


#: A Nơi nhận item that lists a body's parts after a colon (``VPCP: BTCN, các PCN, ...``).
_PARTS = re.compile(r"^[^:;]{1,40}:\s*\S")


def closes_item(line: str) -> bool:
    """An undashed line ending with the item's ``;`` under a dashed item that has not ended:
    the item wrapped, its second line opening with a capital (``- Sở Tư pháp các tỉnh, thành
    phố trực thuộc`` / ``Trung ương (để thực hiện);``); each item opens with its dash.

    >>> closes_item("Trung ương (để thực hiện);"), closes_item("Lưu: VT;")
    (True, False)
    """
    return line.endswith(";") and not line.startswith(BULLETS) and not luu_label(line) \
        and not is_authority(line)


def parts_go_on(item: str, line: str) -> bool:
    """An undashed line under an item that lists a body's parts after a colon goes on with
    it, though the item's line ended with ``;``: its parts are parted by ``;`` as by ``,``
    (``- VPCP: BTCN, các PCN, Trợ lý, Thư ký của TTg,`` / ``Trợ lý, Thư ký của PTTg;`` /
    ``TGĐ Cổng TTĐT;``), and each item of the decree's list opens with a dash. A title (in
    capitals, no comma in it), a name, an authority and the Lưu line stay apart.

    >>> parts_go_on("VPCP: BTCN, các PCN, Trợ lý của PTTg;", "TGĐ Cổng TTĐT;")
    True
    >>> parts_go_on("VPCP: BTCN, TGĐ Cổng TTĐT, Công báo;", "Các Vụ: TH, QHQT, NN, KTTH;")
    True
    >>> parts_go_on("Sở Y tế;", "Sở Nội vụ;"), parts_go_on("VPCP: BTCN;", "- Sở Nội vụ;")
    (False, False)
    >>> parts_go_on("VPCP: BTCN;", "Lưu: VT."), parts_go_on("VPCP: BTCN;", "PHÓ THỦ TƯỚNG;")
    (False, False)
    """
    return bool(_PARTS.match(item)) and not luu_label(item) and not line.startswith(BULLETS) \
        and line.endswith((";", ",", ".")) \
        and not (capitals(line) and "," not in line or looks_like_name(line)
                 or is_authority(line) or luu_label(line))


def wrapped_on(lines: list[str]) -> bool:
    """Lines that each end with a comma, then one that ends the item or the next dashed item
    (the last line's semicolon left out), none of them dashed: a Nơi nhận item wrapped over
    several lines (``- Các Sở: Tài chính, Kế hoạch và Đầu tư,`` / ``Tài nguyên và Môi trường,
    Xây dựng,`` / ``Nội vụ, Tư pháp;``).

    >>> wrapped_on(["Tài nguyên và Môi trường, Xây dựng,", "", "Nội vụ, Tư pháp;"])
    True
    >>> wrapped_on(["Tài nguyên và Môi trường,", "Thông tin và Truyền thông,", "- Sở Nội vụ;"])
    True
    >>> wrapped_on(["Xây dựng,", "KT. CHỦ TỊCH"]), wrapped_on(["Xây dựng,", "Lưu: VT."])
    (False, False)
    >>> wrapped_on(["Xây dựng,", "- Lưu: VT."]), wrapped_on(["- Sở Y tế,", "- Sở Nội vụ;"])
    (False, False)
    """
    for n, line in enumerate(x for x in lines if x):
        if line.startswith(BULLETS) and n and not luu_label(line[1:].strip()):
            return True
        if line.startswith(BULLETS) or luu_label(line) or is_authority(line):
            return False
        if line.endswith((";", ".")):
            return True
        if not line.endswith(","):
            return False
    return False
