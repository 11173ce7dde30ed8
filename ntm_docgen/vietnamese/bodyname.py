"""A body's name in a header's capitals written as running text: ``SỞ NỘI VỤ`` → ``Sở Nội vụ``,
``THÀNH ỦY HÀ NỘI`` → ``Thành ủy Hà Nội``."""

from __future__ import annotations

import re
from functools import cache

from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.abbrev import by_capitals, is_abbreviation
from ntm_docgen.vietnamese.firmname import firm
from ntm_docgen.vietnamese.schoolname import capitals as _capitals
from ntm_docgen.vietnamese.schoolname import provinces as _provinces
from ntm_docgen.vietnamese.schoolname import school
from ntm_docgen.vietnamese.text import nfc, upper_vi

# Head words of a body's name; the word after them starts the specific name with a capital.
_HEADS = ("ủy ban nhân dân", "hội đồng nhân dân", "văn phòng", "chi cục", "sở", "bộ", "ban",
          "cục", "vụ", "phòng", "trung tâm", "hội đồng", "tổng cục", "viện", "trường", "đài",
          "báo", "hội", "liên đoàn", "đoàn")
# Words before a place name, which is written with capitals.
_PLACES = ("thành phố", "thị xã", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường", "thị trấn")
_PROPER = ("Việt Nam", "Trung ương", "Chính phủ", "Nhà nước", "Mặt trận Tổ quốc", "Đảng",
           "Hồ Chí Minh", "Nông thôn mới", "Bộ Chính trị", "Ban Bí thư", "Quốc hội")
#: Words before a village's name (``thôn Nà Làng``), each kept from the common word it also is
#: (``văn bản``, ``nông thôn mới``, ``buôn bán``).
_VILLAGES = (r"tổ dân phố", r"khu phố", r"(?<!nông )thôn",
             r"(?<!văn )(?<!cơ )(?<!tư )(?<!nhật )(?<!xuất )(?<!phiên )bản", r"buôn(?! bán)",
             r"ấp")
#: A party committee named by its place (``Thành ủy Hải Phòng``), and the Youth Union's
#: (``Tỉnh đoàn Lào Cai``, ``Huyện đoàn Tây Giang``).
_COMMITTEES = ("tỉnh ủy", "thành ủy", "huyện ủy", "tỉnh uỷ", "thành uỷ", "huyện uỷ",
               "tỉnh đoàn", "thành đoàn", "huyện đoàn", "quận đoàn")
#: A word a Roman numeral numbers in a body's name (``Chi cục Thuế khu vực III``).
_NUMBERED = re.compile(r"(?<!\w)(khu vực|vùng|quân khu|khối|cụm) "
                       r"(x{0,3}(?:ix|iv|v?i{0,3}))(?!\w)", re.IGNORECASE)
_LEVEL = "|".join(sorted((*(re.escape(w) if w != "xã" else r"(?<!hợp tác )xã"  # a cooperative
                             for w in (*_PLACES, *_COMMITTEES)), *_VILLAGES),
                         key=len, reverse=True))
#: A level's word and the name after it, up to a comma or the next level's word.
_NAMED = re.compile(rf"(?<!\w)({_LEVEL}) (\w[^,;]*?)(?=[,;]| (?:{_LEVEL}) |$)")


def ten_goi(header_name: str) -> str:
    """The running-text name for a header name (one or more lines of capitals).

    >>> ten_goi("SỞ NỘI VỤ"), ten_goi("ỦY BAN NHÂN DÂN\\nTỈNH KON TUM")
    ('Sở Nội vụ', 'Ủy ban nhân dân tỉnh Kon Tum')
    >>> ten_goi("BAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG")
    'Ban Thi đua - Khen thưởng Trung ương'
    >>> ten_goi("ỦY BAN NHÂN DÂN\\nXÃ TÂN THÀNH"), ten_goi("VĂN PHÒNG")
    ('Ủy ban nhân dân xã Tân Thành', 'Văn phòng')

    An abbreviation stays as printed, a party committee is one body:
    >>> ten_goi("BAN CHỈ ĐẠO CÁC CTMTQG TỈNH"), ten_goi("TỈNH ỦY LẠNG SƠN")
    ('Ban Chỉ đạo các CTMTQG tỉnh', 'Tỉnh ủy Lạng Sơn')
    >>> ten_goi("UBND tỉnh Lâm Đồng"), ten_goi("Ủy ban MTTQ Việt Nam xã Tân Thành")
    ('UBND tỉnh Lâm Đồng', 'Ủy ban MTTQ Việt Nam xã Tân Thành')

    >>> ten_goi("BẢO HIỂM XÃ HỘI TỈNH LẠNG SƠN"), ten_goi("ỦY BAN NHÂN DÂN PHƯỜNG HỘI AN")
    ('Bảo hiểm xã hội tỉnh Lạng Sơn', 'Ủy ban nhân dân phường Hội An')

    A place's name of the highlands is no abbreviation, though its capitals make no syllable:
    >>> ten_goi("ỦY BAN NHÂN DÂN\\nHUYỆN KBANG"), ten_goi("ỦY BAN NHÂN DÂN XÃ ĐĂK PXI")
    ('Ủy ban nhân dân huyện Kbang', 'Ủy ban nhân dân xã Đăk Pxi')

    A city's committee, a village, a Roman numeral and a place after a comma:
    >>> ten_goi("THÀNH ỦY HÀ NỘI"), ten_goi("CHI BỘ THÔN NÀ LÀNG")
    ('Thành ủy Hà Nội', 'Chi bộ thôn Nà Làng')
    >>> ten_goi("CHI CỤC THUẾ KHU VỰC III"), ten_goi("UBND XÃ TÂN THÀNH, TỈNH LẠNG SƠN")
    ('Chi cục Thuế khu vực III', 'UBND xã Tân Thành, tỉnh Lạng Sơn')
    >>> ten_goi("ỦY BAN NHÂN DÂN\\nTỈNH LẠNG SơN")  # a small letter OCR read: still capitals
    'Ủy ban nhân dân tỉnh Lạng Sơn'

    Typed in small letters (the first alone a capital), set as in capitals; her capitals kept:
    >>> ten_goi("Công ty cổ phần cấp nước lạng sơn"), ten_goi("Sở nội vụ tỉnh lạng sơn")
    ('Công ty cổ phần Cấp nước Lạng Sơn', 'Sở Nội vụ tỉnh Lạng Sơn')
    >>> ten_goi("Công ty cổ phần cấp nước Lạng Sơn")
    'Công ty cổ phần cấp nước Lạng Sơn'
    """
    lines = [" ".join(x.split()) for x in nfc(header_name).replace("\\n", "\n").split("\n")]
    over = _parent_over_body([x for x in lines if x])
    if over is not None:
        return over
    joined = " ".join(" ".join(lines).split())
    words = [w for w in joined.split() if w[:1].isalpha()]
    if any(c.isupper() for c in joined[1:]) and any(w.islower() or w[1:].islower()
                                                    and len(w) > 1 for w in words):
        return joined  # typed with her capitals (not one small letter OCR read in a capital,
        # nor the one a sentence opens with: "Công ty cổ phần cấp nước lạng sơn" is in small
        # letters, its field and its place written with capitals as a header's are)
    known = load_data("ten_goi.yaml") or {}
    if upper_vi(joined) in known:
        return str(known[upper_vi(joined)])
    text = joined.lower()
    head = next((h for h in sorted(_HEADS, key=len, reverse=True)
                 if text.startswith(h + " ")), None)  # hội đồng nhân dân, not hội đồng
    if head and not re.match(rf"(?:{_LEVEL}) ", text[len(head) + 1:]):
        # each field of the name starts with a capital: "Văn hóa, Thể thao và Du lịch"
        rest = re.sub(rf"(^| và | [-–] |, (?!(?:{_LEVEL}) ))(\w)",
                      lambda m: m.group(1) + m.group(2).upper(), text[len(head) + 1:])
        text = f"{head} {rest}"
    text = _NAMED.sub(_named, text)
    for proper in _PROPER:
        text = re.sub(re.escape(proper.lower()), proper, text)
    named = _NAMED.search(text)
    ends = named.start(2) if named else len(text)  # a place's name is no abbreviation: KBANG
    known = by_capitals()
    for word in {w.strip("(),.;:") for w in joined.split()}:
        written = known.get(upper_vi(word)) or (word if is_abbreviation(word) else None)
        if written:
            text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", written, text[:ends],
                          flags=re.IGNORECASE) + text[ends:]
    text = re.sub(r"\b(tỉnh|thành|huyện|đảng) (ủy|uỷ)\b", lambda m: m[0].capitalize(), text,
                  flags=re.IGNORECASE)  # "Tỉnh ủy", as the decree writes it
    text = re.sub(r"\b(tỉnh|thành|huyện|quận) đoàn\b", lambda m: m[0].capitalize(), text,
                  flags=re.IGNORECASE)  # "Tỉnh đoàn", as the Youth Union writes it
    text = _BRANCH.sub(_branch, text)
    text = _NUMBERED.sub(lambda m: f"{m[1]} {m[2].upper()}" if m[2] else m[0], text)
    text = own_case(text)
    return school(firm(text[:1].upper() + text[1:]))


