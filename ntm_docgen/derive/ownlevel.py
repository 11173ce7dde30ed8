"""What a derived letter carries from the level above that is not the unit's to say: the level
above's targets, a task given to the units below that sends them to themselves, the standing
body of the level above, and (for a department implementing its own parent's letter) the lines
where it names itself or directs its peers. Each told in a warning naming its lines."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ntm_docgen.derive.above import RANK, placed
from ntm_docgen.derive.job import Derivation
from ntm_docgen.derive.offices import offices_for, readdress
from ntm_docgen.derive.profile import Profile
from ntm_docgen.derive.rules import mau, van
from ntm_docgen.i18n import _, shortened
from ntm_docgen.letter.spec import Spec

#: an item's number or letter, or a dash, before a line's subject
_MARK = re.compile(r"^(?:(?:\d{1,2}\.){1,3}|[a-zđ]\)|[-+•])?\s*")
#: what a line says of the standing body it names: "1. Sở Y là cơ quan thường trực, …"
_STANDING = " là cơ quan thường trực"
#: a column of a year in a table's head: ``| Năm 2027 |``, ``| 2027 |``
_YEAR = re.compile(r"\|\s*(?:[Nn]ăm\s+)?(?:19|20)\d\d\s*\|")
#: lines quoted in one warning; more are marked "…"
QUOTED = 8


def _aims() -> re.Pattern[str]:
    """Words that make a figure a target (data/derive/van.yaml's ``chi_tieu_tu``)."""
    words = "|".join(re.escape(w) for w in sorted(van()["chi_tieu_tu"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def _count() -> re.Pattern[str]:
    """A figure of a target: ``12 xã``, ``80 thôn``, ``100% hộ``, ``12xã`` as OCR reads it."""
    words = "|".join(re.escape(w) for w in sorted(van()["dem_chi_tieu"], key=len, reverse=True))
    return re.compile(rf"(?<![\w/.,])\d+(?:[.,]\d+)?\s*(?:%|(?:{words})(?!\w))", re.IGNORECASE)


def _start(line: str) -> int:
    """Where a line's subject starts, after its item's number or dash."""
    found = _MARK.match(line)
    return found.end() if found else 0


def _bodies(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [spec, *(p for p in spec.get("phu_luc") or [] if isinstance(p, dict))]


def _quoted(lines: list[str]) -> str:
    shown = [f"“{shortened(x, 90)}”" for x in lines[:QUOTED]]
    return "; ".join(shown) + ("; …" if len(lines) > QUOTED else "")


def _row(line: str) -> str:
    """A table's row as a clerk reads it aloud: its cells, without the pipes."""
    return " | ".join(c.strip() for c in line.strip().strip("|").split("|"))


def targets_above(spec: dict[str, Any], source: Spec, profile: Profile,
                  fields: dict[str, str]) -> list[str]:
    """The level above's targets kept in a derived letter: a table of them gets a line over it
    naming them the source's (``Chỉ tiêu theo Kế hoạch số 245/KH-UBND của …:``), and a warning
    names every line that holds one, for the unit to set its own. Not for a source of the
    unit's own territory (a Sở carrying its province's plan)."""
    rank, _province = placed(source.co_quan.ten, source.co_quan.chu_quan)
    own = RANK.get(profile.cap)
    if rank is not None and own is not None and rank >= own:
        return []
    count, aims = _count(), _aims()
    lead = mau()["chi_tieu_nguon"].format(**fields)
    named: list[str] = []
    for body in _bodies(spec):
        text = body.get("noi_dung")
        if not isinstance(text, str):
            continue
        out: list[str] = []
        lines = text.split("\n")
        index = 0
        while index < len(lines):
            line = lines[index]
            if not line.lstrip().startswith("|"):
                if count.search(line) and aims.search(line):
                    named.append(line)
                out.append(line)
                index += 1
                continue
            end = index
            while end < len(lines) and lines[end].lstrip().startswith("|"):
                end += 1
            table = lines[index:end]
            # a table of targets: its head or the line over it says so, or it has a year's column
            said = " ".join([out[-1] if out else "", table[0]])
            aimed = aims.search(said) or _YEAR.search(table[0])
            rows = [_row(x) for x in table if count.search(x)] if aimed else []
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
        lines=_quoted(named))]


def to_itself(spec: dict[str, Any], duoi: str, duoi_nua: str | None, unit: str) -> list[str]:
    """A line whose subject is the units below (``Các thôn, tổ dân phố …``, as mapped down)
    and whose object is those same units (``… phát động phong trào đến các thôn, tổ dân
    phố``): its object becomes ``duoi_nua``, the units those units speak to, when the level's
    rules give it; each such line named in a warning."""
    subject = re.compile(rf"(?:(?:Ủy ban nhân dân|UBND|Trưởng|Chủ tịch)\s+)?{re.escape(duoi)}"
                         r"(?!\w)", re.IGNORECASE)
    again = re.compile(rf"(?<!\w){re.escape(duoi)}(?!\w)", re.IGNORECASE)
    rewritten: list[str] = []
    kept: list[str] = []
    for body in _bodies(spec):
        text = body.get("noi_dung")
        if not isinstance(text, str):
            continue
        lines = text.split("\n")
        for index, line in enumerate(lines):
            found = subject.match(line, _start(line))
            if found is None or again.search(line, found.end()) is None:
                continue
            if duoi_nua:
                head = line[:found.end()]
                lines[index] = head + again.sub(duoi_nua, line[found.end():])
                rewritten.append(lines[index])
            else:
                kept.append(line)
        body["noi_dung"] = "\n".join(lines)
    warnings: list[str] = []
    if rewritten:
        warnings.append(_("these lines gave the units below a task towards themselves once "
                          "mapped to the {unit}'s level, and now name {below} instead: {lines}; "
                          "check them").format(unit=unit, below=duoi_nua,
                                               lines=_quoted(rewritten)))
    if kept:
        warnings.append(_("these lines give {units} a task towards themselves once mapped to the "
                          "{unit}'s level: {lines}; rewrite them before sending").format(
            units=duoi, unit=unit, lines=_quoted(kept)))
    return warnings


def standing_body(job: Derivation, blocks: list[list[str]]) -> None:
    """The level above's standing body (``Sở Y là cơ quan thường trực``) made the unit's own
    (the profile's ``co_quan_thuong_truc``), in place, and told in a warning."""
    thuong_truc = job.profile.co_quan_thuong_truc
    offices = offices_for(job.profile.cap, job.ngay or job.source.ngay or date.today())
    if not thuong_truc or offices is None:
        return
    given: list[str] = []
    for lines in blocks:
        for index, line in enumerate(lines):
            start, end = _start(line), line.find(_STANDING)
            name = line[start:end].strip() if end > start else ""
            # the unit's own body named in full ("Văn phòng HĐND và UBND xã") stays
            if not name or name == thuong_truc or offices.cap_minh.search(name):
                continue
            office = readdress(name, offices)
            if office.changed or office.kept:
                lines[index] = line[:start] + thuong_truc + line[end:]
                given.append(f"“{name}” → “{thuong_truc}”")
    if given:
        job.warnings.append(_("the standing body of the level above was made the {unit}'s own "
                              "standing body, as the profile names it: {given}; check it")
                            .format(unit=job.fields["dia_ban"], given="; ".join(given)))


def own_parents_letter(spec: dict[str, Any], source: Spec, profile: Profile) -> list[str]:
    """For a department (a Sở, a Phòng) implementing its own parent body's letter: the lines
    kept from it that name the department in the third person or give its peers a task."""
    rank, _province = placed(source.co_quan.ten, source.co_quan.chu_quan)
    peers = van()["ngang_cap"].get(profile.cap)
    unit = profile.ten_goi
    department = profile.co_quan.chu_quan and not profile.ten_goi.startswith("Ủy ban nhân dân")
    if not department or source.co_quan.chu_quan or not peers \
            or rank is None or rank != RANK.get(profile.cap):
        return []
    theirs = {x.strip() for x in source.noi_dung.split("\n")}
    opens = re.compile(rf"(?:{re.escape(unit)}|{'|'.join(re.escape(w) for w in peers)})(?!\w)")
    lines = [line for body in _bodies(spec)
             for line in str(body.get("noi_dung") or "").split("\n")
             if line.strip() in theirs
             and opens.match(line, _start(line))]
    if not lines:
        return []
    return [_("{unit} implements a letter of the body it belongs to, and these lines of it are "
              "still that body's, naming {unit} in the third person or giving other departments "
              "their tasks, which a department does not give: {lines}; rewrite them as {unit}'s "
              "own guidance, or leave them out, before sending").format(
        unit=unit, lines=_quoted(lines))]


def own_verb(opening: str, issuer: str, form: str) -> str:
    """An opening carried over from the source, the issuer doing what the derived letter does
    (data/derive/mau.yaml's ``ban_hanh_minh``).

    >>> own_verb("Thực hiện …, Sở Y ban hành Kế hoạch tổ chức thực hiện như sau:", "Sở Y",
    ...          "huong-dan")
    'Thực hiện …, Sở Y hướng dẫn tổ chức thực hiện như sau:'
    >>> own_verb("Thực hiện …, Sở Y hướng dẫn tổ chức như sau:", "Sở Y", "ke-hoach")
    'Thực hiện …, Sở Y ban hành Kế hoạch tổ chức như sau:'
    """
    verb = mau()["ban_hanh_minh"][form]
    said = re.compile(rf"(?<=\b{re.escape(issuer)} )(?i:ban hành (?:kế hoạch|hướng dẫn|chương "
                      r"trình)|hướng dẫn)(?= )")
    return said.sub(verb, opening, count=1)
