"""Gửi hàng loạt, its run: started (again, once stopped), stopped, and its live progress."""

from __future__ import annotations

import uuid

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ntm_docgen.desk.bulkrun import (
    has_stopped,
    job_of,
    keep_end,
    keep_settings,
    run_work,
    settings_of,
)
from ntm_docgen.desk.views.bulk import run_folder, run_of
from ntm_docgen.desk.views.bulk_check import cancelled_number
from ntm_docgen.desk.web import Clerk, action, desk, refuse, view
from ntm_docgen.i18n import _


@action("hang_loat")
async def start(request: Request, clerk: Clerk, form: FormData) -> Response:
    d = desk(request)
    folder = run_folder(request, clerk)
    if folder is None:
        return refuse(request, clerk, 404, _("This bulk run does not exist, or it is not yours."))
    settings = settings_of(folder)
    job = job_of(d.jobs, folder, settings)
    stopped = job is not None and job.finished and job.state == "cancelled"
    if (job is None or stopped) and (
            refused := await cancelled_number(request, clerk, folder, settings)):
        return refused
    if job is None or stopped:  # not run, or stopped (its files removed): run it (again)
        if job is not None:  # stopped: forgotten now (swept a day after its end, it would
            d.jobs.drop(job)  # remove the folder its new run writes in)
        settings.pop("ended", None)
        settings["job"] = uuid.uuid4().hex  # written before the run can end and add to it
        keep_settings(folder, settings)
        d.jobs.start_run(clerk.name, folder, run_work(folder, settings, d.config.register_db),
                         settings["job"])
    return RedirectResponse(f"/hang-loat/{folder.name}", status_code=303)


@action("hang_loat")
async def cancel(request: Request, clerk: Clerk, form: FormData) -> Response:
    """Stop the clerk's run: taken out of the queue, or stopped at its next letter."""
    found = run_of(request, clerk)
    if isinstance(found, Response):
        return found
    folder, settings, job = found
    if job is not None and not job.finished:
        desk(request).jobs.cancel(job)
        if not job.began:  # it never ran: it ended so (a run that began writes its own end)
            keep_end(folder, {"cancelled": True, "written": 0, "by_desk": False})
    return RedirectResponse(f"/hang-loat/{folder.name}", status_code=303)


@view("hang_loat")
async def progress(request: Request, clerk: Clerk) -> Response:
    found = run_of(request, clerk)
    if isinstance(found, Response):
        return found
    folder, settings, job = found
    if job is None or has_stopped(job, settings):  # stopped: the whole page says so
        return Response(status_code=200, headers={"HX-Redirect": f"/hang-loat/{folder.name}"})
    return desk(request).page(request, "_bulk_progress.html", clerk, run=folder.name,
                              job=job, made=settings.get("ended"))


ROUTES = [
    Route("/hang-loat/{run}/chay", start, methods=["POST"]),
    Route("/hang-loat/{run}/huy", cancel, methods=["POST"]),
    Route("/hang-loat/{run}/tien-do", progress),
]
