"""Bad input to the register: one clear message, exit 1 (2 for usage), the register unchanged."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from register_support import pg_base_url, pg_schema, register_db, run_cli

from ntm_docgen.cli.main import main
from ntm_docgen.register import Register


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db(tmp_path: Path, runner) -> Path:  # type: ignore[no-untyped-def]
    """A register holding one number, 01/KH-UBND of 2026."""
    path = tmp_path / "so-di.sqlite3"
    result = runner.invoke(main, ["register", "next", "--db", str(path), "--co-quan", "UBND",
                                  "--loai", "KH", "--nam", "2026"])
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.parametrize(("args", "code", "message"), [
    (["next", "--co-quan", "UBND", "--loai", "XYZ"], 1, "unknown type 'XYZ'"),
    (["next", "--co-quan", "UBND", "--loai", "KHH"], 1, "did you mean KH"),
    (["next", "--co-quan", "UBND", "--loai", "GT"], 1, "the decree's code is GGT"),
    (["next", "--co-quan", "UB ND", "--loai", "KH"], 1, "without spaces or '/'"),
    (["next", "--co-quan", "UBND/X", "--loai", "KH"], 1, "without spaces or '/'"),
    (["next", "--loai", "KH"], 2, "Missing option '--co-quan'"),
    (["next", "--co-quan", "UBND"], 2, "Missing option '--loai'"),
    (["next", "--co-quan", "UBND", "--loai", "KH", "--nam", "26"], 2, "--nam"),
    (["next", "--co-quan", "UBND", "--loai", "KH", "--ngay", "2026-02-30"], 2, "--ngay"),
    (["next", "--co-quan", "UBND", "--loai", "KH", "--nam", "2026", "--ngay", "2027-01-04"],
     1, "--ngay 04/01/2027 is not in 2026"),
    (["cancel", "07/KH-UBND", "--nam", "2026", "--ly-do", "x"], 1,
     "07/KH-UBND is not in the register for 2026"),
    (["cancel", "KH-UBND", "--ly-do", "x"], 1, "such as 05/KH-UBND"),
    (["config", "--co-quan", "UBND", "--che-do", "moi-loai"], 2, "--che-do"),
    (["export", "-o", "{tmp}/so-di.pdf", "--nam", "2026"], 2, "-o must be a .csv / .xlsx file"),
    (["export", "-o", "{db}/so-di.csv"], 1, "is a file, so the output folder cannot be made"),
], ids=["unknown-type", "near-miss", "old-code", "space-in-co-quan", "slash-in-co-quan",
        "no-co-quan", "no-loai", "two-digit-year", "impossible-date",
        "date-outside-year", "cancel-unknown-number",
        "cancel-no-number", "unknown-mode", "export-pdf", "export-under-a-file"])
def test_bad_input_leaves_the_register_unchanged(runner, db, args, code, message) -> None:
    before = digest(db)
    args = [a.replace("{tmp}", str(db.parent)).replace("{db}", str(db)) for a in args]
    result = runner.invoke(main, ["register", *args, "--db", str(db)])
    assert result.exit_code == code, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert digest(db) == before


@pytest.mark.parametrize(("db_arg", "message"), [
    ("{tmp}/nowhere/so-di.sqlite3", "the register's folder does not exist"),
    ("{tmp}", "is a folder; --db needs a register file"),
    ("mysql://u:p@localhost/x", "unsupported database 'mysql'"),
    ("postgresql://u:secret@127.0.0.1:9/x",
     "no PostgreSQL server answers at 127.0.0.1, port 9; start the server"),
    ("postgresql://u:secret@nohost.invalid:5432/x",
     "the computer nohost.invalid is not known on the network"),
], ids=["missing-folder", "folder", "unsupported-url", "unreachable-postgresql",
        "unknown-host"])
def test_a_register_that_cannot_be_reached(runner, tmp_path, db_arg, message) -> None:
    result = runner.invoke(main, ["register", "next", "--db",
                                  db_arg.replace("{tmp}", str(tmp_path)),
                                  "--co-quan", "UBND", "--loai", "KH", "--timeout", "2"])
    assert result.exit_code == 1, result.output
    assert message in result.output
    assert "secret" not in result.output


@pytest.mark.parametrize(("change", "told"), [
    ({"password": "not-the-password"}, "refused the user {user} with this password"),
    ({"database": "ntm_docgen_no_such_db"}, "has no database ntm_docgen_no_such_db; create it"),
    ({"username": "ntm_docgen_no_such_user"}, "refused the user ntm_docgen_no_such_user"),
], ids=["wrong-password", "no-database", "no-user"])
def test_a_postgresql_that_refuses_is_said_in_the_users_words(runner, change, told) -> None:
    """The driver's English (``FATAL:  password authentication failed …``) never reaches the
    clerk: what the server refused, and where to fix it (--db)."""
    from sqlalchemy.engine import make_url

    url = make_url(pg_base_url())
    wrong = url.set(**change)
    result = runner.invoke(main, ["register", "list", "--db",
                                  wrong.render_as_string(hide_password=False)])
    assert result.exit_code == 1, result.output
    assert told.format(user=url.username) in result.output
    assert "FATAL" not in result.output and "failed" not in result.output
    assert "not-the-password" not in result.output


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_an_empty_register_lists_and_exports_as_empty(runner, tmp_path, kind) -> None:
    """Never written (a new file, an empty PostgreSQL schema): `list` and `export` read it as
    empty and say so, exit 0, without creating it; `cancel` has nothing to cancel."""
    with register_db(kind, tmp_path) as db:
        listed = runner.invoke(main, ["register", "list", "--db", db])
        assert listed.exit_code == 0, listed.output
        assert listed.stdout == ""
        assert "is empty, not written yet" in listed.stderr
        as_json = runner.invoke(main, ["register", "list", "--db", db, "--json"])
        assert as_json.exit_code == 0, as_json.output
        assert json.loads(as_json.stdout) == []
        out = tmp_path / "x.csv"
        exported = runner.invoke(main, ["register", "export", "--db", db, "-o", str(out),
                                        "--nam", "2026"])
        assert exported.exit_code == 0, exported.output
        assert "0 lines of 2026 (only the column headings: the register" in exported.stdout
        lines = out.read_text(encoding="utf-8-sig").splitlines()
        assert len(lines) == 1 and lines[0].startswith('"Số, ký hiệu văn bản"')
        cancelled = runner.invoke(main, ["register", "cancel", "1/KH-UBND", "--db", db,
                                         "--ly-do", "nhầm"])
        assert cancelled.exit_code == 1
        assert "no register here yet" in cancelled.stderr
        if kind == "sqlite":
            assert not Path(db).exists()


def test_listing_in_a_folder_that_does_not_exist(runner, tmp_path) -> None:
    result = runner.invoke(main, ["register", "list", "--db", str(tmp_path / "no" / "x.db")])
    assert result.exit_code == 1
    assert "the register's folder does not exist" in result.stderr


def test_a_locked_sqlite_register(runner, db) -> None:
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        before = digest(db)
        result = runner.invoke(main, ["register", "next", "--db", str(db), "--co-quan", "UBND",
                                      "--loai", "KH", "--nam", "2026", "--timeout", "0.3"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert "locked by another program (waited 0.3 s)" in result.output
    assert digest(db) == before
    with Register(db) as reg:
        assert [r.so for r in reg.entries()] == [1]


def test_a_locked_postgresql_register(runner) -> None:
    import psycopg

    with pg_schema() as url:
        first = runner.invoke(main, ["register", "next", "--db", url, "--co-quan", "UBND",
                                     "--loai", "KH", "--nam", "2026"])
        assert first.exit_code == 0, first.output
        schema = url.rsplit("%3D", 1)[1]
        with psycopg.connect(url.split("?")[0]) as holder:
            holder.execute(f"SELECT * FROM {schema}.ntm_bo_dem FOR UPDATE")
            result = runner.invoke(main, ["register", "next", "--db", url, "--co-quan", "UBND",
                                          "--loai", "KH", "--nam", "2026", "--timeout", "0.5"])
            holder.rollback()
        assert result.exit_code == 1, result.output
        assert "locked by another program (waited 0.5 s)" in result.output
        with Register(url) as reg:
            assert [r.so for r in reg.entries()] == [1]


@pytest.mark.parametrize("content", [b"not a database at all " * 200, b"SQLite format 3\x00" +
                                     b"\xff" * 4000], ids=["text", "damaged-header"])
def test_a_corrupt_register(runner, tmp_path, content) -> None:
    path = tmp_path / "so-di.sqlite3"
    path.write_bytes(content)
    for command in (["next", "--co-quan", "UBND", "--loai", "KH"], ["list"]):
        result = runner.invoke(main, ["register", *command, "--db", str(path)])
        assert result.exit_code == 1
        assert "not a register database or is damaged" in result.output
    assert path.read_bytes() == content


def test_a_database_of_another_program(runner, tmp_path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE contacts (name TEXT)")
    other.close()
    before = digest(path)
    result = runner.invoke(main, ["register", "next", "--db", str(path), "--co-quan", "UBND",
                                  "--loai", "KH"])
    assert result.exit_code == 1
    assert "a database of another program (tables contacts)" in result.output
    assert digest(path) == before


def test_a_read_only_folder(db) -> None:
    before = digest(db)
    db.parent.chmod(0o555)
    try:
        taken = run_cli(["register", "next", "--db", str(db), "--co-quan", "UBND", "--loai",
                         "KH", "--nam", "2026"], unprivileged=True)
        fresh = run_cli(["register", "next", "--db", str(db.parent / "new.sqlite3"),
                         "--co-quan", "UBND", "--loai", "KH"], unprivileged=True)
        listed = run_cli(["register", "list", "--db", str(db)], unprivileged=True)
    finally:
        db.parent.chmod(0o755)
    assert taken.returncode == 1, taken.stdout + taken.stderr
    assert "read-only" in taken.stderr or "must exist and be writable" in taken.stderr
    assert "Traceback" not in taken.stderr
    assert fresh.returncode == 1, fresh.stderr
    assert "must exist and be writable" in fresh.stderr
    assert not (db.parent / "new.sqlite3").exists()
    assert listed.returncode == 0, listed.stderr
    assert "01/KH-UBND" in listed.stdout
    assert digest(db) == before


@pytest.mark.parametrize(("query", "told"), [
    ("?sslmode=bogus", "the address's ?sslmode= is none PostgreSQL knows"),
    ("?foo=bar", "the address holds an option PostgreSQL does not know (?foo=…)"),
], ids=["sslmode", "unknown-option"])
def test_a_postgresql_address_the_driver_refuses_is_said_in_the_users_words(runner, query,
                                                                           told) -> None:
    """Refused by the driver before any server is asked: no 'invalid connection option'."""
    result = runner.invoke(main, ["register", "list", "--db",
                                  f"postgresql://vt:pw@127.0.0.1:5432/so_di{query}"])
    assert result.exit_code == 1, result.output
    assert told in result.output and "invalid" not in result.output, result.output


def test_a_server_without_ssl_asked_for_it_is_told_to_drop_sslmode() -> None:
    """The driver's 'server does not support SSL, but SSL was required' says to take sslmode
    out, where the general SSL sentence said to add it."""
    from ntm_docgen.register.backends import postgres_refusal

    told = postgres_refusal(RuntimeError("connection failed: server does not support SSL, but "
                                         "SSL was required"),
                            "postgresql://vt@db.so-noi-vu:5432/so_di?sslmode=require")
    assert told is not None and told.startswith("PostgreSQL at db.so-noi-vu does not take "
                                                "encrypted connections")
    assert postgres_refusal(RuntimeError("server does not support SSL"), "sqlite:///x") is None


@pytest.mark.parametrize(("year", "full"), [("25", "2025"), ("6", "2006")])
def test_a_year_of_two_digits_is_told_to_be_written_in_full(tmp_path: Path, year: str,
                                                            full: str) -> None:
    done = run_cli(["register", "list", "--nam", year, "--db", str(tmp_path / "so.sqlite3")],
                   env={"NTM_DOCGEN_LANG": "en"})
    assert done.returncode == 2
    assert f"{year} is not a year: write it in full, with four digits ({full})" in done.stderr
    assert not (tmp_path / "so.sqlite3").exists()
