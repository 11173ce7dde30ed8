"""What a derived letter carries from the level above that is not the unit's to say: the level
above's targets, a task given to the units below that sends them to themselves, the standing
body of the level above, and (for a department implementing its own parent's letter) the lines
where it names itself or directs its peers. Each told in a warning naming its lines."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ntm_docgen.derive.above import RANK, placed, same_province
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
#: lines quoted in one warning; more are marked "…"
QUOTED = 8


def _start(line: str) -> int:
    """Where a line's subject starts, after its item's number or dash."""
    found = _MARK.match(line)
    return found.end() if found else 0


def bodies(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """A derived spec's texts to read: its own and each phụ lục's."""
    return [spec, *(p for p in spec.get("phu_luc") or [] if isinstance(p, dict))]


def quoted(lines: list[str]) -> str:
    """Lines quoted in a warning, each shortened, the first ``QUOTED`` of them."""
    shown = [f"“{shortened(x, 90)}”" for x in lines[:QUOTED]]
    return "; ".join(shown) + ("; …" if len(lines) > QUOTED else "")


def words(key: str) -> str:
    """data/derive/van.yaml's words under ``key``, longest first, as one alternation."""
    return "|".join(re.escape(w) for w in sorted(van()[key], key=len, reverse=True))


def _spread() -> re.Pattern[str]:
    """A verb spreading the movement down (van.yaml's ``lan_toa``)."""
    return re.compile(rf"(?<!\w)(?:{words('lan_toa')})(?!\w)", re.IGNORECASE)


def _spread_to(before: str, after: str, verbs: re.Pattern[str]) -> bool:
    """Whether a mention, with ``before`` and ``after`` it in its line, is the whole object of
    a verb spreading the movement down: "… phát động phong trào đến ‹các thôn, tổ dân phố›."
    (not "… báo cáo kết quả của ‹…›", "Trưởng ‹…›", "xếp loại ‹…› kiểu mẫu").

    >>> v = _spread()
    >>> _spread_to("xây dựng kế hoạch, phát động phong trào đến ", ".", v)
    True
    >>> _spread_to("phát động phong trào; báo cáo kết quả của ", ".", v)
    False
    >>> _spread_to("triển khai tới ", " kiểu mẫu.", v), _spread_to("tuyên truyền đến ", " và", v)
    (False, True)
    """
    clause = before[max(before.rfind(x) for x in ".;:") + 1:].rstrip()
    towards = clause.rsplit(None, 1)[-1] if clause else ""
    if towards.casefold() not in van()["lan_toa_den"] or verbs.search(clause) is None:
        return False
    rest = after.lstrip()
    word = rest.split(None, 1)[0].casefold() if rest else ""
    return not rest or not rest[0].isalnum() or word in van()["sau_doi_tuong"]


def to_itself(spec: dict[str, Any], duoi: str, duoi_nua: str | None, level: str) -> list[str]:
    """A line whose subject is the units below (``Các thôn, tổ dân phố …``, as mapped down)
    and that names them again later: where that later mention is the object of a verb
    spreading the movement down (``… phát động phong trào đến các thôn, tổ dân phố``), it
    becomes ``duoi_nua``, the units those units speak to, when the level's rules give it; any
    other mention (a title, a noun phrase) is left as it is. Each line named in a warning."""
    subject = re.compile(rf"(?:(?:Ủy ban nhân dân|UBND|Trưởng|Chủ tịch)\s+)?{re.escape(duoi)}"
                         r"(?!\w)", re.IGNORECASE)
    again = re.compile(rf"(?<!\w){re.escape(duoi)}(?!\w)", re.IGNORECASE)
    verbs = _spread()
    rewritten: list[str] = []
    spread: list[str] = []
    other: list[str] = []
    for body in bodies(spec):
        text = body.get("noi_dung")
        if not isinstance(text, str):
            continue
        lines = text.split("\n")
        for index, line in enumerate(lines):
            found = subject.match(line, _start(line))
            if found is None:
                continue
            out, done, spread_kept, other_kept = [line[:found.end()]], found.end(), False, False
            for later in again.finditer(line, found.end()):
                to = _spread_to(line[:later.start()], line[later.end():], verbs)
                out += [line[done:later.start()], duoi_nua if to and duoi_nua else later[0]]
                spread_kept |= to and not duoi_nua
                other_kept |= not to
                done = later.end()
            lines[index] = "".join(out) + line[done:]
            if lines[index] != line:
                rewritten.append(lines[index])
            if spread_kept:
                spread.append(line)
            if other_kept:
                other.append(lines[index])
        body["noi_dung"] = "\n".join(lines)
    warnings: list[str] = []
    if rewritten:
        warnings.append(_("these lines gave the units below a task towards themselves once "
                          "mapped to the {level} level, and now name {below} instead: {lines}; "
                          "check them").format(level=level, below=duoi_nua,
                                               lines=quoted(rewritten)))
    if spread:
        warnings.append(_("these lines give {units} a task towards themselves once mapped to the "
                          "{level} level: {lines}; rewrite them before sending").format(
            units=duoi, level=level, lines=quoted(spread)))
    if other:
        warnings.append(_("these lines name {units}, who carry out the task, again within it "
                          "once mapped to the {level} level, and that mention was left as it "
                          "is: {lines}; check what it should say before sending").format(
            units=duoi, level=level, lines=quoted(other)))
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


def _of_own_home(source: Spec, province: str | None, profile: Profile) -> bool:
    """Whether the letter is of the department's own province (a Sở's, ``profile.tinh``) or,
    for a Phòng, of its own huyện (the profile's ``tinh`` named in the issuer's header)."""
    if profile.cap == "tỉnh":
        return province is not None and same_province(province, profile.tinh)
    header = " ".join(f"{source.co_quan.ten} {source.co_quan.chu_quan or ''}".split())
    return profile.tinh.casefold() in header.casefold()


def own_parents_letter(spec: dict[str, Any], source: Spec, profile: Profile) -> list[str]:
    """For a department (a Sở, a Phòng) implementing its own parent body's letter: the lines
    kept from it that name the department in the third person or give its peers a task. Only
    for a letter of the department's own province (``profile.tinh``): another province's
    body is not the one it belongs to (review8 finding 6)."""
    rank, province = placed(source.co_quan.ten, source.co_quan.chu_quan)
    peers = van()["ngang_cap"].get(profile.cap)
    unit = profile.ten_goi
    if not profile.department or source.co_quan.chu_quan or not peers \
            or rank is None or rank != RANK.get(profile.cap) \
            or not _of_own_home(source, province, profile):
        return []
    theirs = {x.strip() for x in source.noi_dung.split("\n")}
    opens = re.compile(rf"(?:{re.escape(unit)}|{'|'.join(re.escape(w) for w in peers)})(?!\w)")
    lines = [line for body in bodies(spec)
             for line in str(body.get("noi_dung") or "").split("\n")
             if line.strip() in theirs
             and opens.match(line, _start(line))]
    if not lines:
        return []
    return [_("{unit} implements a letter of the body it belongs to, and these lines of it are "
              "still that body's, naming {unit} in the third person or giving other departments "
              "their tasks, which a department does not give: {lines}; rewrite them as {unit}'s "
              "own guidance, or leave them out, before sending").format(
        unit=unit, lines=quoted(lines))]


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
