"""Taking a number holds the register as briefly as it can: on PostgreSQL one statement per
allocation (no transaction around it), on SQLite three inside BEGIN IMMEDIATE; what it writes
reads back as the register wrote it before."""

from __future__ import annotations

from datetime import date

import pytest
from register_support import register_db
from sqlalchemy import event

from ntm_docgen.register import Register, RegisterEntry, RegisterError
from ntm_docgen.register.model import CHE_DO


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    with register_db(request.param, tmp_path) as url:
        yield url


def statements(reg: Register) -> list[str]:
    """Every statement the register sends through SQLAlchemy from now on (BEGIN and COMMIT too)."""
    sent: list[str] = []
    engine = reg._connect(create=True)  # noqa: SLF001
    event.listen(engine, "before_cursor_execute",
                 lambda conn, cursor, sql, *args: sent.append(sql.split()[0].upper()))
    event.listen(engine, "commit", lambda conn: sent.append("COMMIT"))
    return sent


def driver_statements(reg: Register, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every statement sent straight on the driver's connection from now on."""
    sent: list[str] = []
    driver = reg._taker.driver_connection  # noqa: SLF001
    if reg.url.get_backend_name() == "sqlite":
        driver.set_trace_callback(lambda sql: sent.append(sql.split()[0].upper()))
    else:
        import psycopg

        real = psycopg.Cursor.execute

        def execute(cursor, query, params=None, **kw):  # type: ignore[no-untyped-def]
            sent.append(query.split()[0].upper() + (" prepared" if kw.get("prepare") else ""))
            assert cursor.connection.autocommit
            return real(cursor, query, params, **kw)

        monkeypatch.setattr(psycopg.Cursor, "execute", execute)
    return sent


def test_an_allocation_is_one_statement_or_one_short_transaction(db, monkeypatch) -> None:
    with Register(db) as reg:
        reg.allocate("UBND", "KH", nam=2026)  # makes the tables
        through_sqlalchemy = statements(reg)
        sent = driver_statements(reg, monkeypatch)
        for _ in range(3):
            reg.allocate("UBND", "KH", nam=2026)
        assert through_sqlalchemy == []  # no pool checkout, no reset, no statement objects
        if db.startswith("postgresql"):
            # mode, counter and line in one round trip, autocommit, prepared from the first run
            assert sent == ["WITH prepared"] * 3
        else:
            assert sent == ["BEGIN", "SELECT", "INSERT", "INSERT", "COMMIT"] * 3


def test_a_failed_allocation_leaves_no_transaction_open(db) -> None:
    from datetime import datetime, timezone

    from sqlalchemy import delete, insert

    from ntm_docgen.register.tables import so_di

    with Register(db) as reg:
        reg.allocate("UBND", "KH", nam=2026)
        with reg._write() as conn:  # noqa: SLF001 - number 2 already there, written by hand
            conn.execute(insert(so_di).values(
                co_quan="UBND", nam=2026, serie="CHUNG", so=2, ky_hieu="KH-UBND", loai="KH",
                ten_loai="Kế hoạch", trang_thai="cap", cap_luc=datetime.now(timezone.utc)))
        with pytest.raises(RegisterError, match="duplicate"):
            reg.allocate("UBND", "KH", nam=2026)
        if db.startswith("sqlite"):
            assert not reg._taker.driver_connection.in_transaction  # noqa: SLF001
        with reg._write() as conn:  # noqa: SLF001
            conn.execute(delete(so_di).where(so_di.c.so == 2))
        # the failed allocation took nothing: its counter bump was undone with it
        assert reg.allocate("UBND", "KH", nam=2026).so == 2


def test_lines_read_back_as_written(db) -> None:
    entry = RegisterEntry(trich_yeu="Kế hoạch tổng kết", ngay=date(2026, 3, 9),
                          nguoi_ky="Nguyễn Văn A", noi_nhan=("UBND tỉnh", "Sở Nội vụ"),
                          luu="VT, TH", so_luong_ban=7, ngay_chuyen=date(2026, 3, 10),
                          ky_nhan="Lan", ghi_chu="khẩn")
    with Register(db) as reg:
        given = reg.allocate("UBND", "KH", nam=2026, entry=entry)
        many = reg.allocate_many("UBND", "KH", [RegisterEntry(), entry], nam=2026)
        rows = reg.entries(nam=2026)
    assert [g.so for g in (given, *many)] == [1, 2, 3]
    first = rows[0]
    assert (first.so, first.ky_hieu, first.serie, first.trang_thai) == (1, "KH-UBND", "CHUNG",
                                                                          "cap")
    assert (first.trich_yeu, first.ngay, first.nguoi_ky, first.noi_nhan, first.luu,
            first.so_luong_ban, first.ngay_chuyen, first.ky_nhan, first.ghi_chu) == (
        entry.trich_yeu, entry.ngay, entry.nguoi_ky, entry.noi_nhan, entry.luu,
        entry.so_luong_ban, entry.ngay_chuyen, entry.ky_nhan, entry.ghi_chu)
    assert first.cap_luc.tzinfo is not None or db.startswith("sqlite")
    assert [r.id for r in rows] == [given.id, *(m.id for m in many)]
    assert (rows[1].ngay, rows[1].so_luong_ban, rows[1].noi_nhan) == (None, None, ())


def test_the_series_mode_is_read_inside_the_allocation(db) -> None:
    with Register(db) as reg:
        reg.set_che_do("UBND", CHE_DO[1], 2027)
        kh = reg.allocate("UBND", "KH", nam=2027)
        qd = reg.allocate("UBND", "QĐ", nam=2027)
        mat = reg.allocate("UBND", "KH", nam=2027, mat=True)
        copy = reg.allocate("UBND", "SY", nam=2027)
    assert [(a.serie, a.so) for a in (kh, qd, mat, copy)] == [("KH", 1), ("QĐ", 1), ("MAT", 1),
                                                              ("SAO", 1)]


def test_record_inside_issuing_uses_the_open_register(tmp_path, monkeypatch) -> None:
    from ntm_docgen import register
    from ntm_docgen.register import store

    opened: list[str] = []
    real = store.Register.__init__

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(str(args[0]) if args else "")
        real(self, *args, **kwargs)

    monkeypatch.setattr(store.Register, "__init__", counted)
    db = str(tmp_path / "so-di.sqlite3")
    letter = tmp_path / "kh.docx"
    letter.write_bytes(b"letter")
    with register.issuing(db, co_quan="UBND", loai_code="KH", nam=2026) as given:
        register.record(db, given.id, letter)
    assert len(opened) == 1  # the number and its file through one connection
    with pytest.raises(RuntimeError), register.issuing(db, co_quan="UBND", loai_code="KH",
                                                       nam=2026):
        raise RuntimeError("LibreOffice stopped")
    register.record(db, given.id, letter)  # after the blocks: a register of its own again
    assert len(opened) == 3
    rows = Register(db).entries(nam=2026)
    assert [(r.so, r.trang_thai) for r in rows] == [(1, "da_ghi"), (2, "huy")]
    assert rows[0].tep == str(letter.absolute())
    assert rows[1].ghi_chu == "Hủy: không tạo được văn bản: LibreOffice đã dừng"  # Vietnamese


def end_backends(url: str, pids: list[int]) -> None:
    """End the server's processes ``pids`` as an administrator does, and wait until they are
    gone."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as admin:
        for pid in pids:
            assert admin.execute("SELECT pg_terminate_backend(%s)", [pid]).fetchone()[0]
        while admin.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = ANY(%s)",
                            [pids]).fetchone()[0]:
            admin.execute("SELECT pg_sleep(0.01)")


def test_a_connection_the_server_dropped_is_made_anew_before_a_number_is_taken(tmp_path) -> None:
    """The server ends the register's connections while it is open (a restart, an idle
    timeout, pg_terminate_backend): the next number, file, list and cancel go through,
    the series unbroken."""
    from sqlalchemy import text

    with register_db("postgresql", tmp_path) as url, Register(url) as reg:
        assert reg.allocate("UBND", "KH", nam=2026).so == 1
        with reg._read() as conn:  # noqa: SLF001 - a connection of the pool, kept by it
            pooled = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        end_backends(url, [reg._taker.driver_connection.info.backend_pid, pooled])  # noqa: SLF001
        second = reg.allocate("UBND", "KH", nam=2026)
        assert second.so == 2
        letter = tmp_path / "02-KH-UBND.docx"
        letter.write_bytes(b"PK\x03\x04 a letter")
        end_backends(url, [reg._taker.driver_connection.info.backend_pid])  # noqa: SLF001
        reg.record(second.id, letter)
        assert [(r.so, r.trang_thai) for r in reg.entries(nam=2026)] == [(1, "cap"),
                                                                        (2, "da_ghi")]
        end_backends(url, [reg._taker.driver_connection.info.backend_pid])  # noqa: SLF001
        third = reg.allocate("UBND", "KH", nam=2026)
        reg.cancel(third.id, "ký nhầm")
        assert third.so == 3


def test_a_sqlite_register_already_made_gives_a_number_and_records_without_an_engine(
        tmp_path, monkeypatch) -> None:
    """Opening a SQLite register that exists, taking a number, recording its file and closing
    make no SQLAlchemy engine (sqlite3 opens the file itself, as the engine would)."""
    from ntm_docgen.register import backends

    db = tmp_path / "so-di.sqlite3"
    with Register(db) as reg:
        reg.allocate("UBND", "KH", nam=2026)  # makes the tables
    letter = tmp_path / "ke-hoach.docx"
    letter.write_bytes(b"PK")

    def refused(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("an engine was made")

    monkeypatch.setattr(backends, "make_engine", refused)
    with Register(db, timeout=7) as reg:
        given = reg.allocate("UBND", "KH", nam=2026, entry=RegisterEntry(ngay=date(2026, 1, 5)))
        reg.record(given.id, letter)
        assert reg._taker.driver_connection.in_transaction is False  # noqa: SLF001
    monkeypatch.undo()
    with Register(db) as reg:
        rows = reg.entries()
    assert [(r.so, r.ngay, r.trang_thai, r.tep) for r in rows] == [
        (1, None, "cap", None), (2, date(2026, 1, 5), "da_ghi", str(letter))]


def test_a_connection_on_a_descriptor_above_1023_is_kept(tmp_path) -> None:
    """A process with many files open (the desk serving an office) gets its connection's socket
    numbered above 1023, where select() cannot look: the kept connection is still looked at
    and kept from one number to the next, not made anew for each."""
    import os

    with register_db("postgresql", tmp_path) as url:
        held = [os.open(os.devnull, os.O_RDONLY) for _ in range(1100)]
        try:
            with Register(url) as reg:
                assert reg.allocate("UBND", "KH", nam=2026).so == 1
                driver = reg._taker.driver_connection  # noqa: SLF001
                assert driver.fileno() > 1023
                assert reg.allocate("UBND", "KH", nam=2026).so == 2
                assert reg._taker.driver_connection is driver  # noqa: SLF001
        finally:
            for handle in held:
                os.close(handle)
