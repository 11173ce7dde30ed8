"""Soạn văn bản and Xem trước: the letter form, its problems as you type, its page images,
its downloads (DOCX, PDF, the spec as YAML or JSON) and drafts kept on the server."""

from __future__ import annotations

import contextlib
import json
from datetime import date
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from ntm_docgen import api
from ntm_docgen.desk import drafts, forms, labels, versions
from ntm_docgen.desk.filekinds import IMAGES
from ntm_docgen.desk.uploads import (
    WORD_FILES,
    UploadError,
    as_uploaded,
    private_folder,
    save,
    upload,
)
from ntm_docgen.desk.views import guidance, issue_asks, issued_draft, profiles, readnotes
from ntm_docgen.desk.views.download import attachment
from ntm_docgen.desk.web import Clerk, action, desk, refuse, view
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import _

QUYEN_HAN = ("TM.", "KT.", "TL.", "TUQ.", "Q.")
DO_MAT = ("MẬT", "TỐI MẬT", "TUYỆT MẬT")
DO_KHAN = ("KHẨN", "THƯỢNG KHẨN", "HỎA TỐC")
HINH_THUC = ("SAO Y", "SAO LỤC", "TRÍCH SAO")


def _missing(request: Request, clerk: Clerk) -> Response:
    return refuse(request, clerk, 404, _("This draft does not exist, or it is not yours."))


@view("soan")
async def index(request: Request, clerk: Clerk) -> Response:
    return desk(request).page(request, "compose_list.html", clerk, **drafts.listed(request, clerk),
                              types=api.types(), profiles=api.profiles(),
                              saved=profiles.offered(request, clerk))


def _start(loai: str, profile: dict[str, Any] | None, today: date) -> dict[str, Any]:
    """A new letter's data: its type, and the issuer, place and signer of the profile (the
    Lưu line left to the rule: VT and the drafting unit)."""
    data: dict[str, Any] = {"loai": loai}
    if profile:
        for key in ("co_quan", "dia_danh", "ky", "don_vi"):
            if profile.get(key):
                data[key] = profile[key]
        if isinstance(data.get("co_quan"), dict):
            data["co_quan"] = {k: v for k, v in data["co_quan"].items()
                               if k in ("ten", "chu_quan", "viet_tat")}
    return data


@action("soan")
async def create(request: Request, clerk: Clerk, form: FormData) -> Response:
    d = desk(request)
    loai = str(form.get("loai") or "CV")
    if api.find_type(loai) is None:
        return refuse(request, clerk, 400, _("Choose a type from the list."))
    profile = profiles.chosen(clerk, request, str(form.get("profile") or ""))
    draft = d.state.new_draft(clerk.name, _start(loai, profile, date.today()))
    return RedirectResponse(f"/soan/{draft.id}", status_code=303)


@action("soan")
async def open_spec(request: Request, clerk: Clerk, form: FormData) -> Response:
    """A spec file (YAML or JSON, as the CLI reads) opened as a new draft; or a letter (Word,
    PDF, plain text) read as ``ntm-docgen import`` reads it, what it could not read listed at
    the top of the editor."""
    d = desk(request)
    try:
        item = upload(form, "tep", SPECS + LETTERS)
        assert item is not None
        with private_folder() as folder:
            path = await save(item, folder, d.config.max_upload)
            held = await run_in_threadpool(issue_asks.issued_file, d.config.register_db, path)
            if path.suffix.lower() not in LETTERS:
                draft = d.state.new_draft(clerk.name, api.read_spec_data(path))
                return RedirectResponse(f"/soan/{draft.id}", status_code=303)
            reading = await d.readings.read(
                clerk.name, "soan", path.name, folder,
                lambda kept: api.import_letter(kept / path.name),
                lambda done: _opened(d, clerk.name, done.result, done.folder, path.name, held))
            if reading.is_job:  # a scan: its page, while Tesseract reads it
                return RedirectResponse(f"/doc/{reading.id}", status_code=303)
            return RedirectResponse(_opened(d, clerk.name, reading.value(), reading.folder,
                                            path.name, held), status_code=303)
    except (UploadError, DocgenError) as e:
        return refuse(request, clerk, 400, e)


