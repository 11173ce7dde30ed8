"""Letters kept in the register's own database (the office desk's): their bytes by SHA-256."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select, text, update

from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import _
from ntm_docgen.register import backends
from ntm_docgen.register.model import NoRegisterYet, RegisterError, Row
from ntm_docgen.register.tables import so_di, tep_luu

if TYPE_CHECKING:
    from ntm_docgen.register.store import Register


def ensure(conn: Connection, sqlite: bool) -> None:
    """Give the register the table of kept files if it has none yet (a register made before
    the table existed): its other tables and their lines stay as they are."""
    if conn.dialect.has_table(conn, tep_luu.name):
        return
    if not sqlite:  # two first keepers on one PostgreSQL database: one makes the table
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('ntm_docgen_register'))"))
    tep_luu.create(conn, checkfirst=True)


def keep(reg: Register, id: int, path: Path | str) -> str:
    """Keep the written letter's bytes in the register's database and attach them to number
    ``id``: its line's ``tep`` is the file's name (no server's folder), its ``sha256`` the
    key of the bytes kept. One transaction: the bytes and the line together, or neither.
    Returns the SHA-256."""
    path = Path(path)
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    with reg._write() as conn:
        ensure(conn, reg.url.get_backend_name() == "sqlite")
        state = conn.execute(select(so_di.c.trang_thai).where(so_di.c.id == id))
        found = state.scalar_one_or_none()
        if found is None:
            raise RegisterError(_("number #{id} is not in the register {where}").format(
                id=id, where=reg.where))
        if found == "huy":
            raise RegisterError(_("number #{id} was cancelled; give the letter a new number")
                                .format(id=id))
        # the same bytes kept twice (a letter and its ban_sao's number) are one row
        conn.execute(backends.upsert(reg.url)(tep_luu).values(
            sha256=digest, ten=path.name, noi_dung=data, luu_luc=datetime.now(timezone.utc))
            .on_conflict_do_nothing(index_elements=["sha256"]))
        conn.execute(update(so_di).where(so_di.c.id == id).values(
            tep=path.name, sha256=digest, trang_thai="da_ghi"))
    return digest


def kept(reg: Register, sha256: str) -> tuple[str, bytes] | None:
    """The name and bytes of the letter kept under ``sha256``, or None (kept on a disk, or
    in no database: a register without the table keeps none)."""
    try:
        with reg._read() as conn:
            if not conn.dialect.has_table(conn, tep_luu.name):
                return None
            row = conn.execute(select(tep_luu.c.ten, tep_luu.c.noi_dung)
                               .where(tep_luu.c.sha256 == sha256)).first()
    except NoRegisterYet:
        return None
    return (str(row.ten), bytes(row.noi_dung)) if row else None


def not_kept(reg: Register, row: Row) -> DocgenError:
    """What to tell of a line whose letter the database does not keep: the file it was written
    as, if that file still holds the letter recorded (its SHA-256); else that it is gone, or
    what it holds now (another number's letter written over it, or the letter edited since)."""
    from ntm_docgen.register.store import sha256_file

    head = {"number": row.so_hieu, "year": row.nam, "path": row.tep}
    if not row.tep:
        return DocgenError(_("{number} ({year}): no letter was recorded with this number")
                           .format(**head))
    path = Path(row.tep)
    if not path.is_file():
        return DocgenError(_("{number} ({year}): its letter was written as {path}, which is no "
                             "longer there (moved or deleted); the register keeps no copy of "
                             "it in the database").format(**head))
    digest = sha256_file(path)
    if row.sha256 is None or digest == row.sha256:
        return DocgenError(_("{number} ({year}): the register keeps no copy of its letter in "
                             "the database; it was written as {path}: open that file")
                           .format(**head))
    other = next((r for r in reg.entries() if r.id != row.id and r.sha256 == digest
                  and r.trang_thai != "huy" and r.tep and Path(r.tep) == path), None)
    if other is not None:
        return DocgenError(_("{number} ({year}): its letter was written as {path}, but that "
                             "file now holds {other}, written over it since: the letter "
                             "numbered {number} is no longer there").format(
            other=other.so_hieu, **head))
    return DocgenError(_("{number} ({year}): its letter was written as {path}, but that file "
                         "has changed since the register recorded it (its SHA-256 differs: "
                         "edited, or written again): compare it with the letter sent before "
                         "using it").format(**head))
