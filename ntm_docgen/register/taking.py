"""Taking numbers: the allocation as plain SQL for each backend, the counter locked briefly.

Everything that can be done before the lock is (the entries' values, the two series a number may
come from), and the statements run straight on the driver's connection, which the register keeps
for its whole life: nothing of SQLAlchemy's (a pool checkout, its statement and result objects,
the reset of a returned connection) runs while the counter is locked. On PostgreSQL the whole
allocation is one statement run on its own (autocommit): the series mode is read, the counter row
is bumped and locked, the register lines are written, and the lock is released when the statement
ends: one round trip, prepared by the server from the first run. On SQLite it is ``BEGIN
IMMEDIATE`` (the file's write lock), three statements and ``COMMIT``.
"""

from __future__ import annotations

import re
import select
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Dialect, exc

from ntm_docgen.register.model import CHE_DO, HAND
from ntm_docgen.register.tables import so_di

#: The entry's columns, in the order the statements name them.
ENTRY_COLUMNS = ("trich_yeu", "ngay", "nguoi_ky", "noi_nhan", "luu", "so_luong_ban",
                 "ngay_chuyen", "ky_nhan", "ghi_chu")
_TYPES = {"ngay": "date", "ngay_chuyen": "date", "so_luong_ban": "integer"}
_FIXED = "co_quan, nam, serie, so, ky_hieu, loai, ten_loai"
_ALL = f"{_FIXED}, {', '.join(ENTRY_COLUMNS)}, trang_thai, cap_luc"

MODE = ("SELECT che_do FROM ntm_che_do WHERE co_quan = %(co_quan)s AND nam <= %(nam)s "
        "ORDER BY nam DESC LIMIT 1")
BUMP = ("INSERT INTO ntm_bo_dem (co_quan, nam, serie, so_cuoi) "
        "VALUES (%(co_quan)s, %(nam)s, %(serie)s, %(n)s) "
        "ON CONFLICT (co_quan, nam, serie) DO UPDATE SET so_cuoi = ntm_bo_dem.so_cuoi + "
        "excluded.so_cuoi RETURNING so_cuoi")
ADD = (f"INSERT INTO ntm_so_di ({_ALL}) VALUES (%(co_quan)s, %(nam)s, %(serie)s, %(so)s, "
       f"%(ky_hieu)s, %(loai)s, %(ten_loai)s, "
       f"{', '.join(f'%({c})s' for c in ENTRY_COLUMNS)}, 'cap', %(cap_luc)s) RETURNING id")

TAKE_PG = (
    f"WITH mode AS (SELECT COALESCE(({MODE}), %(chung)s) AS che_do), "
    "counter AS (INSERT INTO ntm_bo_dem (co_quan, nam, serie, so_cuoi) "
    "SELECT %(co_quan)s, %(nam)s, CASE WHEN mode.che_do = %(chung)s THEN %(serie_chung)s "
    "ELSE %(serie_loai)s END, %(n)s FROM mode "
    "ON CONFLICT (co_quan, nam, serie) DO UPDATE SET so_cuoi = ntm_bo_dem.so_cuoi + "
    "excluded.so_cuoi RETURNING serie, so_cuoi) "
    f"INSERT INTO ntm_so_di ({_ALL}) "
    "SELECT %(co_quan)s, %(nam)s, counter.serie, counter.so_cuoi - %(n)s + e.k, %(ky_hieu)s, "
    f"%(loai)s, %(ten_loai)s, {', '.join(f'e.{c}' for c in ENTRY_COLUMNS)}, 'cap', "
    "%(cap_luc)s FROM counter, unnest("
    + ", ".join(f"%({c})s::{_TYPES.get(c, 'text')}[]" for c in ENTRY_COLUMNS)
    + f") WITH ORDINALITY AS e({', '.join(ENTRY_COLUMNS)}, k) ORDER BY e.k "
    "RETURNING id, so, serie")


