"""The runs of a body heading that the decree prints bold: its number and title, not a note in
brackets after it nor a value after its colon."""

from __future__ import annotations

import re

#: a part's, a chapter's or a section's label before its colon ("Phần II: KẾT QUẢ ..."): the
#: words after the colon are its title, bold with it, not a value
_LABEL = re.compile(r"(?:Phần|Chương|Mục|Tiết)[ \t]+(?:[IVXLC]+|\d+)", re.IGNORECASE)


def heading_runs(runs: list) -> list:
    """The runs of a heading's number and title: before the note in brackets that may end it,
    and before the value a heading ending in a colon gives on its own line ("II. Số lượng hồ
    sơ: 01 bộ", the Sở Y tế Bình Dương's procedures)."""
    return _before_value(_before_note(runs))


def _before_note(runs: list) -> list:
    """The runs of a heading before the note in brackets that may end it ("III. NỘI DUNG HỒ
    SƠ (Tóm tắt giải pháp ...)."): the note is an explanation in upright text, not the heading."""
    text = "".join(r.text for r in runs).rstrip().rstrip(".:;")
    start = text.rfind("(")
    if start <= 0 or not text.endswith(")"):
        return runs
    out, covered = [], 0
    for run in runs:
        if covered + len(run.text) - len(run.text.lstrip()) >= start:
            break  # the run's first mark is the bracket or after it
        out.append(run)
        covered += len(run.text)
    return out


def _before_value(runs: list) -> list:
    """The runs of a heading up to the colon that ends its title, when words follow it on the
    line: those words are the heading's content, upright as the body is, and the colon typed
    before them is no part of the title either (as the stop after a number). A heading in capitals
    ("II. NỘI DUNG: …") or with no words before the colon is all heading.

    >>> from types import SimpleNamespace as Run
    >>> [r.text for r in _before_value([Run(text="II. Số lượng hồ sơ:"), Run(text=" 01 bộ")])]
    ['II. Số lượng hồ sơ:']
    >>> [r.text for r in _before_value([Run(text="II. Số lượng hồ sơ"), Run(text=": 01 (bộ)")])]
    ['II. Số lượng hồ sơ']
    >>> len(_before_value([Run(text="II. NỘI DUNG:"), Run(text=" tuyên truyền")]))
    2

    A part's label before its colon is no title: what follows is, and is held to the bold.

    >>> len(_before_value([Run(text="Phần II:"), Run(text=" Kết quả thực hiện năm 2025")]))
    2
    """
    text = "".join(r.text for r in runs)
    colon = text.find(":")
    title = text[:colon]
    if colon < 0 or not text[colon + 1:].strip() or title.upper() == title \
            or not any(ch.isalpha() and ch.islower() for ch in title) \
            or _LABEL.fullmatch(title.strip()):
        return runs
    out, covered = [], 0
    for run in runs:
        if covered >= colon:
            break  # the run opens with the colon or after it: the value, the colon with it
        out.append(run)
        covered += len(run.text)
    return out
