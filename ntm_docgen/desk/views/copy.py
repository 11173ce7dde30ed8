"""Sao văn bản: upload an original, fill the copy form, see the copy's pages, download it;
signing with a .p12 held in memory only (its password and key never reach disk or a log)."""

from __future__ import annotations

import contextlib
import unicodedata
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ntm_docgen import api
from ntm_docgen.desk import forms, issued, labels
from ntm_docgen.desk.filenames import copy_name
from ntm_docgen.desk.results import Result
from ntm_docgen.desk.retold import told_error
from ntm_docgen.desk.uploads import (
    WORD_FILES,
    UploadError,
    certificate,
    private_folder,
    save,
    upload,
)
from ntm_docgen.desk.views import copy_asks, copy_confirm, copy_sent
from ntm_docgen.desk.views.compose import DOCX, HINH_THUC, QUYEN_HAN
from ntm_docgen.desk.views.profiles import own
from ntm_docgen.desk.views.reading import missing
from ntm_docgen.desk.web import Clerk, action, desk, view
from ntm_docgen.errors import DocgenError, FieldError, SpecError
from ntm_docgen.i18n import _

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
    keep, Word or PDF, an electronic copy, a number from the register, and the name of the
    original she sent (a browser keeps no file once sent: the page says to choose it again)."""
    sent = form.get("tep")
    return {"trich": str(form.get("trich") or ""), "dang": str(form.get("dang") or ""),
            "dien_tu": form.get("dien_tu") == "1", "cap_so": form.get("cap_so") == "1",
            "tep": unicodedata.normalize("NFC", sent.filename or "")
            if isinstance(sent, UploadFile) else ""}


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
    context.setdefault("unnumbered", False)
    context.setdefault("warnings", ())
    context.setdefault("read_by_ocr", ())
    context.setdefault("confirm", "")
    context.setdefault("scanned", 0)
    context.setdefault("chosen", chosen(FormData()))
    context.setdefault("filled_from", "")
    context.setdefault("send_key", copy_sent.new_key())  # a reload sends it again: copy_sent
    return d.page(request, "copy.html", clerk, status=status, hinh_thuc=HINH_THUC,
                  quyen_han=QUYEN_HAN, v=forms.form_values({"ban_sao": data}), **context)


@view("sao")
async def index(request: Request, clerk: Clerk) -> Response:
    """A new copy form, started from the clerk's first saved issuer (the body that copies is
    hers): its name, place, signer and the day's date, all still hers to change."""
    saved = own(request, clerk)
    if not saved:
        return _page(request, clerk)
    return _page(request, clerk, values=issuer_block(saved[0].data, date.today()),
                 filled_from=saved[0].name)


def issuer_block(profile: dict[str, Any], today: date) -> dict[str, Any]:
    """The copy block (contract §3) a saved issuer fills: the body (its name on one line, as
    the form's field holds it), its place, its signer and ``today``."""
    co_quan = profile.get("co_quan") or {}
    ky = profile.get("ky") or {}

    def line(text: Any) -> str:
        return " ".join(str(text or "").split())

    return {"co_quan": {"chu_quan": line(co_quan.get("chu_quan")), "ten": line(co_quan.get("ten")),
                        "viet_tat": line(co_quan.get("viet_tat"))},
            "dia_danh": line(profile.get("dia_danh")), "ngay": today,
            "ky": {"chuc_vu": line(ky.get("chuc_vu")), "ho_ten": line(ky.get("ho_ten")),
                   "quyen_han": [line(q) for q in ky.get("quyen_han") or [] if line(q)]}}


