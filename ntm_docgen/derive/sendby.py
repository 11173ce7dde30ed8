"""A document the letter implemented asks to be sent by a day, not a report ("… hoàn thiện dự
thảo và gửi về Văn phòng UBND tỉnh trước ngày 14/4/2025", "gửi danh sách đại biểu … trước ngày
07/11/2024"): the derived letter asks its own units for that document by an earlier day, for
the unit to gather it and send it on in time (the words of a document: ``tai_lieu`` in
data/derive/van.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from ntm_docgen.derive.duty import SOM
from ntm_docgen.derive.ownlevel import words
from ntm_docgen.derive.report import asks_in
from ntm_docgen.derive.rules import citation_spans
from ntm_docgen.i18n import N_, said, shortened
from ntm_docgen.letter.spec import Spec
from ntm_docgen.vietnamese.text import ngay_ngan

#: where a sentence ends: a full stop or a semicolon before the next words
_SENTENCES = re.compile(r"(?<=[.;])\s+(?=\S)")
#: the day it is asked by: "trước ngày 14/4/2025", "chậm nhất ngày 14/4/2025"
_BY = re.compile(r"(?<!\w)(?:trước|chậm nhất(?: là)?)\s+(?:ngày\s+)?(\d{1,2})/(\d{1,2})/(\d{4})")
#: what is sent: a verb of sending
_SEND = re.compile(r"(?<!\w)(?:gửi|nộp)(?!\w)", re.IGNORECASE)
#: where the document's words end, after "gửi …": where it goes, a bracket, a clause's end
#: (each from the first space of a run: a pattern opening on spaces read a long run again at
#: each of them)
_THING_END = re.compile(r"(?<!\s)(?:\s+(?:về|đến|cho|tới|qua|lên|trước|chậm nhất|để)(?!\w)"
                        r"|\s*[(,;:.])")
#: what may stand between a document named first and its sending ("… đề nghị gửi về")
_TAIL = ("và", "đề nghị", "thì", "sẽ", "phải", "cần", "được")
#: who the document is of, said by the level above ("Ý kiến tham gia của Quý sở")
_WHOSE = re.compile(r"(?<!\s)\s+của\s+(?:Quý|quý|các|cơ quan|đơn vị|địa phương)\b")


@dataclass(frozen=True)
class Sent:
    """A document asked to be sent, the day it is asked by, the body it goes to and the
    source's sentence that asks it."""

    thing: str
    han: date
    body: str
    line: str
    by: str  # the words that set the day: "trước ngày 14/4/2025"


@cache
def _things() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{words('tai_lieu')})(?!\w)", re.IGNORECASE)


@cache
def _to_body() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:về|đến|cho|tới)\s+(?P<body>(?:{words('co_quan_dau')})\s"
                      r"[^,;.()\n]{0,100}?)(?=\s+(?:trước|chậm nhất|để|theo|trong|qua|bằng|kèm)"
                      r"(?!\w)|\s*[,;.(]|$)")


def thing_sent(sentence: str) -> str | None:
    """What ``sentence`` asks to be sent, when it is a document (not a report).

    >>> thing_sent("Các cơ quan, đơn vị gửi danh sách đại biểu tham dự Hội nghị nêu trên "
    ...            "(thông qua Ban Dân tộc tỉnh) trước ngày 07/11/2024.")
    'danh sách đại biểu tham dự Hội nghị nêu trên'
    >>> thing_sent("Văn phòng UBND tỉnh đề nghị Sở Dân tộc và Tôn giáo quan tâm, hoàn thiện dự "
    ...            "thảo và gửi về Văn phòng UBND tỉnh trước ngày 14/4/2025./.")
    'dự thảo'
    >>> thing_sent("Ý kiến tham gia của Quý sở đề nghị gửi về Sở Công Thương trước ngày 14/3/2026")
    'ý kiến tham gia'
    >>> thing_sent("Gửi báo cáo kết quả về Sở Nội vụ trước ngày 15/11/2026.")
    """
    send = _SEND.search(sentence)
    if send is None or asks_in(sentence):
        return None
    after = sentence[send.end():].lstrip()
    first = _things().match(after)
    if first is not None:  # "gửi danh sách … về"
        end = _THING_END.search(after, first.end())
        thing = after[:end.start() if end else len(after)]
    else:  # "Hồ sơ đề nghị khen thưởng gửi về", "hoàn thiện dự thảo và gửi về"
        clause = re.split(r"[,;:]", sentence[:send.start()])[-1]
        named = _things().search(clause)
        if named is None:
            return None
        thing = _without_tail(clause[named.start():])
    whose = _WHOSE.search(thing)
    thing = thing[:whose.start() if whose else len(thing)].strip()
    if not thing or thing.casefold().startswith(("báo cáo", "kết quả")):
        return None
    return thing[:1].lower() + thing[1:] if not thing[1:2].isupper() else thing


