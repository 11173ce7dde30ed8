"""What a TRÍCH SAO of a scan may print of the number and the day a clerk wrote by hand, held
to the rules the importer trusts them by (``importer/pentrust``), and the words OCR was unsure
of inside the parts it keeps.

A TRÍCH SAO certifies the original's header as issued (Điều 25): a number OCR was unsure of
(Bạc Liêu's 210/QĐ-UBND, written by hand, read ``410``) or a day the page's own dates belie is
not printed; the copy keeps the blank as the paper had it before the pen, and tells the văn thư
which field to write in from the paper before the copy is signed."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from ntm_docgen.i18n import _
from ntm_docgen.importer.pentrust import cited, day_held
from ntm_docgen.importer.signing import signed_on

#: The most unsure words a copy's warning names (a poor scan's body may hold dozens).
NAMED = 12


def pen_checked(spec: dict[str, Any], unsure: Iterable[str], lines: Iterable[str]
                ) -> tuple[dict[str, Any], list[str]]:
    """The spec of a scan with its number and its day left blank where they are not trusted,
    and the warnings that say so. ``unsure``: the words OCR was unsure of; ``lines``: what
    else the reading gave (the lines set apart, its warnings), where a digital signature's
    time may stand.

    >>> spec = {"so": 410, "ky_hieu": "QĐ-UBND", "ngay": date(2025, 2, 18), "noi_dung": "x"}
    >>> out, told = pen_checked(spec, ["410/QĐ-UBND", "Xi"], ["19.02.2025 07:55:27"])
    >>> "so" in out, out["ngay"], len(told)
    (False, datetime.date(2025, 2, 18), 1)
    >>> out, told = pen_checked(spec, [], ["19.03.2025 07:55:27"])
    >>> out["so"], "ngay" in out, out["nam"], len(told)
    (410, False, 2025, 1)
    """
    out, told = dict(spec), []
    so = out.get("so")
    if so is not None and _unsure_number(str(so), unsure):
        del out["so"]
        told.append(_(
            "so: the number of the original was written by hand and OCR was not sure of it "
            "(it read “{so}”): the copy does not print a number the paper may not hold, so it "
            "leaves the blank of “Số:      /{ky_hieu}” as the paper had it; write the number "
            "in by hand from the paper before the copy is signed").format(
                so=so, ky_hieu=out.get("ky_hieu") or ""))
    day = _as_date(out.get("ngay"))
    if day is not None:
        lines = list(lines)
        body = list(_strings({k: v for k, v in out.items() if k != "ngay"}))
        if not day_held(day, f"{day.day:02d}", signed_on(lines), tuple(cited(body))):
            del out["ngay"]
            out["nam"] = day.year
            told.append(_(
                "ngay: OCR read the day of the original as {day}, which does not agree with "
                "the dates the letter itself gives (its digital signature's time, the letters "
                "it cites): the copy leaves the day and the month blank as the paper had them "
                "before the pen; write them in by hand from the paper before the copy is "
                "signed").format(day=day.strftime("%d/%m/%Y")))
    return out, told


def unsure_kept(texts: Iterable[str], unsure: Iterable[str]) -> list[str]:
    """A warning naming the words OCR was unsure of that the parts kept hold, as the kept
    text writes them (``07/2021/NĐ-CP`` of ``Xi07/2021/NĐ-CP``), none when there are none.

    >>> unsure_kept(["Căn cứ Nghị định số Xi07/2021/NĐ-CP;"], ["Xi", "07/2021/NĐ-CP", "x"])
    ['OCR was unsure of these words in the parts the copy keeps: “Xi”, “07/2021/NĐ-CP”; \
check each one against the paper before the copy is signed']
    """
    kept = " ".join(texts)
    found: list[str] = []
    for word in unsure:
        word = word.strip(".,;:()“”\"'")
        if len(word) > 1 and any(c.isalnum() for c in word) \
                and word in kept and word not in found:
            found.append(word)
    if not found:
        return []
    found.sort(key=lambda w: w.isalpha() and w.islower())  # numbers and odd words first
    return [_("OCR was unsure of these words in the parts the copy keeps: {words}; check each "
              "one against the paper before the copy is signed").format(
                  words=", ".join(f"“{w}”" for w in found[:NAMED]))]


def _unsure_number(so: str, unsure: Iterable[str]) -> bool:
    """Whether OCR was unsure of a word that is the number, alone or with its ký hiệu.

    >>> _unsure_number("410", ["#40/QĐ-UBND", "410/QĐ-UBND"]), _unsure_number("41", ["410"])
    (True, False)
    """
    whole = re.compile(rf"\W*{re.escape(so)}(?:\s*/.*)?\W*")
    return any(whole.fullmatch(word) for word in unsure)


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for inner in value.values():
            yield from _strings(inner)
    elif isinstance(value, list | tuple):
        for inner in value:
            yield from _strings(inner)
