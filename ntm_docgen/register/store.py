"""The register itself: give numbers atomically, record files, cancel, list; on either backend."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Dialect, Engine, exc, func, insert, select, text, update
from sqlalchemy.pool import PoolProxiedConnection

from ntm_docgen.i18n import _, ngettext, written_in
from ntm_docgen.register import backends, taking
from ntm_docgen.register.model import (
    CHE_DO,
    DEFAULT_TIMEOUT,
    Allocation,
    NoRegisterYet,
    RegisterEntry,
    RegisterError,
    Row,
    check_co_quan,
    ky_hieu_for,
    parse_so_hieu,
    resolve_loai,
    serie_for,
    so_di_data,
)
from ntm_docgen.register.tables import SCHEMA_VERSION, che_do, metadata, so_di, thong_tin
from ntm_docgen.vietnamese.text import nfc, ngay_so


def sha256_file(path: Path | str) -> str:
    """The SHA-256 of a file, in hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


class Register:
    """One office's sổ đăng ký văn bản đi, in a SQLite file or a PostgreSQL database.

    Use it as a context manager, or call :meth:`close`. Every method is one transaction:
    it either happens whole or leaves the register as it was.
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

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if self._taker is not None:
            self._taker.close()  # back to the pool, which the engine then closes
            self._taker = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    # -- transactions -------------------------------------------------------------------------

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
            raise RegisterError(_("{where}: register schema version {version!r}, this ntm-docgen "
                                  "reads version {known}; upgrade ntm-docgen").format(
                where=self.where, version=version, known=SCHEMA_VERSION))

    # -- series ---------------------------------------------------------------------------------

    def get_che_do(self, co_quan: str, nam: int) -> str:
        """The series mode of a body for a year: ``chung`` (default) or ``theo-loai``."""
        with self._write() as conn:
            return self._che_do(conn, check_co_quan(co_quan), nam)

    @staticmethod
    def _che_do(conn: Connection, co_quan: str, nam: int) -> str:
        found = conn.execute(select(che_do.c.che_do)
                             .where(che_do.c.co_quan == co_quan, che_do.c.nam <= nam)
                             .order_by(che_do.c.nam.desc()).limit(1)).scalar_one_or_none()
        return found or CHE_DO[0]

    def set_che_do(self, co_quan: str, mode: str, nam: int) -> None:
        """Choose one series for all letters (``chung``) or one per type (``theo-loai``) from
        year ``nam`` on. Refused once the body has given a letter number in that year."""
        co_quan = check_co_quan(co_quan)
        if mode not in CHE_DO:
            raise RegisterError(_("--che-do: expected {choices}; found {value!r}")
                                .format(choices=" | ".join(CHE_DO), value=mode))
        names = so_di_data()["serie"]
        with self._write() as conn:
            if self._che_do(conn, co_quan, nam) == mode:
                return
            given = conn.execute(select(func.count()).select_from(so_di).where(
                so_di.c.co_quan == co_quan, so_di.c.nam == nam,
                so_di.c.serie.not_in([names["ban_sao"], names["mat"]]))).scalar_one()
            if given:
                raise RegisterError(ngettext(
                    "{co_quan} has already given {count} number in {year}; change the series "
                    "mode from {next} (--nam {next})",
                    "{co_quan} has already given {count} numbers in {year}; change the series "
                    "mode from {next} (--nam {next})", given).format(
                    co_quan=co_quan, count=given, year=nam, next=nam + 1))
            table = backends.upsert(self.url)(che_do)
            conn.execute(table.values(co_quan=co_quan, nam=nam, che_do=mode)
                         .on_conflict_do_update(index_elements=["co_quan", "nam"],
                                                set_={"che_do": mode}))

    # -- numbers --------------------------------------------------------------------------------

    def allocate(self, co_quan: str, loai: str, *, nam: int | None = None,
                 don_vi: str | None = None, ky_hieu: str | None = None, mat: bool = False,
                 entry: RegisterEntry | None = None) -> Allocation:
        """Give the next number of the series and write its line in the register."""
        return self.allocate_many(co_quan, loai, [entry or RegisterEntry()], nam=nam,
                                  don_vi=don_vi, ky_hieu=ky_hieu, mat=mat)[0]

    def allocate_many(self, co_quan: str, loai: str, entries: Sequence[RegisterEntry], *,
                      nam: int | None = None, don_vi: str | None = None,
                      ky_hieu: str | None = None, mat: bool = False) -> list[Allocation]:
        """Give consecutive numbers, one per entry, in one transaction (bulk letters)."""
        co_quan = check_co_quan(co_quan)
        kind = resolve_loai(loai)
        nam = nam or next((e.ngay.year for e in entries if e.ngay), date.today().year)
        if not 1900 <= nam <= 9999:
            raise RegisterError(_("--nam: expected a year such as 2026; found {value}")
                                .format(value=nam))
        wrong = [e.ngay for e in entries if e.ngay and e.ngay.year != nam]
        if wrong:
            raise RegisterError(_("--ngay {day} is not in {year}: numbers run from 01 each 1 "
                                  "January; give --nam {other}").format(
                day=ngay_so(wrong[0]), year=nam, other=wrong[0].year))
        ky_hieu = nfc(ky_hieu).strip() if ky_hieu else ky_hieu_for(kind, co_quan, don_vi)
        if not entries:
            return []
        # everything but taking the number is done before the register is locked
        head = taking.head_values(co_quan, nam, ky_hieu, kind.ma, kind.ten,
                                  serie_for(kind, CHE_DO[0], mat), serie_for(kind, CHE_DO[1], mat),
                                  datetime.now(timezone.utc))
        values = [_entry_values(entry) for entry in entries]
        with self._take() as (driver, dialect, take):
            head, values = taking.bound(dialect, head, values)
            rows = take(driver, head, values)
        return [Allocation(new_id, so, ky_hieu, nam, co_quan, kind.ma, serie)
                for new_id, so, serie in rows]

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

    def record(self, id: int, tep: Path | str, sha256: str | None = None) -> None:
        """Attach the written letter (its path and SHA-256) to the number ``id``."""
        path = Path(tep)
        digest = sha256 or sha256_file(path)
        values = {"id": id, "tep": str(path.absolute()), "sha256": digest}
        # on the connection the numbers are taken on: no pool checkout, no statement built
        with self._take() as (driver, _dialect, _take):
            state = taking.record(driver, self.url.get_backend_name() == "sqlite", values)
        if state == "huy":
            raise RegisterError(_("number #{id} was cancelled; give the letter a new number")
                                .format(id=id))
        if state == "":
            raise RegisterError(_("number #{id} is not in the register {where}").format(
                id=id, where=self.where))

    def cancel(self, id: int, ly_do: str) -> None:
        """Mark number ``id`` cancelled: it stays in the register and is never given again."""
        with self._write() as conn:
            if self._state(conn, id) == "huy":
                return
            note = conn.execute(select(so_di.c.ghi_chu).where(so_di.c.id == id)).scalar_one()
            # the ghi chú in Vietnamese, as the sổ of Phụ lục IV is, whatever the clerk reads
            with written_in("vi"):
                reason = _("Cancelled: {reason}").format(
                    reason=nfc(ly_do).strip() or _("no reason given"))
            conn.execute(update(so_di).where(so_di.c.id == id).values(
                trang_thai="huy", ghi_chu=f"{note}; {reason}" if note else reason))

    def find(self, so_hieu: str, nam: int, mat: bool | None = None) -> Row:
        """The line of ``05/KH-UBND`` in year ``nam`` (``mat`` picks the secret series)."""
        so, ky_hieu = parse_so_hieu(so_hieu)
        rows = [r for r in self.entries(nam=nam) if r.so == so and r.ky_hieu == ky_hieu]
        if mat is not None:
            rows = [r for r in rows if (r.serie == so_di_data()["serie"]["mat"]) == mat]
        if not rows:
            raise RegisterError(_("{number} is not in the register for {year}; see `ntm-docgen "
                                  "register list --nam {year}`").format(number=so_hieu, year=nam))
        if len(rows) > 1:
            raise RegisterError(_("{number} is in {year} both as a secret and an ordinary "
                                  "number; add --mat for the secret one, --khong-mat otherwise")
                                .format(number=so_hieu, year=nam))
        return rows[0]

    def entries(self, nam: int | None = None, co_quan: str | None = None) -> list[Row]:
        """The register's lines in the order the numbers were given."""
        query = select(so_di).order_by(so_di.c.id)
        if nam is not None:
            query = query.where(so_di.c.nam == nam)
        if co_quan is not None:
            query = query.where(so_di.c.co_quan == check_co_quan(co_quan))
        with self._read() as conn:
            return [_row(m) for m in conn.execute(query).mappings()]

    def _state(self, conn: Connection, id: int) -> str:
        state = conn.execute(select(so_di.c.trang_thai).where(so_di.c.id == id))
        found = state.scalar_one_or_none()
        if found is None:
            raise RegisterError(_("number #{id} is not in the register {where}").format(
                id=id, where=self.where))
        return str(found)