@action("sao")
async def make(request: Request, clerk: Clerk, form: FormData) -> Response:
    d = desk(request)
    keys = copy_sent.keys_of(form)
    if (again := copy_sent.SENT.get(keys, clerk.name)) is not None:
        return await _again(request, clerk, again)  # a reload: shown again, not numbered twice
    sent = copy_asks.answered(request, clerk, form)
    if sent is None and (gone := copy_asks.let_go(request, clerk, form)) is not None:
        return _page(request, clerk, status=422, error=gone[1], values=copy_data(gone[0]),
                     chosen=chosen(gone[0]))  # its fields kept; the file is chosen again
    if sent is None:
        return _page(request, clerk, status=422, error=_(
            "The copy you answered for is no longer kept (it was numbered already, or waited "
            "too long): fill the form and choose the original again."))
    seen = copy_confirm.pages_seen(form)  # a scan's pages she saw read before she confirmed
    form = sent
    keys += copy_sent.keys_of(form)
    data = copy_data(form)
    shown: dict[str, Any] = {"values": data, "chosen": chosen(form)}
    try:
        ban_sao = api.parse_copy_spec(data)
    except SpecError as e:
        return _page(request, clerk, status=422, problems=e.problems, **shown)
    allocate = form.get("cap_so") == "1" and clerk.may("cap_so")
    held = ""
    try:
        if question := await copy_asks.asked(request, clerk, form, ban_sao, allocate):
            return question  # no number taken before she answers
        # a scan's TRÍCH SAO: shown, its number taken once she confirms (copy_confirm)
        held = await copy_confirm.hold(request, clerk, form, ban_sao.hinh_thuc, allocate)
        original = upload(form, "tep", (".docx", ".pdf", *WORD_FILES))
        assert original is not None
        cert_file = upload(form, "chung_thu", (".p12", ".pfx"), required=False)
        cert = await certificate(cert_file) if cert_file is not None else None
        password = str(form.get("mat_khau") or "") or None
        target = ".pdf" if (Path(original.filename or "").suffix.lower() == ".pdf"
                            or form.get("dang") == "pdf" or cert) else ".docx"
        with private_folder() as folder:
            source = await save(original, folder, d.config.max_upload)

            stem = Path(original.filename or "van-ban").stem
            keep: dict[str, Any] = {"shown": shown, "stem": stem, "target": target,
                    "hinh_thuc": ban_sao.hinh_thuc}

            def work(kept: Path) -> tuple[Any, bytes]:
                today = date.today()
                if held and (pages := copy_confirm.read_by_ocr(kept / source.name)):
                    keep["confirm"], keep["pages"] = held, pages  # shown, not yet numbered
                else:
                    copy_confirm.let_go(d, held, clerk.name)
                number = allocate and not keep.get("confirm")
                with contextlib.ExitStack() as stack:
                    where = kept
                    if number:  # a numbered copy is kept where the desk keeps what it
                        # issues before the register records it, so its line opens it
                        where = stack.enter_context(issued.keeping(
                            d.config, ban_sao.ngay.year if ban_sao.ngay else today.year))
                    out = where / (f"ban-sao-{source.stem}-{uuid.uuid4().hex[:8]}{target}"
                                   if number else f"ban-sao-{source.stem}{target}")
                    made = api.copy_document(
                        kept / source.name, ban_sao, out, today=today,
                        trich=str(form.get("trich") or "").strip() or None,
                        dien_tu=form.get("dien_tu") == "1", sign=cert, sign_pass=password,
                        allocate=number, db=d.config.register_db, issued_only=True)
                    return made, out.read_bytes()

            reading = await d.readings.read(
                clerk.name, "sao", source.name, folder, work,
                lambda done: f"/sao/ket-qua/{done.id}", said=_said, keep=keep)
            if reading.is_job:  # a TRÍCH SAO of a scan: its page, while Tesseract reads it
                return RedirectResponse(f"/doc/{reading.id}", status_code=303)
            made, copied = reading.value()
    except (UploadError, DocgenError) as e:
        copy_confirm.let_go(d, held, clerk.name)  # told; her form is shown again
        return _page(request, clerk, status=422, error=_said(e), **shown)
    name = copy_name(ban_sao.hinh_thuc, made.so_hieu or "", stem, target)
    download = d.results.add(Result(clerk.name, name, MEDIA[target], copied))
    if made.so_hieu and allocate:
        copy_sent.SENT.keep(keys, copy_sent.Sent(clerk.name, made, download, source.name, shown))
    return await _made(request, clerk, made, copied, download, source.name, shown,
                       scanned=seen or keep.get("pages", 0),
                       confirm=copy_confirm.waiting(request, clerk, keep))


async def _again(request: Request, clerk: Clerk, again: copy_sent.Sent) -> Response:
    """The numbered copy a form sent again had made, as its page showed it."""
    result = desk(request).results.get(again.download, clerk.name)
    if result is None:
        return _page(request, clerk, error=_(
            "This form made copy number {number} already, and no second number was taken; "
            "its file is no longer kept here: find it in the sổ").format(
                number=again.made.so_hieu), **again.shown)
    return await _made(request, clerk, again.made, result.data, again.download, again.source,
                       again.shown)