def own_case(text: str, *, in_sentence: bool = False) -> str:
    """``text`` with the names bodies write otherwise than the rule read word by word
    (data/ten_co_quan.yaml) written as they write them; ``in_sentence``: a trích yếu's
    words, where a name that is also a common noun (``trạm y tế``) is left as it is.

    >>> own_case("Ban Thường vụ hội liên hiệp phụ nữ tỉnh"), own_case("sở công thương")
    ('Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh', 'Sở Công Thương')
    >>> own_case("xây dựng trạm y tế xã", in_sentence=True)
    'xây dựng trạm y tế xã'
    """
    pattern, written = _own_names(in_sentence)
    return pattern.sub(lambda m: written[m[0].casefold()], text)


@cache
def _own_names(in_sentence: bool) -> tuple[re.Pattern[str], dict[str, str]]:
    """The names of data/ten_co_quan.yaml (``Ủy ban Kiểm tra``, ``Hội Liên hiệp Phụ nữ``),
    the longest first, and each as its body writes it by its folded form."""
    names = sorted((nfc(str(e["ten"])) for e in load_data("ten_co_quan.yaml")["ten"]
                    if not (in_sentence and e.get("chung"))), key=len, reverse=True)
    return (re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names), re.IGNORECASE),
            {n.casefold(): n for n in names})


