"""Gửi hàng loạt: a spec (a draft or a file) and recipients (a CSV/XLSX or a province's 2025
communes); the rows with their problems and the first letters; the run with a live progress
bar; the ZIP of letters, the merged file and the PDFs to download."""

from __future__ import annotations

import dataclasses
import json
import shutil
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ntm_docgen import api
from ntm_docgen.bulk.listnotes import REPEATED
from ntm_docgen.bulk.preview import RowCheck
from ntm_docgen.desk import drafts, labels
from ntm_docgen.desk.bulkrun import (
    LIST_TYPED,
    SETTINGS,
    has_stopped,
    job_of,
    keep_end,
    keep_settings,
    list_short,
    number_said,
    of_typed,
    run_work,
    settings_of,
    told_of_typed,
    typed_list,
    unnumbered,
)
from ntm_docgen.desk.issued import runs_folder
from ntm_docgen.desk.jobs import Run
from ntm_docgen.desk.records import Draft, DraftLine
from ntm_docgen.desk.retold import IN_A_ROW, told, told_error
from ntm_docgen.desk.uploads import (
    UploadError,
    as_uploaded,
    named_as_uploaded,
    save,
    upload,
    upload_turn,
)
from ntm_docgen.desk.web import Clerk, action, desk, refuse, view
from ntm_docgen.errors import DocgenError, SpecError
from ntm_docgen.i18n import _, ngettext


@view("hang_loat")
async def index(request: Request, clerk: Clerk) -> Response:
    d = desk(request)
    mine = letters(request, clerk)  # ?ban_nhap=: “Gửi hàng loạt” from a letter's page
    asked = next((x.id for x in mine if x.id == request.query_params.get("ban_nhap")), "")
    return d.page(request, "bulk.html", clerk, drafts=mine, provinces=api.provinces(),
                  error="", chosen={**chosen(None), "ban_nhap": asked},
                  everyone=everyones(request, clerk))


def letters(request: Request, clerk: Clerk) -> list[DraftLine]:
    """The drafts the clerk may send to many: her own; in an office, a văn thư's own and every
    letter issued, the ones she issued for a chuyên viên too (the letter a Sở's chuyên viên
    wrote, issued by its văn thư, is sent by her to every commune), never another's draft
    still being written."""
    return drafts.marked(desk(request).config,
                         desk(request).state.drafts(clerk.name, issued=everyones(request, clerk)))


def everyones(request: Request, clerk: Clerk) -> bool:
    """Whether the clerk sends the letters every clerk wrote once issued: an office's văn thư,
    who issues them."""
    return clerk.may("cap_so") and desk(request).config.office


def may_send(request: Request, clerk: Clerk, draft: Draft) -> bool:
    """Whether the clerk may send ``draft`` to many, as ``letters`` lists it."""
    return draft.owner == clerk.name or (draft.issued is not None and everyones(request, clerk))


def chosen(form: FormData | None) -> dict[str, Any]:
    """The choices of the bulk form, shown again when it is sent back (the files must be
    chosen again: no browser lets a page fill a file field); a new form makes the one Word
    file of every letter."""
    if form is None:
        return {"ban_nhap": "", "tinh": "", "gop": True, "pdf": False, "go": ""}
    return {"ban_nhap": str(form.get("ban_nhap") or ""), "tinh": str(form.get("tinh") or ""),
            "gop": form.get("gop") == "1", "pdf": form.get("pdf") == "1",
            "go": str(form.get("go") or "")}


def run_folder(request: Request, clerk: Clerk) -> Path | None:
    """The prepared run's folder of the URL, if it is this clerk's."""
    name = request.path_params["run"]
    if not name.isalnum():
        return None
    folder = desk(request).jobs.root / name
    settings = folder / SETTINGS
    if not settings.is_file():
        return None
    if json.loads(settings.read_text(encoding="utf-8")).get("owner") != clerk.name:
        return None
    return folder


