"""Numbers given by hand before the register: a series that starts after the last of them.

An office that issued letters by hand since January (numbers written in a paper sổ) starts its
register mid-year. Its numbers must go on from the last one written by hand, not start again
at 01: the counter of the series is set to that number, and one line of the register, in the
state ``tay``, says that numbers 01 to it were given and entered by hand, so that the printed
sổ says where the paper one ends.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from ntm_docgen.i18n import _, written_in
from ntm_docgen.register import backends
from ntm_docgen.register.model import HAND, HAND_MOST, RegisterError, Row, so_di_data
from ntm_docgen.register.series import check_co_quan, ky_hieu_for, resolve_loai, serie_for
from ntm_docgen.register.tables import bo_dem, so_di
from ntm_docgen.vietnamese.text import so_hieu

if TYPE_CHECKING:
    from ntm_docgen.register.store import Register


def start_after(reg: Register, co_quan: str, loai: str, last: int, *, nam: int,
                mat: bool = False) -> Row:
    """Numbers 01 to ``last`` of the series ``loai`` (its kind, or every letter when the body
    keeps one series) were given by hand in ``nam``: the next number given is ``last + 1``.

    Set again (a number mistyped), the line and the counter are replaced, as long as the
    register itself has given no number of that series in that year; after that it is
    refused, since the numbers it gave would stand before the ones written by hand."""
    co_quan = check_co_quan(co_quan)
    kind = resolve_loai(loai)
    if not isinstance(last, int) or not 1 <= last <= HAND_MOST:
        raise RegisterError(_("The last number given by hand must be a whole number from 1 to "
                              "{most}; found {value}").format(most=HAND_MOST, value=last))
    with reg._write() as conn:
        serie = serie_for(kind, reg._che_do(conn, co_quan, nam), mat)
        ours = (so_di.c.co_quan == co_quan) & (so_di.c.nam == nam) & (so_di.c.serie == serie)
        given = conn.execute(select(so_di.c.so, so_di.c.ky_hieu).where(
            ours, so_di.c.trang_thai != HAND).order_by(so_di.c.so.desc())).first()
        if given is not None:
            raise RegisterError(_(
                "The register has already given numbers of this series in {year} (the last is "
                "{number}): the numbers given by hand are set before the first letter of the "
                "series is numbered here, and stay as they are for the rest of the year.")
                .format(year=nam, number=so_hieu(given.so, given.ky_hieu)))
        conn.execute(delete(so_di).where(ours, so_di.c.trang_thai == HAND))
        counter = backends.upsert(reg.url)(bo_dem)
        conn.execute(counter.values(co_quan=co_quan, nam=nam, serie=serie, so_cuoi=last)
                     .on_conflict_do_update(index_elements=["co_quan", "nam", "serie"],
                                            set_={"so_cuoi": last}))
        whole = serie == so_di_data()["serie"]["chung"]
        ky_hieu = co_quan if whole else ky_hieu_for(kind, co_quan)
        with written_in("vi"):  # the sổ of Phụ lục IV is in Vietnamese, whoever sets it
            note = _("Numbers 01 to {last} were given by hand, entered in the paper register; "
                     "this register goes on from {next}.").format(
                last=f"{last:02d}", next=f"{last + 1:02d}")
        conn.execute(so_di.insert().values(
            co_quan=co_quan, nam=nam, serie=serie, so=last, ky_hieu=ky_hieu,
            loai="" if whole else kind.ma, ten_loai=hand_kind(serie, kind.ten), trich_yeu="",
            ghi_chu=note,
            trang_thai=HAND, cap_luc=datetime.now(timezone.utc)))
    return next(r for r in reg.entries(nam=nam, co_quan=co_quan)
                if r.serie == serie and r.trang_thai == HAND)


def hand_kept(rows: list[Row]) -> dict[str, Row]:
    """The lines closing the numbers given by hand, by series."""
    return {r.serie: r for r in rows if r.trang_thai == HAND}


def forget(reg: Register, co_quan: str, nam: int) -> None:
    """Take back the numbers given by hand set for ``co_quan`` in ``nam`` (before its series
    mode is changed), while the register itself has given none of that year."""
    co_quan = check_co_quan(co_quan)
    with reg._write() as conn:
        year = (so_di.c.co_quan == co_quan) & (so_di.c.nam == nam)
        if conn.execute(select(so_di.c.id).where(year, so_di.c.trang_thai != HAND)).first():
            return
        series = [s for (s,) in conn.execute(select(so_di.c.serie).where(year))]
        conn.execute(delete(so_di).where(year))
        conn.execute(delete(bo_dem).where(bo_dem.c.co_quan == co_quan, bo_dem.c.nam == nam,
                                          bo_dem.c.serie.in_(series)))


def hand_kind(serie: str, ten_loai: str) -> str:
    """What the line closing the numbers given by hand of ``serie`` covers, in Vietnamese as
    the sổ is: every letter, every copy or every secret letter, or its type (``ten_loai``)
    when the office keeps a series per type. Every line is read so (``lines.row_from``), also
    one set before copies and secret letters had names of their own, stored under the type
    its number was set through (``Bản sao y`` for every copy, ``Kế hoạch`` for every secret
    letter).

    >>> hand_kind("SAO", "Bản sao y"), hand_kind("MAT", "Công văn"), hand_kind("KH", "Kế hoạch")
    ('mọi bản sao', 'mọi văn bản mật', 'Kế hoạch')
    """
    names = so_di_data()["serie"]
    with written_in("vi"):  # the sổ of Phụ lục IV is in Vietnamese, whoever reads it
        return {names["chung"]: _("every letter"), names["ban_sao"]: _("every copy"),
                names["mat"]: _("every secret letter")}.get(serie, ten_loai)


def refuse_hand(row_so_hieu: str) -> RegisterError:
    """Why the line closing numbers given by hand is not cancelled nor given a letter."""
    return RegisterError(_(
        "Number {number} is the line saying that the numbers up to it were given in the paper "
        "register: it is not cancelled nor given a letter. To correct the last number of the "
        "paper register, use the page Numbers given by hand before the register gives its "
        "first number.").format(number=row_so_hieu))
