"""Downloads of a job's result (a copy, a fixed letter), only for the clerk who made it."""

from __future__ import annotations

from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ntm_docgen.desk.web import Clerk, desk, refuse, view
from ntm_docgen.i18n import _


def attachment(data: bytes, name: str, media: str) -> Response:
    """The bytes as a file the browser saves under ``name`` (any Vietnamese name kept)."""
    return Response(data, media_type=media, headers={
        "content-disposition": f"attachment; filename*=UTF-8''{quote(name)}"})


@view()
async def result(request: Request, clerk: Clerk) -> Response:
    found = desk(request).results.get(request.path_params["key"], clerk.name)
    if found is None:
        return refuse(request, clerk, 404, _(
            "This file is no longer on the desk: it keeps the latest files made for its clerks "
            "to download, the oldest forgotten first once there are many or they are large, and "
            "none after it is started again. Do the job again (the copy or the check, with the "
            "same file) and download what it makes at once."))
    return attachment(found.data, found.name, found.media)


ROUTES = [Route("/tai/{key}", result)]
