"""How a derived letter names the letter it implements: issuer, citation, the work asked for."""

from __future__ import annotations

import re
from functools import cache

from ntm_docgen.derive.rules import van
from ntm_docgen.files.resources import load_data
from ntm_docgen.letter.spec import CoQuan, Spec
from ntm_docgen.vietnamese.bodyname import school
from ntm_docgen.vietnamese.names import proper_start, running_case, ten_goi
from ntm_docgen.vietnamese.text import nfc, ngay_ngan, so_hieu, upper_vi

_PLACE = re.compile(r"\b(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU)\s+\S.*$")
#: a parent that is a party committee ("HUYỆN ỦY BẢO THẮNG"): a body's name, not a place
_COMMITTEE = re.compile(r"^(?:TỈNH|THÀNH|HUYỆN|ĐẢNG)\s+(?:ỦY|UỶ)\b")


def issuer_name(co_quan: CoQuan) -> str:
    """The issuer in running text, with its place when only the parent body's line has it.

    >>> issuer_name(CoQuan("BAN THI ĐUA - KHEN THƯỞNG\\nTRUNG ƯƠNG"))
    'Ban Thi đua - Khen thưởng Trung ương'
    >>> issuer_name(CoQuan("SỞ NỘI VỤ", chu_quan="UBND TỈNH LẠNG SƠN"))
    'Sở Nội vụ tỉnh Lạng Sơn'
    >>> issuer_name(CoQuan("ỦY BAN NHÂN DÂN\\nTỈNH KON TUM"))
    'Ủy ban nhân dân tỉnh Kon Tum'
    >>> issuer_name(CoQuan("SỞ CÔNG THƯƠNG", chu_quan="UBND TỈNH LÀO CAI"))
    'Sở Công Thương tỉnh Lào Cai'

    A body that is a part of its parent is named with it, and a place is not named twice:

    >>> issuer_name(CoQuan("VĂN PHÒNG", chu_quan="UBND TỈNH LÂM ĐỒNG"))
    'Văn phòng UBND tỉnh Lâm Đồng'
    >>> issuer_name(CoQuan("BAN THƯỜNG TRỰC", chu_quan="ỦY BAN MTTQ VIỆT NAM\\nXÃ LƯƠNG MINH"))
    'Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh'
    >>> issuer_name(CoQuan("HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TỈNH",
    ...                    chu_quan="UBND TỈNH LÂM ĐỒNG"))
    'Hội đồng Thẩm định chỉ số cải cách hành chính tỉnh Lâm Đồng'
    >>> issuer_name(CoQuan("TRƯỜNG THPT ĐỐC BINH KIỀU", chu_quan="SỞ GDĐT TỈNH ĐỒNG THÁP"))
    'Trường THPT Đốc Binh Kiều tỉnh Đồng Tháp'
    >>> issuer_name(CoQuan("BAN TUYÊN GIÁO", chu_quan="HUYỆN ỦY BẢO THẮNG"))
    'Ban Tuyên giáo Huyện ủy Bảo Thắng'
    >>> issuer_name(CoQuan("BAN THƯỜNG VỤ", chu_quan="HỘI NÔNG DÂN TỈNH LÀO CAI"))
    'Ban Thường vụ Hội Nông dân tỉnh Lào Cai'
    >>> issuer_name(CoQuan("ỦY BAN KIỂM TRA TỈNH ỦY", chu_quan="ĐẢNG BỘ TỈNH LÀO CAI"))
    'Ủy ban Kiểm tra Tỉnh ủy Lào Cai'

    A bank's branch is named with its bank; a company whose name ends in its place, once:

    >>> issuer_name(CoQuan("CHI NHÁNH TỈNH LÀO CAI",
    ...                    chu_quan="NGÂN HÀNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM"))
    'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh tỉnh Lào Cai'
    >>> issuer_name(CoQuan("CÔNG TY TNHH MTV XỔ SỐ KIẾN THIẾT LÀO CAI",
    ...                    chu_quan="UBND TỈNH LÀO CAI"))
    'Công ty TNHH MTV Xổ số kiến thiết Lào Cai'
    """
    if co_quan.chu_quan and upper_vi(co_quan.chu_quan).startswith("ĐẢNG BỘ "):
        return ten_goi(f"{co_quan.chu_quan}\n{co_quan.ten}")  # the committee's place
    name = school(known_case(ten_goi(co_quan.ten)))
    header = " ".join(co_quan.ten.split())
    if co_quan.chu_quan and name.startswith("Chi nhánh "):  # a bank's branch: the bank's
        return ten_goi(f"{co_quan.chu_quan}\n{co_quan.ten}")  # name, then the branch's
    if co_quan.chu_quan and (_part_of(name) or _COMMITTEE.match(upper_vi(" ".join(
            co_quan.chu_quan.split())))):
        return f"{name} {_parent(co_quan.chu_quan)}"
    if co_quan.chu_quan and not _PLACE.search(header):
        place = _PLACE.search(" ".join(co_quan.chu_quan.split()))
        if place:
            where = ten_goi(place.group(0))
            kind = place.group(1).lower()  # "… CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TỈNH": not twice
            name = name[:-len(kind)].rstrip() if name.lower().endswith(" " + kind) else name
            own = where.split(" ", len(kind.split()))[-1]  # "… KIẾN THIẾT LÀO CAI": named
            if not name.endswith(" " + own):
                name += " " + where[:1].lower() + where[1:]
    return name


