"""Đang đọc tệp: the page of a scan read by OCR as a job (its place in the queue, the page
being read of how many, about how long it takes; cancel), which takes its clerk to what it made
once it is done: the draft opened, the derived letter, the copy."""

from __future__ import annotations

import math

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ntm_docgen.desk.reading import Reading
from ntm_docgen.desk.web import Clerk, action, desk, refuse, view
from ntm_docgen.i18n import N_, _, ngettext

#: The page each job came from, to go back to, and its name.
BACK = {"soan": ("/soan", N_("Compose")), "thuc_hien": ("/thuc-hien", N_("Implementing letter")),
        "sao": ("/sao", N_("Copies"))}


def _found(request: Request, clerk: Clerk) -> Reading | None:
    return desk(request).readings.get(request.path_params["reading"], clerk.name)


def missing(request: Request, clerk: Clerk) -> Response:
    return refuse(request, clerk, 404, _("This reading of a file does not exist, or it is not "
                                         "yours; open the file again from its job's page."))


def time_left(seconds: float) -> str:
    """About how long is left, in whole minutes.

    >>> time_left(20), time_left(61), time_left(600)
    ('less than a minute', 'about 2 minutes', 'about 10 minutes')
    """
    if seconds < 60:
        return _("less than a minute")
    minutes = math.ceil(seconds / 60)
    return ngettext("about {count} minute", "about {count} minutes", minutes).format(
        count=minutes)


def _page(request: Request, clerk: Clerk, reading: Reading, template: str) -> Response:
    """The job's page (or its part that htmx asks for again); once done, where it landed."""
    d = desk(request)
    state = reading.state  # once: the reading goes on in its own thread meanwhile
    if state == "done":
        d.readings.saw(reading)
        if request.headers.get("hx-request"):
            return Response(status_code=200, headers={"HX-Redirect": reading.landing})
        return RedirectResponse(reading.landing, status_code=303)
    if state in ("failed", "restarted"):
        d.readings.saw(reading)
    back, job_name = BACK[reading.job]
    # htmx puts in place only an answer of 2xx: the part that says the reading failed is one
    failed = state == "failed" and not request.headers.get("hx-request")
    return d.page(request, template, clerk, reading=reading, state=state,
                  ahead=d.readings.ahead(reading),
                  left=time_left(d.readings.seconds_left(reading)), back=back,
                  job_name=_(job_name), status=422 if failed else 200)


@view()
async def show(request: Request, clerk: Clerk) -> Response:
    """The job's page; once it is done, where it landed."""
    reading = _found(request, clerk)
    if reading is None:
        return missing(request, clerk)
    return _page(request, clerk, reading, "reading.html")


@view()
async def progress(request: Request, clerk: Clerk) -> Response:
    """The part of the page that htmx asks for again every second; once done, htmx is told to
    go where it landed."""
    reading = _found(request, clerk)
    if reading is None:  # gone (the desk restarted): the whole page says so
        return Response(status_code=200,
                        headers={"HX-Redirect": f"/doc/{request.path_params['reading']}"})
    return _page(request, clerk, reading, "_reading.html")


@action()
async def cancel(request: Request, clerk: Clerk, form: FormData) -> Response:
    reading = _found(request, clerk)
    if reading is None:
        return missing(request, clerk)
    desk(request).readings.cancel(reading)
    return RedirectResponse(f"/doc/{reading.id}", status_code=303)


@action()
async def hide(request: Request, clerk: Clerk, form: FormData) -> Response:
    """The line at the top of every page about a finished reading, hidden by its clerk (the
    reading is kept as before: its page still opens what it made); back to the page she was on."""
    reading = _found(request, clerk)
    if reading is None:
        return missing(request, clerk)
    if reading.finished:
        desk(request).readings.saw(reading)
    back = str(form.get("tiep") or "/")
    if not back.startswith("/") or back.startswith("//") or "\\" in back:
        back = "/"  # only a page of this desk
    return RedirectResponse(back, status_code=303)


ROUTES = [Route("/doc/{reading}", show), Route("/doc/{reading}/tien-do", progress),
          Route("/doc/{reading}/huy", cancel, methods=["POST"]),
          Route("/doc/{reading}/an", hide, methods=["POST"])]
