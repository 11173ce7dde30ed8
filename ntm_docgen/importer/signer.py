"""Read the signature's column of a letter's end: the authority lines (``KT.``, ``TM.``), the
signer's title and name, apart from what stands beside them (a rank, an academic title, the
pen's strokes, an enterprise's name, the other parties of a letter signed by several)."""

from __future__ import annotations

import re

from ntm_docgen.importer.cleaning import is_stamp, key, rules
from ntm_docgen.importer.familyname import (
    family_names,
    first_letter,
    first_lost,
    misread_first,
    with_marks,
)
from ntm_docgen.importer.parties import first_party, party_named, read_across
from ntm_docgen.importer.signtitles import mend_titles, one_title, title_under
from ntm_docgen.importer.signzone import (
    T_M,
    Signature,
    authority_wrapped,
    capitals,
    comma_for_dot,
    is_authority,
    looks_like_name,
    party_label,
    signer_label,
)
from ntm_docgen.letter.spec import normalise_quyen_han

_AUTH_SPLIT = re.compile(r"(?<!\s)\s+(?=(?:TM|T/M|KT|TL|TUQ|Q)\s*\.\s*\S)")


#: Marks a pen stroke or a stamp leaves after a title or an authority in a scan (``BỘ TRƯỞNG
#: +``, ``TL. CHỦ TỊCH .``): symbols standing apart at the end of the line, no letter, digit
#: nor bracket among them; a colon or a closing quote read on its last letter (``HIỆU
#: TRƯỞNG:``, ``HIỆU TRƯỞNG”``), which no title of the decree ends with; or a stroke read as
#: two or three capitals with no vowel and a quote after them (``HIỆU TRƯỞNG JZ“``).
_STRAY_END = re.compile(r"(?:\s+[^\w\s()\[\]]+)+$|(?<=\w)[:;”’\"']+$"
                        r"|\s+[B-DF-HJ-NP-TV-XZĐ]{1,3}[“”’\"']+$")


def read_column(lines: list[str], sig: Signature) -> None:
    kept = mend_titles(authority_wrapped([comma_for_dot(x) for part in lines
                                          for x in _AUTH_SPLIT.split(part) if not is_stamp(x)]))
    kept = _first_signature(kept, sig)
    kept = party_named(_body_of_authority([_without_rank(x, sig) for x in kept]))
    after = 0
    for index, line in enumerate(kept):
        if is_authority(line):
            fixed = normalise_quyen_han(T_M.sub("TM. ", _STRAY_END.sub("", line)))
            if fixed:
                sig.quyen_han.append(fixed)
                after = index + 1
    kept = [*kept[:after], *one_title(read_across(kept[after:], sig))]
    titles = _without_enterprise([x for x in kept[after:] if (capitals(x) or party_label(x))
                                  and not is_authority(x)], kept[after:]) \
        or [x.strip().rstrip(":").rstrip() for x in kept[after:] if signer_label(x)][:1]
    titles = _with_office(titles, kept[after:], sig.quyen_han)
    names = first_party(kept[after:], titles, sig) or \
        [x for x in kept[after:] if looks_like_name(x)] or \
        [x for x in kept[after:] if _without_strokes(x, None) != x]
    if titles:
        sig.chuc_vu = _title_alone(_STRAY_END.sub("", titles[0])) or titles[0]
    elif sig.quyen_han and sig.quyen_han[-1].startswith("Q."):
        sig.chuc_vu = sig.quyen_han.pop()  # "Q." stands before the acting head's title itself
    elif sig.quyen_han and title_under(sig.quyen_han[-1]):
        sig.chuc_vu, sig.deputy_of = title_under(sig.quyen_han[-1]), sig.quyen_han[-1]
    if names:
        sig.ho_ten = names[-1]
        title = rules()["hoc_ham"].match(key(sig.ho_ten))
        if title and looks_like_name(sig.ho_ten[title.end():]):
            sig.hoc_ham = (sig.ho_ten[:title.end()].strip(), sig.ho_ten)
            sig.ho_ten = sig.ho_ten[title.end():]
        else:
            sig.ho_ten = _without_strokes(sig.ho_ten, sig)
        if looks_like_name(sig.ho_ten):
            sig.ho_ten = first_letter(sig.ho_ten)
            if with_marks(sig.ho_ten) != sig.ho_ten:
                sig.unmarked, sig.ho_ten = sig.ho_ten, with_marks(sig.ho_ten)
    elif len(titles) > 1 and 2 <= len(titles[-1].split()) <= 5:
        sig.ho_ten = titles[-1]  # a name typed in capitals