def _part_of(name: str) -> bool:
    """A body named only as a part of its parent body (``bo_phan`` in data/derive/van.yaml)."""
    words = van()["bo_phan"]
    return name in words["ten"] or name.startswith(tuple(w + " " for w in words["mo"]))


def _parent(chu_quan: str) -> str:
    """The parent body's line in running text, its abbreviations kept (``UBND``, ``MTTQ``).

    >>> _parent("UBND TỈNH LÀO CAI"), _parent("ỦY BAN MTTQ VIỆT NAM\\nXÃ LƯƠNG MINH")
    ('UBND tỉnh Lào Cai', 'Ủy ban MTTQ Việt Nam xã Lương Minh')
    """
    return ten_goi(" ".join(chu_quan.split()))  # ten_goi keeps a header's abbreviations


def known_case(name: str) -> str:
    """A body's name with the capitals the decree and the body print it with, when it opens
    with a name the tool knows (data/derive/: the offices of co_quan.yaml, the ministries of
    van.yaml, a Sở named as its ministry is): the generic rule writes one capital a field.

    >>> known_case("Sở Công thương tỉnh Lào Cai"), known_case("Bộ Công thương")
    ('Sở Công Thương tỉnh Lào Cai', 'Bộ Công Thương')
    >>> known_case("Sở Công thươngx"), known_case("Sở Nội vụ tỉnh Lạng Sơn")
    ('Sở Công thươngx', 'Sở Nội vụ tỉnh Lạng Sơn')
    """
    folded = name.casefold()
    for known in _known_names():
        size = len(known)
        if folded.startswith(known.casefold()) and not name[size:size + 1].isalnum():
            return known + name[size:]
    return name


@cache
def _known_names() -> tuple[str, ...]:
    """The bodies' names derive knows, longest first."""
    names = set(van()["trung_uong"])
    for entry in load_data("derive/co_quan.yaml")["co_quan"]:
        names |= {*entry["giao"], *entry["tren_ten"]}
        names |= {office for offices in entry["giao"].values() for office in offices}
    names |= {"Sở " + name[len("Bộ "):] for name in names if name.startswith("Bộ ")}
    return tuple(sorted((nfc(name) for name in names), key=len, reverse=True))


@cache
def _body_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """The known names of a Sở, Bộ or Phòng, to find in a trích yếu printed in capitals, which
    running_case writes small (the other known bodies' names are also common nouns: "công an",
    "bảo hiểm xã hội"), and each as printed, by its folded form."""
    case = {name.casefold(): name for name in _known_names()
            if name.startswith(("Sở ", "Bộ ", "Phòng "))}
    return re.compile("|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name in case),
                      re.IGNORECASE), case


