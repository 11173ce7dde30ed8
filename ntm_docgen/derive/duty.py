"""What the level above asks the unit's own level to report, to whom and by when ("Ủy ban nhân
dân các xã, phường báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường trước ngày
15/11/2027"): the unit's own duty, which its letter keeps (the body in its "tham mưu … báo cáo"
line and its Nơi nhận, the day with it) in place of the level above's general addressee."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ntm_docgen.derive.cite import issuer_short
from ntm_docgen.derive.levels import OWN
from ntm_docgen.derive.ownlevel import words
from ntm_docgen.derive.profile import Profile
from ntm_docgen.derive.rules import citation_spans, mau
from ntm_docgen.derive.upward import noi_nhan_name
from ntm_docgen.i18n import N_, said, shortened
from ntm_docgen.letter.spec import Spec
from ntm_docgen.vietnamese.text import ngay_ngan

_NUMBERED = re.compile(r"^(?:\d{1,2}\.|[a-zđ]\)|[-+•])\s*")
_REPORTS = re.compile(r"(?<!\w)(?:gửi\s+)?báo cáo(?!\w)", re.IGNORECASE)
#: "… trước ngày 15/11/2027", "chậm nhất ngày 15/11/2027"
#: how many days before the level above's own deadline the units below report
SOM = 5
#: Another body gathering the reports and reporting on ("tổng hợp, báo cáo", "tổng hợp kết quả
#: báo cáo", "tổng hợp, tham mưu UBND tỉnh báo cáo"): its day is not the level's.
_GATHERS = re.compile(r"(?<!\w)tổng hợp(?!\w)[^;.]{0,80}?(?<!\w)báo cáo(?!\w)", re.IGNORECASE)
#: the end of a sentence: a full stop before a capital ("… về Sở Nội vụ. Sở Nội vụ tổng hợp …")
_SENTENCE_END = re.compile(r"\.\s+(?=[^\W\d_])")
_BY = re.compile(r"(?<!\w)(?:trước|chậm nhất(?: là)?)\s+(?:ngày\s+)?(\d{1,2})/(\d{1,2})/(\d{4})")


@dataclass(frozen=True)
class Duty:
    """The body the unit's level reports to, by when, and the source's line that says so."""

    body: str
    han: date | None
    line: str

    def by(self) -> str:
        """`` trước ngày 15/11/2027``, or nothing."""
        return f" trước ngày {ngay_ngan(self.han)}" if self.han else ""


def _subject(cap: str) -> re.Pattern[str]:
    """The unit's level as the subject opening a line: "Ủy ban nhân dân các xã, phường",
    "UBND cấp xã", "Các xã"."""
    kinds = "|".join(OWN.get(cap, (cap,)))
    return re.compile(rf"^(?:(?:Chủ tịch\s+)?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+)?"
                      rf"(?:các\s+)?(?:cấp\s+)?(?:{kinds})(?!\w)(?! hội)", re.IGNORECASE)


def _to_body() -> re.Pattern[str]:
    """"về <a body>" after the report, up to what follows it (a day, a purpose, an outline)."""
    return re.compile(rf"(?<!\w)về\s+(?P<body>(?:{words('co_quan_dau')})\s[^,;.()\n]{{0,100}}?)"
                      rf"(?=\s+(?:trước|chậm nhất|để|theo|trong|qua|bằng|kèm)(?!\w)|\s*[,;.(]|$)")


def duty_above(source: Spec, profile: Profile) -> Duty | None:
    """The first line of the source asking the unit's level to report to a body it names."""
    subject, to_body = _subject(profile.cap), _to_body()
    for line in source.noi_dung.split("\n"):
        bare = _NUMBERED.sub("", line.strip(), count=1)
        report = _REPORTS.search(bare)
        # the level alone or in a list of bodies given the task: "Các sở, ngành; UBND các xã …"
        if report is None or not any(subject.match(x.strip())
                                     for x in bare[:report.start()].split(";")):
            continue
        to = to_body.search(bare, report.end())
        if to is None:
            continue
        # its day within its own clause: "…; Sở … tổng hợp, báo cáo UBND tỉnh trước ngày …"
        # is the Sở's day, not the level's
        by = _BY.search(bare, to.end(), _clause_end(bare, to.end()))
        try:
            han = date(int(by[3]), int(by[2]), int(by[1])) if by else None
        except ValueError:
            han = None
        return Duty(to["body"].strip(), han, line.strip())
    return None


def _clause_end(line: str, start: int) -> int:
    """Where the clause of a duty read from ``start`` ends: at a ``;`` or the end of its
    sentence, or where another body gathers the reports and reports on ("…, Sở … tổng hợp kết
    quả báo cáo UBND tỉnh trước ngày …", "để tổng hợp, tham mưu UBND tỉnh báo cáo Bộ … trước
    ngày …": that body's day); a "báo cáo" of her own ("thời gian gửi báo cáo trước ngày …")
    goes on.

    >>> line = "về Sở X trước ngày 15/11 để tổng hợp, báo cáo UBND tỉnh trước ngày 30/11."
    >>> line[:_clause_end(line, 0)]
    'về Sở X trước ngày 15/11 để '
    >>> line = "về Sở X, thời gian gửi báo cáo trước ngày 15/11."
    >>> _clause_end(line, 0) == len(line)
    True
    >>> _clause_end("về Sở X; Sở X báo cáo UBND tỉnh trước ngày 30/11.", 0)
    7
    >>> _clause_end("về Sở X. Sở X báo cáo UBND tỉnh trước ngày 30/11.", 0)
    7
    >>> line = "về Sở X để tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Y trước ngày 30/11."
    >>> line[:_clause_end(line, 0)]
    'về Sở X để '
    """
    ends = [len(line)]
    if (stop := line.find(";", start)) >= 0:
        ends.append(stop)
    if (full := _SENTENCE_END.search(line, start)) is not None:
        ends.append(full.start())
    if (gathers := _GATHERS.search(line, start)) is not None:
        ends.append(gathers.start())
    return min(ends)


