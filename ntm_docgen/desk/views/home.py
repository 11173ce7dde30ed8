"""The home page: every job of the desk, and the static files."""

from __future__ import annotations

import contextlib

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from ntm_docgen.desk.views.profiles import offered
from ntm_docgen.desk.views.register import first_year
from ntm_docgen.desk.web import HERE, Clerk, desk, view
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import N_

#: The jobs, in the order a clerk meets them: (path, title, what it does, right needed).
JOBS = (
    ("/soan", N_("Compose a letter"),
     N_("Fill in the form in the order of the page; see the pages as they will print; "
        "download the DOCX and PDF."), "soan"),
    ("/sao", N_("Copy a document"),
     N_("SAO Y, SAO LỤC or TRÍCH SAO of a Word or PDF original, signed if you wish."), "sao"),
    ("/hang-loat", N_("Bulk letters"),
     N_("One letter to every commune of a province, or to every row of a CSV/XLSX list."),
     "hang_loat"),
    ("/thuc-hien", N_("Implementing letter"),
     N_("From a guidance sent from above, the local công văn, hướng dẫn or kế hoạch."),
     "thuc_hien"),
    ("/kiem-tra", N_("Check a letter"),
     N_("Every departure from the layout of Nghị định 30/2020/NĐ-CP, marked on the pages."),
     "kiem_tra"),
    ("/so", N_("Outgoing register"),
     N_("The sổ đăng ký văn bản đi: numbers given, filters, export."), "so"),
    ("/tai-khoan", N_("Accounts"),
     N_("The office's accounts and what each role may do."), "tai_khoan"),
)


@view()
async def home(request: Request, clerk: Clerk) -> Response:
    # a first morning: no body of hers saved yet, which every form would start from
    first = clerk.may("soan") and not offered(request, clerk)
    # and for the văn thư, while the register holds no line of any year: an office that
    # numbered by hand since January says where its numbers stand before the first is given
    # (asked in the register's first year only, not again each January after)
    unnumbered = False
    if clerk.may("cap_so"):
        with contextlib.suppress(DocgenError):  # the register page tells what is wrong
            unnumbered = await run_in_threadpool(
                first_year, desk(request).config.register_db) is None
    return desk(request).page(request, "home.html", clerk, jobs=JOBS, first=first,
                              unnumbered=unnumbered)


async def icon(request: Request) -> Response:
    """The desk's icon where a browser asks for one by default (the pages name it too)."""
    return FileResponse(HERE / "static" / "favicon.ico", media_type="image/x-icon",
                        headers={"cache-control": "public, max-age=86400"})


ROUTES = [Route("/", home), Route("/favicon.ico", icon)]
