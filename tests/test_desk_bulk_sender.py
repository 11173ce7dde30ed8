"""A letter to every commune of a province leaves out the commune that sends it, and the
check says so (a commune's letter went to itself among the others)."""

from __future__ import annotations

import html
import re

from desk_support import XA, csrf_of, desk_client


def _review(client, csrf: str, spec_text: str, province: str) -> str:
    answer = client.post("/hang-loat", data={"csrf_token": csrf, "tinh": province},
                         files={"mau": ("xa.yaml", spec_text.encode())}, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return html.unescape(client.get(answer.headers["location"]).text)


def test_every_commune_but_the_sender(tmp_path):
    spec = XA.read_text(encoding="utf-8").replace(
        "ỦY BAN NHÂN DÂN\\nTỈNH LAI CHÂU", "ỦY BAN NHÂN DÂN\\nXÃ BẢO THẮNG").replace(
        "dia_danh: Lai Châu", "dia_danh: Bảo Thắng")
    with desk_client(tmp_path) as client:
        page = _review(client, csrf_of(client), spec, "Lào Cai")
        every = _review(client, csrf_of(client), XA.read_text(encoding="utf-8"), "Lào Cai")
    assert "Ủy ban nhân dân xã Bảo Thắng" not in page.split('class="warning"', 1)[0]
    count = len(re.findall(r"<td>Ủy ban nhân dân (?:xã|phường) ", page))
    assert count and count == len(re.findall(r"<td>Ủy ban nhân dân (?:xã|phường) ", every)) - 1
    told = re.search(r"Ủy ban nhân dân xã Bảo Thắng is the letter's own issuer, so it is left "
                     r"out: the letter goes to the other (\d+) communes of Lào Cai", page)
    assert told, page
    assert "Ủy ban nhân dân xã Bảo Thắng" in every