def keep_duty(fields: dict[str, str], duty: Duty, cap: str, day: date) -> list[str]:
    """The letter reports to the body named, by its day ({cap_tren}{han_tren} in mau.yaml);
    the issuer itself, named short ("Ủy ban nhân dân tỉnh"), stays named in full. A day past
    on the letter's date (``day``) is not printed as one to report by, and is told."""
    said_as = re.sub(r"^(?:UBND|Uỷ ban nhân dân)\b", "Ủy ban nhân dân", duty.body)
    if said_as not in (fields["nguon"], issuer_short(fields["nguon"])):
        fields["cap_tren"] = duty.body
    if duty.han is None or duty.han > day:
        fields["han_tren"] = duty.by()
        return []
    fields["han_tren"] = ""
    return [said(N_("{body} asks the {unit}'s report before {by}, and the letter, dated "
                    "{day}, leaves no time before that day: the letter does not ask for the "
                    "report by it; ask {body} by when it still takes the report and write that "
                    "day in the “tham mưu … báo cáo” sentence"),
                 body=duty.body, unit=mau()["dia_ban"].get(cap, cap), by=ngay_ngan(duty.han),
                 day=ngay_ngan(day))]


def duty_noi_nhan(spec: dict[str, Any], issuer: str) -> None:
    """The issuer of the letter implemented kept first in the Nơi nhận, before the body
    reported to."""
    line = f"{noi_nhan_name(issuer)} (b/c)"
    noi_nhan = spec.get("noi_nhan") or []
    if line not in noi_nhan:
        noi_nhan.insert(0, line)


def duty_warnings(duty: Duty, profile: Profile, fields: dict[str, str]) -> list[str]:
    """The line kept as the unit's duty, quoted."""
    unit = mau()["dia_ban"].get(profile.cap, profile.cap)
    return [said(N_("{source} asks the {unit} itself to report to {body}{by}: the "
                    "letter keeps it as the {unit}'s own duty and names {body} in "
                    "the Nơi nhận: “{line}”"),
                 source=fields["nguon"], unit=unit, body=duty.body, by=duty.by(),
                 line=shortened(duty.line, 200))]


def duty_deadline(duty: Duty, han: date, cap: str, day: date) -> tuple[date, list[str]]:
    """A deadline for the units below not before the day the unit itself must report to the
    body named by: set ``SOM`` days before that day when the letter (dated ``day``) leaves the
    time, told; else it stays and the letter is told too late for it."""
    if duty.han is None or han < duty.han:
        return han, []
    unit = mau()["dia_ban"].get(cap, cap)
    earlier = duty.han - timedelta(days=SOM)
    if earlier > day:
        return earlier, [said(N_("the deadline {han} is not before {by}, the day the {unit} must "
                                 "report to {body} by: the units below report before the {unit} "
                                 "does, so the letter sets them {earlier}, {days} days before it; "
                                 "set another day before {by} if that one does not suit"),
                              han=ngay_ngan(han), by=ngay_ngan(duty.han), unit=unit,
                              body=duty.body, earlier=ngay_ngan(earlier), days=SOM)]
    return han, [said(N_("the deadline {han} is not before {by}, the day the {unit} must report "
                         "to {body} by, and the letter, dated {day}, leaves the units below no "
                         "time before it: check that day and the deadline, and ask {body} "
                         "before sending"),
                      han=ngay_ngan(han), by=ngay_ngan(duty.han), unit=unit, body=duty.body,
                      day=ngay_ngan(day))]


def deadline_above(source: Spec, han: date, cap: str, day: date) -> tuple[date, list[str]]:
    """A deadline for the units below not before the first day the letter implemented asks
    its reports or work by ("Thời gian hoàn thành trước ngày 31/7/2019"), outside what it
    cites, told with a day ``SOM`` days before it to set if that day is the unit's own: the
    deadline she set stays, as that day may be another body's (a Sở's work by 30/6 in a
    Hướng dẫn whose huyện report by 31/7); when the letter (dated ``day``) leaves no time
    before it, that is told."""
    found: list[tuple[date, str]] = []
    for line in (x.strip() for x in source.noi_dung.split("\n")):
        spans = citation_spans(line)
        for by in _BY.finditer(line):
            if any(a <= by.start() < b for a, b in spans):
                continue
            try:
                asked = date(int(by[3]), int(by[2]), int(by[1]))
            except ValueError:
                continue
            if source.ngay is None or asked > source.ngay:
                found.append((asked, line))
    if not found or han < min(found)[0]:
        return han, []
    first, line = min(found)
    unit = mau()["dia_ban"].get(cap, cap)
    earlier = first - timedelta(days=SOM)
    if earlier > day:
        return han, [said(N_("the deadline {han} is not before {by}, the first day the letter "
                             "implemented asks its reports or work by (“{line}”): if that day "
                             "is the {unit}'s own, the units below report before it, so set "
                             "them a day before it, such as {earlier}, {days} days before"),
                          han=ngay_ngan(han), by=ngay_ngan(first), line=shortened(line, 160),
                          unit=unit, earlier=ngay_ngan(earlier), days=SOM)]
    return han, [said(N_("the deadline {han} is not before {by}, the first day the letter "
                         "implemented asks its reports or work by (“{line}”), and the letter, "
                         "dated {day}, leaves the units below no time before it: check that day "
                         "and the deadline, and ask the level above before sending"),
                      han=ngay_ngan(han), by=ngay_ngan(first), line=shortened(line, 160),
                      day=ngay_ngan(day))]
