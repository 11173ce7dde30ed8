"""Titles and trích yếu as running text needs them (``Giám đốc Sở Nội vụ``, a trích yếu
printed in capitals); a body's own name is ``bodyname.ten_goi``, kept here by its old name."""

from __future__ import annotations

import re

from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.abbrev import is_abbreviation
from ntm_docgen.vietnamese.bodyname import _HEADS, _PLACES, _PROPER, _places, own_case
from ntm_docgen.vietnamese.bodyname import ten_goi as ten_goi
from ntm_docgen.vietnamese.text import is_upper_vi, nfc, upper_vi

#: Common nouns that open with a word of ``_PROPER``: written small in running text.
_COMMON_NOUNS = ("Đảng viên", "Chính phủ điện tử", "Chính phủ số")


def proper_start(text: str) -> bool:
    """Whether ``text`` begins with a proper name, whose capital stays in running text: a
    name of ``_PROPER`` (``Mặt trận Tổ quốc``, ``Chính phủ``), ``Quốc hội``, ``Ủy ban nhân
    dân``, or a body's head word followed by a capital (``Hội Nông dân``, ``Ban Chỉ đạo``).

    >>> proper_start("Mặt trận Tổ quốc Việt Nam tỉnh"), proper_start("Ban Chỉ đạo các CTMTQG")
    (True, True)
    >>> proper_start("Ban hành Kế hoạch"), proper_start("Hội nghị tổng kết")
    (False, False)
    >>> proper_start("Đảng viên đi nước ngoài"), proper_start("Đảngviên"), proper_start("Đảng bộ")
    (False, False, True)
    """
    text = " ".join(nfc(text).split())
    if text.startswith(_COMMON_NOUNS):
        return False
    words = text.split(" ")
    for name in (*_PROPER, "Quốc hội", "Thủ tướng", "Ủy ban nhân dân", "Hội đồng nhân dân"):
        size = name.count(" ") + 1
        if " ".join(words[:size]).rstrip(",.;:") == name:
            return True
    for head in _HEADS:
        size = head.count(" ") + 1
        if (len(words) > size and " ".join(words[:size]).lower() == head
                and words[size][:1].isupper()):
            return True
    return False


def is_chuc_danh(text: str) -> bool:
    """True when ``text`` opens with a title of data/chuc_danh.yaml, in any case: the title
    alone, or before the body it heads.

    >>> is_chuc_danh("Phó Chủ tịch"), is_chuc_danh("GIÁM ĐỐC SỞ Y TẾ"), is_chuc_danh("Người ký")
    (True, True, False)
    """
    joined = upper_vi(" ".join(nfc(text).split()))
    return any(joined == title or joined.startswith(title + " ")
               for title in load_data("chuc_danh.yaml")["chuc_danh"])


def tham_quyen_goi(authority: str) -> str:
    """The running-text name of a decision's authority (``tham_quyen``): a person's title
    (data/chuc_danh.yaml) and the body it heads, or a body.

    >>> tham_quyen_goi("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ")
    'Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị'
    >>> tham_quyen_goi("GIÁM ĐỐC SỞ NỘI VỤ"), tham_quyen_goi("ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN")
    ('Giám đốc Sở Nội vụ', 'Ủy ban nhân dân tỉnh Phú Yên')
    >>> tham_quyen_goi("THỦ TƯỚNG CHÍNH PHỦ"), tham_quyen_goi("Chủ tịch UBND xã Tân Thành")
    ('Thủ tướng Chính phủ', 'Chủ tịch UBND xã Tân Thành')
    """
    joined = upper_vi(" ".join(nfc(authority).split()))
    known = load_data("ten_goi.yaml") or {}
    if joined in known:
        return str(known[joined])
    titles = sorted(load_data("chuc_danh.yaml")["chuc_danh"], key=len, reverse=True)
    for title in titles:
        if joined.startswith(title + " "):
            body = " ".join(authority.split()[len(title.split()):])
            head = title.capitalize() if title.isupper() else title
            return f"{head} {ten_goi(body) if is_upper_vi(body) else body}"
    return ten_goi(authority) if is_upper_vi(authority) else " ".join(authority.split())


