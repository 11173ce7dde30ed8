"""Whether the letter given to implement gives any unit below its issuer work to carry out: a
Tờ trình, a Báo cáo, a Biên bản or a Giấy mời does not, nor a Quyết định on the persons or the
one body it names, nor a letter sent only to companies, persons or associations; each is refused,
told as what it is (``khong_giao_viec``, ``quyet_dinh_ca_biet``, ``nhan_ngoai`` in
data/derive/van.yaml)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ntm_docgen.derive.rules import van
from ntm_docgen.files.resources import load_data
from ntm_docgen.i18n import N_, Said, said
from ntm_docgen.vietnamese.loai import find_loai
from ntm_docgen.vietnamese.text import upper_vi

_PERSON = re.compile(r"^(?:ông|bà|đồng chí)(?:\s*(?:/|,|\(|và)\s*(?:ông|bà)\)?)*\s+",
                     re.IGNORECASE)
_ABOUT = re.compile(r"^(?:v/v|về việc)\s+", re.IGNORECASE)
_GIVES_WORK = N_("a công văn, kế hoạch, hướng dẫn, chỉ thị, or a quyết định that issues one")


def no_work(loai: str, trich_yeu: str, kinh_gui: Sequence[str]) -> Said | None:
    """Why the letter (its type code ``loai``, its trích yếu and its Kính gửi) gives no unit
    work to carry out, or None when it may.

    >>> no_work("TTr", "Về việc xin chủ trương", []).values["kind"]
    'Tờ trình'
    >>> no_work("QĐ", "Về việc bổ nhiệm ông A", []).values["about"]
    'bổ nhiệm ông A'
    >>> no_work("CV", "V/v từ chối thẩm định", ["Công ty cổ phần Mông Sơn"]).values["them"]
    'Công ty cổ phần Mông Sơn'
    >>> [no_work("CV", "V/v kiểm tra", k) for k in (["Hội đồng nhân dân tỉnh"], [])]
    [None, None]
    >>> no_work("QĐ", "Về việc ban hành Kế hoạch bổ nhiệm", []) is None
    True
    >>> no_work("QĐ", "Xử phạt vi phạm hành chính", []) is not None
    True
    >>> no_work("QĐ", "Nhiệm vụ trọng tâm xây dựng nông thôn mới năm 2026 của các xã", [])
    >>> no_work("QĐ", "Ban hành quy định chức năng, nhiệm vụ của Văn phòng", []) is not None
    True
    """
    words = van()
    if loai in words["khong_giao_viec"]:
        found = find_loai(loai)
        return said(N_("is a {kind}, which gives no unit below its issuer work to carry out (a "
                       "Tờ trình asks the level above to decide, a Báo cáo reports, a Biên bản "
                       "records, a Giấy mời invites), so there is nothing in it to implement; "
                       "derive from a letter that gives the unit work: {gives}"),
                    kind=found.ten if found else loai, gives=said(_GIVES_WORK))
    about = _ABOUT.sub("", " ".join(trich_yeu.split()))
    if loai == "QĐ" and _opens(about.casefold(), [w.casefold()
                                                  for w in words["quyet_dinh_ca_biet"]]) \
            and not _gives_units_work(about):
        return said(N_("is a Quyết định on “{about}”, which decides on the persons or the body "
                       "it names and gives no unit below its issuer work to carry out, so there "
                       "is nothing in it to implement; derive from a letter that gives the unit "
                       "work: {gives}"), about=about, gives=said(_GIVES_WORK))
    if kinh_gui and all(_outside(x) for x in kinh_gui):
        return said(N_("is addressed only to {them}: what it asks is theirs, and it gives no "
                       "unit of the administration work to carry out, so there is nothing in it "
                       "to implement; derive from a letter addressed to the unit or to its "
                       "level"), them="; ".join(" ".join(x.split()) for x in kinh_gui))
    return None


def _gives_units_work(about: str) -> bool:
    """Whether a decision's trích yếu, wherever it says it, issues or approves what units carry
    out, sets up or renews a body of their heads, or names units (``ca_biet_giao_viec``).

    >>> _gives_units_work("Thành lập Ban Chỉ đạo và ban hành Kế hoạch triển khai phong trào")
    True
    >>> _gives_units_work("Phê duyệt kết quả xếp hạng Chỉ số CCHC của UBND các xã, phường")
    True
    >>> _gives_units_work("Thành lập Ban bầu cử đại biểu Hội đồng nhân dân phường Sa Đéc")
    False
    >>> _gives_units_work("Ban hành Quy định chức năng, nhiệm vụ của Sở Nông nghiệp")
    False

    Units or a body named make a decision work only where it sets up, renews, dissolves or ranks
    them; a decision on a person names them only to say where she or he works:
    >>> _gives_units_work("Bổ nhiệm ông A giữ chức Chánh Văn phòng Ban Chỉ đạo tỉnh")
    False
    >>> _gives_units_work("Nâng bậc lương thường xuyên đối với công chức UBND các xã")
    False
    >>> _gives_units_work("phê duyệt thành viên và ban hành Quy chế hoạt động Tổ giúp việc")
    False
    >>> _gives_units_work("Kiện toàn Ban Chỉ đạo tỉnh Bà Rịa - Vũng Tàu giai đoạn 2021 - 2025")
    True
    >>> _gives_units_work("Phê duyệt kết quả xếp hạng CCHC năm 2024 đối với UBND các xã")
    True
    """
    words = van()["ca_biet_giao_viec"]
    alt = "|".join
    issued = (rf"(?<!\w)(?:{alt(words['hanh'])})(?:\s+kèm theo)?\s+"
              rf"(?:{alt(words['van_ban'])})(?!\w)(?!,?\s+(?:{alt(words['van_ban_khong'])}))")
    body = rf"(?:{alt(words['co_quan'])})(?!\s+(?:{alt(words['co_quan_khong'])}))"
    named = rf"(?<!\w)(?:{body}|{alt(words['don_vi'])})(?!\w)"
    if re.search(issued, about, re.IGNORECASE):
        return True
    return _opens(about.casefold(), [w.casefold() for w in words["dat_don_vi"]]) and \
        bool(re.search(named, about, re.IGNORECASE))


def _outside(addressee: str) -> bool:
    """An addressee that is a company, a person or an association, not a body of the
    administration or one of its đoàn thể.

    >>> [_outside(x) for x in ("Ông/Bà Chủ tịch Ủy ban nhân dân các huyện", "Hội LHPN tỉnh",
    ...                        "Ông (Bà) Giám đốc Công ty Mông Sơn", "Ông Nguyễn Văn A")]
    [False, False, True, True]

    "Đồng chí" addresses a cadre by the office held, which is a body's:
    >>> [_outside(x) for x in ("Đồng chí Bí thư Đảng ủy các xã, phường",
    ...                        "Đồng chí Trưởng Công an các xã", "Đồng chí Nguyễn Văn A")]
    [False, False, True]
    """
    text = " ".join(addressee.split())
    comrade = re.match(r"đồng chí\s+", text, re.IGNORECASE)
    if comrade:  # outside only where a name alone follows: every word of it opens in capitals
        return all(w[:1].isupper() for w in text[comrade.end():].split())
    person = _PERSON.match(text)
    if person:  # "Ông/Bà Chủ tịch Ủy ban nhân dân các huyện" is that Ủy ban; "Ông Nguyễn Văn A" not
        rest = text[person.end():]
        title = next((t for t in load_data("chuc_danh.yaml")["chuc_danh"]
                      if upper_vi(rest) == t or upper_vi(rest).startswith(t + " ")), None)
        return title is None or _outside(rest[len(title) + 1:])
    return _opens(text, van()["nhan_ngoai"]) and not _opens(text, van()["nhan_ngoai_tru"])


def _opens(text: str, words: Sequence[str]) -> bool:
    """Whether ``text`` opens with one of ``words`` as whole words.

    >>> _opens("xử phạt vi phạm hành chính", ["xử phạt"]), _opens("Hội đồng", ["Hội"])
    (True, True)
    >>> _opens("công nhận kết quả huấn luyện, kiểm tra", ["công nhận kết quả huấn luyện"])
    True
    >>> _opens("Hộii", ["Hội"])
    False
    """
    return any(text.startswith(w) and not text[len(w):len(w) + 1].isalnum() for w in words)
