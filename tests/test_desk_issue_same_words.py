"""Phát hành of a draft whose trích yếu, signer and recipients a letter of the sổ has already:
the question names that letter by its number and day and links to it in the register, and
says what to do on the desk; never the server's path of its file nor the spec's ``so:`` (it
said “…(/tmp/…/van-ban-di/2026/TB-….docx): … hãy in với số của nó (so: 7)”)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from desk_support import CONG_VAN, csrf_of, desk_client, new_draft

CV = {**CONG_VAN, "ngay": date.today().strftime("%d/%m/%Y")}


@pytest.fixture
def client(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        yield c


def test_a_letter_of_the_same_words_is_named_and_linked_not_its_path(client, tmp_path):
    csrf = csrf_of(client)
    first = new_draft(client, csrf)
    client.post(first, data={**CV, "csrf_token": csrf})
    issued = client.post(f"{first}/phat-hanh", data={"csrf_token": csrf})
    assert issued.status_code == 200, issued.text
    second = new_draft(client, csrf)
    client.post(second, data={**CV, "csrf_token": csrf})
    asked = client.post(f"{second}/phat-hanh", data={"csrf_token": csrf})
    page = asked.text.split("<main>")[1]
    assert "Số 01/" in page and "đã được cấp ngày" in page, page
    assert str(tmp_path) not in page and "/tmp/" not in page and ".docx" not in page
    assert "so:" not in page and "in với số" not in page
    link = re.search(r'<a href="(/so/van-ban/\d+)">Tải văn bản (01/[^<]+) từ sổ</a>', page)
    assert link, page
    letter = client.get(link.group(1))
    assert letter.status_code == 200 and letter.content[:2] == b"PK"
