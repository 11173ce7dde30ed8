"""Whether a line of the issuer's name (ô 1) goes on with the line above it: one name wrapped
in the issuer's cell, not a body of its own under its parent."""

from __future__ import annotations

import re

from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.importer.jointname import joint
from ntm_docgen.vietnamese.text import nfc


def goes_on(lines: list[str], at: int) -> bool:
    """Whether ``lines[at]`` goes on with the name of ``lines[at - 1]``: a line starting with a
    level of place or with a word no name begins with, a line under an unfinished or joint line,
    the decision a body was set up under, the rest of an enterprise's, a task body's or (under a
    parent) a body's name, and a line that begins no body under a line that begins none either.

    >>> goes_on(["SỞ CÔNG THƯƠNG", "ĐOÀN KIỂM TRA", "THEO QUYẾT ĐỊNH"], 2)
    True
    >>> goes_on(["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"], 1)
    False
    >>> name = ["BAN CHỈ ĐẠO", "CÁC CHƯƠNG TRÌNH", "MỤC TIÊU QUỐC GIA TỈNH"]
    >>> goes_on(name, 2), goes_on(name, 1)
    (True, True)
    >>> goes_on(["BAN TỔ CHỨC", "ĐẠI HỘI ĐẠI BIỂU", "TIỂU BAN THI ĐUA"], 2)
    False
    """
    above, line = lines[at - 1], lines[at]
    return (a_level_of_place(line)
            or key(above).upper().strip() in rules()["chua_du"]
            or _unfinished(above) or joint(above)
            or bool(_GOES_ON.match(key(line).upper()))
            or _enterprise_goes_on(above, line)
            or _task_body_goes_on(above, line)
            or (at >= 2 and _body_goes_on(above, line))
            or opens_nothing(line)
            or (at >= 2 and not begins_a_body(line) and not begins_a_body(above)))


def a_level_of_place(line: str) -> bool:
    """The line begins with a level of place (``TỈNH``, ``THÀNH PHỐ``, ``XÃ``): it names where the
    body above it is, and begins no body's name of its own.

    >>> a_level_of_place("THÀNH PHỐ HÀ NỘI"), a_level_of_place("TRUNG TÂM PHỤC VỤ")
    (True, False)
    """
    levels = tuple(f"{w} " for w in rules()["cap_hanh_chinh"])
    return f"{key(line).upper()} ".startswith(levels)


def opens_nothing(line: str) -> bool:
    """The line begins with a word no body's name begins with (data/nhap.yaml: khong_mo_ten),
    or with a dash: the rest of the name above it, wrapped.

    >>> opens_nothing("CÁC CHƯƠNG TRÌNH"), opens_nothing("- KHEN THƯỞNG")
    (True, True)
    >>> opens_nothing("CÁC"), opens_nothing("TÀI CHÍNH - KẾ HOẠCH"), opens_nothing("SỞ Y TẾ")
    (True, False, False)
    """
    words = nfc(line).upper().split()
    if words and words[0] in ("-", "–"):
        return True
    return any(words[:len(w.split())] == w.split() for w in rules()["khong_mo_ten"])


def begins_a_body(line: str) -> bool:
    """The line begins a body's name: a head word of any kind (data/nhap.yaml: dau_ten and
    the lists beside it), a level of place, or a line that names no body on its own
    (``THƯỜNG TRỰC``), marks and case aside.

    >>> begins_a_body("CÔNG AN TỈNH LÂM ĐỒNG"), begins_a_body("UBND XÃ TÂN THÀNH")
    (True, True)
    >>> begins_a_body("CHƯƠNG TRÌNH MỤC TIÊU"), begins_a_body("CÁC CHƯƠNG TRÌNH")
    (False, False)
    """
    r = rules()
    heads = [*r["dau_ten"], *r["dau_ten_nhiem_vu"], *r["dau_ten_doanh_nghiep"], *r["dau_ten_khac"]]
    k = f"{' '.join(key(line).upper().split())} "
    return _begins(line, heads) or k.startswith(tuple(f"{w} " for w in r["cap_hanh_chinh"])) \
        or k.strip() in r["chua_du"]


#: A line that goes on with the name above it: the decision a body was set up under
#: (``ĐOÀN KIỂM TRA`` / ``THEO QUYẾT ĐỊNH`` / ``SỐ 1050/QĐ-SCT``).
_GOES_ON = re.compile(r"^(THEO\s|SO\s*\d)")


