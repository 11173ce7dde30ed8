"""A finished reading's line at the top of every page is shown until its clerk opens what it
made (from the line, or from anywhere else) or hides it with its "Ẩn" button (a plain form: no
JavaScript needed), then gone, also after a restart; the reading itself is kept as before."""

from __future__ import annotations

import re
import time

from desk_support import csrf_of, desk_client
from test_desk_reading import Scan, landed, scans, upload

BAR = re.compile(r'<p class="notice reading-bar"><a href="(/doc/\w+)">(.*?)</a>(.*?)</p>')


__all__ = ["scans"]  # the stand-in reader of test_desk_reading, a fixture here too


def read(client, scans, name: str = "quet.pdf") -> str:
    """A one-page scan uploaded and read to its end; its job's page."""
    scans[name] = scan = Scan(pages=1)
    scan.go.set()
    page = upload(client, name).headers["location"]
    deadline = time.monotonic() + 60
    while "open what it made" not in (text := client.get("/soan").text) \
            and "mở kết quả" not in text:
        assert time.monotonic() < deadline, text
        time.sleep(0.02)
    return page


def test_the_line_goes_once_the_draft_it_made_is_opened_from_elsewhere(tmp_path, scans):
    with desk_client(tmp_path, lang="en", ocr_jobs=1) as client:
        page = read(client, scans)
        draft = re.search(r'href="(/soan/[0-9a-f-]{36})"', client.get("/soan").text)[1]
        assert BAR.search(client.get("/").text), "shown until she opens it"
        client.get(draft)  # from the list of drafts, not from the line
        assert not BAR.search(client.get("/").text)
        assert landed(client, page) == draft, "the reading is kept: its page opens the draft"
    with desk_client(tmp_path, lang="en", ocr_jobs=1) as client:
        assert not BAR.search(client.get("/").text), "nor after a restart"


def test_the_line_is_hidden_by_its_button_without_javascript(tmp_path, scans):
    with desk_client(tmp_path, lang="vi", ocr_jobs=1) as client:
        page = read(client, scans)
        text = client.get("/sao").text
        found = BAR.search(text)
        assert found and found[2] == "Đã đọc xong quet.pdf: mở kết quả"
        assert f'form="an-{page.rsplit("/", 1)[1]}"' in found[3] and ">Ẩn</button>" in found[3]
        assert f'action="{page}/an"' in text and 'name="tiep" value="/sao"' in text
        answer = client.post(f"{page}/an", data={"csrf_token": csrf_of(client), "tiep": "/sao"},
                             follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == "/sao"
        assert not BAR.search(client.get("/").text)
        elsewhere = client.post(f"{page}/an", data={"csrf_token": csrf_of(client),
                                                    "tiep": "//example.com/"},
                                follow_redirects=False)
        assert elsewhere.headers["location"] == "/", "only back to a page of the desk"
        assert landed(client, page).startswith("/soan/"), "the reading itself is kept"
    with desk_client(tmp_path, lang="vi", ocr_jobs=1) as client:
        assert not BAR.search(client.get("/").text), "hidden across a restart"
