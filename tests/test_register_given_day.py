"""The day a number was given is the day on the office's clock: the register keeps ``cap_luc``
in UTC, whose date is the day before for a number taken before 07:00 in Việt Nam (review11:
the desk said "given on 05/12" of a number taken at 06:30 on 06/12, and filed it a month
early on the 1st)."""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timezone

import pytest

from ntm_docgen.register.model import Row


@pytest.fixture
def in_vietnam():
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Ho_Chi_Minh"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_a_number_taken_at_dawn_is_given_that_day(in_vietnam):
    taken = datetime(2026, 11, 30, 23, 30, tzinfo=timezone.utc)  # 06:30 on 1 December there
    row = Row(id=1, co_quan="UBND", nam=2026, serie="chung", so=5, ky_hieu="UBND",
              loai="CV", ten_loai="Công văn", trang_thai="cap", cap_luc=taken)
    assert row.cap_ngay == date(2026, 12, 1)
