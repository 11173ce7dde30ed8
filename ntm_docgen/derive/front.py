"""Another body's own work re-issued by the unit: a guidance of the Front (Mặt trận Tổ quốc) on
its own procedure (the nominating of election candidates, hd_2025_quangninh_mttq_hiepthuong)
derived by a people's committee as its Hướng dẫn or Kế hoạch; and the steps the letter carries
down that ended before its date ("Thực hiện từ ngày 01/12 đến ngày 10/12/2025" in a letter of
15/12/2025), told."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ntm_docgen.derive.cite import issuer_name
from ntm_docgen.derive.levels import QUOTED, _around
from ntm_docgen.derive.profile import Profile
from ntm_docgen.derive.rules import citation_spans
from ntm_docgen.i18n import N_, said
from ntm_docgen.letter.spec import Spec
from ntm_docgen.vietnamese.text import ngay_so

_FRONT = re.compile(r"(?<!\w)(?:MTTQ|Mặt trận Tổ quốc)(?!\w)", re.IGNORECASE)
#: the last day of a step: "… đến ngày 10/12/2025", "đến hết ngày 10/12/2025"
_UNTIL = re.compile(r"(?<!\w)đến (?:hết )?ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")


def front_work(source: Spec, profile: Profile, form: str) -> list[str]:
    """A letter of a body of the Front re-issued (as a Hướng dẫn or Kế hoạch) by a unit that is
    no body of the Front: what it lays down is the Front's own work, told first."""
    header = " ".join((source.co_quan.ten, source.co_quan.chu_quan or ""))
    if form == "cong-van" or not _FRONT.search(header) or _FRONT.search(profile.ten_goi):
        return []
    return [said(N_("{issuer} is a body of the Front (Mặt trận Tổ quốc), and what its letter "
                    "lays down is the Front's own work, done by the Front's committee at each "
                    "level: {unit} re-issuing it as its own {form} gives its units work that is "
                    "not theirs; check that {unit} must issue it, or send the letter to the "
                    "Front's committee of its level and write only {unit}'s own part (its "
                    "coordination, the means it gives)"),
                 issuer=issuer_name(source.co_quan), unit=profile.ten_goi,
                 form="Hướng dẫn" if form == "huong-dan" else "Kế hoạch")]


def steps_ended(spec: dict[str, Any], day: date) -> list[str]:
    """The lines of the body whose step ends ("đến ngày 10/12/2025") before the letter's date
    ``day``, outside what it cites, quoted in a warning.

    >>> told = steps_ended({"noi_dung": "BƯỚC MỘT\\n(Thực hiện từ ngày 01/12 đến ngày "
    ...     "10/12/2025)\\n(Từ ngày 17/12/2025 đến ngày 25/01/2026)"}, date(2025, 12, 15))
    >>> "đến ngày 10/12/2025)”" in told[0], "25/01/2026" in told[0]
    (True, False)
    >>> steps_ended({"noi_dung": "(Từ ngày 17/12/2025 đến ngày 25/01/2026)"}, date(2025, 12, 15))
    []
    """
    ended: list[str] = []
    for line in (x.strip() for x in str(spec.get("noi_dung") or "").split("\n")):
        spans = citation_spans(line)
        for until in _UNTIL.finditer(line):
            if any(a <= until.start() < b for a, b in spans):
                continue
            try:
                last = date(int(until[3]), int(until[2]), int(until[1]))
            except ValueError:
                continue
            if last < day:
                ended.append(_around(line, until.start(), 120))
                break
    if not ended:
        return []
    return [said(N_("these steps the letter carries down end before its date {day}, and will "
                    "be over when it is sent: {lines}; check the steps and their days before "
                    "sending"),
                 day=ngay_so(day),
                 lines="; ".join(f"“{x}”" for x in ended[:QUOTED])
                 + ("; …" if len(ended) > QUOTED else ""))]
