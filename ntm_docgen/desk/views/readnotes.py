"""What reading an upload (a letter opened, a guidance derived) left to check in its draft:
kept with the draft, shown over its form folded under one line, hidden when the clerk says
she has checked it (or once the draft is issued)."""

from __future__ import annotations

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ntm_docgen.desk import drafts
from ntm_docgen.desk.web import Clerk, action, desk, refuse
from ntm_docgen.i18n import _

#: Up to this many notes are shown unfolded; more are folded under their summary line, so
#: that the form's first field stays on a laptop's first screen.
OPEN_UP_TO = 2


@action("soan")
async def dismiss(request: Request, clerk: Clerk, form: FormData) -> Response:
    """The draft's notes hidden for good: she has checked them against the paper."""
    draft = drafts.find(request, clerk)
    if draft is None:
        return refuse(request, clerk, 404, _("This draft does not exist, or it is not yours."))
    desk(request).state.drop_notes(draft.id)
    return RedirectResponse(f"/soan/{draft.id}", status_code=303)


ROUTES = [Route("/soan/{draft}/luu-y/an", dismiss, methods=["POST"])]
