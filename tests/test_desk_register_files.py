"""The register shows a letter's file by its name under the desk's folder, never the server's
path; an export it cannot make and a letter's file that is gone answer with a page that says
what is missing and what to do."""

from __future__ import annotations

import io
import re

from desk_support import CONG_VAN, new_draft
from openpyxl import load_workbook

from ntm_docgen.register.export import file_shown


def issue(client, csrf) -> str:
    editor = new_draft(client, csrf)
    client.post(editor, data={**CONG_VAN, "csrf_token": csrf})
    issued = client.post(f"{editor}/phat-hanh", data={"csrf_token": csrf},
                         follow_redirects=False)
    assert issued.status_code == 303
    return client.get(issued.headers["location"]).text


def test_the_export_names_the_file_not_the_servers_path(client, csrf, tmp_path):
    issue(client, csrf)
    text = client.get("/so/xuat.csv?nam=2026").content.decode("utf-8-sig")
    assert str(tmp_path) not in text
    assert re.search(r",2026/[^,/]+\.docx,", text), text
    sheet = load_workbook(io.BytesIO(client.get("/so/xuat.xlsx?nam=2026").content)).active
    values = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert not any(str(tmp_path) in v for v in values)
    assert any(re.fullmatch(r"2026/[^/]+\.docx", v) for v in values)


def test_a_file_outside_the_folder_is_named_by_its_name() -> None:
    assert file_shown("/srv/khac/cv-01.docx", "/srv/ntm/van-ban-di") == "cv-01.docx"


def test_an_export_of_another_kind_is_a_page_not_the_workbook(client):
    answer = client.get("/so/xuat.pdf?nam=2026")
    assert answer.status_code == 404
    assert answer.headers["content-type"].startswith("text/html")
    assert "there is no xuat.pdf" in answer.text


def test_a_register_line_without_its_file_says_what_to_do(client, csrf, tmp_path):
    missing = client.get("/so/van-ban/999")
    assert missing.status_code == 404
    assert "no issued letter on line 999" in missing.text
    register = issue(client, csrf)
    letter = re.search(r'href="(/so/van-ban/\d+)"', register).group(1)
    for kept in (tmp_path / "van-ban-di").rglob("*.docx"):
        kept.unlink()
    gone = client.get(letter)
    assert gone.status_code == 404
    assert gone.headers["content-type"].startswith("text/html")
    assert "01/SNV-TĐKT" in gone.text and "moved or deleted" in gone.text
