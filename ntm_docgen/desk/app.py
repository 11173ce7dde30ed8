"""The desk's application: its routes, static files, state and previews, put together."""

from __future__ import annotations

import contextlib
import threading
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from ntm_docgen.desk.bodylimit import limit_body
from ntm_docgen.desk.config import DeskConfig
from ntm_docgen.desk.state import State
from ntm_docgen.desk.stopping import given_up_at_stop
from ntm_docgen.desk.uploads import sweep
from ntm_docgen.desk.web import HERE, Desk, refuse
from ntm_docgen.errors import failure_message
from ntm_docgen.i18n import _


def routes() -> list[Any]:
    from ntm_docgen.desk.views import (
        accounts,
        bulk,
        bulk_check,
        bulk_files,
        bulk_run,
        check,
        compose,
        copy,
        derive,
        download,
        home,
        issue_asks,
        issued_draft,
        profiles,
        reading,
        readnotes,
        register,
        register_cancel,
        register_start,
    )

    return [*home.ROUTES, *compose.ROUTES, *profiles.ROUTES, *copy.ROUTES, *bulk.ROUTES,
            *bulk_check.ROUTES, *bulk_run.ROUTES, *derive.ROUTES, *check.ROUTES, *register.ROUTES,
            *register_cancel.ROUTES, *accounts.ROUTES, *download.ROUTES, *reading.ROUTES,
            *issued_draft.ROUTES, *readnotes.ROUTES, *bulk_files.ROUTES, *register_start.ROUTES,
            *issue_asks.ROUTES,
            Mount("/static", StaticFiles(directory=HERE / "static"), name="static")]


def _warm(count: int) -> None:
    from ntm_docgen import api
    from ntm_docgen.errors import DocgenError

    with contextlib.suppress(DocgenError):  # a preview will say why LibreOffice is missing
        api.warm_offices(count)


def build(config: DeskConfig) -> Any:
    """The ASGI application for ``config`` (checked: a mode it does not allow raises)."""
    config.check()
    config.home.mkdir(parents=True, exist_ok=True)
    state = State(config.state_url)
    the_desk = Desk(config, state)

    @asynccontextmanager
    async def lifespan(app: Starlette):  # type: ignore[no-untyped-def]
        the_desk.jobs.sweep()  # runs a restarted desk left, and those past their time
        sweep()  # uploads and scans a killed desk left in the temporary folder
        if config.warm_offices:  # the first previews wait for no LibreOffice to start
            threading.Thread(target=_warm, args=(config.warm_offices,), daemon=True,
                             name="warm-offices").start()
        if config.open_browser:
            import webbrowser

            webbrowser.open(f"http://{config.host}:{config.port}/")
        try:
            yield
        finally:
            the_desk.jobs.stop()
            the_desk.readings.stop()
            state.close()

    app = Starlette(routes=routes(), lifespan=lifespan,
                    exception_handlers={404: no_such_page, 405: no_such_page,
                                        Exception: failed})
    app.state.desk = the_desk
    return given_up_at_stop(limit_body(app, config.max_upload), the_desk)


async def failed(request: Request, exc: Exception) -> Response:
    """A failure the desk did not foresee: a page in the clerk's language saying what failed
    and what to do (as the command line says it), not the server's bare 'Internal Server
    Error'; the server's log still gets the traceback."""
    the_desk: Desk = request.app.state.desk
    the_desk.speak()
    try:
        clerk = the_desk.clerk(request)
    except Exception:  # noqa: BLE001 - the failure may be in the sessions themselves
        clerk = None
    return refuse(request, clerk, 500, failure_message(exc))


async def no_such_page(request: Request, exc: Exception) -> Response:
    """An address the desk does not have (404), or a page asked for in a way it does not
    answer (405): a page in the clerk's language that leads back home, not the server's word."""
    the_desk: Desk = request.app.state.desk
    the_desk.speak()
    status = exc.status_code if isinstance(exc, HTTPException) else 404
    if status == 405:
        message = _("This page cannot be opened this way ({method} {path}); open it from "
                    "its link on the desk.").format(method=request.method, path=request.url.path)
    else:
        message = _("The desk has no page at {path}; go back to the desk and choose a job "
                    "from its home page.").format(path=request.url.path)
    return refuse(request, the_desk.clerk(request), status, message)
