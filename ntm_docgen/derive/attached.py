"""The attachments of the letter implemented that are not the unit's to carry down: an outline
the letter asks of another level's bodies ("Đề cương Báo cáo … tại các Sở, ngành", Sơn La's
Phụ lục 1, given to a commune whose own is Phụ lục 2), left out and told."""

from __future__ import annotations

import re
from dataclasses import replace

from ntm_docgen.derive.levels import OWN
from ntm_docgen.derive.profile import Profile
from ntm_docgen.derive.rules import van
from ntm_docgen.i18n import _, shortened
from ntm_docgen.letter.model import PhuLuc
from ntm_docgen.letter.spec import Spec


def _named(words: list[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)


def _heading(part: PhuLuc) -> str:
    """An attachment's title and the first lines under it, where it says whom it is for."""
    lines = [x.strip() for x in part.noi_dung.split("\n") if x.strip()][:2]
    return " ".join(" ".join([part.tieu_de, *lines]).split())


def others_outline(part: PhuLuc, cap: str) -> bool:
    """Whether ``part`` is an outline for bodies of the level above the unit (its Sở, ngành)
    and not for the unit's own level.

    >>> part = PhuLuc("PHỤ LỤC 1", "Đề cương Báo cáo tổng kết tại các Sở, ngành\\nI. …")
    >>> others_outline(part, "xã"), others_outline(part, "tỉnh")
    (True, False)
    >>> others_outline(PhuLuc("PHỤ LỤC", "Đề cương báo cáo của các sở, ngành, UBND các xã"), "xã")
    False
    """
    words = van()["phu_luc_cua"]
    if cap not in words["cap"]:
        return False
    heading = _heading(part)
    own = OWN.get(cap, (cap,))
    return bool(_named(words["so_nganh"]).search(heading)) \
        and not _named([*own, "địa phương"]).search(heading)


def own_attachments(source: Spec, profile: Profile) -> tuple[Spec, list[str]]:
    """``source`` without the outlines of another level's bodies, when another attachment is
    left to carry (the one for the unit's own level), and a warning naming each left out."""
    theirs = [p for p in source.phu_luc if others_outline(p, profile.cap)]
    if not theirs or len(theirs) == len(source.phu_luc):
        return source, []
    kept = tuple(p for p in source.phu_luc if p not in theirs)
    return replace(source, phu_luc=kept), [
        _("the attachment “{title}” of the letter implemented is the outline it asks of "
          "other bodies than the {level}'s (“{heading}”): it was not made the letter's phụ "
          "lục").format(title=p.tieu_de.strip().split("\n")[0].strip(), level=profile.cap,
                        heading=shortened(_heading(p), 120)) for p in theirs]