def _raw_connection(engine: Engine) -> PoolProxiedConnection:
    """The driver's connection from the engine's pool; the driver's error, if it cannot
    connect, raised as SQLAlchemy's (as ``engine.connect()`` raises it, which
    ``backends.translated`` explains)."""
    base = engine.dialect.loaded_dbapi.Error
    try:
        return engine.raw_connection()
    except base as e:
        raise exc.DBAPIError.instance(None, None, e, base) from e  # type: ignore[arg-type]


def _entry_values(entry: RegisterEntry) -> dict:
    if entry.so_luong_ban is not None and entry.so_luong_ban < 0:
        raise RegisterError(_("so_luong_ban: expected a count of copies; found {value}")
                            .format(value=entry.so_luong_ban))
    return {
        "trich_yeu": nfc(entry.trich_yeu), "ngay": entry.ngay, "nguoi_ky": nfc(entry.nguoi_ky),
        "noi_nhan": "\n".join(nfc(n) for n in entry.noi_nhan), "luu": nfc(entry.luu),
        "so_luong_ban": entry.so_luong_ban, "ngay_chuyen": entry.ngay_chuyen,
        "ky_nhan": nfc(entry.ky_nhan), "ghi_chu": nfc(entry.ghi_chu),
    }


def _row(m) -> Row:  # type: ignore[no-untyped-def]
    data = dict(m)
    data["noi_nhan"] = tuple(n for n in (data["noi_nhan"] or "").split("\n") if n)
    return Row(**data)
