"""The proper name after a body's kind where no word of the decree's list opens it: a
university's or college's (``Trường Đại học Tây Đô``), a cooperative's (``Hợp tác xã Văn
Thịnh``), a company's (``Công ty TNHH MTV Duy Hiếu``); a capital she typed is never lowered."""

from __future__ import annotations

import re
from functools import cache

from ntm_docgen.files.resources import load_data

#: A cooperative or a company, and its legal form (``TNHH MTV``, ``cổ phần``).
_FIRM = re.compile(r"^(Hợp tác xã|Công ty(?: (?:TNHH MTV|TNHH một thành viên|TNHH|cổ phần|CP))?)"
                   r" (\w.*)$", re.IGNORECASE)
#: Where a proper name ends: its place after it (``…, tỉnh Lâm Đồng``, ``xã Tân Thành``).
PLACE = re.compile(r"(?<!\w)(?:tỉnh|thành phố|huyện|quận|thị xã|(?<!hợp tác )xã|phường|"
                   r"thị trấn|đặc khu)(?!\w)", re.IGNORECASE)
#: The most words a proper name after a field (``Chân Thiện Mỹ``) or alone (``Tây Đô``) holds.
_AFTER_FIELD, _ALONE = 3, 2


def firm(name: str) -> str:
    """A cooperative's or a company's name with the capitals of its field and its own name.

    >>> firm("Hợp tác xã văn thịnh"), firm("Công ty TNHH MTV duy hiếu")
    ('Hợp tác xã Văn Thịnh', 'Công ty TNHH MTV Duy Hiếu')
    >>> firm("Công ty cổ phần đầu tư xây dựng hạ tầng cơ sở")
    'Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở'
    >>> firm("Công ty TNHH sản xuất và thương mại chân thiện mỹ")
    'Công ty TNHH Sản xuất và Thương mại Chân Thiện Mỹ'
    >>> firm("Công ty cổ phần Xuất nhập khẩu Sợi Phương Nam")
    'Công ty cổ phần Xuất nhập khẩu Sợi Phương Nam'
    """
    found = _FIRM.match(name)
    if found is None:
        return name
    return f"{found[1]} {after_kind(found[2])}"


def after_kind(text: str) -> str:
    """The words after a kind up to the place named after them: a field of data/linh_vuc.yaml
    as listed (``Kinh tế Quốc dân``), each field joined by ``và``; then a short proper name or
    a place with capitals; a field not listed opens with a capital. A capital in ``text`` stays.

    >>> after_kind("tây đô"), after_kind("nông nghiệp tân phú"), after_kind("kinh tế quốc dân")
    ('Tây Đô', 'Nông nghiệp Tân Phú', 'Kinh tế Quốc dân')
    >>> after_kind("y tế lạng sơn, tỉnh Lạng Sơn"), after_kind("anh nhẫn lào cai")
    ('Y tế Lạng Sơn, tỉnh Lạng Sơn', 'Anh Nhẫn Lào Cai')
    """
    place = PLACE.search(text)
    own = text[:place.start()].rstrip(" ,") if place else text
    if not own.strip():
        return text
    words, out, fields = own.split(" "), [], 0
    while words:
        field = _field(words)
        if field is None:
            break
        out += field.split(" ")
        words = words[len(field.split(" ")):]
        fields += 1
        if len(words) > 1 and words[0].lower() == "và" and _field(words[1:]):
            out.append(words.pop(0))
            continue
        break
    out += _proper(words, after_field=bool(fields))
    return _raised(own, " ".join(out)) + text[len(own):]


def _field(words: list[str]) -> str | None:
    """The longest field of data/linh_vuc.yaml that ``words`` open with, as listed."""
    folded = " ".join(words).casefold() + " "
    return next((f for f in _fields() if folded.startswith(f.casefold() + " ")), None)


def _proper(words: list[str], *, after_field: bool) -> list[str]:
    """Words after the field: a place at their end and a short name with capitals."""
    from ntm_docgen.vietnamese.bodyname import _places
    from ntm_docgen.vietnamese.schoolname import capitals

    end = len(words)
    for size in range(min(5, len(words)), 0, -1):
        if " ".join(words[-size:]).lower() in _places():
            end = len(words) - size
            break
    name, place = words[:end], words[end:]
    if name and len(name) <= (_AFTER_FIELD if after_field else _ALONE):
        name = capitals(" ".join(name).lower()).split(" ")
    elif name and not after_field:
        name = [name[0][:1].upper() + name[0][1:], *name[1:]]
    return [*name, *(capitals(" ".join(place).lower()).split(" ") if place else [])]


def _raised(typed: str, written: str) -> str:
    """``written`` with every capital of ``typed`` kept, when both are the same letters."""
    if typed.casefold() != written.casefold() or len(typed) != len(written):
        return written
    return "".join(w.upper() if t.isupper() else w for t, w in zip(typed, written, strict=True))


@cache
def _fields() -> tuple[str, ...]:
    """The fields of data/linh_vuc.yaml, the longest first."""
    return tuple(sorted(load_data("linh_vuc.yaml")["linh_vuc"], key=len, reverse=True))