def _without_tail(words: str) -> str:
    """``words`` without what stands between them and their sending.

    >>> _without_tail("Văn bản tham gia ý kiến đề nghị "), _without_tail("dự thảo và")
    ('Văn bản tham gia ý kiến', 'dự thảo')
    """
    words = words.rstrip()
    while (tail := next((t for t in _TAIL if words.casefold().endswith(f" {t}")), None)):
        words = words[:-len(tail)].rstrip()
    return words


def sent_by_day(source: Spec) -> Sent | None:
    """The first document ``source`` asks to be sent by a day after its own date, outside what
    it cites."""
    for line in (x.strip() for x in (source.noi_dung or "").split("\n")):
        for sentence in _SENTENCES.split(line):
            by = _BY.search(sentence)
            if by is None or any(a <= by.start() < b for a, b in citation_spans(sentence)):
                continue
            try:
                han = date(int(by[3]), int(by[2]), int(by[1]))
            except ValueError:
                continue
            if source.ngay is not None and han <= source.ngay:
                continue
            thing = thing_sent(sentence[:by.start()])
            if thing:
                to = _to_body().search(sentence)
                # a name that goes on after a comma ("Hội đồng xét NGND, NGƯT cấp Trường") is
                # not named cut
                cut = to is not None and re.match(r",\s*[^\W\d_]", sentence[to.end():]) \
                    and sentence[to.end():].lstrip(", ")[:1].isupper()
                body = to["body"].strip() if to and not cut else ""
                return Sent(thing, han, body, sentence, by[0])
    return None


def ask_sent(fields: dict[str, str], sent: Sent, han: date | None, day: date, *,
             named: bool) -> list[str]:
    """The letter's fields asking its units for ``sent``'s document (``tai_lieu``, its day
    ``han_gui``, what the unit does with it ``gui_len``): by ``han`` when that is before the
    day it is asked by, else ``SOM`` days before that day when the letter (dated ``day``)
    leaves the time, else with no day; told. The body it goes to is ``named`` only in a letter
    from the level directly above, of the unit's own place (from further above, the unit sends
    to its own level above, as it reports)."""
    fields["tai_lieu"] = sent.thing
    fields["gui_len"] = f"tổng hợp, gửi {sent.body}" if sent.body and named else "tổng hợp"
    quoted = shortened(sent.line, 200)
    if han is not None and han < sent.han:
        fields["han_gui"] = f" trước ngày {ngay_ngan(han)}"
        return []
    earlier = sent.han - timedelta(days=SOM)
    if earlier > day:
        fields["han_gui"] = f" trước ngày {ngay_ngan(earlier)}"
        return [said(N_("{cited} asks for {thing} by {by} (“{line}”): the letter asks its units "
                        "for it by {earlier}, {days} days before, to gather it and send it on in "
                        "time; set another day before {by} if that one does not suit"),
                     cited=fields["van_ban_nguon"], thing=sent.thing, by=ngay_ngan(sent.han),
                     line=quoted, earlier=ngay_ngan(earlier), days=SOM)]
    fields["han_gui"] = ""
    return [said(N_("{cited} asks for {thing} by {by} (“{line}”), and the letter, dated {day}, "
                    "leaves its units no time before that day: it asks them for it with no day; "
                    "ask by when it is still taken, and write that day in before sending"),
                 cited=fields["van_ban_nguon"], thing=sent.thing, by=ngay_ngan(sent.han),
                 line=quoted, day=ngay_ngan(day))]