def _opened(d: Any, owner: str, read: Any, folder: Any, name: str, held: list[str]) -> str:
    """The letter ``name`` read as a new draft of ``owner``, what could not be read noted for
    its editor (and ``held``: that the register issued this very file); the editor's address."""
    draft = d.state.new_draft(owner, read.spec)
    notes = [*held, *(labels.note_about(name, as_uploaded(w, folder)) for w in read.warnings)]
    readnotes.keep(d, draft.id, notes, read)
    return f"/soan/{draft.id}"


#: What "Open" takes: a spec file, or a letter to read into one.
SPECS = (".yaml", ".yml", ".json")
LETTERS = (".docx", ".pdf", ".txt", *IMAGES, *WORD_FILES)


def _editor(request: Request, clerk: Clerk, draft: Any, checked: drafts.Checked,
            status: int = 200, told: versions.Overtaken | None = None) -> HTMLResponse:
    d = desk(request)
    data, v = checked.data, forms.form_values(checked.data)
    return d.page(request, "compose.html", clerk, status=status, draft=draft, overtaken=told,
                  version=told.seen if told else draft.version,
                  v=v, checked=checked, types=api.types(),
                  profiles=api.profiles(), quyen_han=QUYEN_HAN, do_mat=DO_MAT,
                  do_khan=DO_KHAN, hinh_thuc=HINH_THUC, date_rule=forms.date_rule(data),
                  problems_json=_problems_json(checked), read_notes=readnotes.shown(d, draft.id, v),
                  guidance=guidance.shown(d, draft.id))


def _problems_json(checked: drafts.Checked) -> str:
    return json.dumps([{"path": p.path, "field": forms.field_of(p.path), "text": labels.said(p)}
                       for p in checked.problems], ensure_ascii=False)


@view("soan")
async def editor(request: Request, clerk: Clerk) -> Response:
    draft = drafts.find(request, clerk)
    if draft is None:
        return _missing(request, clerk)
    if done := await issued_draft.answer(request, clerk, draft, issued_draft.PAGE):
        return done
    return _editor(request, clerk, draft, drafts.check(draft.data, guide=draft.fresh))


@action("soan")
async def save_draft(request: Request, clerk: Clerk, form: FormData) -> Response:
    """Autosave as the clerk types (htmx: the problems panel back) or the form's Save button."""
    d, draft = desk(request), drafts.find(request, clerk)
    if draft is None:
        return _missing(request, clerk)
    if done := await issued_draft.answer(request, clerk, draft, issued_draft.CHANGE):
        return done
    data = forms.spec_from_form(form, draft.data)
    version, told = versions.save(d.state, clerk.name, draft, data, versions.seen(form))
    checked = drafts.check(data)
    if not request.headers.get("hx-request"):  # her form as she typed it, when not saved
        return _editor(request, clerk, draft, checked, 409, told) if told else \
            RedirectResponse(f"/soan/{draft.id}", status_code=303)
    if not checked.problems and told is None:  # the browser asks for the pages next
        with contextlib.suppress(DocgenError):  # the preview will tell it
            d.previews.start(await run_in_threadpool(drafts.render, checked, date.today()))
    return d.page(request, "_problems.html", clerk, status=409 if told else 200,
                  checked=checked, problems_json=_problems_json(checked), overtaken=told,
                  version=version, date_rule=forms.date_rule(data), draft=draft,
                  read_notes=readnotes.shown(d, draft.id, forms.form_values(data)))


async def _letter(request: Request, clerk: Clerk,
                  asked: str) -> tuple[Any, drafts.Checked] | Response:
    draft = drafts.find(request, clerk)
    if draft is None:
        return _missing(request, clerk)
    if done := await issued_draft.answer(request, clerk, draft, asked):  # the letter as kept
        return done
    checked = drafts.check(draft.data)
    if checked.problems:
        if draft.fresh:  # asked for: back at the form, its problems are told at the fields
            desk(request).state.touch_draft(draft.id)
        return refuse(request, clerk, 422, _("The letter has problems to fix before it can be "
                                             "shown; they are listed beside the fields."))
    return draft, checked


@view("soan")
async def preview(request: Request, clerk: Clerk) -> Response:
    """The page images, as printed (an htmx fragment; the whole page without JavaScript)."""
    d = desk(request)
    got = await _letter(request, clerk, issued_draft.PREVIEW)
    if isinstance(got, Response):
        return got
    draft, checked = got
    try:
        docx = await run_in_threadpool(drafts.render, checked, date.today())
        key, pages = await d.previews.pages(docx)
    except DocgenError as e:
        return refuse(request, clerk, 500, e)
    template = "_pages.html" if request.headers.get("hx-request") else "preview.html"
    return d.page(request, template, clerk, draft=draft, key=key, count=len(pages))


