"""The desk's lists of shipped profiles name the province of an issuer whose name does not:
"Sở Nội vụ – Lạng Sơn (văn bản đến ngày 30/06/2025)", where a black-box run read only "Sở Nội vụ
(…)", a Sở of no province; a name that says its place is listed as it is."""

from __future__ import annotations

import html

import pytest
from desk_support import desk_client


@pytest.mark.parametrize("page", ["/thuc-hien", "/soan"])
def test_a_profile_names_its_province_when_its_name_does_not(tmp_path, page):
    with desk_client(tmp_path, lang="vi") as client:
        text = html.unescape(client.get(page).text)
    assert "Sở Nội vụ – Lạng Sơn" in text, text
    assert ">Ủy ban nhân dân tỉnh Quảng Ngãi" in text  # said once: its name says it
    assert "Quảng Ngãi – Quảng Ngãi" not in text
