"""A bulk run on the desk names the files the clerk uploaded as she named them (``ds.csv``),
never by the server's folder that keeps the run: on the review page and in its problems."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from desk_support import new_draft

from ntm_docgen import api

XA = api.profile_path("lang-son").parent.parent.parent / "tests" / "data" / "bulk" / "xa.yaml"
SPEC = XA.read_bytes().replace(b"{{ loai_don_vi }} {{ ten }} (m\xc3\xa3 {{ ma }})", b"{{ ten }}")


def review(client, csrf: str, name: str, people: bytes) -> str:
    answer = client.post("/hang-loat", data={"csrf_token": csrf},
                         files={"mau": (XA.name, SPEC), "danh_sach": (name, people)},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return client.get(answer.headers["location"]).text


def test_the_review_names_the_list_as_uploaded(client, csrf, tmp_path: Path):
    page = review(client, csrf, "ds.csv", "kinh_gui,ten\nUBND xã Tân Thành,Tân Thành\n".encode())
    assert "1 recipient from ds.csv." in page
    assert str(tmp_path) not in page


def test_a_list_that_cannot_be_read_is_named_as_uploaded(client, csrf, tmp_path: Path):
    page = review(client, csrf, "trong.csv", b"")
    assert "trong.csv: the first row must hold the column names" in page
    assert str(tmp_path) not in page


def test_a_name_with_spaces_and_marks_is_named_as_the_clerk_wrote_it(client, csrf):
    """A name with spaces and brackets, sent decomposed (NFD) as some computers send it, and
    with the folder some browsers add, reads as the clerk wrote it."""
    people = "kinh_gui,ten\nUBND xã Tân Thành,Tân Thành\n".encode()
    sent = unicodedata.normalize("NFD", "C:\\Tài liệu\\Danh sách xã (1).csv")
    assert "1 recipient from Danh sách xã (1).csv." in review(client, csrf, sent, people)
    assert "Danh sách trống.csv: the first row" in review(client, csrf, "Danh sách trống.csv", b"")


def test_the_form_sent_back_keeps_the_clerks_choices(client, csrf):
    """A bulk form refused comes back with the draft, the province and what to make as the
    clerk chose them, not reset."""
    from lxml import html

    draft = new_draft(client, csrf, "CV").rsplit("/", 1)[1]
    no_list = client.post("/hang-loat", data={"csrf_token": csrf, "ban_nhap": draft, "pdf": "1"},
                          follow_redirects=False)
    assert no_list.status_code == 422
    page = html.fromstring(no_list.text)
    assert page.xpath("//select[@name='ban_nhap']/option[@selected]/@value") == [draft]
    assert page.xpath("//input[@name='pdf']/@checked")
    assert not page.xpath("//input[@name='gop']/@checked")
    no_letter = client.post("/hang-loat", data={"csrf_token": csrf, "tinh": "Lạng Sơn",
                                                "gop": "1"}, follow_redirects=False)
    assert no_letter.status_code == 422
    page = html.fromstring(no_letter.text)
    assert page.xpath("//select[@name='tinh']/option[@selected]/text()") == ["Lạng Sơn"]
    assert page.xpath("//input[@name='gop']/@checked")


def test_a_rows_problem_is_told_at_the_forms_label_without_the_command_line(client, csrf):
    """A row whose letter has a problem is told at the label of the field it concerns, in the
    desk's words: no spec path, no command (the command line's ``ntm-docgen types``); a value
    the row takes from the list is to be changed in the list, not chosen in the form."""
    spec = SPEC.replace(b"loai: CV", b"loai: '{{ loai }}'")
    answer = client.post("/hang-loat", data={"csrf_token": csrf},
                         files={"mau": (XA.name, spec),
                                "danh_sach": ("ds.csv", "kinh_gui,ten,loai\nUBND xã Tân Thành,"
                                              "Tân Thành,XYZ\n".encode())},
                         follow_redirects=False)
    page = client.get(answer.headers["location"]).text
    assert "Type of document: unknown type; write in the list a Phụ lục III code" in page, page
    assert "ntm-docgen types" not in page and "loai:" not in page
    assert "choose one from the list" not in page
