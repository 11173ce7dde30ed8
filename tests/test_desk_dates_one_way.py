"""Every page of the desk writes a date one way, as its date fields ask it typed (05/03/2026):
Văn bản thực hiện said “Trước ngày 01/7/2025 cấp dưới tỉnh là huyện” beside its date field
and “01/07/2025” under it, and Cơ quan của bạn said “trước 01/7/2025”."""

from __future__ import annotations

import re

import pytest
from desk_support import desk_client

#: A date written with a one-digit day or month, 1/7/2025 or 01/7/2025.
_UNPADDED = re.compile(r"(?<![\d/])(?:\d/\d{1,2}|\d{2}/\d)/\d{4}\b")

PAGES = ["/", "/soan", "/sao", "/hang-loat", "/thuc-hien", "/kiem-tra", "/so", "/ho-so",
         "/ho-so/moi", "/tai-khoan", "/so/so-cap-bang-tay"]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_writes_its_dates_with_two_digit_days_and_months(tmp_path, lang):
    with desk_client(tmp_path, lang=lang) as c:
        for page in PAGES:
            answer = c.get(page)
            assert answer.status_code == 200, (page, answer.status_code)
            assert not _UNPADDED.findall(answer.text), (page, _UNPADDED.findall(answer.text))
        assert "01/07/2025" in c.get("/thuc-hien").text