#: A driver connection (sqlite3 or psycopg), the allocation's shared values and its entries.
Take = Callable[[Any, dict[str, Any], Sequence[dict[str, Any]]], list[tuple[int, int, str]]]


def bound(dialect: Dialect, head: dict[str, Any], entries: list[dict[str, Any]]
          ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The values as the database stores them (SQLite keeps dates as text, in SQLAlchemy's
    format, so that the register reads them back the same)."""
    processors = _PROCESSORS.get(type(dialect))
    if processors is None:
        processors = _PROCESSORS[type(dialect)] = _processors(dialect)

    def convert(values: dict[str, Any]) -> dict[str, Any]:
        return {k: processors[k](v) if k in processors and v is not None else v
                for k, v in values.items()}

    return convert(head), [convert(e) for e in entries]


#: Each kind of dialect's bind processors, found once.
_PROCESSORS: dict[type, dict[str, Callable[[Any], Any]]] = {}


def _processors(dialect: Dialect) -> dict[str, Callable[[Any], Any]]:
    found: dict[str, Callable[[Any], Any]] = {}
    for name in ("cap_luc", *ENTRY_COLUMNS):
        processor = so_di.c[name].type.bind_processor(dialect)
        if processor is not None:
            found[name] = processor
    return found


def for_sqlite(sql: str) -> str:
    """The statement with SQLite's named parameters (``:name``) for psycopg's ``%(name)s``.

    >>> for_sqlite("SELECT 1 WHERE a = %(a)s")
    'SELECT 1 WHERE a = :a'
    """
    return re.sub(r"%\((\w+)\)s", r":\1", sql)


#: A written file attached to its number unless the number was cancelled: one statement on its
#: own, so the line is locked only while it runs; when it changes nothing, ``STATE`` tells a
#: cancelled number from one the register does not have.
RECORD = ("UPDATE ntm_so_di SET tep = %(tep)s, sha256 = %(sha256)s, trang_thai = 'da_ghi' "
          f"WHERE id = %(id)s AND trang_thai NOT IN ('huy', '{HAND}') RETURNING id")
STATE = "SELECT trang_thai FROM ntm_so_di WHERE id = %(id)s"
VERSION = "SELECT gia_tri FROM ntm_thong_tin WHERE khoa = 'schema'"

_SQLITE = {name: for_sqlite(sql) for name, sql in (("mode", MODE), ("bump", BUMP), ("add", ADD),
                                                   ("record", RECORD), ("state", STATE),
                                                   ("version", VERSION))}


def take_postgresql(driver: Any, head: dict[str, Any],
                    entries: Sequence[dict[str, Any]]) -> list[tuple[int, int, str]]:
    """Run the one-statement allocation on a psycopg connection in autocommit mode:
    (id, so, serie) each."""
    params = {**head, "chung": CHE_DO[0], "n": len(entries),
              **{c: [e[c] for e in entries] for c in ENTRY_COLUMNS}}
    with _driver_errors(driver, TAKE_PG, params), driver.cursor() as cursor:
        rows = cursor.execute(TAKE_PG, params, prepare=True).fetchall()
    return sorted((row[0], row[1], row[2]) for row in rows)


def take_sqlite(driver: Any, head: dict[str, Any],
                entries: Sequence[dict[str, Any]]) -> list[tuple[int, int, str]]:
    """The allocation in its own ``BEGIN IMMEDIATE`` on a sqlite3 connection that leaves
    transactions to us (``isolation_level = None``): (id, so, serie) each."""
    with _driver_errors(driver, "BEGIN IMMEDIATE", head):
        cursor = driver.cursor()
        cursor.execute("BEGIN IMMEDIATE")
        try:
            found = cursor.execute(_SQLITE["mode"], head).fetchone()
            serie = head["serie_loai"] if found and found[0] != CHE_DO[0] else head["serie_chung"]
            params = {**head, "serie": serie, "n": len(entries)}
            last = cursor.execute(_SQLITE["bump"], params).fetchone()[0]
            out = []
            for so, entry in enumerate(entries, start=last - len(entries) + 1):
                new_id = cursor.execute(_SQLITE["add"], {**params, **entry, "so": so}).fetchone()
                out.append((new_id[0], so, serie))
            cursor.execute("COMMIT")
        except BaseException:
            if driver.in_transaction:
                driver.rollback()
            raise
        finally:
            cursor.close()
    return out


def schema_version(driver: Any, sqlite: bool) -> str | None:
    """The register's schema version read on the driver's connection (autocommit), or None
    when it cannot be read so (no tables yet, another program's database, a busy file): the
    register then makes or checks its tables through SQLAlchemy, with its messages."""
    try:
        cursor = driver.cursor()
        try:
            found = cursor.execute(_SQLITE["version"] if sqlite else VERSION).fetchall()
        finally:
            cursor.close()
    except _error_class(type(driver).__module__.split(".")[0]):
        return None
    return str(found[0][0]) if found else None


def dropped(driver: Any) -> bool:
    """Whether the server has ended a kept psycopg connection while it sat idle (a restart,
    an idle timeout, ``pg_terminate_backend``): it is closed, or its socket has something to
    read though no statement runs (the server's last message, or the end of the stream).
    Told without a round trip, before anything is sent: a connection found dropped is made
    anew, and no statement that may have given a number is ever sent twice."""
    if driver.closed:
        return True
    try:
        return _readable(driver.fileno())
    except (OSError, ValueError, _error_class("psycopg")):
        return True


def _readable(socket: int) -> bool:
    """Whether ``socket`` has something to read now. poll where the system has it: select
    refuses a descriptor above 1023, and a process with many files open (the desk) has them."""
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(socket, select.POLLIN)
        return bool(poller.poll(0))
    readable, _w, _x = select.select([socket], [], [], 0)
    return bool(readable)


def record(driver: Any, sqlite: bool, values: dict[str, Any]) -> str | None:
    """Attach the file (``tep``, ``sha256``) to number ``id`` on the driver's connection, which
    is in autocommit mode (sqlite3 with ``isolation_level = None``, psycopg with
    ``autocommit``): None when done, else the number's state (``huy``), or ``""`` when the
    register has no such number."""
    sql, state = (_SQLITE["record"], _SQLITE["state"]) if sqlite else (RECORD, STATE)
    with _driver_errors(driver, sql, values):
        cursor = driver.cursor()
        try:
            if cursor.execute(sql, values).fetchall():
                return None
            found = cursor.execute(state, values).fetchall()
        finally:
            cursor.close()
    return str(found[0][0]) if found else ""


class _driver_errors:  # noqa: N801 - used as a statement, like contextlib's helpers
    """Re-raise the driver's own error as SQLAlchemy's (what ``backends.translated`` explains),
    as if the statement had gone through SQLAlchemy."""

    def __init__(self, driver: Any, statement: str, params: dict[str, Any]) -> None:
        self.base = _error_class(type(driver).__module__.split(".")[0])
        self.statement, self.params = statement, params

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type | None, error: BaseException | None, _trace: Any) -> None:
        if error is not None and isinstance(error, self.base):
            raise exc.DBAPIError.instance(self.statement, self.params, error,  # type: ignore[arg-type]
                                          self.base) from error


@cache
def _error_class(package: str) -> type[Exception]:
    """The base class of a driver's errors (PEP 249's ``Error``), from its package."""
    import importlib

    return importlib.import_module(package).Error  # type: ignore[no-any-return]


def head_values(co_quan: str, nam: int, ky_hieu: str, loai: str, ten_loai: str,
                serie_chung: str, serie_loai: str, cap_luc: datetime) -> dict[str, Any]:
    """What every number of one allocation shares."""
    return {"co_quan": co_quan, "nam": nam, "ky_hieu": ky_hieu, "loai": loai,
            "ten_loai": ten_loai, "serie_chung": serie_chung, "serie_loai": serie_loai,
            "cap_luc": cap_luc}
