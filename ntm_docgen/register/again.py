"""A letter numbered before and written again under its own number (``bulk --so-rieng``): the
register's lines of the letters in a folder, whether a line's series is still the letter's, and
the line brought up to date with the letter as written again (its file, SHA-256, trích yếu,
date, signer, recipients); its number, series and the time it was given stay as they were."""

from __future__ import annotations

import dataclasses
import os
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select, update

from ntm_docgen.i18n import _, written_in
from ntm_docgen.register.lines import entry_values, row_from, sha256_file
from ntm_docgen.register.model import CHE_DO, NoRegisterYet, RegisterError, Row, so_di_data
from ntm_docgen.register.series import check_co_quan, ky_hieu_for, resolve_loai, serie_for
from ntm_docgen.register.store import Register
from ntm_docgen.register.tables import so_di
from ntm_docgen.vietnamese.text import ngay_so

if TYPE_CHECKING:
    from ntm_docgen.letter.spec import Spec


def _places(folder: Path) -> set[str]:
    """The folder as a recorded file's path may name it: as given made absolute, and resolved."""
    return {str(folder.absolute()), os.path.realpath(folder)}


def lines_in(db: str | None, folder: Path) -> tuple[dict[str, list[Row]], str]:
    """The register's lines, not cancelled, whose recorded file is in ``folder``, by the file's
    name (each name's in the order given), and where the register is; none for a register
    never written."""
    places = _places(folder)
    found: dict[str, list[Row]] = defaultdict(list)
    with Register(db) as reg:
        query = select(so_di).where(
            so_di.c.trang_thai != "huy", so_di.c.tep.is_not(None),
            or_(*(so_di.c.tep.startswith(place + os.sep, autoescape=True)
                  for place in sorted(places)))).order_by(so_di.c.id)
        try:
            with reg._read() as conn:
                rows = [row_from(m) for m in conn.execute(query).mappings()]
        except NoRegisterYet:
            rows = []
        for row in rows:
            if str(Path(str(row.tep)).parent) in places:
                found[Path(str(row.tep)).name].append(row)
        return dict(found), reg.where


def is_copy(row: Row) -> bool:
    """Whether the line is of the copies' series (the number of a letter's copy block)."""
    return row.serie == so_di_data()["serie"]["ban_sao"]


def fits(row: Row, arguments: dict[str, Any]) -> bool:
    """Whether the line's number is of the series the letter takes its number from now
    (``arguments``: ``register.for_spec``'s or ``for_copy``'s): the same body, year, ký hiệu
    and series (a secret letter's own series, the copies' one).

    >>> from datetime import datetime
    >>> row = Row(1, "SNV", 2025, "CHUNG", 1, "KH-SNV", "KH", "Kế hoạch", "da_ghi",
    ...           datetime(2025, 1, 2))
    >>> same = {"co_quan": "SNV", "loai_code": "KH", "nam": 2025, "ky_hieu": None}
    >>> fits(row, same), fits(row, {**same, "nam": 2026}), fits(row, {**same, "mat": True})
    (True, False, False)
    """
    kind = resolve_loai(arguments["loai_code"])
    co_quan = check_co_quan(arguments["co_quan"], "co_quan.viet_tat")
    ky_hieu = arguments.get("ky_hieu") or ky_hieu_for(kind, co_quan, arguments.get("don_vi"))
    mat = bool(arguments.get("mat"))
    return (row.co_quan, row.nam, row.ky_hieu) == (co_quan, arguments["nam"], ky_hieu) \
        and row.serie in {serie_for(kind, mode, mat) for mode in CHE_DO}


def numbered(spec: Spec, letter: Row, copy: Row | None) -> Spec:
    """The letter with the numbers of its lines: its own, and its copy block's; an undated
    spec with the day its line was numbered on (a rerun on another day re-dated every letter
    and told each as changed: a review)."""
    spec = dataclasses.replace(spec, so=letter.so, ky_hieu_=letter.ky_hieu,
                               ngay=spec.ngay or letter.ngay)
    if copy is not None and spec.ban_sao is not None:
        spec = dataclasses.replace(spec, ban_sao=dataclasses.replace(
            spec.ban_sao, so=copy.so, ky_hieu_=copy.ky_hieu))
    return spec


def written_again(db: str | None, spec: Spec, letter: Row, copy: Row | None, path: Path,
                  today: date, *, note: bool = True) -> None:
    """Bring the lines of a letter written again (``spec``, numbered with them, at ``path``)
    up to date: its file and SHA-256, and what the letter says now; with ``note``, the ghi chú
    says the day it was written again. One transaction: every line, or none."""
    from ntm_docgen import register
    from ntm_docgen.register.numbered import copied

    digest = sha256_file(path)
    entries = [(letter, register.for_spec(spec)["entry"])]
    if copy is not None and spec.ban_sao is not None:
        entries.append((copy, register.for_copy(spec.ban_sao, copied(spec))["entry"]))
    with written_in("vi"):  # the ghi chú in Vietnamese, as the sổ of Phụ lục IV is
        said = _("Written again on {day}").format(day=ngay_so(today))
    with Register(db) as reg, reg._write() as conn:
        for row, entry in entries:
            values = {key: value for key, value in entry_values(entry).items()
                      if key in ("trich_yeu", "ngay", "nguoi_ky", "noi_nhan", "luu")}
            ghi_chu = row.ghi_chu if not note or row.ghi_chu.endswith(said) else \
                f"{row.ghi_chu}; {said}" if row.ghi_chu else said
            done = conn.execute(update(so_di).where(
                so_di.c.id == row.id, so_di.c.trang_thai != "huy").values(
                tep=str(path.absolute()), sha256=digest, trang_thai="da_ghi", ghi_chu=ghi_chu,
                **values))
            if done.rowcount != 1:
                raise RegisterError(_("number {number} ({year}) was cancelled in the register "
                                      "{where} while the letter was written again; run again "
                                      "to give the letter a new number").format(
                    number=row.so_hieu, year=row.nam, where=reg.where))
