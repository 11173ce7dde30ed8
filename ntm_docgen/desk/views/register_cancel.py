"""Hủy số: a number given in error cancelled from the register page, its reason asked first
on a page of its own; the number stays in the sổ, marked cancelled, and is never given again
(as ``ntm-docgen register cancel`` does)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ntm_docgen import api
from ntm_docgen.desk.retold import told_error
from ntm_docgen.desk.web import Clerk, action, desk, refuse, view
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import _
from ntm_docgen.register.model import HAND

#: The longest reason kept: the register shortens a longer one in its ghi chú.
REASON_MAX = 1000


def _line(db: str | None, row_id: int) -> Any:
    """The register line ``row_id``, or None."""
    from ntm_docgen.register.model import NoRegisterYet

    try:
        with api.open_register(db) as reg:
            return next((r for r in reg.entries() if r.id == row_id), None)
    except NoRegisterYet:
        return None


def _row_id(request: Request) -> int:
    """The register line named in the address (0, which no line has, for anything else)."""
    text = str(request.path_params["row"])
    return int(text) if text.isdigit() and len(text) < 19 else 0


def _cancel(db: str | None, row_id: int, reason: str) -> None:
    with api.open_register(db) as reg:
        reg.cancel(row_id, reason)


def _by_hand(request: Request, clerk: Clerk, row: Any) -> Response:
    return refuse(request, clerk, 409, _(
        "{number} closes the numbers given by hand, written in the paper register: the "
        "register gave no letter this number, and there is nothing to cancel here. Correct "
        "it on the page Numbers given by hand.").format(number=row.so_hieu), back="/so")


def _gone(request: Request, clerk: Clerk) -> Response:
    return refuse(request, clerk, 404, _(
        "This number is not in the register: the page it was opened from is out of date. "
        "Open the register again and choose the number there."), back="/so")


def _ask(request: Request, clerk: Clerk, row: Any, *, reason: str = "", error: str = "",
         status: int = 200) -> Response:
    return desk(request).page(request, "register_cancel.html", clerk, status=status, row=row,
                              reason=reason, error=error)


@view("cap_so")
async def ask(request: Request, clerk: Clerk) -> Response:
    """The number, its letter, and the reason to give, before it is cancelled."""
    row = await run_in_threadpool(_line, desk(request).config.register_db, _row_id(request))
    if row is None:
        return _gone(request, clerk)
    if row.trang_thai == HAND:
        return _by_hand(request, clerk, row)
    if row.trang_thai == "huy":
        return RedirectResponse("/so?" + urlencode({"nam": row.nam, "q": row.so_hieu}),
                                status_code=303)
    return _ask(request, clerk, row)


@action("cap_so")
async def cancel(request: Request, clerk: Clerk, form: FormData) -> Response:
    """The number cancelled with its reason; asked again, the reason kept, when none is given."""
    d = desk(request)
    row = await run_in_threadpool(_line, d.config.register_db, _row_id(request))
    if row is None:
        return _gone(request, clerk)
    if row.trang_thai == HAND:
        return _by_hand(request, clerk, row)
    reason = " ".join(str(form.get("ly_do") or "").split())
    if row.trang_thai != "huy":
        if not reason:
            return _ask(request, clerk, row, status=422, error=_(
                "Write why the number is cancelled (for example: given twice by mistake); "
                "the reason is kept in the register's notes."))
        try:
            await run_in_threadpool(_cancel, d.config.register_db, row.id,
                                    reason[:REASON_MAX])
        except DocgenError as e:
            return _ask(request, clerk, row, reason=reason, status=422, error=told_error(e))
    return RedirectResponse(f"/so?nam={row.nam}&da_huy={row.id}", status_code=303)


#: ``{row}`` as text, read by ``_row_id``: a request of another shape is refused for its missing
#: token first, as every state-changing route is, not answered "not found".
ROUTES = [Route("/so/huy/{row}", ask), Route("/so/huy/{row}", cancel, methods=["POST"])]
