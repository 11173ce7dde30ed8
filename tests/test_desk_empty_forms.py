"""A form sent with nothing chosen says which choice is missing in the page's words, a
file whose name has no ending is told so, not as a kind named "?", and the bar marks the
page the clerk is on; every job page says why it refused a form above the form's fields."""

from __future__ import annotations

import html
import re

import pytest


def _error(page: str) -> str:
    found = re.search(r'<div class="error" role="alert">(.*?)</div>', page, re.S)
    assert found, page
    return html.unescape(found[1])


def test_bulk_with_no_letter_asks_for_a_draft_or_a_spec(client, csrf):
    answer = client.post("/hang-loat", data={"csrf_token": csrf, "ban_nhap": "", "tinh": ""})
    assert answer.status_code == 422
    said = _error(answer.text)
    assert "Choose one of your drafts, or upload a spec file." in said
    assert ".yaml, .yml, .json" not in said


def test_bulk_without_drafts_leads_to_compose(client):
    page = client.get("/hang-loat").text
    hint = re.search(r'<span class="hint" id="no-drafts">(.*?)</span>', page, re.S)
    assert hint and "write the letter first" in hint[1] and 'href="/soan"' in hint[1]


def test_bulk_with_a_draft_offers_no_such_hint(client, csrf):
    from desk_support import new_draft

    new_draft(client, csrf)
    assert 'id="no-drafts"' not in client.get("/hang-loat").text


def test_a_file_without_an_ending_is_told_so(client, csrf):
    answer = client.post("/kiem-tra", data={"csrf_token": csrf},
                         files={"tep": ("hostname", b"desk\n")})
    assert answer.status_code == 422
    said = _error(answer.text)
    assert "hostname: the file's name has no ending" in said
    assert "not ?" not in said


def test_the_bar_marks_the_page_the_clerk_is_on(client, csrf):
    from desk_support import new_draft

    def marked(path: str) -> list[str]:
        return re.findall(r'<a href="([^"]+)" class="here" aria-current="page">',
                          client.get(path).text)

    assert marked("/") == []
    assert marked("/sao") == ["/sao"]
    assert marked("/so") == ["/so"]  # not /soan, whose address begins the same
    assert marked(f"/soan/{new_draft(client, csrf)}") == ["/soan"]


#: A form sent wrong on each job page that takes a file: the page, what is sent.
WRONG = {
    "kiem-tra": ("/kiem-tra", {}, {"tep": ("hostname", b"desk\n")}),
    "thuc-hien": ("/thuc-hien", {}, {"tep": ("hostname", b"desk\n")}),
    "sao": ("/sao", {"hinh_thuc": "SAO Y"}, {"tep": ("hostname", b"desk\n")}),
    "hang-loat": ("/hang-loat", {"ban_nhap": "", "tinh": ""}, {}),
}


@pytest.mark.parametrize("job", list(WRONG))
def test_a_refused_form_says_why_above_its_fields(client, csrf, job):
    """Every job page puts its error in one place, at the top, before the form's first field
    (the check page put it under the form, where a clerk on a phone does not see it)."""
    path, data, files = WRONG[job]
    answer = client.post(path, data={"csrf_token": csrf, **data}, files=files or None)
    assert answer.status_code == 422, answer.text
    main = answer.text[answer.text.index("<main>"):]
    assert main.index('role="alert"') < main.index("<label"), main[:2000]
