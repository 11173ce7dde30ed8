"""Số đã cấp bằng tay: an office that numbered its letters by hand since January tells the
register where each series stands, so that the first number the desk gives is the next one and
the printed sổ says where the paper sổ ends (``Register.start_after``)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ntm_docgen import api
from ntm_docgen.desk.retold import told_error
from ntm_docgen.desk.views.profiles import offered
from ntm_docgen.desk.web import Clerk, action, desk, view
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import _
from ntm_docgen.register.model import HAND, HAND_MOST, so_di_data

#: The modes a body numbers its letters in (Điều 15): one series, or one per type.
MODES = ("chung", "theo-loai")
#: The field of the number that closes the one series of every letter.
WHOLE = "chung"
#: The series kept whatever the mode (Điều 15): the copies' one (SY, SL, TrS) and the secret
#: letters' one; their field, the type their number is set through, and whether it is secret.
APART = {"ban_sao": ("SY", False), "mat": ("CV", True)}


def kinds() -> list[Any]:
    """The types a series may be kept for, the công văn first (a commune's most frequent)."""
    every = list(api.types())
    return sorted(every, key=lambda t: t.code != "CV")


def _issuer(request: Request, clerk: Clerk) -> str:
    """The abbreviation of her saved issuer (the first), else UBND, a commune's."""
    for saved in offered(request, clerk):
        abbr = (saved.data.get("co_quan") or {}).get("viet_tat")
        if abbr:
            return str(abbr)
    return "UBND"


def _state(db: str | None, co_quan: str, nam: int) -> tuple[str, dict[str, int], bool]:
    """The series mode, the hand-kept numbers by series, and whether the register itself has
    given a number of this issuer in this year (then the mode stays as it is)."""
    from ntm_docgen.register.model import NoRegisterYet

    try:
        with api.open_register(db) as reg:
            rows = reg.entries(nam=nam, co_quan=co_quan)
            mode = reg.get_che_do(co_quan, nam)
    except NoRegisterYet:
        return MODES[0], {}, False
    kept = {r.serie: r.so for r in rows if r.trang_thai == HAND}
    return mode, kept, any(r.trang_thai != HAND for r in rows)


def _page(request: Request, clerk: Clerk, *, co_quan: str, nam: int, given: dict[str, str],
          mode: str, started: bool, error: str = "", status: int = 200) -> Response:
    return desk(request).page(request, "register_start.html", clerk, status=status,
                              co_quan=co_quan, nam=nam, given=given, mode=mode,
                              started=started, kinds=kinds(), error=error, whole=WHOLE,
                              apart=[("ban_sao", _("Copies (SY, SL, TrS), one series")),
                                     ("mat", _("Secret letters, one series"))])


def _year(text: str | None) -> int:
    return int(text) if text and text.isdigit() and 1900 <= int(text) <= 9999 \
        else date.today().year


@view("cap_so")
async def index(request: Request, clerk: Clerk) -> Response:
    co_quan = request.query_params.get("co_quan", "").strip() or _issuer(request, clerk)
    nam = _year(request.query_params.get("nam"))
    try:
        mode, kept, started = await run_in_threadpool(
            _state, desk(request).config.register_db, co_quan, nam)
    except DocgenError as e:
        return _page(request, clerk, co_quan=co_quan, nam=nam, given={}, mode=MODES[0],
                     started=False, error=told_error(e))
    field = {so_di_data()["serie"][name]: name for name in (WHOLE, *APART)}
    given = {field.get(serie, serie): str(so) for serie, so in kept.items()}
    return _page(request, clerk, co_quan=co_quan, nam=nam, given=given, mode=mode,
                 started=started)


def _numbers(form: FormData, mode: str) -> tuple[dict[str, int], str]:
    """The numbers typed, by type code (``chung`` for the one series), or the problem."""
    names = {t.code: t.ten for t in kinds()} | {"ban_sao": _("copies (SY, SL, TrS)"),
                                                 "mat": _("secret letters")}
    wanted = [WHOLE] if mode == MODES[0] else [t.code for t in kinds()]
    numbers: dict[str, int] = {}
    for code in [*wanted, *APART]:
        text = _as_printed(str(form.get(f"so_{code}", "")).strip(), code)
        if not text:
            continue
        name = _("every letter") if code == WHOLE else names[code]
        # "5²" is digits to str.isdigit, not to int(): only 0-9 are a number here
        if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= HAND_MOST:
            return {}, _("{kind}: type the last number given by hand, a whole number such as "
                         "57; found “{value}”").format(kind=name, value=form.get(f"so_{code}"))
        numbers[code] = int(text)
    if not numbers:
        return {}, _("Type the last number given by hand of at least one kind of letter; "
                     "leave empty the kinds the office has not issued this year.")
    return numbers, ""


#: A number copied from the paper sổ as printed, with its ký hiệu: "57/UBND", "Số 57/UBND-VP".
_PRINTED = re.compile(r"(?i)(?:số\s*:?\s*)?(\d{1,5})\s*/\s*[^\W\d_][\w&.-]*")


def _as_printed(text: str, code: str = WHOLE) -> str:
    """The number of a line copied from the paper sổ (contract13 #18), else ``text``: its
    ký hiệu must be of the field's kind (review11 #10: "12/KH-SNV" typed in the công văn's
    field was taken as the công văn's 12; review12: a copy's "5/SY-UBND" in the field of every
    letter, whose series copies are not in), or it is told as not a number.

    >>> _as_printed("57/UBND"), _as_printed("Số 12/KH-UBND", "KH"), _as_printed("12a")
    ('57', '12', '12a')
    >>> _as_printed("12/KH-SNV", "CV"), _as_printed("5/SY-UBND", "ban_sao")
    ('12/KH-SNV', '5')
    >>> _as_printed("5/SY-UBND"), _as_printed("12/KH-SNV")
    ('5/SY-UBND', '12')
    """
    found = _PRINTED.fullmatch(text)
    if not found:
        return text
    first = text.split("/", 1)[1].strip().split("-")[0].casefold()
    codes = {t.code.casefold() for t in kinds()} | {"sy", "sl", "trs"}
    if code == "ban_sao":
        fits = first in ("sy", "sl", "trs")
    elif code == "CV":
        fits = first not in codes
    elif code in (WHOLE, "mat"):  # every letter's one series; copies keep their own
        fits = first not in ("sy", "sl", "trs")
    else:
        fits = first == code.casefold()
    return found.group(1) if fits else text


def _save(db: str | None, co_quan: str, nam: int, mode: str, numbers: dict[str, int]) -> None:
    with api.open_register(db) as reg:
        if reg.get_che_do(co_quan, nam) != mode:
            reg.forget_hand_kept(co_quan, nam)  # the hand-kept lines of the other mode, set before
            reg.set_che_do(co_quan, mode, nam)
        for code, last in numbers.items():
            loai, mat = APART.get(code, ("CV" if code == WHOLE else code, False))
            reg.start_after(co_quan, loai, last, nam=nam, mat=mat)


@action("cap_so")
async def save(request: Request, clerk: Clerk, form: FormData) -> Response:
    d = desk(request)
    co_quan = str(form.get("co_quan", "")).strip() or _issuer(request, clerk)
    nam = _year(str(form.get("nam", "")))
    mode_now, _kept, started = await run_in_threadpool(_state, d.config.register_db, co_quan,
                                                       nam)
    mode = str(form.get("che_do", mode_now))
    mode = mode if mode in MODES and not started else mode_now
    given = {key[3:]: str(value) for key, value in form.items() if key.startswith("so_")}
    numbers, error = _numbers(form, mode)
    if not error:
        try:
            await run_in_threadpool(_save, d.config.register_db, co_quan, nam, mode, numbers)
        except DocgenError as e:
            error = told_error(e)
    if error:
        return _page(request, clerk, co_quan=co_quan, nam=nam, given=given, mode=mode,
                     started=started, error=error, status=422)
    return RedirectResponse(f"/so?nam={nam}&so_tay=1", status_code=303)


ROUTES = [
    Route("/so/so-cap-bang-tay", index),
    Route("/so/so-cap-bang-tay", save, methods=["POST"]),
]
