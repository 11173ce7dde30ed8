"""The register itself: give numbers atomically, record files, cancel, list; on either backend."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import Connection, func, select, update

from ntm_docgen.i18n import _, ngettext, shortened, written_in
from ntm_docgen.register import backends, taking
from ntm_docgen.register.database import Database
from ntm_docgen.register.lines import (
    cell_compared,
    cell_text,
    entry_values,
    row_from,
    sha256_file,
)
from ntm_docgen.register.model import (
    CHE_DO,
    HAND,
    Allocation,
    RegisterEntry,
    RegisterError,
    Row,
    so_di_data,
)
from ntm_docgen.register.series import (
    KY_HIEU_CHARS,
    check_co_quan,
    check_length,
    ky_hieu_for,
    parse_so_hieu,
    resolve_loai,
    serie_for,
)
from ntm_docgen.register.tables import che_do, so_di
from ntm_docgen.vietnamese.text import nfc, ngay_so, so_hieu


class Register(Database):
    """One office's sổ đăng ký văn bản đi, in a SQLite file or a PostgreSQL database.

    Use it as a context manager, or call :meth:`close`. Every method is one transaction:
    it either happens whole or leaves the register as it was.
    """

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

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

    def start_after(self, co_quan: str, loai: str, last: int, *, nam: int,
                    mat: bool = False) -> Row:
        """Numbers 01 to ``last`` were given by hand: the series goes on from ``last + 1``."""
        from ntm_docgen.register.handkept import start_after
        return start_after(self, co_quan, loai, last, nam=nam, mat=mat)

    def forget_hand_kept(self, co_quan: str, nam: int) -> None:
        """Take back the numbers given by hand of ``nam`` while the register gave none."""
        from ntm_docgen.register.handkept import forget
        forget(self, co_quan, nam)

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
        ky_hieu = check_length("ky_hieu", nfc(ky_hieu).strip() if ky_hieu
                               else ky_hieu_for(kind, co_quan, don_vi), KY_HIEU_CHARS)
        if not entries:
            return []
        # everything but taking the number is done before the register is locked
        head = taking.head_values(co_quan, nam, ky_hieu, kind.ma, kind.ten,
                                  serie_for(kind, CHE_DO[0], mat), serie_for(kind, CHE_DO[1], mat),
                                  datetime.now(timezone.utc))
        values = [entry_values(entry) for entry in entries]
        with self._take() as (driver, dialect, take):
            head, values = taking.bound(dialect, head, values)
            rows = take(driver, head, values)
        return [Allocation(new_id, so, ky_hieu, nam, co_quan, kind.ma, serie)
                for new_id, so, serie in rows]

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
        if state == HAND:
            raise self._hand(id)
        if state == "":
            raise RegisterError(_("number #{id} is not in the register {where}").format(
                id=id, where=self.where))

    def cancel(self, id: int, ly_do: str) -> None:
        """Mark number ``id`` cancelled: it stays in the register and is never given again."""
        with self._write() as conn:
            state = self._state(conn, id)
            if state == HAND:
                raise self._hand(id, conn)
            if state == "huy":
                return
            note = conn.execute(select(so_di.c.ghi_chu).where(so_di.c.id == id)).scalar_one()
            # the ghi chú in Vietnamese, as the sổ of Phụ lục IV is, whatever the clerk reads
            with written_in("vi"):
                reason = _("Cancelled: {reason}").format(
                    reason=shortened(nfc(ly_do).strip(), 1000) or _("no reason given"))
            conn.execute(update(so_di).where(so_di.c.id == id).values(
                trang_thai="huy", ghi_chu=f"{note}; {reason}" if note else reason))

    def holding(self, sha256: str) -> list[Row]:
        """The lines, not cancelled, whose recorded letter is the file of this SHA-256."""
        query = select(so_di).where(so_di.c.sha256 == sha256, so_di.c.trang_thai != "huy")
        with self._read() as conn:
            return [row_from(m) for m in conn.execute(query.order_by(so_di.c.id)).mappings()]

    def describe(self, id: int, entry: RegisterEntry, *, again: bool = False
                 ) -> tuple[list[str], list[tuple[str, str, str]]]:
        """Write what ``entry`` says (read from the letter) into line ``id``: the trích yếu,
        date, signer, recipients and Lưu into the columns the clerk left empty, and, for a
        letter written ``again`` (a new file for the number), over what the line said. The
        names of the columns written, and the columns whose value differs from the letter's
        (the name, the line's value, the letter's): kept as they were, or, ``again``, replaced.
        A value read as dots only (a field the reading could not make out) is no value."""
        keys = ("trich_yeu", "ngay", "nguoi_ky", "noi_nhan", "luu")
        read = dataclasses.replace(  # a letter's text kept within what a cell of the sổ holds
            entry, trich_yeu=shortened(entry.trich_yeu, 2000), luu=shortened(entry.luu, 500),
            nguoi_ky=shortened(entry.nguoi_ky, 200),
            noi_nhan=tuple(shortened(x, 500) for x in entry.noi_nhan[:40]))
        given = {key: value for key, value in entry_values(read).items()
                 if key in keys and value and str(value).strip(" .…\n")}
        with self._write() as conn:
            if self._state(conn, id) == HAND:
                raise self._hand(id, conn)
            now = conn.execute(select(*(so_di.c[key] for key in keys)).where(
                so_di.c.id == id)).mappings().one()
            differ = [(key, cell_text(now[key]), cell_text(value)) for key, value in given.items()
                      if now[key] and cell_compared(now[key]) != cell_compared(value)]
            values = {key: value for key, value in given.items()
                      if not now[key] or again and key in {k for k, _a, _b in differ}}
            if values:
                conn.execute(update(so_di).where(so_di.c.id == id).values(**values))
        return [key for key in values if not now[key]], differ

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

    def entries(self, nam: int | None = None, co_quan: str | None = None,
                q: str | None = None) -> list[Row]:
        """The register's lines in the order the numbers were given; with ``q``, those whose
        number, type, trích yếu or signer holds it (``Row.matches``: read here, not by the database,
        so that case and accents compare alike on SQLite and PostgreSQL)."""
        query = select(so_di).order_by(so_di.c.id)
        if nam is not None:
            query = query.where(so_di.c.nam == nam)
        if co_quan is not None:
            query = query.where(so_di.c.co_quan == check_co_quan(co_quan))
        with self._read() as conn:
            rows = [row_from(m) for m in conn.execute(query).mappings()]
        return [r for r in rows if r.matches(q)] if q else rows

    def first_year(self) -> int | None:
        """The first year the register holds a line of (a number given, or given by hand)."""
        with self._read() as conn:
            return conn.execute(select(func.min(so_di.c.nam))).scalar_one_or_none()

    def _hand(self, id: int, conn: Connection | None = None) -> RegisterError:
        """Why line ``id``, closing numbers given by hand, is not cancelled nor written."""
        from ntm_docgen.register.handkept import refuse_hand
        if conn is None:
            with self._read() as reading:
                return self._hand(id, reading)
        line = conn.execute(select(so_di.c.so, so_di.c.ky_hieu).where(so_di.c.id == id)).one()
        return refuse_hand(so_hieu(line.so, line.ky_hieu))

    def _state(self, conn: Connection, id: int) -> str:
        state = conn.execute(select(so_di.c.trang_thai).where(so_di.c.id == id))
        found = state.scalar_one_or_none()
        if found is None:
            raise RegisterError(_("number #{id} is not in the register {where}").format(
                id=id, where=self.where))
        return str(found)