def issuer_short(name: str) -> str:
    """An issuer's name without its place, as a letter of that place names it.

    >>> issuer_short("Ủy ban nhân dân tỉnh Quảng Ngãi"), issuer_short("Sở Nội vụ tỉnh Lạng Sơn")
    ('Ủy ban nhân dân tỉnh', 'Sở Nội vụ')
    >>> issuer_short("Ủy ban nhân dân đặc khu Lý Sơn"), issuer_short("Ủy ban nhân dân thị trấn A")
    ('Ủy ban nhân dân đặc khu', 'Ủy ban nhân dân thị trấn')
    """
    match = re.match(r"^(Ủy ban nhân dân|Hội đồng nhân dân) (tỉnh|huyện|xã|phường|thành phố|"
                     r"thị xã|thị trấn|đặc khu)\b", name)
    if match:
        return match.group(0)
    return re.sub(r" (tỉnh|huyện|xã|phường|thành phố|thị xã|thị trấn|đặc khu) \S.*$", "", name)


def lower_first(text: str) -> str:
    """``Sơ kết phong trào`` → ``sơ kết phong trào``, a proper name kept; ``V/v`` dropped; a
    trích yếu printed in capitals in running text's case (``running_case``).

    >>> lower_first("V/v Tổng kết phong trào"), lower_first("UBND tỉnh")
    ('tổng kết phong trào', 'UBND tỉnh')
    >>> lower_first("Về việc ban hành Kế hoạch"), lower_first("Về tăng cường công tác")
    ('ban hành Kế hoạch', 'tăng cường công tác')
    >>> lower_first("V/v Mặt trận Tổ quốc tham gia giám sát")
    'Mặt trận Tổ quốc tham gia giám sát'
    >>> lower_first("VỀ VIỆC CHẤN CHỈNH CÔNG TÁC QUẢN LÝ CÁC KHU KINH TẾ TỈNH LẠNG SƠN")
    'chấn chỉnh công tác quản lý các khu kinh tế tỉnh Lạng Sơn'
    >>> lower_first("VỀ VIỆC PHỐI HỢP VỚI SỞ CÔNG THƯƠNG VÀ SỞ NỘI VỤ")
    'phối hợp với Sở Công Thương và Sở Nội vụ'
    """
    # a Chỉ thị's or Nghị quyết's "Về tăng cường ..." as a công văn's "V/v" ("về nguồn" is a work)
    kept = "|".join(map(re.escape, van()["ve_la_viec"]))
    running = running_case(text.strip())
    if running != " ".join(text.split()):  # printed in capitals: the bodies it names as known
        found, case = _body_names()
        running = found.sub(lambda m: case[m[0].casefold()], running)
    text = re.sub(rf"^(V/v|về việc|về(?!\s+(?:{kept})\b))\s+", "", running,
                  flags=re.IGNORECASE)
    first = text.split(" ", 1)[0]
    if (len(first) > 1 and first[1:].isupper()) or proper_start(text):
        return text
    return text[:1].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def citation(source: Spec) -> str:
    """The source as clerks cite it, its movement's name untouched.

    ``Hướng dẫn số 1741/HD-BTĐKT ngày 31/7/2018 của Ban Thi đua - Khen thưởng Trung ương về
    việc sơ kết Phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” ...``
    """
    words = van()
    fields = {"loai": source.loai.ten, "co_quan": issuer_name(source.co_quan),
              "trich_yeu": lower_first(" ".join((source.trich_yeu or "").split()))}
    if source.so is None or source.ngay is None:
        return words["trich_dan_nhap"].format(**fields)
    return words["trich_dan"].format(so_hieu=so_hieu(source.so, source.ky_hieu),
                                     ngay=ngay_ngan(source.ngay), **fields)
