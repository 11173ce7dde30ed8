"""check: a letter dated before a document it cites (a letter copied from last year's with its
date line left, or a cited date mistyped) is told, as a lưu ý on the date line; a deadline after
the letter's date, a citation before it and a blank day of the right month are not."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_letter import edit, find, retext

from ntm_docgen.check import check_file


def _told(path: Path) -> list:
    return [f for f in check_file(path) if f.rule == "ngay.before_cited"]


def _dated(text: str):  # type: ignore[no-untyped-def]
    return lambda d: retext(find(d, r"^Lạng Sơn, ngày"), r"ngày .*", text)


def _cites(text: str):  # type: ignore[no-untyped-def]
    return lambda d: retext(find(d, r"^Căn cứ Kế hoạch"), r"số 44/KH-BCĐ ngày 11/4/2019", text)


@pytest.mark.parametrize(("changes", "told"), [
    ((), False),
    ((_dated("ngày 05 tháng 01 năm 2018"),), True),  # a year before both căn cứ
    ((_cites("số 44/KH-BCĐ ngày 11 tháng 4 năm 2021"),), True),  # the cited date in words
    ((_cites("số 44/KH-BCĐ, ngày 05/01/2020"),), False),  # issued the same day
    ((_dated("ngày   tháng 4 năm 2019"),), False),  # left for the signing: may be 30/4/2019
    ((_dated("ngày   tháng 3 năm 2019"),), True),  # no day of March 2019 is after 11/4/2019
    ((lambda d: retext(find(d, r"^Đánh giá"), r"phong trào\.",
                       "phong trào trước ngày 30/6/2021."),), False),  # a deadline, no citation
], ids=["as-built", "date-line-a-year-early", "cited-later-in-words", "same-day",
        "blank-day-of-a-later-month", "blank-day-of-an-earlier-month", "a-deadline"])
def test_a_letter_dated_before_what_it_cites_is_told(hd, tmp_path, changes, told):
    # hd is dated 05/01/2020; it cites Hướng dẫn 748/HD-BTĐKT of 24/4/2019 and Kế hoạch
    # 44/KH-BCĐ of 11/4/2019
    found = _told(edit(hd, tmp_path / "v.docx", *changes))
    assert bool(found) is told
    if told:
        (finding,) = found
        assert finding.severity == "luu_y" and finding.fix is None
        assert "44/KH-BCĐ" in finding.message or "748/HD-BTĐKT" in finding.message