def viet_tat(header_name: str) -> str:
    """A body's abbreviation for the ký hiệu when the spec gives none: a known one from
    ``data/viet_tat.yaml``, else the initials of its name before any place name.

    >>> viet_tat("SỞ NỘI VỤ"), viet_tat("ỦY BAN NHÂN DÂN\\nTỈNH KON TUM"), viet_tat("VĂN PHÒNG")
    ('SNV', 'UBND', 'VP')
    >>> viet_tat("BAN THI ĐUA - KHEN THƯỞNG\\nTRUNG ƯƠNG"), viet_tat("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
    ('BTĐKT', 'SNNMT')
    """
    joined = upper_vi(" ".join(nfc(header_name).replace("\\n", "\n").split()))
    known = (load_data("viet_tat.yaml") or {}).get("co_quan", {})
    best = ""
    for abbr, entry in known.items():
        ten = upper_vi(" ".join(str(entry.get("ten", "")).split()))
        if ten and (joined == ten or any(joined.startswith(f"{ten} {upper_vi(place)} ")
                                         for place in _PLACES)) and len(ten) > len(best):
            best, found = ten, str(abbr)
    if best:
        return found
    words = joined.split()
    for index, word in enumerate(words):
        if word.lower() in _PLACES or " ".join(words[index:index + 2]).lower() in _PLACES:
            words = words[:index]
            break
    return "".join(w[0] for w in words if w[0].isalpha() and w != "VÀ")


#: A Roman numeral (``giai đoạn II``), kept as printed.
_ROMAN = re.compile(r"[IVXL]+")


def _kept(word: str) -> bool:
    """Whether a trích yếu in capitals keeps ``word`` as printed: a number, a code
    (``05-CT/TW``, ``30/2020/NĐ-CP``) or a Roman numeral."""
    bare = word.strip("(),.;:“”\"'")
    return any(c.isdigit() or c == "/" for c in bare) or bool(_ROMAN.fullmatch(bare))
#: The most words of a place's name after its word (``Bà Rịa - Vũng Tàu``).
_NAME_WORDS = 5


#: A party committee named by its place (``Tỉnh ủy Lạng Sơn``): a body, with a capital.
_BODIES = ("tỉnh ủy", "thành ủy", "huyện ủy")
#: Types of document a trích yếu cites by number (``Chỉ thị số 05-CT/TW``), with a capital.
_CITED = ("luật", "nghị quyết", "nghị định", "quyết định", "chỉ thị", "thông tư",
          "kế hoạch", "hướng dẫn", "công văn", "kết luận", "thông báo", "chương trình")


