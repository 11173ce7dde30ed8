"""What the desk numbers is kept where its register line opens it: an issued letter and a
numbered copy in the folder of issued letters under the year of their own date (one
computer), or in the register's database (office); an office's bulk runs stay out of the
data folder."""

from __future__ import annotations

import io
import re
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
import yaml
from desk_support import (
    CONG_VAN,
    PASSWORD,
    add_clerks,
    bulk_run,
    csrf_of,
    desk_client,
    new_draft,
)
from docx import Document
from register_support import pg_schema, register_db

from ntm_docgen import api, register
from ntm_docgen.desk import DeskConfig
from ntm_docgen.desk.accounts import make_admin
from ntm_docgen.desk.issued import bulk_root

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
COPY = {"hinh_thuc": "SAO Y", "co_quan.ten": "VĂN PHÒNG", "co_quan.viet_tat": "VP",
        "dia_danh": "Lạng Sơn", "ngay": "06/03/2025", "ky.chuc_vu": "CHÁNH VĂN PHÒNG",
        "ky.ho_ten": "Nguyễn Đức Đăng", "noi_nhan": ["Các sở, ban, ngành"], "dang": "docx",
        "cap_so": "1", "xac_nhan": "1"}  # dated in 2025: she chose to number it so


@pytest.fixture
def office(tmp_path):
    """A văn thư signed in on an office desk whose data folder is ``tmp_path / "nha"``; the
    client and the database's URL."""
    home = tmp_path / "nha"
    with pg_schema() as url:
        make_admin(DeskConfig(office=True, db=url, home=home), "quantri", PASSWORD)
        add_clerks(url, "vanthu")
        with desk_client(home, office=True, db=url) as client:
            csrf = csrf_of(client, "/dang-nhap")
            answer = client.post("/dang-nhap", data={"ten": "vanthu", "mat_khau": PASSWORD,
                                                      "csrf_token": csrf},
                                 follow_redirects=False)
            assert answer.status_code == 303, answer.text
            yield client, url


