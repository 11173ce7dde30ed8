"""The work a derived letter carries out, as its trích yếu names it: the letter implemented's
subject in running text, what the units report on and what they do of it."""

from __future__ import annotations

import re

from ntm_docgen.derive.cite import lower_first
from ntm_docgen.derive.rules import van


def subject(trich_yeu: str) -> str:
    """What a letter is about, without a decision's "ban hành Kế hoạch" in front.

    >>> subject("Về việc ban hành Kế hoạch tổ chức thực hiện phong trào thi đua")
    'tổ chức thực hiện phong trào thi đua'
    >>> subject("Sơ kết Phong trào thi đua")
    'sơ kết Phong trào thi đua'

    ... a plan named by what it is, not by a work, is carried out by its name:

    >>> subject("Ban hành Kế hoạch hành động vì sự tiến bộ phụ nữ giai đoạn 2006 - 2010")
    'thực hiện Kế hoạch hành động vì sự tiến bộ phụ nữ giai đoạn 2006 - 2010'
    >>> subject("BAN HÀNH QUY CHẾ THI ĐUA, KHEN THƯỞNG TỈNH QUẢNG BÌNH")
    'thực hiện Quy chế thi đua, khen thưởng tỉnh Quảng Bình'

    What only the issuer does (publish, issue, approve) is what the units carry out:

    >>> subject("Về việc công bố Danh mục thủ tục hành chính lĩnh vực hộ tịch")
    'thực hiện Danh mục thủ tục hành chính lĩnh vực hộ tịch'
    >>> subject("Ban hành bộ tiêu chí xã nông thôn mới tỉnh Hòa Bình")
    'thực hiện bộ tiêu chí xã nông thôn mới tỉnh Hòa Bình'

    ... only what can be carried out:

    >>> subject("Công bố tình trạng khẩn cấp về thiên tai")
    'công bố tình trạng khẩn cấp về thiên tai'

    ... and an inspection a body names as its own is the plan the units carry out, not their work:

    >>> subject("Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2021 của Ban Chỉ đạo")
    'thực hiện Kế hoạch kiểm tra công tác cải cách hành chính năm 2021 của Ban Chỉ đạo'
    """
    text = lower_first(" ".join(trich_yeu.split()))
    work = tuple(w.casefold() for w in van()["ban_hanh_viec"])
    for words in van()["ban_hanh"]:
        rest = text[len(words) + 1:]
        if text.casefold().startswith(words.casefold() + " ") and _opens_with(rest, work) \
                and not _bodys_inspection(rest):
            return rest
    done = tuple(w.casefold() for w in van()["viec_duoi_truoc"])  # ... of what can be done
    for act, theirs in van()["viec_duoi"].items():  # the issuer's own act, as the units do it
        rest = text[len(act) + 1:]
        if text.casefold().startswith(act.casefold() + " ") and _opens_with(rest, done):
            return f"{theirs} {_named(rest)}"
    return _guided(text)


def _guided(text: str) -> str:
    """What the units carry out of a guidance named by its act ("hướng dẫn …").

    >>> _guided("hướng dẫn một số nội dung thu thập, phân tích thị trường lao động")
    'thực hiện một số nội dung thu thập, phân tích thị trường lao động'
    >>> _guided("hướng dẫn tổng kết công tác thi đua"), _guided("hướng dẫn viên du lịch")
    ('tổng kết công tác thi đua', 'hướng dẫn viên du lịch')
    """
    for words in sorted(van()["huong_dan_mo"], key=len, reverse=True):
        rest = text[len(words) + 1:]
        if not text.casefold().startswith(words.casefold() + " ") or not rest.strip():
            continue
        if _opens_with(rest, tuple(w.casefold() for w in van()["huong_dan_phan"])):
            return f"thực hiện {rest}"
        if _opens_with(rest, tuple(w.casefold() for w in van()["ban_hanh_viec"])) \
                or words != "hướng dẫn":
            return rest
    return text


def _bodys_inspection(work: str) -> bool:
    """Whether ``work`` is an inspection a body names as its own: "kiểm tra … của Ban Chỉ đạo …"
    (``ban_hanh_viec_cua`` in data/derive/van.yaml).

    >>> _bodys_inspection("kiểm tra công tác cải cách hành chính của Bộ Nội vụ")
    True
    >>> _bodys_inspection("kiểm tra việc thực hiện của các xã"), _bodys_inspection("tổ chức")
    (False, False)
    """
    if not _opens_with(work, tuple(w.casefold() for w in van()["ban_hanh_viec_cua"])):
        return False
    bodies = "|".join(re.escape(b) for b in (*van()["co_quan_dau"], *van()["viec_cua_co_quan"]))
    return re.search(rf"(?<!\w)của\s+(?:{bodies})(?!\w)", work, re.IGNORECASE) is not None


def _named(text: str) -> str:
    """A plan or rules named as clerks write their kind ("kế hoạch …", of a trích yếu printed
    in capitals, is "Kế hoạch …")."""
    for kind in (w.split(" ", 2)[2] for w in van()["ban_hanh"]):  # "ban hành" + its kind
        if text.casefold().startswith(kind.casefold() + " "):
            return kind + text[len(kind):]
    return text


def _opens_with(text: str, words: tuple[str, ...]) -> bool:
    folded = re.sub(r"^(?:[“\"]|\d+\s+|các\s+)", "", text.casefold())
    return any(folded.startswith(w) and not folded[len(w):len(w) + 1].isalnum() for w in words)


def reported(viec: str) -> tuple[str, str]:
    """What the units report on ``viec`` and what they do of it, in running text.

    >>> reported("sơ kết phong trào thi đua")
    ('sơ kết phong trào thi đua', 'tổ chức sơ kết phong trào thi đua')
    >>> reported("chấn chỉnh công tác quản lý")
    ('kết quả chấn chỉnh công tác quản lý', 'triển khai chấn chỉnh công tác quản lý')
    >>> reported("tổ chức thực hiện phong trào thi đua")
    ('kết quả tổ chức thực hiện phong trào thi đua', 'tổ chức thực hiện phong trào thi đua')

    A trích yếu that is itself a report's ("báo cáo kết quả thực hiện …") is not said twice
    ("báo cáo kết quả báo cáo kết quả …"):
    >>> reported("báo cáo kết quả thực hiện phong trào thi đua")
    ('kết quả thực hiện phong trào thi đua', 'thực hiện phong trào thi đua')
    >>> reported("báo cáo sơ kết phong trào")
    ('sơ kết phong trào', 'tổ chức sơ kết phong trào')
    >>> reported("báo cáo tình hình thực hiện Chỉ thị 05")
    ('tình hình thực hiện Chỉ thị 05', 'thực hiện Chỉ thị 05')
    """
    if viec.casefold().startswith("báo cáo ") and viec[8:].strip():
        rest = viec[8:].strip()
        about = re.sub(r"^(?:kết quả|tình hình)\s+", "", rest, flags=re.IGNORECASE)
        on, doing = reported(about)
        return (rest if about != rest else on), doing
    words = van()
    said = {key: form.format(viec=viec) for key, form in words["viec_noi"].items()}
    folded = viec.casefold()
    if folded.startswith(tuple(w.casefold() + " " for w in words["viec_bao_cao"])):
        return viec, said["to_chuc"]
    if folded.startswith(tuple(w.casefold() + " " for w in words["viec_lam"])):
        return said["ket_qua"], viec
    return said["ket_qua"], said["trien_khai"]