@action("hang_loat")
async def prepare(request: Request, clerk: Clerk, form: FormData) -> Response:
    """Keep the spec and recipients in a folder of their own, then show the check."""
    d = desk(request)
    d.jobs.sweep()
    folder = runs_folder(d.jobs.root)
    failed = True
    try:
        settings: dict[str, Any] = {"owner": clerk.name, "pdf": form.get("pdf") == "1",
                                    "merge": form.get("gop") == "1"}
        draft_id = str(form.get("ban_nhap") or "")
        spec_file = upload(form, "mau", (".yaml", ".yml", ".json"), required=False)
        if spec_file is not None:
            settings["spec"] = (await save(spec_file, folder, d.config.max_upload)).name
        else:  # neither: the page's two ways to give the letter, not one file's kinds
            draft = d.state.draft(draft_id) if draft_id else None
            if draft is None or not may_send(request, clerk, draft):
                raise DocgenError(_("Choose one of your drafts, or upload a spec file."))
            (folder / "mau.json").write_text(json.dumps(draft.data, ensure_ascii=False,
                                                        default=str), encoding="utf-8")
            settings["spec"], settings["draft"] = "mau.json", draft.id
        people = upload(form, "danh_sach", (".csv", ".txt", ".xlsx"), required=False)
        typed = typed_list(str(form.get("go") or ""))
        if people is not None:
            settings["recipients"] = (await save(people, folder, d.config.max_upload)).name
        elif typed:  # named as the page calls it, where a row's problem is told
            (folder / LIST_TYPED).write_text(typed, encoding="utf-8")
            settings["recipients"] = LIST_TYPED
        elif form.get("tinh"):
            settings["province"] = str(form.get("tinh"))
        else:
            raise DocgenError(_("Type the recipients one a line, upload their list (CSV or "
                                "XLSX), or choose a province."))
        keep_settings(folder, settings)
        failed = False
    except (UploadError, DocgenError) as e:
        return d.page(request, "bulk.html", clerk, status=422, drafts=letters(request, clerk),
                      provinces=api.provinces(), error=told_error(e), chosen=chosen(form),
                      everyone=everyones(request, clerk))
    finally:
        if failed:
            shutil.rmtree(folder, ignore_errors=True)
    return RedirectResponse(f"/hang-loat/{folder.name}", status_code=303)


@view("hang_loat")
async def review(request: Request, clerk: Clerk) -> Response:
    d = desk(request)
    found = _found(request, clerk)
    if isinstance(found, Response):
        return found
    folder, settings, job = found
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
    held = await run_in_threadpool(number_said, d.config, d.state, folder, settings)
    if held and held[1]:  # a cancelled number in every letter: none is written
        return d.page(request, "bulk_check.html", clerk, status=409, run=folder.name,
                      checked=None, error=held[0], previews=[], settings=settings)
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


def _found(request: Request, clerk: Clerk) -> tuple[Path, dict[str, Any], Run | None] | Response:
    """The run of the URL, if it is this clerk's: its folder, settings and job (None: never
    run, or stopped by a restart); else the page that refuses it."""
    folder = run_folder(request, clerk)
    if folder is None:
        return refuse(request, clerk, 404, _("This bulk run does not exist, or it is not yours."))
    settings = settings_of(folder)
    return folder, settings, job_of(desk(request).jobs, folder, settings)


@action("hang_loat")
async def start(request: Request, clerk: Clerk, form: FormData) -> Response:
    d = desk(request)
    folder = run_folder(request, clerk)
    if folder is None:
        return refuse(request, clerk, 404, _("This bulk run does not exist, or it is not yours."))
    settings = settings_of(folder)
    job = job_of(d.jobs, folder, settings)
    stopped = job is not None and job.finished and job.state == "cancelled"
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
    found = _found(request, clerk)
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
    found = _found(request, clerk)
    if isinstance(found, Response):
        return found
    folder, settings, job = found
    if job is None or has_stopped(job, settings):  # stopped: the whole page says so
        return Response(status_code=200, headers={"HX-Redirect": f"/hang-loat/{folder.name}"})
    return desk(request).page(request, "_bulk_progress.html", clerk, run=folder.name,
                              job=job, made=settings.get("ended"))


ROUTES = [
    Route("/hang-loat", index),
    Route("/hang-loat", prepare, methods=["POST"]),
    Route("/hang-loat/{run}", review),
    Route("/hang-loat/{run}/chay", start, methods=["POST"]),
    Route("/hang-loat/{run}/huy", cancel, methods=["POST"]),
    Route("/hang-loat/{run}/tien-do", progress),
]
