"""Gửi hàng loạt, its check: every row of the list with its problem, the first letters with
their recipient boxed where it prints, and the warnings the command line gives."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ntm_docgen import api
from ntm_docgen.bulk.listnotes import REPEATED
from ntm_docgen.bulk.preview import RowCheck
from ntm_docgen.desk import labels
from ntm_docgen.desk.bulkrun import (
    LIST_TYPED,
    has_stopped,
    list_short,
    number_said,
    of_typed,
    settings_of,
    told_of_typed,
    unnumbered,
)
from ntm_docgen.desk.retold import IN_A_ROW, told, told_error
from ntm_docgen.desk.uploads import as_uploaded, named_as_uploaded, upload_turn
from ntm_docgen.desk.views.bulk import run_of
from ntm_docgen.desk.web import Clerk, desk, view
from ntm_docgen.errors import DocgenError, SpecError
from ntm_docgen.i18n import ngettext


@view("hang_loat")
async def review(request: Request, clerk: Clerk) -> Response:
    d = desk(request)
    found = run_of(request, clerk)
    if isinstance(found, Response):
        return found
    folder, settings, job = found
    held = None
    if job is None or job.finished:  # one running ends; its page then says so
        held = await run_in_threadpool(number_said, d.config, d.state, folder, settings)
        if held and held[1]:
            return number_refused(request, clerk, folder, settings, held[0])
    if job is not None and not has_stopped(job, settings):
        return d.page(request, "bulk_run.html", clerk, run=folder.name, job=job,
                      made=settings_of(folder).get("ended"))
    try:
        with named_as_uploaded(folder):
            async with upload_turn():  # a list of 20 MB is read as heavily as a letter checked
                checked = await run_in_threadpool(
                    api.bulk_rows, folder / settings["spec"], today=date.today(),
                    recipients=folder / settings["recipients"] if settings.get("recipients")
                    else None, province=settings.get("province"))
    except DocgenError as e:  # a draft's problems at its fields' labels, and its page
        typed = settings.get("recipients") == LIST_TYPED  # her box's lines, not a file's
        said = list_short(e, typed, bool(settings.get("draft"))) or \
            (labels.draft_problems(e) if settings.get("draft") else None)
        return d.page(request, "bulk_check.html", clerk, status=422, run=folder.name,
                      checked=None, error=said or (told_of_typed(e) if typed else told_error(e)),
                      previews=[], settings=settings)
    checked = dataclasses.replace(checked, source=as_uploaded(checked.source, folder),
                                  warnings=[labels.named_warning(as_uploaded(of_typed(w), folder))
                                            for w in checked.warnings  # twice: in the table
                                            if getattr(w, "msgid", None) not in REPEATED]
                                  + ([held[0]] if held else []))
    previews = []
    to = [r.kinh_gui for r in checked.rows if not r.problem]
    for number, (letter, person) in enumerate(zip(checked.first[:2], to, strict=False), 1):
        # the recipient boxed where the letter prints it: a kế hoạch's or a quyết định's is
        # under Nơi nhận on its last page, and its first pages alone are the same for all
        key, pages, why = await d.previews.pages_or_why(letter, [(str(number), person)])
        if why:  # LibreOffice could not draw them: the run can go on, the page says why
            checked = dataclasses.replace(checked, warnings=[*checked.warnings, why])
            break
        where = await run_in_threadpool(api.page_of, pages.pdf, person) if pages else None
        previews.append((key, [1] if where in (None, 1) else [1, where], person))
    ended = settings.get("ended") or {}
    return d.page(request, "bulk_check.html", clerk, run=folder.name, checked=checked,
                  told=[row_problem(r, settings.get("recipients") == LIST_TYPED)
                        for r in checked.rows[:ROWS_SHOWN]], rows_shown=ROWS_SHOWN,
                  error="", previews=previews, settings=settings,
                  unnumbered=unnumbered(folder, settings),
                  typed=settings.get("recipients") == LIST_TYPED,
                  stopped=bool(settings.get("job")), cancelled=ended if ended.get("cancelled")
                  else None)


async def cancelled_number(request: Request, clerk: Clerk, folder: Path,
                           settings: dict[str, Any]) -> Response | None:
    """The page refusing the run when the sổ has cancelled the number its letters print, at
    every step that sends them (its check, writing them, its downloads): the number may be
    cancelled while her check page is open, or after the run wrote them; else None."""
    d = desk(request)
    held = await run_in_threadpool(number_said, d.config, d.state, folder, settings)
    return number_refused(request, clerk, folder, settings, held[0]) if held and held[1] \
        else None


def number_refused(request: Request, clerk: Clerk, folder: Path, settings: dict[str, Any],
                   said: str) -> Response:
    """The check page saying why no letter of the run is written or given (HTTP 409)."""
    return desk(request).page(request, "bulk_check.html", clerk, status=409, run=folder.name,
                              checked=None, error=said, previews=[], settings=settings)


#: The rows the page lists (the others are counted).
ROWS_SHOWN = 500


def row_problem(row: RowCheck, typed: bool = False) -> str:
    """A row's problem in the form's words: each problem of its letter at its field's label,
    the library's sentences for the command line in the desk's (``told``), a value the row
    takes from the list told to be changed there; the other rows given its addressee (rows of
    a ``typed`` list numbered from its first line, as the table numbers them)."""
    if isinstance(row.error, SpecError):
        said = "; ".join(labels.named(dataclasses.replace(p, expected=told(p.expected, IN_A_ROW)))
                         for p in row.error.problems)
    else:
        said = told_error(row.error) if row.error is not None else row.problem
    if row.same_as:
        twice = ngettext("Also in row {rows}: this addressee gets a letter for each row; delete "
                         "the row given twice.",
                         "Also in rows {rows}: this addressee gets a letter for each row; delete "
                         "the rows given twice.", len(row.same_as)).format(
            rows=", ".join(str(r - 1 if typed else r) for r in row.same_as))
        said = f"{said} {twice}".strip()
    return said



ROUTES = [Route("/hang-loat/{run}", review)]
