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


def test_downloads_are_bounded_by_their_bytes_the_oldest_forgotten_first():
    from ntm_docgen.desk.results import Result, Results

    results = Results(keep=64, keep_bytes=1000)
    first = results.add(Result("lan", "a.docx", "x", b"a" * 600))
    second = results.add(Result("lan", "b.docx", "x", b"b" * 300))
    assert results.get(first, "lan") is not None and results.get(second, "lan") is not None
    third = results.add(Result("hoa", "c.docx", "x", b"c" * 300))  # 1200 bytes: a goes
    assert results.get(first, "lan") is None
    assert results.get(second, "lan") is not None and results.get(third, "hoa") is not None
    huge = results.add(Result("lan", "d.pdf", "x", b"d" * 5000))  # alone over: kept alone
    assert results.get(huge, "lan") is not None
    assert results.get(second, "lan") is None and results.get(third, "hoa") is None


def test_a_download_pushed_out_by_the_bytes_of_newer_ones_says_so_and_what_to_do(tmp_path):
    """A clerk checks a letter and, before downloading the fixed copy, another letter: past
    the desk's bytes of downloads, the first copy is forgotten, and its link says so."""
    import re
    from datetime import date

    from desk_support import csrf_of
    from docx import Document
    from docx.shared import Mm

    from ntm_docgen import api

    letter = tmp_path / "thu.docx"
    api.render(api.load_spec(api.profile_path("lang-son").parent.parent.parent / "data"
                             / "examples" / "000-huong-dan-1741-btdkt.yaml"), letter,
               today=date(2026, 3, 5))
    doc = Document(str(letter))
    doc.sections[0].left_margin = Mm(20)
    doc.save(str(letter))
    size = letter.stat().st_size
    with desk_client(tmp_path / "ban", lang="vi", keep_download_bytes=size * 3 // 2) as c:
        csrf = csrf_of(c)
        links = [re.search(r'href="(/tai/[0-9a-f]+)"', c.post(
            "/kiem-tra", data={"csrf_token": csrf},
            files={"tep": ("thu.docx", letter.read_bytes())}).text).group(1)
            for _ in range(2)]
        gone = c.get(links[0])
        assert gone.status_code == 404
        assert gone.headers["content-type"].startswith("text/html")
        assert "Tệp này không còn trên bàn làm việc" in gone.text
        assert "tệp cũ nhất bị bỏ trước" in gone.text and "tải kết quả về ngay" in gone.text
        assert c.get(links[1]).content[:2] == b"PK"
