"""An issued draft: its page shows the letter as issued, read-only (its number and date, the
file as kept, its register line), refuses every change and a second issue, and starts a new
draft from it without number and date."""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ntm_docgen.desk import drafts
from ntm_docgen.desk import issued as issued_letters
from ntm_docgen.desk.filenames import issued_name
from ntm_docgen.desk.state import Draft, Issued
from ntm_docgen.desk.views import guidance
from ntm_docgen.desk.views.download import attachment
from ntm_docgen.desk.web import Clerk, action, desk, refuse
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import _

#: What an issued draft's address answers: its page, its pages' images, its downloads.
PAGE, PREVIEW, CHANGE = "page", "preview", "change"


async def answer(request: Request, clerk: Clerk, draft: Draft, asked: str) -> Response | None:
    """What a request about ``draft`` gets if it was issued (None: it was not, go on):
    ``asked`` is its page (``PAGE``), its pages' images (``PREVIEW``), a download by its
    suffix (``docx``, ``pdf``, ``yaml``, ``json``) or a change (``CHANGE``: a save, an issue)."""
    found = await drafts.issued(request, draft)
    if found is None:
        return None
    if asked == CHANGE:
        return refused(request, clerk, found, draft)
    if asked in ("yaml", "json"):
        return refuse(request, clerk, 409, _(
            "Letter {number} has been issued: the desk gives it as it was issued, as a Word file "
            "(or PDF). For a spec to change, start a new draft from it on its page.").format(
            number=found.so_hieu))
    d = desk(request)
    row = await run_in_threadpool(issued_letters.line, d.config, found.nam, found.dong)
    kept = await run_in_threadpool(issued_letters.kept_letter, d.config, row) if row else None
    if asked == PAGE:
        # the guidance it was derived from, kept with it, read-only beside it: to those who
        # may open the draft (drafts.find: its writer, the office's văn thư)
        return d.page(request, "issued_draft.html", clerk, draft=draft, issued=found, row=row,
                      kept=kept is not None, cancelled=row is not None and row.trang_thai == "huy",
                      register_link=register_link(found, row),
                      guidance=await run_in_threadpool(guidance.shown, d, draft.id))
    if kept is None:
        return refuse(request, clerk, 404, _(
            "The file of letter {number} is no longer where the desk keeps the letters it "
            "issued: it was moved or deleted. Restore it from a backup; issuing the draft again "
            "would give it a new number.").format(number=found.so_hieu))
    kept_name, data = kept
    # saved under its number, as the văn thư files it, not under the name the desk keeps it by
    name = issued_name(found.so_hieu, str(draft.data.get("trich_yeu") or ""),
                       "." + kept_name.rsplit(".", 1)[-1].lower())
    try:
        if asked == PREVIEW:
            key, pages = await d.previews.pages(data)
            template = "_pages.html" if request.headers.get("hx-request") else "preview.html"
            return d.page(request, template, clerk, draft=draft, key=key, count=len(pages))
        if asked == "pdf" and not name.lower().endswith(".pdf"):
            pdf = await run_in_threadpool(d.previews.pdf, data)
            return attachment(pdf, name.rsplit(".", 1)[0] + ".pdf", issued_letters.MEDIA[".pdf"])
    except DocgenError as e:
        return refuse(request, clerk, 500, e)
    return attachment(data, name, issued_letters.MEDIA.get(
        "." + name.rsplit(".", 1)[-1].lower(), issued_letters.MEDIA[".docx"]))


def refused(request: Request, clerk: Clerk, found: Issued, draft: Draft) -> Response:
    """A change to an issued draft, or its second issue: the letter is the register's (with
    the way to the issued letter's page, read-only)."""
    return refuse(request, clerk, 409, _(
        "Letter {number} has been issued: it can no longer be changed or issued again, so that "
        "it stays the letter the register and the kept file hold. To write another letter from "
        "it, use “Start a new draft from this letter” on its page.").format(
        number=found.so_hieu), back=f"/soan/{draft.id}")


@action("soan")
async def start_from(request: Request, clerk: Clerk, form: FormData) -> Response:
    """A new draft of this clerk's from an issued letter: its content, without number and
    date, marked as started from it."""
    d = desk(request)
    draft = drafts.find(request, clerk)
    if draft is None:
        return refuse(request, clerk, 404, _("This draft does not exist, or it is not yours."))
    found = await drafts.issued(request, draft)
    if found is None:  # not issued: it is the draft to go on with
        return RedirectResponse(f"/soan/{draft.id}", status_code=303)
    new = d.state.new_draft(clerk.name, drafts.started_from(draft.data))
    d.state.mark_started_from(new.id, found.so_hieu)
    return RedirectResponse(f"/soan/{new.id}", status_code=303)


def register_link(issued: Issued, row: Any) -> str:
    """The register page's address that shows the issued letter's line, and goes to it."""
    from urllib.parse import urlencode

    query = urlencode({"nam": issued.nam, "q": issued.so_hieu})
    return f"/so?{query}#dong-{row.id}" if row is not None else f"/so?{query}"


ROUTES = [Route("/soan/{draft}/soan-moi", start_from, methods=["POST"])]
