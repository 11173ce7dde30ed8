"""A task the letter implemented gives the deriving body itself ("2. Giao Sở Xây dựng" in the
Sở Xây dựng's own letter, Lào Cai's Công văn 7432/UBND-XD): a body never gives itself a task in
its own letter, so the line says what it does ("2. Sở Xây dựng", "Sở Xây dựng chủ trì, …"),
told for her to name the division that does it."""

from __future__ import annotations

import re
from typing import Any

from ntm_docgen.derive.profile import Profile
from ntm_docgen.i18n import N_, said, shortened

#: what the level above writes before the body it gives a task (its order or its request)
_GIVES = ("Giao", "Đề nghị", "Yêu cầu")
#: an item's mark before it: "2. ", "a) ", "- ", "+ "
_MARK = r"(?:\d{1,2}\.\s+|[a-zđ]\)\s+|[-+–]\s+)?"


def names_of(profile: Profile) -> list[str]:
    """The names the body goes by in running text, the longest first: its running name, its
    short name, and a Sở's name without its place ("Sở Xây dựng")."""
    names = {profile.ten_goi, profile.ten_goi_ngan}
    if profile.department:  # "Sở Xây dựng"; never a committee's bare "Ủy ban nhân dân"
        names.add(re.split(r" (?:tỉnh|thành phố|xã|phường|đặc khu) (?=\w)", profile.ten_goi,
                           maxsplit=1)[0])
    return sorted((n for n in names if n), key=len, reverse=True)


def not_given_itself(spec: dict[str, Any], profile: Profile) -> list[str]:
    """``spec``'s body's lines that give ``profile``'s body a task ("2. Giao Sở Xây dựng", "Đề
    nghị Sở Xây dựng chủ trì …") written as what it does, each quoted in one warning (a phụ
    lục, a form to fill in, is left as it is)."""
    names = "|".join(map(re.escape, names_of(profile)))
    gives = re.compile(rf"^({_MARK})(?:{'|'.join(_GIVES)}) (?=({names})(?![\w-]))")
    changed: list[str] = []
    lines = str(spec.get("noi_dung") or "").split("\n")
    for i, line in enumerate(lines):
        found = gives.match(line)
        if found and not _named_further(line[found.end() + len(found[2]):]):
            changed.append(line)
            lines[i] = found[1] + line[found.end():]
    if not changed:
        return []
    spec["noi_dung"] = "\n".join(lines)
    return [said(N_("a body does not give itself a task in its own letter: these lines of the "
                    "letter implemented that give {unit} a task now say what {unit} does: "
                    "{lines}; name the division of {unit} that does it, or leave the line out, "
                    "before sending"), unit=profile.ten_goi,
                 lines="; ".join(f"“{shortened(x, 120)}”" for x in changed))]


def _named_further(rest: str) -> bool:
    """Whether the words after a name go on naming another body: a place ("Ủy ban nhân dân"
    then "thành phố Hà Nội", "Ủy ban nhân dân tỉnh" then "Đắk Lắk"), or a proper name.

    >>> _named_further(" thành phố Hà Nội tổ chức"), _named_further(" Đắk Lắk chủ trì")
    (True, True)
    >>> _named_further(" xã/phường/ đặc khu: (10)"), _named_further(" chủ trì, phối hợp")
    (True, False)
    """
    if rest.startswith("/"):  # "xã/phường/đặc khu": a form's blank for any of them
        return True
    word = re.split(r"[\s/,;:]+", rest.strip(), maxsplit=1)[0] if rest.strip() else ""
    return word[:1].isupper() or word in ("tỉnh", "thành", "huyện", "xã", "phường", "thị",
                                          "quận", "đặc")
