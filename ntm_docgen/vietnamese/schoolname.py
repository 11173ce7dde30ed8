"""A school's name written with its capitals: ``Trường THPT Đốc Binh Kiều``, ``Trường Cao đẳng
Y tế Lạng Sơn``; a header in capitals shows none of them, and a name typed right is kept."""

from __future__ import annotations

import re
from functools import cache

from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.firmname import after_kind
from ntm_docgen.vietnamese.text import nfc

#: A school of a level above the general schools, whose name says its field (``Y tế``,
#: ``Kinh tế``: its first word with a capital, as the decree's Phụ lục II writes a body's
#: field) or its own name (``Tây Đô``): ``firmname.after_kind``.
_HIGHER = re.compile(r"^(Trường (?:Đại học|Cao đẳng|Trung cấp)) (\w.*)$", re.IGNORECASE)
#: Where a school's proper name ends: its place after it (``…, tỉnh Lâm Đồng``, ``xã Tân
#: Thành``).
_PLACE = re.compile(r"(?<!\w)(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)"
                    r"(?!\w)", re.IGNORECASE)


@cache
def _school_kinds() -> tuple[re.Pattern[str], dict[str, str]]:
    """``Trường`` and a school's kind, the longest first, and the name after it: compiled once
    (every letter of a bulk run names its issuer in its phụ lục's note); and each kind as the
    list writes it, by its small letters."""
    listed = load_data("derive/van.yaml")["truong"]
    kinds = "|".join(re.escape(k) for k in sorted(listed, key=len, reverse=True))
    return (re.compile(rf"^Trường ({kinds})\s+(\w.*)$", re.IGNORECASE),
            {k.lower(): k for k in listed})


def school(name: str) -> str:
    """A school's proper name after its kind written with its capitals (``truong`` in
    data/derive/van.yaml), up to the place named after it; a school of a higher level with its
    field's first word and its province's name with capitals.

    >>> school("Trường THPT đốc binh kiều"), school("Trường Trung học cơ sở lê lợi")
    ('Trường THPT Đốc Binh Kiều', 'Trường Trung học cơ sở Lê Lợi')
    >>> school("Trường Tiểu học Trần Quốc Toản, tỉnh Lâm Đồng"), school("Trường THCS số 1")
    ('Trường Tiểu học Trần Quốc Toản, tỉnh Lâm Đồng', 'Trường THCS số 1')
    >>> school("Trường THPT chuyên lương văn tụy"), school("Trường THCS xã Tân Thành")
    ('Trường THPT chuyên Lương Văn Tụy', 'Trường THCS xã Tân Thành')
    >>> school("Trường Chính trị tỉnh Lào Cai")
    'Trường Chính trị tỉnh Lào Cai'

    A college named by its province, or by its field and province:
    >>> school("Trường Cao đẳng lào cai"), school("Trường Đại học kinh tế")
    ('Trường Cao đẳng Lào Cai', 'Trường Đại học Kinh tế')
    >>> school("Trường Cao đẳng y tế lạng sơn"), school("Trường Đại học tây đô")
    ('Trường Cao đẳng Y tế Lạng Sơn', 'Trường Đại học Tây Đô')
    """
    pattern, listed = _school_kinds()
    found = pattern.match(name)
    if found is not None:
        place = _PLACE.search(found[2])
        proper = found[2][:place.start()].rstrip(" ,") if place else found[2]
        after = found[2][len(proper):]
        kind = listed.get(found[1].lower(), found[1])
        return f"Trường {kind} {capitals(proper.lower())}{after}" if proper.strip() else name
    higher = _HIGHER.match(name)
    if higher is not None:
        return f"{higher[1]} {after_kind(higher[2])}"
    return name


def capitals(name: str) -> str:
    """Each word of ``name`` with a capital, the letter after an apostrophe too; a number's
    ``số`` kept small.

    >>> capitals("nà làng"), capitals("đắk r’lấp"), capitals("ia h'drai"), capitals("số 5")
    ('Nà Làng', 'Đắk R’Lấp', "Ia H'Drai", 'số 5')
    """
    words = name.split(" ")
    return " ".join(w if w == "số" and i + 1 < len(words) and words[i + 1][:1].isdigit()
                    else re.sub(r"(^|['ʼ‘’])(\w)", lambda m: m[1] + m[2].upper(), w)
                    for i, w in enumerate(words))


@cache
def provinces() -> frozenset[str]:
    """The provinces of 2025 and those merged into them, in small letters."""
    from vietnam_provinces import Province

    names = [nfc(p.name).removeprefix("Tỉnh ").removeprefix("Thành phố ")
             for p in Province.iter_all()]
    names += list(load_data("bulk.yaml").get("sap_nhap_2025", {}))
    return frozenset(" ".join(name.lower().split()) for name in names)
