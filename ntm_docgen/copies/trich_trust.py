"""What a TRÍCH SAO of a scan may print of the number and the day a clerk wrote by hand, on the
evidence the importer itself gives of them, and the words OCR was unsure of inside the parts it
keeps.

A TRÍCH SAO certifies the original's header as issued (Điều 25). The number is not printed when
OCR was unsure of the Số line's own word (Bạc Liêu's 210/QĐ-UBND, written by hand, read
``410/QĐ-UBND``); a number read sure, or read from the digits in the pen's blank
(``importer/handwritten``, which takes only what its readings agree on, and says so:
``setapart.by_hand``), is printed, the importer's warning to check it passed on. A day the pen
wrote (read from its blank) is held to the importer's rule (``pentrust.day_held``) against the
digital signature's time read only where the importer reads it: the PDF's signature fields, or
the note at the top of page 1; a typed day, or a time printed elsewhere (``Ngày in:`` in a
footer), is never held so. What is not printed is left blank as the paper had it before the
pen, and the văn thư is told which field to write in from the paper before the copy is
signed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from ntm_docgen.files.textpaths import strings
from ntm_docgen.i18n import N_, _
from ntm_docgen.importer.cleaning import key
from ntm_docgen.importer.pentrust import cited, day_held
from ntm_docgen.importer.signing import signed_on

#: The most unsure words a copy's warning names (a poor scan's body may hold dozens).
NAMED = 12
#: The importer's warning for the note of a digital signature it left out of the header
#: (``setapart.without_signing_note``): the note's lines follow its words.
NOTE_LEFT_OUT = N_("the note of the digital signature over the header (who signed this copy "
                   "and when) was left out of the letter: {lines}")
#: The note's lines at the top of page 1 are among the first lines read (``setapart``'s
#: ``_NOTE_LINES``); one the importer did not know for a note is read into no part.
NOTE_LINES = 12
#: A word of the Số line as OCR reads it: ``410/QĐ-UBND``, ``Số:410/QĐ-UBND`` (unmarked).
_SO_WORD = re.compile(r"(s[o6]:?)?(\d{1,5})(?:/(.*))?")


def pen_checked(spec: dict[str, Any], unsure: Iterable[str], warnings: Iterable[str],
                signed: date | None) -> tuple[dict[str, Any], list[str]]:
    """The spec of a scan with its number and its day left blank where they are not trusted,
    and the warnings that say so. ``unsure``: the words OCR was unsure of; ``warnings``: the
    importer's (its ``by hand`` ones say what it read from the pen's blanks); ``signed``: the
    day of the digital signature (:func:`signing_day`).

    >>> spec = {"so": 410, "ky_hieu": "QĐ-UBND", "ngay": date(2025, 2, 18), "noi_dung": "x"}
    >>> out, told = pen_checked(spec, ["410/QĐ-UBND", "Xi"], [], date(2025, 3, 19))
    >>> "so" in out, out["ngay"], len(told)
    (False, datetime.date(2025, 2, 18), 1)
    """
    out, told = dict(spec), []
    warnings = list(warnings)
    so = out.get("so")
    if so is not None and so_line_unsure(so, out.get("ky_hieu"), unsure):
        del out["so"]
        told.append(_(
            "so: the number of the original was written by hand and OCR was not sure of it "
            "(it read “{so}”): the copy does not print a number the paper may not hold, so it "
            "leaves the blank of “Số:      /{ky_hieu}” as the paper had it; write the number "
            "in by hand from the paper before the copy is signed").format(
                so=so, ky_hieu=out.get("ky_hieu") or ""))
    day = _as_date(out.get("ngay"))
    if day is not None and by_pen(day, spec, warnings):  # a typed day is never held so
        body = [text for _path, text in strings({k: v for k, v in out.items() if k != "ngay"})]
        if not day_held(day, f"{day.day:02d}", signed, tuple(cited(body))):
            del out["ngay"]
            out["nam"] = day.year
            told.append(_(
                "ngay: OCR read the day of the original as {day}, which does not agree with "
                "the dates the letter itself gives (its digital signature's time, the letters "
                "it cites): the copy leaves the day and the month blank as the paper had them "
                "before the pen; write them in by hand from the paper before the copy is "
                "signed").format(day=day.strftime("%d/%m/%Y")))
    return out, told


def by_pen(day: date, spec: dict[str, Any], warnings: list[str]) -> bool:
    """Whether the importer read ``day`` from the digits written in a scan's date line blanks
    on page 1: its own ``by hand`` warning (``setapart.by_hand``) is among ``warnings``."""
    from ntm_docgen.importer.reading import Source
    from ntm_docgen.importer.setapart import by_hand

    entry = ("by hand: ngay", 1, day.strftime("%d/%m/%Y"))
    return any(w in warnings for w in by_hand(Source([], set_apart=(entry,)), spec))


def so_line_unsure(so: Any, ky_hieu: Any, unsure: Iterable[str]) -> bool:
    """Whether OCR was unsure of the Số line's own word: the number with the letter's ký hiệu
    after its slash, or after the label ``Số:``; a word only like it (a căn cứ's
    ``12/2021/NĐ-CP``, an item's ``1.``, a day ``15/3/2025``) is no evidence.

    >>> so_line_unsure(410, "QĐ-UBND", ["#40/QĐ-UBND", "410/QĐ-UBND"])
    True
    >>> so_line_unsure(12, "QĐ-UBND", ["12/2021/NĐ-CP", "12", "(12)", "12."])
    False
    >>> so_line_unsure(9, "TTr-UBND", ["Số:09"]), so_line_unsure(15, "QĐ-UBND", ["15/3/2025"])
    (True, False)
    """
    mark = key(str(ky_hieu or ""))
    for word in unsure:
        found = _SO_WORD.fullmatch(key(word.strip()))
        if found is None or int(found[2]) != int(so):
            continue
        after = found[3]
        if (after is not None and mark and after == mark) or (found[1] and after in (None, "")):
            return True
    return False


def signing_day(original: Path, warnings: Iterable[str], unread: Iterable[str]) -> date | None:
    """The day the letter was signed digitally, read only where the importer reads it: the
    PDF's signature fields (``pdfstamps.signers``) and the note at the top of page 1
    (:func:`noted_day`); the earliest, the issuer's."""
    from ntm_docgen.importer.pdfstamps import signers

    days = [signed_on([text.split("|", 1)[-1]]) for _kind, _page, text in signers(original)]
    days.append(noted_day(warnings, unread))
    return min((d for d in days if d is not None), default=None)


def noted_day(warnings: Iterable[str], unread: Iterable[str]) -> date | None:
    """The day of the digital signature's note at the top of page 1: the note the importer left
    out (its warning names its lines), or one it did not know for a note, read into no part
    (its ``Thời gian ký`` among the first lines). A time printed elsewhere (``Ngày in:
    19/03/2025 08:12`` in a footer) is no signature's.

    >>> noted_day([], ["Cơ quan: Ủy ban nhân dân", "Thời gian ký:", "19.02.2025 07:55:27",
    ...                "Ngày in: 18/02/2025 08:12"])
    datetime.date(2025, 2, 19)
    >>> noted_day([], ["Ngày in: 19/03/2025 08:12"]) is None
    True
    """
    note = _(NOTE_LEFT_OUT).split("{lines}")[0]
    days = [signed_on([w[len(note):]]) for w in warnings if w.startswith(note)]
    first = list(unread)[:NOTE_LINES]
    for n, line in enumerate(first):
        if key(line.strip()).startswith("thoi gian ky"):
            days.append(signed_on(first[n:n + 2]))
    return min((d for d in days if d is not None), default=None)


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


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