def _with_office(titles: list[str], kept: list[str], quyen_han: list[str]) -> list[str]:
    """Under ``TL.`` or ``TUQ.`` (signing by order or by authorisation), the office the signer
    heads printed on the line under the title, right over the name (``TUQ. CHỦ TỊCH`` / ``GIÁM
    ĐỐC`` / ``SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI``): one title, as ``VỤ TRƯỞNG VỤ ...`` is.
    Under the head's own signature a body's name there stays apart (the seal's ring). Under
    ``TM.`` a council's chair may print his own office under the signature, over his name
    (``TM. HỘI ĐỒNG`` / ``CHỦ TỊCH`` / ``GIÁM ĐỐC SỞ NỘI VỤ``, ``CHỦ TỊCH HĐND``): its 2nd line.

    >>> _with_office(["GIÁM ĐỐC", "SỞ Y TẾ"], ["GIÁM ĐỐC", "SỞ Y TẾ", "Lê An"], ["TUQ. CHỦ TỊCH"])
    ['GIÁM ĐỐC SỞ Y TẾ']
    >>> _with_office(["GIÁM ĐỐC", "SỞ Y TẾ"], ["GIÁM ĐỐC", "SỞ Y TẾ", "Lê An"], [])
    ['GIÁM ĐỐC', 'SỞ Y TẾ']
    >>> _with_office(["CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ"], ["CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ",
    ...              "Đỗ Văn Chung"], ["TM. HỘI ĐỒNG"])
    ['CHỦ TỊCH\\nGIÁM ĐỐC SỞ NỘI VỤ']
    """
    if len(titles) < 2 or not quyen_han:
        return titles
    bodies = tuple(f"{w} " for w in rules()["dau_ten"])
    first, second = titles[0], titles[1]
    at = kept.index(second) if second in kept else 0
    if quyen_han[-1].startswith("TM.") and at and kept[at - 1] == first \
            and at + 1 < len(kept) and looks_like_name(kept[at + 1]):
        office = _CHAIR_OFFICE.match(second.strip())
        if office and f"{office.group('body')} ".startswith(
                bodies + tuple(f"{w} " for w in rules()["dau_ten_khac"])):
            return [f"{first.strip()}\n{second.strip()}", *titles[2:]]
    if not quyen_han[-1].startswith(("TL.", "TUQ.")):
        return titles
    if at and kept[at - 1] == first and f"{second.strip()} ".startswith(bodies) \
            and at + 1 < len(kept) and looks_like_name(kept[at + 1]):
        return [f"{first.strip()} {second.strip()}", *titles[2:]]
    return titles


#: A head's title and the body he heads, on one line (``GIÁM ĐỐC SỞ NỘI VỤ``).
_CHAIR_OFFICE = re.compile(r"^(?:GIÁM ĐỐC|CHỦ TỊCH|BỘ TRƯỞNG|CỤC TRƯỞNG|TRƯỞNG BAN|CHÁNH VĂN "
                           r"PHÒNG)\s+(?P<body>\S.*)$")


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
        if out and is_authority(out[-1]) and capitals(line) and not is_authority(line) \
                and f"{line.strip()} ".startswith(bodies) and capitals(following) \
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


#: A sign that no word of a person's name is written with (a colon, a slash, an equals sign,
#: a digit): the pen's strokes or the seal read as letters before the name.
_NO_NAME_SIGN = re.compile(r"[^\w\s().,'’-]|\d")


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

    A piece with a sign no word of a name is written with (``Hà:``, ``E2=``) is such strokes
    too, whatever its letters, before a name of three words at least that opens with a family
    name of data/ocr_sua.yaml; not so where the sign stands inside the name (``Phạm: Minh
    Chính``), nor before two words, which may be what is left of a name (``Văn Lâu``):

    >>> _without_strokes("Hà: Huỳnh Hữu Trí", None), _without_strokes("Phạm: Minh Chính", None)
    ('Huỳnh Hữu Trí', 'Phạm: Minh Chính')

    The family name's first letter lost too under the seal's ring, where one listed name ends
    so (``familyname.first_lost``):

    >>> _without_strokes("/4- uỳnh Hữu Trí", None), _without_strokes("/4- ương Văn An", None)
    ('Huỳnh Hữu Trí', '/4- ương Văn An')

    A stroke's sign after the name, the family name read as OCR reads it under the ring:

    >>> _without_strokes("Hỗ Đức Phớc +", None), _without_strokes("Lê Văn An", None)
    ('Hồ Đức Phớc', 'Lê Văn An')

    A quote mark run into the name's first letter, the ring or a stroke read so:

    >>> _without_strokes('"Trần Ngọc Căng', None), _without_strokes('"Căng', None)
    ('Trần Ngọc Căng', '"Căng')
    """
    bare = line.lstrip("\"“”'‘’`")
    if bare != line and looks_like_name(bare):  # '"Trần Ngọc Căng'
        if sig is not None:
            sig.strokes = (line[:len(line) - len(bare)], line)
        return bare
    words = line.split()
    if len(words) >= 3 and not any(c.isalnum() for c in words[-1]) \
            and looks_like_name(misread_first(" ".join(words[:-1]))):
        return misread_first(" ".join(words[:-1]))  # "Hỗ Đức Phớc +": a stroke after it
    first, _, rest = line.partition(" ")
    lost = first_lost(rest.split()[0]) if rest and _NO_NAME_SIGN.search(first) else None
    if lost is not None:  # "/4- uỳnh Hữu Trí": the ring over the family name's first letter
        rest = " ".join([lost, *rest.split()[1:]])
    signs = bool(_NO_NAME_SIGN.search(first)) and len(rest.split()) >= 3 \
        and rest.split()[0] in {name for name, _ in family_names()}  # "Hà: Huỳnh Hữu Trí"
    if not (signs or first.isalpha() and (len(first) >= 2 and first.isupper()
                                          or first.islower())) \
            or not looks_like_name(rest) or any(len(w) > 1 and w.isupper() for w in rest.split()):
        return line
    if sig is not None:
        sig.strokes = (first, line)
    return rest