#: A body that is part of its parent, named with the whole of it (``Văn phòng Ủy ban nhân dân
#: tỉnh``), where a Sở is named with its place only (``Sở Nội vụ tỉnh Lào Cai``).
_PART = ("văn phòng", "thường trực", "ban thường vụ", "ban thường trực", "ban chấp hành",
         "ủy ban kiểm tra", "đảng ủy", "đảng đoàn", "ban cán sự", "hội đồng", "đoàn", "tổ")


#: A Party's Đảng bộ, the line over its committee's header (``ĐẢNG BỘ TỈNH LÀO CAI``).
_PARTY = re.compile(r"^Đảng bộ (tỉnh|thành phố|xã|phường|đặc khu|huyện|quận|thị xã) (\w.*)$")


def _of_party(party: re.Match[str], body: str) -> str:
    """A body of the Party under its Đảng bộ's line, named with the committee's place: the
    committee itself (``Tỉnh ủy Lào Cai``), a body of it (``Ủy ban Kiểm tra Đảng ủy xã Tân
    Thành``), or a body of the Đảng bộ (``Ban Chấp hành Đảng bộ tỉnh Lào Cai``).

    >>> _of_party(_PARTY.match("Đảng bộ tỉnh Lào Cai"), "Ủy ban Kiểm tra Tỉnh ủy")
    'Ủy ban Kiểm tra Tỉnh ủy Lào Cai'
    >>> _of_party(_PARTY.match("Đảng bộ xã Tân Thành"), "Đảng ủy xã")
    'Đảng ủy xã Tân Thành'
    """
    level, name = party[1], party[2]
    if re.search(r"(?:Tỉnh|Thành|Huyện) ủy$", body) or body.endswith(
            (f" {level}", " Đảng tỉnh", " Đảng xã")):
        return f"{body} {name}"
    if body.endswith("Đảng ủy"):
        return f"{body} {level} {name}"
    return f"{body} {party[0]}"


