"""Taking numbers: the allocation as plain SQL for each backend, the counter locked briefly.

Everything that can be done before the lock is (the entries' values, the two series a number may
come from). On PostgreSQL the whole allocation is one statement run on its own (autocommit): the
series mode is read, the counter row is bumped and locked, the register lines are written, and
the lock is released when the statement ends: one round trip, prepared by psycopg after a few
runs. On SQLite it is three statements inside the ``BEGIN IMMEDIATE`` that the caller opened.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Dialect

from ntm_docgen.register.model import CHE_DO
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


Take = Callable[[Connection, dict[str, Any], Sequence[dict[str, Any]]],
                list[tuple[int, int, str]]]


def bound(dialect: Dialect, head: dict[str, Any], entries: list[dict[str, Any]]
          ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The values as the database stores them (SQLite keeps dates as text, in SQLAlchemy's
    format, so that the register reads them back the same)."""
    processors = _processors(dialect)

    def convert(values: dict[str, Any]) -> dict[str, Any]:
        return {k: processors[k](v) if k in processors and v is not None else v
                for k, v in values.items()}

    return convert(head), [convert(e) for e in entries]


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


_SQLITE = {name: for_sqlite(sql) for name, sql in (("mode", MODE), ("bump", BUMP), ("add", ADD))}


def take_postgresql(conn: Connection, head: dict[str, Any],
                    entries: Sequence[dict[str, Any]]) -> list[tuple[int, int, str]]:
    """Run the one-statement allocation on an autocommit connection: (id, so, serie) each."""
    params = {**head, "chung": CHE_DO[0], "n": len(entries),
              **{c: [e[c] for e in entries] for c in ENTRY_COLUMNS}}
    rows = conn.exec_driver_sql(TAKE_PG, params).all()
    return sorted((row[0], row[1], row[2]) for row in rows)


def take_sqlite(conn: Connection, head: dict[str, Any],
                entries: Sequence[dict[str, Any]]) -> list[tuple[int, int, str]]:
    """The allocation inside the caller's ``BEGIN IMMEDIATE``: (id, so, serie) each."""
    mode = conn.exec_driver_sql(_SQLITE["mode"], head).scalar() or CHE_DO[0]
    serie = head["serie_chung"] if mode == CHE_DO[0] else head["serie_loai"]
    params = {**head, "serie": serie, "n": len(entries)}
    first = conn.exec_driver_sql(_SQLITE["bump"], params).scalar_one() - len(entries) + 1
    out = []
    for so, entry in enumerate(entries, start=first):
        new_id = conn.exec_driver_sql(_SQLITE["add"], {**params, **entry, "so": so}).scalar_one()
        out.append((new_id, so, serie))
    return out


def head_values(co_quan: str, nam: int, ky_hieu: str, loai: str, ten_loai: str,
                serie_chung: str, serie_loai: str, cap_luc: datetime) -> dict[str, Any]:
    """What every number of one allocation shares."""
    return {"co_quan": co_quan, "nam": nam, "ky_hieu": ky_hieu, "loai": loai,
            "ten_loai": ten_loai, "serie_chung": serie_chung, "serie_loai": serie_loai,
            "cap_luc": cap_luc}
