"""Sao văn bản: upload an original, fill the copy form, see the copy's pages, download it;
signing with a .p12 held in memory only (its password and key never reach disk or a log)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ntm_docgen import api
from ntm_docgen.desk import forms, labels
from ntm_docgen.desk.results import Result
from ntm_docgen.desk.uploads import UploadError, certificate, private_folder, save, upload
from ntm_docgen.desk.views.compose import DOCX, HINH_THUC, QUYEN_HAN
from ntm_docgen.desk.web import Clerk, action, desk, view
from ntm_docgen.errors import DocgenError, FieldError, SpecError

MEDIA = {".docx": DOCX, ".pdf": "application/pdf"}


def copy_data(form: FormData) -> dict[str, Any]:
    """The copy spec (contract §3) from the copy form's fields."""
    data: dict[str, Any] = {}
    for path in forms.COPY_FIELDS:
        text = forms._one(form, path)
        forms._set(data, path, forms._number(text) if path == "so" else forms._iso(text)
                   if path == "ngay" else text)
    for path in forms.COPY_LISTS:
        forms._set(data, path, forms._rows(form, path))
    return data


def chosen(form: FormData) -> dict[str, Any]:
    """What the clerk chose beside the copy spec, shown again with the form: the parts to
    keep, Word or PDF, an electronic copy, a number from the register."""
    return {"trich": str(form.get("trich") or ""), "dang": str(form.get("dang") or ""),
            "dien_tu": form.get("dien_tu") == "1", "cap_so": form.get("cap_so") == "1"}


def _page(request: Request, clerk: Clerk, *, status: int = 200,
          **context: Any) -> Response:
    d = desk(request)
    data = context.pop("values", {})
    context.setdefault("problems", [])
    context.setdefault("error", "")
    context.setdefault("key", "")
    context.setdefault("count", 0)
    context.setdefault("download", "")
    context.setdefault("number", "")
    context.setdefault("warnings", ())
    context.setdefault("chosen", chosen(FormData()))
    return d.page(request, "copy.html", clerk, status=status, hinh_thuc=HINH_THUC,
                  quyen_han=QUYEN_HAN, v=forms.form_values({"ban_sao": data}), **context)


@view("sao")
async def index(request: Request, clerk: Clerk) -> Response:
    return _page(request, clerk)


@action("sao")
async def make(request: Request, clerk: Clerk, form: FormData) -> Response:
    d = desk(request)
    data = copy_data(form)
    shown: dict[str, Any] = {"values": data, "chosen": chosen(form)}
    try:
        ban_sao = api.parse_copy_spec(data)
    except SpecError as e:
        return _page(request, clerk, status=422, problems=e.problems, **shown)
    try:
        original = upload(form, "tep", (".docx", ".pdf"))
        assert original is not None
        cert_file = upload(form, "chung_thu", (".p12", ".pfx"), required=False)
        cert = await certificate(cert_file) if cert_file is not None else None
        password = str(form.get("mat_khau") or "") or None
        target = ".pdf" if (Path(original.filename or "").suffix.lower() == ".pdf"
                            or form.get("dang") == "pdf" or cert) else ".docx"
        allocate = form.get("cap_so") == "1"
        if allocate and not clerk.may("cap_so"):
            allocate = False
        with private_folder() as folder:
            source = await save(original, folder, d.config.max_upload)
            out = folder / f"ban-sao-{source.stem}{target}"
            made = await run_in_threadpool(
                api.copy_document, source, ban_sao, out, today=date.today(),
                trich=str(form.get("trich") or "").strip() or None,
                dien_tu=form.get("dien_tu") == "1",
                sign=cert, sign_pass=password, allocate=allocate, db=d.config.register_db,
                issued_only=True)
            copied = out.read_bytes()
    except FieldError as e:  # the parts to keep, or the form of copy
        return _page(request, clerk, status=422, error=labels.field_error(e), **shown)
    except (UploadError, DocgenError) as e:
        return _page(request, clerk, status=422, error=str(e), **shown)
    key, pages = await d.previews.pages(copied)
    name = f"ban-sao-{Path(original.filename or 'van-ban').stem}{target}"
    download = d.results.add(Result(clerk.name, name, MEDIA[target], copied))
    return _page(request, clerk, key=key, count=len(pages), download=download,
                 number=made.so_hieu or "", warnings=[labels.note_about(source.name, w)
                                                       for w in made.result.warnings], **shown)


ROUTES = [Route("/sao", index), Route("/sao", make, methods=["POST"])]