def _parent_over_body(lines: list[str]) -> str | None:
    """A header whose parent body's line stands over the body's (``UBND TỈNH LÀO CAI`` over
    ``SỞ NỘI VỤ``) named as running text does: the body, then its place or its parent, not
    the two run together ("UBND tỉnh Lào Cai Sở Nội Vụ"); None for a header of one body.

    >>> _parent_over_body(["UBND TỈNH LÀO CAI", "SỞ NỘI VỤ"])
    'Sở Nội vụ tỉnh Lào Cai'
    >>> _parent_over_body(["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "VĂN PHÒNG"])
    'Văn phòng Ủy ban nhân dân tỉnh Lào Cai'
    >>> _parent_over_body(["TỈNH ỦY LÀO CAI", "BAN TUYÊN GIÁO VÀ DÂN VẬN"])
    'Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai'
    >>> _parent_over_body(["HỘI NÔNG DÂN TỈNH LÀO CAI", "BAN THƯỜNG VỤ"])
    'Ban Thường vụ Hội Nông dân tỉnh Lào Cai'
    >>> _parent_over_body(["BỘ CÔNG THƯƠNG", "CỤC HÓA CHẤT"])
    'Cục Hóa chất Bộ Công Thương'
    >>> _parent_over_body(["ỦY BAN NHÂN DÂN", "TỈNH KON TUM"]) is None
    True
    """
    for index in range(1, len(lines)):
        parent, body = " ".join(lines[:index]), " ".join(lines[index:])
        first = body.lower()
        if parent.endswith(("-", "–", ",")):
            continue  # "BỘ CÔNG AN - BỘ QUỐC PHÒNG -" over "BỘ Y TẾ": one joint header
        party = _PARTY.match(ten_goi(parent))
        if party:
            return _of_party(party, ten_goi(body))
        if first.startswith("chi nhánh "):  # a bank's branch, named as the bank names it
            return f"{ten_goi(parent)} - {ten_goi(body)}"
        if not any(first == h or first.startswith(h + " ") for h in (*_HEADS, *_PART)):
            continue
        whole = ten_goi(parent)
        if not _NAMED.search(whole.lower()) and not whole.startswith("Bộ ") and not whole.endswith(
                ("Việt Nam", "Hồ Chí Minh")):
            continue  # "BAN THI ĐUA" over "KHEN THƯỞNG …": one body's name over two lines
        named = ten_goi(body)
        if _NAMED.search(named[1:]):
            return named  # the body's own line names its place
        place = _NAMED.search(whole)
        if place is not None and named.endswith(" " + place[1]):  # "… hành chính tỉnh"
            return f"{named[:-len(place[1])]}{whole[place.start():]}"
        if place is None or first.startswith(_PART) or not upper_vi(parent).startswith(
                ("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "UBND", "SỞ ")):
            return f"{named} {whole}"
        return f"{named} {whole[place.start():]}"  # a Sở, a school: its place
    return None


#: A bank's or a company's branch (``- Chi nhánh Cần Giuộc``): after a dash the branch's own
#: name opens with a capital; a place's name after it is written with capitals.
_BRANCH = re.compile(r"(?<!\w)([-–] )?chi nhánh(?: (\w[^,;()]*))?", re.IGNORECASE)


def _branch(found: re.Match[str]) -> str:
    """A branch's word and its place (``chi nhánh lào cai`` → ``chi nhánh Lào Cai``)."""
    dash, name = found[1] or "", found[2]
    word = "Chi nhánh" if dash else found[0][len(dash):len(dash) + len("chi nhánh")]
    if name and " ".join(name.lower().split()) in _places():
        name = _capitals(name.lower())
    return f"{dash}{word}" + (f" {name}" if name else "")


def _named(found: re.Match[str]) -> str:
    """A level's word and its place's name, each word of the name with a capital (``M’gar``
    keeps its small letter after the apostrophe); ``xã hội`` is no commune unless a commune
    of the 2025 list is so named (``xã Hội An``)."""
    level, name = found[1], found[2]
    if level == "xã" and re.match(r"hội\b", name) and name not in _place_names():
        return found[0]
    listed = _place_names().get(_APOSTROPHES.sub("’", name))
    typed = _APOSTROPHES.search(name)  # the list's letters, her apostrophe
    if listed and typed:
        listed = _APOSTROPHES.sub(typed[0], listed)
    return f"{level} {listed or _capitals(name)}"


#: The apostrophes a highland name is typed with (``M’Drắk``, ``M'Drắk``), read as one.
_APOSTROPHES = re.compile("['ʼ‘’]")


@cache
def _place_names() -> dict[str, str]:
    """Each commune-level unit of 2025 by its name in small letters, as running text writes
    it: a capital opening each word (the list's ``Đắk song``, ``SRó``: ``Đắk Song``, ``Sró``),
    a letter after an apostrophe as the list writes it (``M’Drắk``, ``Cư M’gar``)."""
    from vietnam_provinces import Ward

    names = {re.sub(r"^(Xã|Phường|Đặc khu|Thị trấn) ", "", nfc(w.name)) for w in Ward.iter_all()}
    return {_APOSTROPHES.sub("’", " ".join(n.lower().split())):
            " ".join(_as_listed(w) for w in n.split()) for n in names}


def _as_listed(word: str) -> str:
    """``word`` with a capital and small letters after it, but after an apostrophe."""
    return word[:1].upper() + "".join(c if word[i] in "’'" else c.lower()
                                      for i, c in enumerate(word[1:]))


@cache
def _places() -> frozenset[str]:
    """Names of places in small letters: the provinces of 2025 and those merged into them,
    their other names (``ten_khac`` in data/bulk.yaml), and every commune-level unit of 2025."""
    from vietnam_provinces import Ward

    names = [*load_data("bulk.yaml").get("ten_khac", {})]
    names += [re.sub(r"^(Xã|Phường|Đặc khu|Thị trấn) ", "", nfc(w.name)) for w in Ward.iter_all()]
    return _provinces() | frozenset(" ".join(name.lower().split()) for name in names)
