"""Letters kept in the register's own database (the office desk's): their bytes by SHA-256."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select, text, update

from ntm_docgen.i18n import _
from ntm_docgen.register import backends
from ntm_docgen.register.model import NoRegisterYet, RegisterError
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
