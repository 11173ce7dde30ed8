"""Gửi hàng loạt: a spec (a draft or a file) and recipients (a CSV/XLSX or a province's 2025
communes); the rows with their problems and the first letters; the run with a live progress
bar; the ZIP of letters, the merged file and the PDFs to download."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ntm_docgen import api
from ntm_docgen.desk import drafts
from ntm_docgen.desk.bulkrun import (
    LIST_TYPED,
    SETTINGS,
    job_of,
    keep_settings,
    settings_of,
    typed_list,
)
from ntm_docgen.desk.issued import runs_folder
from ntm_docgen.desk.jobs import Run
from ntm_docgen.desk.records import Draft, DraftLine
from ntm_docgen.desk.retold import told_error
from ntm_docgen.desk.uploads import (
    UploadError,
    save,
    upload,
)
from ntm_docgen.desk.web import Clerk, action, desk, refuse, view
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import _


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


def run_of(request: Request, clerk: Clerk) -> tuple[Path, dict[str, Any], Run | None] | Response:
    """The run of the URL, if it is this clerk's: its folder, settings and job (None: never
    run, or stopped by a restart); else the page that refuses it."""
    folder = run_folder(request, clerk)
    if folder is None:
        return refuse(request, clerk, 404, _("This bulk run does not exist, or it is not yours."))
    settings = settings_of(folder)
    return folder, settings, job_of(desk(request).jobs, folder, settings)


ROUTES = [
    Route("/hang-loat", index),
    Route("/hang-loat", prepare, methods=["POST"]),
]
