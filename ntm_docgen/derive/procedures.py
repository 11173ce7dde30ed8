"""A decision publishing administrative procedures (thủ tục hành chính) that another body settles
("… thuộc thẩm quyền giải quyết của Sở Y tế"), given to a unit that settles none of them: what it
publishes is that body's to carry out with the people, not the unit's units' work, told first."""

from __future__ import annotations

import re

from ntm_docgen.derive.above import RANK
from ntm_docgen.derive.cite import issuer_name
from ntm_docgen.derive.levels import OWN
from ntm_docgen.derive.profile import Profile
from ntm_docgen.i18n import N_, said, shortened
from ntm_docgen.letter.spec import Spec
from ntm_docgen.vietnamese.donvi import HAI_CAP

_PROCEDURES = re.compile(r"(?<!\w)(?:thủ tục hành chính|TTHC)(?!\w)", re.IGNORECASE)
#: the body that settles them: "thuộc thẩm quyền giải quyết của …", "thuộc phạm vi, chức năng
#: quản lý (nhà nước) của …"
_SETTLED_BY = re.compile(r"(?<!\w)(?:thẩm quyền|quản lý)(?:\s+(?:giải quyết|nhà nước))?"
                         r"\s+của\s+(?P<who>[^;]+)", re.IGNORECASE)


def settled_by(trich_yeu: str) -> str | None:
    """The body a trích yếu publishing procedures names as settling them, or None.

    >>> settled_by("Về việc công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết "
    ...            "của Sở Tư pháp")
    'Sở Tư pháp'
    >>> settled_by("Công bố Danh mục TTHC thuộc phạm vi, chức năng quản lý nhà nước của Sở Y tế")
    'Sở Y tế'
    >>> settled_by("Ban hành Kế hoạch tổ chức thực hiện phong trào thi đua")
    """
    text = " ".join(trich_yeu.split())
    if not _PROCEDURES.search(text):
        return None
    found = _SETTLED_BY.search(text)
    return found["who"].strip(" .,") if found else None


#: What a commune settles since 1 July 2025 besides its own level's procedures: those of the
#: huyện level gone (its Ủy ban, its phòng), and the two-level government's it shares in.
_TAKEN_OVER = ("huyện", "quận", "thị xã", "hai cấp")
#: the huyện level's phòng (Nghị định 37/2014/NĐ-CP, amended by 108/2020/NĐ-CP): not another
#: "phòng" ("Văn phòng Đăng ký đất đai", "phòng cháy", "quốc phòng", "Phòng Công chứng số 1",
#: "Phòng Cảnh sát PCCC … Công an tỉnh")
_PHONG_HUYEN = re.compile(r"(?<![\w ]Văn )(?<!\w)(?:Phòng|phòng) (?:Tư pháp|Nội vụ|Tài chính|"
                          r"Kinh tế|Tài nguyên|Văn hóa|Văn hoá|Lao động|Y tế|Giáo dục|"
                          r"Nông nghiệp|Quản lý đô thị|Dân tộc)(?!\w)|(?<!\w)phòng chuyên môn")


def _hers(text: str, profile: Profile) -> bool:
    """Whether ``text`` names the unit's own level ("cấp xã", "Ủy ban nhân dân các xã") or,
    for a Sở, the unit itself; for a commune of the two levels, the huyện level it took over
    (``Phòng Giáo dục và Đào tạo``, ``UBND cấp huyện``) or the two levels' government.

    >>> from ntm_docgen.derive.profile import parse_profile
    >>> xa = parse_profile({"tinh": "Tân Thành", "thuoc": "Lạng Sơn", "cap": "xã",
    ...     "co_quan": {"ten": "UBND"}, "ten_goi": "Ủy ban nhân dân xã Tân Thành",
    ...     "dia_danh": "Tân Thành", "ky": {"chuc_vu": "CHỦ TỊCH", "ho_ten": "A"}})
    >>> [_hers(t, xa) for t in ("TTHC thuộc thẩm quyền giải quyết của UBND cấp huyện",
    ...     "TTHC của chính quyền địa phương hai cấp", "TTHC thuộc thẩm quyền của Sở Y tế",
    ...     "TTHC thuộc thẩm quyền của Phòng Giáo dục và Đào tạo")]
    [True, True, False, True]
    >>> [_hers(f"TTHC thuộc thẩm quyền của {t}", xa) for t in ("Văn phòng Đăng ký đất đai",
    ...     "Phòng Công chứng số 1", "Phòng Cảnh sát PCCC và CNCH Công an tỉnh")]
    [False, False, False]
    >>> _hers("TTHC lĩnh vực phòng cháy, chữa cháy, quốc phòng của Sở Y tế", xa)
    False
    """
    if RANK.get(profile.cap, 1) >= 2:
        kinds = OWN.get(profile.cap, (profile.cap,))
        if "xã" in kinds and (profile.den_ngay is None or profile.den_ngay >= HAI_CAP):
            kinds = (*kinds, *_TAKEN_OVER)
        named = "|".join(kinds)
        return re.search(rf"(?<!\w)(?:{named})(?!\w)(?! hội)", text, re.IGNORECASE) is not None \
            or ("huyện" in kinds and _PHONG_HUYEN.search(text) is not None)
    return profile.ten_goi.casefold() in text.casefold()


def procedures_elsewhere(source: Spec, profile: Profile) -> list[str]:
    """A decision publishing procedures that another body settles, given to a commune or a
    huyện whose level its trích yếu does not name, or to a Sở it does not name; a province
    publishes them all, and is not told."""
    if profile.cap == "tỉnh" and not profile.co_quan.chu_quan:
        return []
    trich_yeu = source.trich_yeu or ""
    who = settled_by(trich_yeu)
    if who is None or _hers(trich_yeu, profile):
        return []
    return [said(N_("{issuer} publishes administrative procedures settled by {who}, not by "
                    "{unit} nor its units: the letter asks them to carry out what is not "
                    "theirs; check that {unit} must implement it (a list of its own "
                    "procedures names its level) before sending"),
                 issuer=issuer_name(source.co_quan), who=shortened(who, 120),
                 unit=profile.ten_goi)]