@view()
async def page_image(request: Request, clerk: Clerk) -> Response:
    """A page's PNG. Its address names the letter by the hash of its content, so the image
    never changes: the browser keeps it and does not ask again (asked again with the tag it
    has, it is told it still holds the page, even after the desk forgot the letter)."""
    d = desk(request)
    key, number = request.path_params["key"], request.path_params["n"]
    headers = {"cache-control": "private, max-age=31536000, immutable",
               "etag": f'"{key}-{number}"'}
    if headers["etag"] in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    image = await d.previews.page(key, number)
    if image is None:
        return Response(status_code=404)
    return Response(image, media_type="image/png", headers=headers)


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@view("soan")
async def download(request: Request, clerk: Clerk) -> Response:
    kind = request.path_params["kind"]
    draft = drafts.find(request, clerk)
    if kind not in ("docx", "pdf", "yaml", "json"):
        return refuse(request, clerk, 404, _(
            "A letter is downloaded as .docx, .pdf, .yaml or .json; there is no .{kind}. Use the "
            "download links in the editor.").format(kind=kind))
    if draft is None:
        return _missing(request, clerk)
    if kind in ("yaml", "json") and (
            done := await issued_draft.answer(request, clerk, draft, kind)):
        return done
    stem = drafts.file_stem(draft.data)
    if kind in ("yaml", "json"):
        checked = drafts.check(draft.data)
        if kind == "json" and checked.problems:  # JSON holds no note of them: said at the form
            if draft.fresh:
                desk(request).state.touch_draft(draft.id)
            return refuse(request, clerk, 422, _(
                "A JSON file cannot note the problems of a draft: fix the problems listed beside "
                "the fields first, or save the spec as YAML, which notes each above its field."))
        text = drafts.spec_text(checked, f"{stem}.{kind}")
        return attachment(text.encode("utf-8"), f"{stem}.{kind}",
                          "application/json" if kind == "json" else "application/yaml")
    got = await _letter(request, clerk, kind)
    if isinstance(got, Response):
        return got
    _draft, checked = got
    try:
        docx = await run_in_threadpool(drafts.render, checked, date.today())
        if kind == "pdf":
            pdf = await run_in_threadpool(desk(request).previews.pdf, docx)
            return attachment(pdf, f"{stem}.pdf", "application/pdf")
    except DocgenError as e:
        return refuse(request, clerk, 500, e)
    return attachment(docx, f"{stem}.docx", DOCX)


@view("soan")
async def confirm_removal(request: Request, clerk: Clerk) -> Response:
    """Asked before a draft is deleted (what was typed in it goes with it): a form of its
    own, so that it works without JavaScript."""
    draft = drafts.find(request, clerk)
    if draft is None:
        return _missing(request, clerk)
    return desk(request).page(
        request, "confirm.html", clerk,
        question=_("Delete the draft “{summary}”?").format(
            summary=draft.title or _("(no summary yet)")),
        explained=[_("The draft and everything typed in it are deleted; this cannot be undone. "
                     "A letter already issued from it stays in the register.")],
        action=f"/soan/{draft.id}/xoa", confirm=_("Delete the draft"), back="/soan",
        keep=_("Keep it"))


@action("soan")
async def remove(request: Request, clerk: Clerk, form: FormData) -> Response:
    """The draft deleted once the question is answered; asked first otherwise."""
    draft = drafts.find(request, clerk)
    if draft is None:
        return _missing(request, clerk)
    if form.get("xac_nhan") != "1":
        return RedirectResponse(f"/soan/{draft.id}/xoa", status_code=303)
    desk(request).state.delete_draft(draft.id)
    return RedirectResponse("/soan", status_code=303)


ROUTES = [
    Route("/soan", index),
    Route("/soan/moi", create, methods=["POST"]),
    Route("/soan/mo", open_spec, methods=["POST"]),
    Route("/soan/{draft}", editor),
    Route("/soan/{draft}", save_draft, methods=["POST"]),
    Route("/soan/{draft}/xem-truoc", preview),
    Route("/soan/{draft}/tai.{kind:str}", download),
    Route("/soan/{draft}/xoa", confirm_removal),
    Route("/soan/{draft}/xoa", remove, methods=["POST"]),
    Route("/trang/{key}/{n:int}.png", page_image),
]
