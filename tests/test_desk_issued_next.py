"""After “Phát hành” the register's page, which says the number given, also gives the letter
as issued (its DOCX and PDF, with that number) and the way back to it: the next step of a
văn thư who must now send it."""

from __future__ import annotations

import io
import re

from desk_support import CONG_VAN, csrf_of, new_draft
from docx import Document


def test_the_page_after_issuing_gives_the_numbered_letter(client):
    csrf = csrf_of(client)
    editor = new_draft(client, csrf)
    client.post(editor, data={**CONG_VAN, "ngay": "05/03/2026", "csrf_token": csrf})
    answer = client.post(f"{editor}/phat-hanh", data={"csrf_token": csrf})
    assert answer.status_code == 200, answer.text
    said = re.search(r'<div id="issued-now">.*?<form', answer.text, re.S)
    assert said, answer.text
    links = re.findall(r'href="([^"]+)"', said.group(0))
    draft = editor.rsplit("/", 1)[1]  # and on to every commune, as from the letter's page
    assert links == [f"{editor}/tai.docx", f"{editor}/tai.pdf", editor,
                     f"/hang-loat?ban_nhap={draft}"]
    letter = client.get(links[0])
    assert letter.status_code == 200
    text = "\n".join(p.text for t in Document(io.BytesIO(letter.content)).tables
                     for r in t.rows for c in r.cells for p in c.paragraphs)
    assert "Số: 01/SNV-TĐKT" in text


def test_a_made_up_draft_in_the_address_gives_no_link(client):
    page = client.get("/so?nam=2026&da_cap=01/SNV&ban_nhap=\"><script>").text
    assert "tai.docx" not in page
    assert "<script>" not in page.split("<main>")[1]


def test_an_address_alone_issues_nothing(client):
    """``/so?da_cap=99/KH-SNV&ban_nhap=…`` with no such number in the register says nothing
    was issued and offers no download (the page said "issued 99/KH-SNV"; found by a black-box
    run)."""
    page = client.get("/so?da_cap=99/KH-SNV&ban_nhap=0123456789abcdef").text
    assert "99/KH-SNV" not in page and "0123456789abcdef" not in page