def running_case(capitals: str) -> str:
    """A trích yếu printed in capitals as running text writes it: small letters but for the
    first; a known place's name after its word (``tỉnh Lạng Sơn``, ``xã Tân Thành``); a name
    of ``_PROPER`` (``Chính phủ``, ``Việt Nam``); the first word of a quoted name; numbers,
    codes, Roman numerals and abbreviations (known ones, and capitals that make no syllable:
    ``PCCC``, ``ATTP``) as printed. Text not in capitals is returned as is.

    >>> running_case("VỀ VIỆC CHẤN CHỈNH CÔNG TÁC QUẢN LÝ CÁC KHU KINH TẾ")
    'Về việc chấn chỉnh công tác quản lý các khu kinh tế'
    >>> running_case("TỔNG KẾT PHONG TRÀO “CẢ NƯỚC CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI” TỈNH LẠNG SƠN")
    'Tổng kết phong trào “Cả nước chung sức xây dựng nông thôn mới” tỉnh Lạng Sơn'
    >>> running_case("KẾ HOẠCH CỦA XÃ TÂN THÀNH NĂM 2026"), running_case("Sơ kết phong trào")
    ('Kế hoạch của xã Tân Thành năm 2026', 'Sơ kết phong trào')
    >>> running_case("CHƯƠNG TRÌNH MTQG VÀ CÔNG TÁC PCCC, ATTP TẠI XÃ ĐĂK PXI")
    'Chương trình MTQG và công tác PCCC, ATTP tại xã Đăk Pxi'
    >>> running_case("PHỐI HỢP VỚI HỘI LIÊN HIỆP PHỤ NỮ XÃ TÂN THÀNH")
    'Phối hợp với Hội Liên hiệp Phụ nữ xã Tân Thành'
    """
    text = " ".join(nfc(capitals).split())
    if not is_upper_vi(text):
        return text
    printed = text.split(" ")
    words = [w if _kept(w) or is_abbreviation(w.strip("(),.;:“”\"")) else w.lower()
             for w in printed]
    places = _places()
    index = 0
    while index < len(words):
        for cited in _CITED:  # Chỉ thị số 05-CT/TW, Nghị định 30/2020/NĐ-CP
            after = index + cited.count(" ") + 1
            if " ".join(words[index:after]) == cited and after < len(words) \
                    and (words[after] == "số" or _kept(words[after])):
                words[index] = words[index][:1].upper() + words[index][1:]
        for place in (*_BODIES, *_PLACES):
            size = place.count(" ") + 1
            if " ".join(words[index:index + size]) != place:
                continue
            after = index + size
            for most in range(_NAME_WORDS, 0, -1):
                name = words[after:after + most]
                if len(name) == most and " ".join(name).strip(",.;:()").lower() in places:
                    words[after:after + most] = [
                        w if w == "-" else w[:1].upper() + w[1:].lower() for w in name]
                    if place in _BODIES:  # Tỉnh ủy Lạng Sơn, a body's own name
                        words[index] = words[index][:1].upper() + words[index][1:]
                    index = after + most - 1
                    break
            break
        index += 1
    text = " ".join(words)
    for proper in _PROPER:
        if proper != "Nông thôn mới":  # a body's name, not the movement's words
            text = re.sub(rf"(?<!\w){re.escape(proper.lower())}(?!\w)", proper, text)
    text = own_case(text, in_sentence=True)  # Hội Nông dân, Sở Công Thương
    text = re.sub(r"“(\w)", lambda m: "“" + m.group(1).upper(), text)
    return text[:1].upper() + text[1:]


_BRACKETS = re.compile(r"\([^()]*\)?")


def words_in_capitals(text: str) -> bool:
    """True when the words of ``text`` outside brackets are in capitals, two of them at least
    (an abbreviation alone, ``UBND``, is no trích yếu typed in capitals).

    >>> words_in_capitals("VỀ VIỆC KIỆN TOÀN BỘ PHẬN MỘT CỬA (Cấp lần đầu)")
    True
    >>> words_in_capitals("NTM")
    False
    >>> words_in_capitals("Tăng cường công tác phòng, chống dịch COVID-19 tại UBND các xã")
    False
    """
    outside = _BRACKETS.sub(" ", text)
    words = [w for w in outside.split() if sum(c.isalpha() for c in w) >= 2]
    return len(words) >= 2 and is_upper_vi(" ".join(words))


def ordinary_case(text: str, after_vv: bool = False) -> str:
    """``text`` in running text's case, its brackets (already in ordinary letters) kept;
    ``after_vv``: as it reads after ``V/v``, its first word in lower case unless it is an
    abbreviation, a number or a name.

    >>> ordinary_case("TĂNG CƯỜNG CÔNG TÁC THI ĐUA (lần 2)")
    'Tăng cường công tác thi đua (lần 2)'
    >>> ordinary_case("TĂNG CƯỜNG CÔNG TÁC", after_vv=True), ordinary_case("UBND XÃ", True)
    ('tăng cường công tác', 'UBND xã')
    """
    parts = [" ".join(p.split()) for p in re.split(r"(\([^()]*\)?)", text)]
    out = [running_case(p) if i % 2 == 0 else p for i, p in enumerate(parts) if p]
    for i, part in enumerate(out[1:], start=1):  # a run of words after a bracket: no capital
        if not part.startswith("(") and part.split(" ", 1)[0][1:].islower():
            out[i] = part[:1].lower() + part[1:]
    said = " ".join(out)
    if after_vv and said.split(" ", 1)[0][1:].islower():  # "Tăng" → "tăng"; "UBND" stays
        said = said[:1].lower() + said[1:]
    return said
