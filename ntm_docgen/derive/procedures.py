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


def _hers(text: str, profile: Profile) -> bool:
    """Whether ``text`` names the unit's own level ("cấp xã", "Ủy ban nhân dân các xã") or,
    for a Sở, the unit itself."""
    if RANK.get(profile.cap, 1) >= 2:
        kinds = "|".join(OWN.get(profile.cap, (profile.cap,)))
        return re.search(rf"(?<!\w)(?:{kinds})(?!\w)(?! hội)", text, re.IGNORECASE) is not None
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