def issue(client, ngay: str = "05/03/2026") -> str:
    """Issue a công văn dated ``ngay`` from a new draft; the register page it lands on."""
    csrf = csrf_of(client)
    editor = new_draft(client, csrf)
    client.post(editor, data={**CONG_VAN, "ngay": ngay, "csrf_token": csrf})
    answer = client.post(f"{editor}/phat-hanh", data={"csrf_token": csrf},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return client.get(answer.headers["location"]).text


def copy_numbered(client, tmp_path: Path) -> str:
    """A SAO Y dated 2025 of an issued Hướng dẫn, numbered on the desk; the register page of
    2025."""
    original = tmp_path / "goc.docx"
    api.render(api.parse_spec(yaml.safe_load(HD_1741.read_text(encoding="utf-8"))), original,
               today=date(2026, 3, 5))
    answer = client.post("/sao", data={**COPY, "csrf_token": csrf_of(client, "/sao")},
                         files={"tep": ("goc.docx", original.read_bytes())})
    assert answer.status_code == 200, answer.text
    return client.get("/so?nam=2025").text


def opened(client, page: str, number: str) -> Document:
    """The file the register line of ``number`` on ``page`` opens, as a Word document."""
    row = re.search(rf'href="(/so/van-ban/\d+)"[^<]*>\s*{re.escape(number)}', page) or \
        re.search(rf'{re.escape(number)}.*?href="(/so/van-ban/\d+)"', page, re.S)
    assert row, page
    answer = client.get(row.group(1))
    assert answer.status_code == 200, answer.text
    return Document(io.BytesIO(answer.content))


def text_of(document: Document) -> str:
    cells = (c.text for t in document.tables for r in t.rows for c in r.cells)
    return "\n".join([*(p.text for p in document.paragraphs), *cells])


def test_a_letter_is_filed_under_the_year_of_its_own_date(client, tmp_path):
    page = issue(client, ngay="31/05/2019")
    assert "01/SNV-TĐKT" in page
    assert [p.parent.name for p in (tmp_path / "van-ban-di").rglob("*.docx")] == ["2019"]
    with register.Register(str(tmp_path / "so-di.sqlite3")) as reg:
        (row,) = reg.entries(nam=2019)
    assert Path(row.tep).parent == tmp_path / "van-ban-di" / "2019"


def test_a_copy_numbered_on_one_computer_opens_from_its_register_line(client, tmp_path):
    (tmp_path / "goc").mkdir()
    page = copy_numbered(client, tmp_path / "goc")
    assert "01/SY-VP" in page
    with register.Register(str(tmp_path / "so-di.sqlite3")) as reg:
        (row,) = reg.entries(nam=2025)
    assert Path(row.tep).parent == tmp_path / "van-ban-di" / "2025", row.tep
    assert Path(row.tep).is_file()
    assert "SAO Y" in text_of(opened(client, page, "01/SY-VP"))


def test_an_office_keeps_the_issued_letter_in_its_database(office, tmp_path):
    client, url = office
    page = issue(client, ngay="31/05/2019")
    assert not list((tmp_path / "nha").rglob("*.docx")), "no letter on the server's disk"
    with register.Register(url) as reg:
        (row,) = reg.entries(nam=2019)
    assert row.tep and "/" not in row.tep and row.tep.endswith(".docx")
    name, data = register.kept_file(url, row.sha256)
    assert name == row.tep and data.startswith(b"PK")
    assert "Lạng Sơn" in text_of(opened(client, page, "01/SNV-TĐKT"))


def test_an_office_keeps_a_numbered_copy_in_its_database(office, tmp_path):
    client, url = office
    (tmp_path / "goc").mkdir()
    page = copy_numbered(client, tmp_path / "goc")
    assert not list((tmp_path / "nha").rglob("ban-sao-*"))
    with register.Register(url) as reg:
        (row,) = reg.entries(nam=2025)
    assert register.kept_file(url, row.sha256) is not None
    assert "SAO Y" in text_of(opened(client, page, "01/SY-VP"))


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_register_made_before_the_table_of_files_gets_it_and_keeps_its_lines(kind,
                                                                                tmp_path):
    from sqlalchemy import inspect, text

    from ntm_docgen.register.backends import make_engine, resolve_db

    with register_db(kind, tmp_path) as db:
        first = register.allocate(db, co_quan="SNV", loai_code="KH", nam=2026)
        engine = make_engine(resolve_db(db), 5)
        with engine.begin() as conn:  # the register as an older ntm-docgen made it
            conn.execute(text("DROP TABLE ntm_tep"))
        engine.dispose()
        letter = tmp_path / "kh-01.docx"
        letter.write_bytes(b"PK letter bytes")
        second = register.allocate(db, co_quan="SNV", loai_code="KH", nam=2026)
        with register.kept_in_database():
            register.record(db, second.id, letter)
        with register.Register(db) as reg:
            rows = reg.entries(nam=2026)
        assert [r.so for r in rows] == [first.so, second.so] == [1, 2]
        assert rows[1].tep == "kh-01.docx" and rows[1].trang_thai == "da_ghi"
        assert register.kept_file(db, rows[1].sha256) == ("kh-01.docx", b"PK letter bytes")
        engine = make_engine(resolve_db(db), 5)
        columns = {c["name"]: c["type"] for c in inspect(engine).get_columns("ntm_tep")}
        engine.dispose()
        assert type(columns["noi_dung"]).__name__ in ("BLOB", "BYTEA", "LargeBinary")


def test_an_office_s_bulk_runs_stay_out_of_the_data_folder(tmp_path):
    one = DeskConfig(home=tmp_path, db=str(tmp_path / "so-di.sqlite3"))
    assert bulk_root(one) == tmp_path / "hang-loat"
    office = DeskConfig(office=True, db="postgresql://vt@db/so_di", home=tmp_path)
    root = bulk_root(office)
    assert tmp_path not in root.parents
    assert root.parent == Path(tempfile.gettempdir())
    assert bulk_root(office) == root, "the same folder after a restart: a run's downloads last"


def test_an_office_prepares_a_bulk_run_outside_the_data_folder(office, tmp_path):
    client, url = office
    run = bulk_run(client, csrf_of(client, "/hang-loat"))
    root = bulk_root(DeskConfig(office=True, db=url))
    try:
        assert any((root / run.rsplit("/", 1)[1]).iterdir()), "the run's files are there"
        assert not (tmp_path / "nha" / "hang-loat").exists()
    finally:
        shutil.rmtree(root)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_the_command_line_writes_out_a_letter_kept_in_the_database(kind, runner, tmp_path):
    from ntm_docgen.cli.main import main

    with register_db(kind, tmp_path) as db:
        kept, on_disk = (register.allocate(db, co_quan="SNV", loai_code="KH", nam=2026)
                         for _ in range(2))
        letter = tmp_path / "kh-01.docx"
        letter.write_bytes(b"PK letter bytes")
        with register.kept_in_database():
            register.record(db, kept.id, letter)
        other = tmp_path / "kh-02.docx"
        other.write_bytes(b"PK another letter")
        register.record(db, on_disk.id, other)
        out = tmp_path / "ra.docx"
        args = ["register", "file", "--db", db, "--nam", "2026"]
        result = runner.invoke(main, [*args, "01/KH-SNV", "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.read_bytes() == b"PK letter bytes"
        again = runner.invoke(main, [*args, "01/KH-SNV", "-o", str(out)])
        assert again.exit_code == 1 and "--force" in again.output
        elsewhere = runner.invoke(main, [*args, "02/KH-SNV", "-o", str(tmp_path / "b.docx")])
        assert elsewhere.exit_code == 1
        assert f"it was written as {other}: open that file" in elsewhere.output
        wrong = runner.invoke(main, [*args, "01/KH-SNV", "-o", str(tmp_path / "b.pdf")])
        assert wrong.exit_code == 2 and "name the output .docx" in wrong.output
        assert not (tmp_path / "b.docx").exists() and not (tmp_path / "b.pdf").exists()
