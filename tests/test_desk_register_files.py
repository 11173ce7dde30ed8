"""The register shows a letter's file by its name under the desk's folder, never the server's
path; an export it cannot make and a letter's file that is gone answer with a page that says
what is missing and what to do."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from desk_support import CONG_VAN, new_draft
from openpyxl import load_workbook

from ntm_docgen.register.export import file_shown


def issue(client, csrf) -> str:
    editor = new_draft(client, csrf)
    client.post(editor, data={**CONG_VAN, "csrf_token": csrf})
    issued = client.post(f"{editor}/phat-hanh", data={"csrf_token": csrf, "xac_nhan": "1"},
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
    assert "not in the register" in missing.text and "Open the register again" in missing.text
    assert "999" not in missing.text  # the register's own line number means nothing to her
    register = issue(client, csrf)
    letter = re.search(r'href="(/so/van-ban/\d+)"', register).group(1)
    for kept in (tmp_path / "van-ban-di").rglob("*.docx"):
        kept.unlink()
    gone = client.get(letter)
    assert gone.status_code == 404
    assert gone.headers["content-type"].startswith("text/html")
    assert "01/SNV-TĐKT of " in gone.text and "moved or deleted" in gone.text
    assert f"(“{CONG_VAN['trich_yeu']}”)" in gone.text


def by_hand(home: Path, trich_yeu: str, *, cancelled: bool = False,
            written: Path | None = None) -> int:
    """Take a number of the desk's register in ``home`` as the command line does, the
    letter written to ``written`` (or not at all, or cancelled); its register line."""
    from ntm_docgen import register

    db = str(home / "so-di.sqlite3")
    entry = register.RegisterEntry(trich_yeu=trich_yeu, ngay=date(2026, 3, 5))
    given = register.allocate(db, co_quan="UBND", loai_code="KH", nam=2026, entry=entry)
    if cancelled:
        register.cancel(db, given.id, "LibreOffice failed")
    if written is not None:
        written.write_bytes(b"PK")
        register.record(db, given.id, written)
    return given.id


@pytest.mark.parametrize(("case", "said"), [
    ("taken", "The desk holds no file of letter 01/KH-UBND of 05/03/2026 (“Tổ chức hội nghị”): "
              "its number was taken without the desk"),
    ("cancelled", "Number 01/KH-UBND of 05/03/2026 (“Tổ chức hội nghị”) was cancelled"),
    ("outside", "Letter 01/KH-UBND of 05/03/2026 (“Tổ chức hội nghị”) was written outside the "
                "desk, as kh-01.docx"),
], ids=["taken-by-hand", "cancelled", "written-elsewhere"])
def test_a_letter_the_desk_did_not_write_is_named_as_the_clerk_knows_it(client, tmp_path, case,
                                                                       said):
    """Số/ký hiệu, ngày and trích yếu, as the register page shows the line, never its id;
    and why the desk has no file of it."""
    elsewhere = tmp_path / "khac"
    elsewhere.mkdir()
    line = by_hand(tmp_path, "Tổ chức hội nghị", cancelled=case == "cancelled",
                   written=elsewhere / "kh-01.docx" if case == "outside" else None)
    answer = client.get(f"/so/van-ban/{line}")
    assert answer.status_code == 404
    assert said in answer.text
    assert str(elsewhere) not in answer.text
