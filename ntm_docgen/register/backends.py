"""Where the register lives: a SQLite file (the default) or PostgreSQL, and their errors."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Dialect, Engine, create_engine, event, exc
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, make_url

from ntm_docgen.i18n import N_, _, said
from ntm_docgen.register.model import ENV_DB, NoRegisterYet, RegisterError, default_db

_PG_SCHEMES = ("postgresql", "postgres")


def resolve_db(db: str | os.PathLike[str] | None) -> URL:
    """Turn ``--db`` (a path, a ``sqlite:///`` or ``postgresql://`` URL, or None) into a URL.

    None means ``$NTM_DOCGEN_DB``, else :func:`default_db`.

    >>> resolve_db("/srv/vt/so-di.sqlite3").render_as_string()
    'sqlite:////srv/vt/so-di.sqlite3'
    >>> resolve_db("postgresql://vt:pw@db.local/so_di").render_as_string(hide_password=True)
    'postgresql+psycopg://vt:***@db.local/so_di'
    """
    if db is None or str(db) == "":
        db = os.environ.get(ENV_DB) or default_db()
    text = os.fspath(db)
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser().absolute()))
    try:
        url = make_url(text)
    except exc.ArgumentError as e:
        raise RegisterError(_("--db: {value!r} is neither a file path nor a database URL")
                            .format(value=text)) from e
    backend = url.get_backend_name()
    if backend in _PG_SCHEMES:
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite" and (url.database == ":memory:" or url.query.get("mode") == "memory"
                                or str(url.database).startswith("file::memory:")):
        raise RegisterError(_("--db: an in-memory database keeps nothing, so every number "
                              "would be 01; give a register file or a postgresql:// URL"))
    if backend == "sqlite" and url.database:
        return url
    raise RegisterError(_("--db: unsupported database {name!r}; give a file path, "
                          "sqlite:///PATH or postgresql://USER:PASSWORD@HOST/DB")
                        .format(name=url.drivername))


def describe(url: URL) -> str:
    """How the register is named in messages: its file, or its URL without the password."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.set(drivername=url.get_backend_name()).render_as_string(hide_password=True)


def make_engine(url: URL, timeout: float) -> Engine:
    """An engine whose write transactions lock the series for their whole length.

    SQLite: every write transaction starts with ``BEGIN IMMEDIATE`` (the file's write lock is
    taken before the counter is read) and waits up to ``timeout`` seconds for a busy file. The
    journal stays in the default rollback mode, which, unlike WAL, works on a shared network drive.
    PostgreSQL: the counter row is taken with an upsert that locks it; ``lock_timeout``, set
    once per connection, bounds the wait.
    """
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": timeout})

        @event.listens_for(engine, "connect")
        def _manual_transactions(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            dbapi_connection.isolation_level = None  # pysqlite: let us emit BEGIN ourselves

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            write = conn.get_execution_options().get("ntm_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

        return engine
    # the pool's connections (cancel, list, the tables' check) are pinged when taken: one the
    # server ended is made anew; numbers are taken on a kept connection (database.Database._take)
    engine = create_engine(url, pool_pre_ping=True,
                           connect_args={"connect_timeout": max(1, int(timeout))})

    @event.listens_for(engine, "connect")
    def _lock_timeout(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # once per connection, not in every transaction; 0 would mean "wait for ever" to
        # PostgreSQL, so the shortest real wait is 1 ms
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = '{max(1, int(timeout * 1000))}ms'")
        dbapi_connection.commit()

    return engine


class DirectConnection:
    """A sqlite3 connection opened without an engine (the numbers need only the driver):
    what the register uses of a pool's connection."""

    def __init__(self, driver: sqlite3.Connection) -> None:
        self.driver_connection = driver

    def invalidate(self) -> None:
        self.driver_connection.close()

    def close(self) -> None:
        self.driver_connection.close()


def direct_sqlite(url: URL, timeout: float) -> DirectConnection | None:
    """The register file opened by sqlite3 itself, as the engine of :func:`make_engine` opens
    it (the same timeout, transactions left to the register, usable from any thread), without
    making an engine and its pool (a third of the CPU time of one number and its file); None
    for a URL with options of its own, which the engine reads. The driver's error, if it cannot
    open the file, is raised as SQLAlchemy's (which :func:`translated` explains)."""
    if url.get_backend_name() != "sqlite" or url.query or not url.database \
            or url.database == ":memory:":
        return None
    try:
        return DirectConnection(sqlite3.connect(os.path.abspath(url.database), timeout=timeout,
                                                isolation_level=None, check_same_thread=False))
    except sqlite3.Error as e:
        raise exc.DBAPIError.instance(None, None, e, sqlite3.Error) from e  # type: ignore[arg-type]


@functools.cache
def sqlite_dialect() -> Dialect:
    """SQLite's dialect (its bind processors), without an engine."""
    return sqlite.pysqlite.dialect()  # type: ignore[attr-defined, no-any-return]


def upsert(url: URL):  # type: ignore[no-untyped-def]
    """The dialect's ``INSERT ... ON CONFLICT`` construct."""
    return sqlite.insert if url.get_backend_name() == "sqlite" else postgresql.insert


def check_sqlite_place(url: URL, create: bool) -> None:
    """Before SQLite makes or opens a file: a clear message for a missing register or folder."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return
    path = Path(str(url.database))
    if path.is_dir():
        raise RegisterError(_("{path}: is a folder; --db needs a register file").format(path=path))
    if path.exists():
        return
    usual = path.parent == default_db().parent
    if not path.parent.is_dir() and not usual:
        raise RegisterError(_("{path}: the register's folder does not exist; create it first or "
                              "give another --db").format(path=path.parent))
    if not create:
        raise NoRegisterYet(str(path))
    path.parent.mkdir(parents=True, exist_ok=True)  # only the user's data folder gets here


@contextlib.contextmanager
def translated(url: URL, timeout: float) -> Iterator[None]:
    """Turn the database's own errors into one RegisterError that says what to do."""
    where = describe(url)
    try:
        yield
    except exc.DBAPIError as e:
        raise RegisterError(said(N_("{where}: {reason}"), where=where,
                                 reason=_explain(e, timeout, url))) from e
    except exc.SQLAlchemyError as e:
        raise RegisterError(_("{where}: database error: {problem}").format(where=where,
                                                                          problem=e)) from e


#: What the PostgreSQL driver says of a connection it could not make (a pattern of its English
#: text, lower case) -> the sentence a clerk or the office's administrator reads instead.
_CONNECTING = (
    (r"password authentication failed|no password supplied", N_(
        "PostgreSQL at {host} refused the user {user} with this password; check the user and "
        "the password in --db")),
    (r"role .* does not exist", N_(
        "PostgreSQL at {host} has no user {user}; check the user in --db, or ask the server's "
        "administrator to create it")),
    (r"database .* does not exist", N_(
        "PostgreSQL at {host} has no database {database}; create it (createdb {database}) or "
        "check its name in --db")),
    (r"connection refused", N_(
        "no PostgreSQL server answers at {host}, port {port}; start the server, or check the "
        "host and the port in --db")),
    (r"could not translate host name|failed to resolve host|name or service not known",
     N_("the computer {host} is not known on the network; check the host in --db")),
    (r"timeout expired|timed out", N_(
        "PostgreSQL at {host} did not answer in time; check that the server is running and "
        "reachable from this computer")),
    (r"no pg_hba\.conf entry", N_(
        "PostgreSQL at {host} does not accept connections from this computer for the user "
        "{user}; ask the server's administrator (pg_hba.conf)")),
    (r"server does not support ssl", N_(
        "PostgreSQL at {host} does not take encrypted connections, and the address asks for one "
        "(sslmode); take ?sslmode=… out of --db, or ask the server's administrator to set up SSL")),
    (r"\bssl\b", N_("PostgreSQL at {host} asks for an encrypted connection this URL does not set "
                  "up; add ?sslmode=require to --db, or ask the server's administrator")),
    (r"invalid sslmode value", N_(
        "the address's ?sslmode= is none PostgreSQL knows; write disable, allow, prefer, require, "
        "verify-ca or verify-full in --db")),
    (r'invalid connection option "(?P<option>[^"]*)"', N_(
        "the address holds an option PostgreSQL does not know (?{option}=…); take it out of --db")),
    (r"invalid port number", N_(
        "the port in the address is not a port number (1 to 65535); check it in --db")),
)


def _connecting(low: str, url: URL | None) -> str | None:
    """What a failed connection to PostgreSQL means, in the user's words, or None when the
    driver's text is none of the known ones."""
    for pattern, sentence in _CONNECTING:
        found = re.search(pattern, low)
        if found:
            return said(sentence, host=(url.host if url else None) or "localhost",
                        port=(url.port if url else None) or 5432,
                        user=(url.username if url else None) or "?",
                        database=(url.database if url else None) or "?",
                        **found.groupdict())
    return None


def postgres_refusal(problem: BaseException, url: str) -> str | None:
    """What a PostgreSQL server's (or its driver's) refusal to connect to ``url`` means, in the
    user's words; None when ``url`` is no PostgreSQL address or the refusal is none known."""
    try:
        parsed = make_url(url)
    except exc.ArgumentError:
        return None
    if not parsed.get_backend_name().startswith("postgres"):
        return None
    return _connecting(str(problem).strip().lower(), parsed)


def _explain(e: exc.DBAPIError, timeout: float, url: URL | None = None) -> str:
    text = str(e.orig).strip()
    low = text.lower()
    if "locked" in low or "lock timeout" in low or "busy" in low:
        return said(N_("the register is locked by another program (waited {seconds} s); retry "
                       "when the other clerk has finished, or give a longer --timeout"),
                    seconds=f"{timeout:g}")
    if "readonly" in low or "read-only" in low:
        return said(N_("the register or its folder is read-only; ask for write access or use "
                       "another --db"))
    if "unable to open" in low:
        return _("cannot open the register file: its folder must exist and be writable (SQLite "
                 "writes a journal file beside it)")
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return said(N_("the file is not a register database or is damaged; restore it from a "
                       "backup or give another --db"))
    told = _connecting(low, url) if url is not None and url.get_backend_name() == "postgresql" \
        else None
    if told:
        return told
    if "connection" in low or "could not connect" in low or "authentication" in low:
        return _("cannot connect to PostgreSQL: {problem}").format(problem=text.splitlines()[0])
    if isinstance(e, exc.IntegrityError):
        return _("the register refused a duplicate number ({problem}); nothing written").format(
            problem=text.splitlines()[0])
    return _("database error: {problem}").format(
        problem=text.splitlines()[0] if text else type(e.orig).__name__)
