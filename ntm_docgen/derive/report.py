"""Whether the derived letter asks its units for a report: only when the letter implemented
asks for one (a deadline, "báo cáo kết quả", an outline of its own, a work that is itself
reported), when the level above asks the unit's own level to report, or when a deadline is given;
a letter asking none (Lào Cai's Công văn 7432/UBND-XD on fire safety) gives no report and no
outline."""

from __future__ import annotations

import re
from functools import cache

from ntm_docgen.derive.rules import van
from ntm_docgen.letter.spec import Spec

_SENTENCES = re.compile(r"(?<=[.;:])\s+|\n")


@cache
def _asking() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(x, re.IGNORECASE) for x in van()["hoi_bao_cao"])


def asks_report(source: Spec, bao_cao: str, *, han: bool, duty: bool) -> bool:
    """True when the derived letter should ask for a report on ``bao_cao`` (what the units
    report, ``work.reported``): a deadline is given (``han``), the level above asks the unit's
    level to report (``duty``), the letter implemented has an attachment (an outline, a form),
    its work is itself reported ("sơ kết …"), or a sentence of it asks for one."""
    if han or duty or source.phu_luc or not bao_cao.startswith("kết quả "):
        return True
    return any(asks_in(sentence) for sentence in _SENTENCES.split(source.noi_dung or ""))


def asks_in(sentence: str) -> bool:
    """Whether one sentence asks for a report; one on difficulties met along the way does not.

    >>> asks_in("Gửi báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/11/2026.")
    True
    >>> asks_in("Nếu phát sinh khó khăn, vướng mắc, kịp thời báo cáo Sở Xây dựng để tổng hợp.")
    False
    >>> asks_in("Tổ chức tuyên truyền, phổ biến các nội dung của Quyết định.")
    False
    """
    folded = sentence.casefold()
    if "kết quả" not in folded and any(w in folded for w in van()["bao_cao_vuong"]):
        return False
    return any(rx.search(sentence) for rx in _asking())