def _said(error: DocgenError) -> str:
    """A copy's error in the form's words: the parts to keep, or the form of copy, at its
    label."""
    return labels.field_error(error) if isinstance(error, FieldError) else told_error(error)


async def _made(request: Request, clerk: Clerk, made: Any, copied: bytes, download: str,
                source: str, shown: dict[str, Any], scanned: int = 0,
                confirm: str = "") -> Response:
    """The copy form with the copy's pages beside it and its download; of an original read
    by OCR (``scanned``: its pages read so), what reading it left to check told apart, open,
    for the văn thư to hold against the paper before the copy is signed and sent."""
    key, pages, why = await desk(request).previews.pages_or_why(copied)
    # no number typed nor taken: its Số line is blank, which a copy sent must not be
    unnumbered = not made.so_hieu and (shown.get("values") or {}).get("so") is None \
        and not confirm
    read = [labels.note_about(source, w, original=True)  # the form is the copy's
            for w in made.result.warnings]
    return _page(request, clerk, key=key, count=len(pages), download=download,
                 number=made.so_hieu or "", unnumbered=unnumbered, scanned=scanned,
                 read_by_ocr=read if scanned else [], confirm=confirm,
                 warnings=_of_the_form(shown) + ([] if scanned else read)
                 + ([why] if why else []), **shown)


def _of_the_form(shown: dict[str, Any]) -> list[str]:
    """What the copy's own block departs from the decree in (the signer's sample name, a
    recipient cut at a comma), as ``copy`` warns of its spec, at the form's labels."""
    with contextlib.suppress(SpecError):
        ban_sao = api.parse_copy_spec(shown.get("values") or {})
        return [labels.named_warning(w) for w in api.copy_spec_warnings(ban_sao)]
    return []


@view("sao")
async def made(request: Request, clerk: Clerk) -> Response:
    """Where a copy read as a job lands: the form as she filled it, with the copy."""
    d = desk(request)
    reading = d.readings.get(request.path_params["reading"], clerk.name)
    if reading is None or reading.job != "sao":
        return missing(request, clerk)
    if reading.state != "done":
        return RedirectResponse(f"/doc/{reading.id}", status_code=303)
    made, copied = reading.result
    keep = reading.keep
    confirmed = str(keep.get("confirm") or "")
    numbered = copy_sent.SENT.get(copy_sent.keys_of(FormData([("giu", confirmed)])),
                                  clerk.name) if confirmed else None
    if numbered is not None:  # confirmed since: the copy as numbered, not the one read first
        return await _again(request, clerk, numbered)
    if d.results.get(keep.get("download", ""), clerk.name) is None:  # none yet, or pushed
        # out by newer ones; a reading kept from before its form was kept is a “ban-sao-…”
        name = copy_name(keep.get("hinh_thuc", ""), made.so_hieu or "",
                         keep.get("stem", "van-ban"), keep["target"])
        keep["download"] = d.results.add(Result(clerk.name, name, MEDIA[keep["target"]],
                                                copied))
    return await _made(request, clerk, made, copied, keep["download"], reading.name,
                       keep["shown"], scanned=reading.pages,
                       confirm=copy_confirm.waiting(request, clerk, keep))


@view("sao")
async def went_back(request: Request, clerk: Clerk) -> Response:
    """The form of a copy she went back from before it was numbered, as she filled it."""
    kept = copy_asks.kept_form(request, clerk)
    if kept is None:
        return RedirectResponse("/sao", status_code=303)
    return _page(request, clerk, values=copy_data(kept), chosen=chosen(kept))


@view("sao")
async def question(request: Request, clerk: Clerk) -> Response:
    """The question asked before a copy takes its number; once it has taken it, the copy as
    its page showed it (the browser's back button after the answer); never kept by the
    browser."""
    key = request.path_params["key"]
    page = copy_asks.question(request, clerk, key)
    if page is None:
        again = copy_sent.SENT.get(copy_sent.keys_of(FormData([("giu", key)])), clerk.name)
        if again is None:  # let go of before her answer: its form, as went_back gives it
            return RedirectResponse(f"/sao/giu/{key}", status_code=303)
        page = await _again(request, clerk, again)
    page.headers["Cache-Control"] = "no-store"
    return page


ROUTES = [Route("/sao", index), Route("/sao", make, methods=["POST"]),
          Route("/sao/ket-qua/{reading}", made), Route("/sao/giu/{key}", went_back),
          Route("/sao/hoi/{key}", question)]
