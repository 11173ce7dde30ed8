"""The register's database: its connections, the transactions its work runs in, its tables."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Dialect, Engine, exc, insert, select, text
from sqlalchemy.pool import PoolProxiedConnection

from ntm_docgen.i18n import N_, _, said
from ntm_docgen.register import backends, taking
from ntm_docgen.register.model import (
    DEFAULT_TIMEOUT,
    NoRegisterYet,
    RegisterError,
)
from ntm_docgen.register.tables import SCHEMA_VERSION, metadata, thong_tin


class Database:
    """A register's SQLite file or PostgreSQL database, opened when first used: the tables
    made (or checked) once, each piece of work one transaction, numbers taken on a connection
    of their own; :meth:`close` lets them go.
    """

    def __init__(self, db: str | os.PathLike[str] | None = None,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        self.url = backends.resolve_db(db)
        self.where = backends.describe(self.url)
        self.timeout = timeout
        self._engine: Engine | None = None
        self._ready = False
        # the connection numbers are taken on: SQLite's opened by sqlite3 itself
        self._taker: PoolProxiedConnection | backends.DirectConnection | None = None

    def close(self) -> None:
        if self._taker is not None:
            self._taker.close()  # back to the pool, which the engine then closes
            self._taker = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def _connect(self, create: bool) -> Engine:
        if self._engine is None:
            backends.check_sqlite_place(self.url, create)
            self._engine = backends.make_engine(self.url, self.timeout)
        return self._engine

    @contextlib.contextmanager
    def _write(self) -> Iterator[Connection]:
        """A write transaction that holds the register's write lock from its first statement."""
        with backends.translated(self.url, self.timeout):
            engine = self._connect(create=True)
            with engine.connect().execution_options(ntm_write=True) as conn, conn.begin():
                if not self._ready:
                    self._prepare(conn)
                yield conn
            self._ready = True

    @contextlib.contextmanager
    def _read(self) -> Iterator[Connection]:
        with backends.translated(self.url, self.timeout):
            engine = self._connect(create=False)
            with engine.connect() as conn, conn.begin():
                if not self._ready:
                    self._check_version(conn)
                yield conn

    def _prepare(self, conn: Connection) -> None:
        """Make the tables on first use (one process at a time), and check the version."""
        if not conn.dialect.has_table(conn, thong_tin.name):
            if self.url.get_backend_name() == "sqlite":
                others = conn.dialect.get_table_names(conn)
                if others:
                    raise RegisterError(_("{where}: a database of another program (tables "
                                          "{tables}); give another --db").format(
                        where=self.where, tables=", ".join(sorted(others)[:3])))
            else:  # two first writers on a new PostgreSQL database: one makes the tables
                conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('ntm_docgen_register'))"))
            if not conn.dialect.has_table(conn, thong_tin.name):
                metadata.create_all(conn)
                conn.execute(insert(thong_tin).values(khoa="schema", gia_tri=SCHEMA_VERSION))
        self._check_version(conn)

    def _check_version(self, conn: Connection) -> None:
        if not conn.dialect.has_table(conn, thong_tin.name):
            raise NoRegisterYet(self.where)
        found = conn.execute(select(thong_tin.c.gia_tri).where(thong_tin.c.khoa == "schema"))
        version = found.scalar_one_or_none()
        if version != SCHEMA_VERSION:
            raise RegisterError(said(N_("{where}: register schema version {version!r}, this "
                                        "ntm-docgen reads version {known}; upgrade ntm-docgen"),
                                     where=self.where, version=version, known=SCHEMA_VERSION))

    @contextlib.contextmanager
    def _take(self) -> Iterator[tuple[Any, Dialect, taking.Take]]:
        """Where a number is taken: the driver's own connection, kept from one allocation to
        the next (on PostgreSQL in autocommit mode: the allocation is one statement; one the
        server ended while it was idle is made anew first), after the tables are made or
        checked once."""
        with backends.translated(self.url, self.timeout):
            sqlite = self.url.get_backend_name() == "sqlite"
            if self._taker is not None and not sqlite and taking.dropped(
                    self._taker.driver_connection):
                self._taker.invalidate()  # ended by the server while idle: made anew here
                self._taker = None
            if self._taker is None and sqlite and self._engine is None:
                backends.check_sqlite_place(self.url, True)
                self._taker = backends.direct_sqlite(self.url, self.timeout)
            if self._taker is None:
                self._taker = _raw_connection(self._connect(create=True))
                if not sqlite:
                    self._taker.driver_connection.autocommit = True  # type: ignore[union-attr]
            if not self._ready and taking.schema_version(
                    self._taker.driver_connection, sqlite) == SCHEMA_VERSION:
                self._ready = True  # the tables are there, of this version: nothing to make
        if not self._ready:
            with self._write():
                pass
        with backends.translated(self.url, self.timeout):
            try:
                dialect = backends.sqlite_dialect() if self._engine is None \
                    else self._engine.dialect
                yield (self._taker.driver_connection, dialect,
                       taking.take_sqlite if sqlite else taking.take_postgresql)
            except exc.DBAPIError as e:
                if e.connection_invalidated or isinstance(e, exc.OperationalError):
                    self._taker.invalidate()  # a lost connection is made anew next time
                    self._taker = None
                raise


def _raw_connection(engine: Engine) -> PoolProxiedConnection:
    """The driver's connection from the engine's pool; the driver's error, if it cannot
    connect, raised as SQLAlchemy's (as ``engine.connect()`` raises it, which
    ``backends.translated`` explains)."""
    base = engine.dialect.loaded_dbapi.Error
    try:
        return engine.raw_connection()
    except base as e:
        raise exc.DBAPIError.instance(None, None, e, base) from e  # type: ignore[arg-type]


