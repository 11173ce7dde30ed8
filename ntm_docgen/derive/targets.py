"""The level above's targets kept in a derived letter: a figure of its units of territory (or a
share of its people or households) in a line that sets an aim, or in a table of such targets,
marked as the source's and named in a warning for the unit to set its own (data/derive/van.yaml's
``dem_chi_tieu``, ``dem_dan``, ``chi_tieu_tu``)."""

from __future__ import annotations

import re
from typing import Any

from ntm_docgen.derive.above import RANK, placed
from ntm_docgen.derive.ownlevel import bodies, quoted, words
from ntm_docgen.derive.profile import Profile
from ntm_docgen.derive.rules import mau
from ntm_docgen.i18n import _
from ntm_docgen.letter.spec import Spec

#: a column of a year in a table's head: ``| Năm 2027 |``, ``| 2027 |``
_YEAR = re.compile(r"\|\s*(?:[Nn]ăm\s+)?(?:19|20)\d\d\s*\|")


def _row(line: str) -> str:
    """A table's row as a clerk reads it aloud: its cells, without the pipes."""
    return " | ".join(c.strip() for c in line.strip().strip("|").split("|"))


def _aims() -> re.Pattern[str]:
    """Words that make a line set an aim (van.yaml's ``chi_tieu_tu``), but in a programme's
    name (``chi_tieu_khong``: "Chương trình mục tiêu quốc gia")."""
    return re.compile(rf"(?<!\w)(?!{words('chi_tieu_khong')})(?:{words('chi_tieu_tu')})(?!\w)",
                      re.IGNORECASE)


#: what ends a count of units as a whole: not a word going on, a rate ("xã/năm"), "xã hội"
_UNIT_END = r"(?![\w/])(?!\s+hội(?!\w))"


def _count() -> re.Pattern[str]:
    """A target of units of territory: ``12 xã``, ``80 thôn``, ``100% số xã``, ``12xã`` as OCR
    reads it; not a figure per unit (``01 xã/năm``)."""
    units = words("dem_chi_tieu")
    return re.compile(rf"(?<![\w/.,])\d+(?:[.,]\d+)?\s*(?:%\s*(?:(?:số|các)\s+)?)?"
                      rf"(?:{units}){_UNIT_END}", re.IGNORECASE)


def _people() -> re.Pattern[str]:
    """A percentage of the territory's people or households: ``100% hộ dân``, ``90 % dân số``
    (van.yaml's ``dem_dan``); not a count of them (``120 hộ``)."""
    return re.compile(rf"(?<![\w/.,])\d+(?:[.,]\d+)?\s*%\s*(?:(?:số|các)\s+)?"
                      rf"(?:{words('dem_dan')})(?![\w/])", re.IGNORECASE)


def _share() -> re.Pattern[str]:
    """A share of units of territory, or of its people or households, its percentage later in
    the line: ``tỷ lệ xã đạt chuẩn … 60%``, ``tỷ lệ hộ nghèo giảm 1,5%``."""
    return re.compile(rf"(?<!\w)tỷ lệ\s+(?:(?:số|các)\s+)?(?:(?:{words('dem_chi_tieu')})"
                      rf"{_UNIT_END}|(?:{words('dem_dan')})(?!\w))", re.IGNORECASE)


_PERCENT = re.compile(r"\d\s*%")
_MONEY = r"(?:triệu|tỷ|nghìn|ngàn)\s+đồng(?!\w)"


def _per_unit() -> re.Pattern[str]:
    """A figure given each unit ("mỗi xã", "từng thôn") or money: not a target of the whole."""
    return re.compile(rf"(?<!\w)(?:(?:{words('moi_don_vi')})\s+(?:(?:{words('dem_chi_tieu')})"
                      rf"{_UNIT_END}|(?:{words('dem_dan')})(?!\w))|{_MONEY})", re.IGNORECASE)


class _Targets:
    """What makes a line hold a target of units of territory, read once per letter."""

    def __init__(self) -> None:
        self.count, self.share, self.per_unit = _count(), _share(), _per_unit()
        self.people = _people()
        self.aims = _aims()

    def figure(self, line: str) -> bool:
        """A number or a share of units of territory, none of it per unit or money.

        >>> t = _Targets()
        >>> t.figure("có thêm 12 xã đạt chuẩn"), t.figure("100% số thôn"), t.figure("85%")
        (True, True, False)
        >>> t.figure("Hỗ trợ 5 triệu đồng/hộ, 2 xã"), t.figure("Mỗi xã cử 02 người")
        (False, False)
        >>> t.figure("tỷ lệ xã đạt chuẩn đạt 60%"), t.figure("Chỉ số CCHC đạt trên 85%")
        (True, False)
        >>> t.figure("100 % hộ dân"), t.figure("90% dân số tham gia BHYT")
        (True, True)
        >>> t.figure("tỷ lệ hộ nghèo giảm 1,5%"), t.figure("hỗ trợ 120 hộ"), t.figure("mỗi hộ 5%")
        (True, False, False)
        """
        if self.per_unit.search(line):
            return False
        if self.count.search(line) or self.people.search(line):
            return True
        found = self.share.search(line)
        return found is not None and _PERCENT.search(line, found.end()) is not None

    def aimed(self, line: str) -> bool:
        """A line setting an aim with a figure of territory: "Phấn đấu có thêm 12 xã …"."""
        return self.aims.search(line) is not None and self.figure(line)


def targets_above(spec: dict[str, Any], source: Spec, profile: Profile,
                  fields: dict[str, str], *, theirs: bool = False) -> list[str]:
    """The level above's targets kept in a derived letter: a table of them gets a line over it
    naming them the source's (``Chỉ tiêu theo Kế hoạch số 245/KH-UBND của …:``), and a warning
    names every line that holds one, for the unit to set its own. Not for a source of the
    unit's own territory (a Sở carrying its province's plan); ``theirs``: the letter is of
    another place, whose targets are never the unit's, at whatever level."""
    rank, _province = placed(source.co_quan.ten, source.co_quan.chu_quan)
    own = RANK.get(profile.cap)
    if not theirs and rank is not None and own is not None and rank >= own:
        return []
    targets = _Targets()
    lead = mau()["chi_tieu_nguon"].format(**fields)
    named: list[str] = []
    for body in bodies(spec):
        text = body.get("noi_dung")
        if not isinstance(text, str):
            continue
        out: list[str] = []
        lines = text.split("\n")
        index = 0
        while index < len(lines):
            line = lines[index]
            if not line.lstrip().startswith("|"):
                if targets.aimed(line):
                    named.append(line)
                out.append(line)
                index += 1
                continue
            end = index
            while end < len(lines) and lines[end].lstrip().startswith("|"):
                end += 1
            table = lines[index:end]
            # a table of targets: its head or the line over it says so, or it has a year's
            # column, and its rows count units of territory (a budget table's do not)
            said = " ".join([out[-1] if out else "", table[0]])
            aimed = targets.aims.search(said) or _YEAR.search(table[0])
            rows = [_row(x) for x in table[1:] if targets.figure(x)] if aimed else []
            if rows and (not out or out[-1] != lead):
                out.append(lead)
            named += rows
            out += table
            index = end
        body["noi_dung"] = "\n".join(out)
    if not named:
        return []
    return [_("these lines hold figures of {source} for its whole territory, which the "
              "{unit} does not take as its own targets: they are kept as that letter's (“{lead}”); "
              "set the {unit}'s own targets in their place before sending: {lines}").format(
        source=fields["van_ban_nguon"], unit=fields["dia_ban"], lead=lead.rstrip(":"),
        lines=quoted(named))]