def _enterprise_goes_on(above: str, line: str) -> bool:
    """Under a line that begins an enterprise's name, a line that begins no body of its own is
    the rest of that name, wrapped (data/nhap.yaml: dau_ten_doanh_nghiep).

    >>> _enterprise_goes_on("CÔNG TY CP ĐẦU TƯ XÂY DỰNG", "HẠ TẦNG VÀ GIAO THÔNG")
    True
    >>> _enterprise_goes_on("TỔNG CÔNG TY ĐIỆN LỰC", "CÔNG TY ĐIỆN LỰC LÀO CAI")
    False
    >>> _enterprise_goes_on("CÔNG TY CP MÔNG SƠN", "PHÒNG KỸ THUẬT")
    False
    >>> _enterprise_goes_on("UBND TỈNH LÀO CAI", "HẠ TẦNG VÀ GIAO THÔNG")
    False
    """
    enterprises = rules()["dau_ten_doanh_nghiep"]
    return _begins(above, enterprises) and not _begins(line, [*enterprises, *rules()["dau_ten"]])


def _task_body_goes_on(above: str, line: str) -> bool:
    """Under a line that begins the name of a body set up for a task (a council, a committee,
    a team: data/nhap.yaml: dau_ten_nhiem_vu), a line that begins no body of its own is the rest
    of that name, wrapped: such a name says the task and runs long.

    >>> _task_body_goes_on("HỘI ĐỒNG XÉT THĂNG HẠNG", "CDNN VIÊN CHỨC NĂM 2025")
    True
    >>> _task_body_goes_on("TỔ GIÚP VIỆC VỀ", "CẢI CÁCH HÀNH CHÍNH")
    True
    >>> _task_body_goes_on("BAN CHỈ ĐẠO TỈNH", "TỔ CÔNG TÁC"), _task_body_goes_on("BỘ CÔNG AN",
    ...                                                                        "CÔNG AN TỈNH")
    (False, False)
    >>> _task_body_goes_on("HỘI ĐỒNG NHÂN DÂN TỈNH", "THƯỜNG TRỰC")
    False
    """
    return _name_goes_on(above, line, rules()["dau_ten_nhiem_vu"])


def _body_goes_on(above: str, line: str) -> bool:
    """Under a line that begins a body's name, a line that begins no body of its own is the
    rest of that name, wrapped; asked of a name with a parent over it (``BỘ CÔNG AN`` /
    ``CỤC CẢNH SÁT ĐIỀU TRA`` / ``TỘI PHẠM VỀ MA TUÝ``), where a line under the parent alone may
    name a body no head begins (``BỘ CÔNG AN`` / ``CÔNG AN TỈNH LÂM ĐỒNG``).

    >>> _body_goes_on("CỤC CẢNH SÁT ĐIỀU TRA", "TỘI PHẠM VỀ MA TUÝ")
    True
    >>> _body_goes_on("CỤC THUẾ", "CHI CỤC THUẾ KHU VỰC II"), _body_goes_on("BỘ CÔNG AN",
    ...                                                                  "THƯỜNG TRỰC")
    (False, False)
    >>> _body_goes_on("ĐẢNG BỘ TỈNH", "BAN CHẤP HÀNH")
    False
    """
    return _name_goes_on(above, line, rules()["dau_ten"])


def _name_goes_on(above: str, line: str, opening: list[str]) -> bool:
    """``above`` begins with one of ``opening`` and ``line`` begins no body of any kind (nor
    is a word that leaves a name unfinished): the rest of ``above``'s name, wrapped."""
    heads = [*rules()["dau_ten"], *rules()["dau_ten_nhiem_vu"], *rules()["dau_ten_doanh_nghiep"]]
    return _begins(above, opening) and not _begins(line, heads) \
        and key(line).upper().strip() not in rules()["chua_du"]


def _begins(text: str, heads: list[str]) -> bool:
    """``text`` begins with one of ``heads``, marks and case aside."""
    k = f"{' '.join(key(text).upper().split())} "
    return any(k.startswith(f"{key(h).upper()} ") for h in heads)



def _unfinished(line: str) -> bool:
    """A name line that goes on below: it ends with a comma, a dash or ``VÀ``
    (``CỤC ĐỔI MỚI SÁNG TẠO,`` / ``CHUYỂN ĐỔI XANH VÀ`` / ``KHUYẾN CÔNG``).

    >>> _unfinished("CHUYỂN ĐỔI XANH VÀ"), _unfinished("CỤC ĐỔI MỚI,"), _unfinished("BỘ Y TẾ")
    (True, True, False)
    """
    text = line.rstrip()
    return text.endswith((",", "-", "–")) or key(text).upper().endswith(" VA")

