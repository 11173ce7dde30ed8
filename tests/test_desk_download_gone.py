"""A download the desk no longer keeps (a result of before a restart, or one pushed out by
newer ones) answers with a page that says so and what to do, not an empty page."""

from __future__ import annotations

from desk_support import desk_client


def test_a_result_no_longer_kept_says_so(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        answer = c.get("/tai/0123456789abcdef0123456789abcdef")
    assert answer.status_code == 404
    assert answer.headers["content-type"].startswith("text/html")
    assert "Tệp này không còn trên bàn làm việc" in answer.text
    assert '<html lang="vi">' in answer.text


def test_a_bulk_run_that_is_gone_says_so_at_its_downloads(client):
    answer = client.get("/hang-loat/khongco/tai/thu.zip")
    assert answer.status_code == 404
    assert "This bulk run does not exist, or it is not yours." in answer.text


def test_a_bulk_file_the_run_has_not_made_says_so(client, csrf):
    """Before the run writes its letters, and for a merged file or PDFs not chosen, a download
    answers with a page naming the file, not an empty page or an empty ZIP."""
    from test_desk_bulk_names import SPEC, XA

    answer = client.post("/hang-loat", data={"csrf_token": csrf}, follow_redirects=False,
                         files={"mau": (XA.name, SPEC), "danh_sach": (
                             "ds.csv", "kinh_gui,ten\nUBND xã Tân Thành,Tân Thành\n".encode())})
    assert answer.status_code == 303, answer.text
    for what in ("thu.zip", "pdf.zip", "tat-ca.docx"):
        gone = client.get(f"{answer.headers['location']}/tai/{what}")
        assert gone.status_code == 404
        assert gone.headers["content-type"].startswith("text/html")
        assert f"This bulk run has made no {what}" in gone.text


def test_an_unknown_download_of_a_bulk_run_or_a_letter_says_what_there_is(client, csrf):
    """A download name the desk never offers answers with a page listing the ones it does."""
    from desk_support import new_draft
    from test_desk_bulk_names import SPEC, XA

    answer = client.post("/hang-loat", data={"csrf_token": csrf}, follow_redirects=False,
                         files={"mau": (XA.name, SPEC), "danh_sach": (
                             "ds.csv", "kinh_gui,ten\nUBND xã Tân Thành,Tân Thành\n".encode())})
    unknown = client.get(f"{answer.headers['location']}/tai/thu.rar")
    assert unknown.status_code == 404
    assert unknown.headers["content-type"].startswith("text/html")
    assert "thu.zip, pdf.zip and tat-ca.docx; there is no thu.rar" in unknown.text
    letter = client.get(f"{new_draft(client, csrf)}/tai.odt")
    assert letter.status_code == 404
    assert letter.headers["content-type"].startswith("text/html")
    assert ".docx, .pdf, .yaml or .json; there is no .odt" in letter.text
