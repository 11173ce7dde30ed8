"""Văn bản thực hiện: from a guidance sent from above, the local letter, opened in the editor."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ntm_docgen import api
from ntm_docgen.desk import labels
from ntm_docgen.desk.filekinds import IMAGES
from ntm_docgen.desk.retold import told_error
from ntm_docgen.desk.uploads import (
    WORD_FILES,
    UploadError,
    as_uploaded,
    private_folder,
    save,
    upload,
)
from ntm_docgen.desk.views import derive_notes, guidance, profiles, readnotes
from ntm_docgen.desk.views.derive_life import out_of_life, span
from ntm_docgen.desk.views.derive_notes import notes as _notes
from ntm_docgen.desk.web import Clerk, action, desk, view
from ntm_docgen.errors import DocgenError, SpecError
from ntm_docgen.i18n import N_, _

FORM_NAMES = {"cong-van": N_("Công văn"), "huong-dan": N_("Hướng dẫn"),
              "ke-hoach": N_("Kế hoạch")}

#: The fields of the page given back as typed after an error (a file has to be chosen again).
GIVEN = ("ho_so", "hinh_thuc", "ngay", "han")
#: The cookie that keeps the profile a clerk last derived with, chosen again on her next visit.
LAST_PROFILE = "thuc_hien_ho_so"


def _page(request: Request, clerk: Clerk, *, status: int = 200, error: str = "",
          form: FormData | None = None) -> Response:
    """The page; after an error, with what the clerk chose and typed (``form``) kept."""
    given: dict[str, str | None] = {key: str(form.get(key) or "") if form is not None else ""
                                    for key in GIVEN}
    sent = form.get("tep") if form is not None else None  # named: a browser keeps no file sent
    given["tep"] = unicodedata.normalize("NFC", sent.filename or "") \
        if isinstance(sent, UploadFile) else ""
    shipped = api.profiles()
    saved = profiles.offered(request, clerk)
    if form is None:
        given["ngay"] = None  # today's date is offered
        # the profile she last derived with, else her first saved issuer, else none: a clerk
        # who did not choose would get another body's letter (the first example shipped, a
        # province not hers)
        last = request.query_params.get("ho_so") or request.cookies.get(LAST_PROFILE, "")
        if last and profiles.chosen(clerk, request, last) is not None:
            given["ho_so"] = last  # just saved on “Your issuer”, else the one she last used
        elif saved:  # her own body, as a new letter starts with it
            given["ho_so"] = f"rieng:{saved[0].id}"
    return desk(request).page(request, "derive.html", clerk, status=status, error=error,
                              given=given, lives={name: span(p) for name, p in shipped.items()},
                              profiles=shipped, saved=saved,
                              forms=api.derive_forms(),
                              form_names=FORM_NAMES, today=date.today().strftime("%d/%m/%Y"),
                              saved_now=form is None and bool(request.query_params.get("da-luu")))


@view("thuc_hien")
async def index(request: Request, clerk: Clerk) -> Response:
    return _page(request, clerk)


def _day(text: object, field: str) -> date | None:
    if not text:
        return None
    try:
        return api.parse_date(str(text))
    except ValueError:
        if year := api.early_year(str(text)):
            raise DocgenError(f"{field}: {year}") from None
        raise DocgenError(_("{field}: that date does not exist; found {value!r}").format(
            field=field, value=str(text))) from None


def _dates(form: FormData) -> tuple[date | None, date | None]:
    """The new letter's date and the deadline; each that is not a date told at once (one a
    send, the guidance chosen again each time, was the page's way)."""
    days: list[date | None] = []
    bad = []
    for key, field in (("ngay", _("Date of the new letter")), ("han", _("Deadline for reports"))):
        try:
            days.append(_day(form.get(key), field))
        except DocgenError as e:
            days.append(None)
            bad.append(labels.sentence(str(e)))
    if bad:
        raise DocgenError(" ".join(bad))
    return days[0], days[1]


@action("thuc_hien")
async def run(request: Request, clerk: Clerk, form: FormData) -> Response:
    d = desk(request)
    mine: dict[str, Any] | None = None  # the profile picked from the list, not uploaded
    ngay: date | None = None
    name = ""
    try:
        item = upload(form, "tep", (".docx", ".txt", ".pdf", *IMAGES, *WORD_FILES, ".yaml",
                                    ".yml", ".json"))
        assert item is not None
        kind = str(form.get("hinh_thuc") or "")
        if kind not in api.derive_forms():
            raise DocgenError(_("Choose the form of the new letter."))
        ngay, han = _dates(form)
        with private_folder() as folder:
            source = await save(item, folder, d.config.max_upload)
            own = upload(form, "ho_so_tep", (".yaml", ".yml"), required=False)
            uploaded = own is not None  # her own file: its warnings name it and its keys
            if own is not None:
                profile = await save(own, folder, d.config.max_upload)
            else:
                name = str(form.get("ho_so") or "")
                mine = profiles.chosen(clerk, request, name)
                if mine is None:
                    raise DocgenError(_("Choose your body in the list “Your body (profile)”; "
                                        "if it is not there, save it with “Save your own "
                                        "issuer and signer” below the list, and it is chosen "
                                        "for you."))
                if name.startswith(profiles.SAVED):
                    profile = folder / "ho-so.json"
                    profile.write_text(api.spec_file_text(mine, profile.name, ""),
                                       encoding="utf-8")
                else:
                    profile = api.profile_path(name)
            shipped = profile.parent != folder

            def work(kept: Path) -> Any:
                result = api.derive_file(kept / source.name,
                                         profile if shipped else kept / profile.name, kind,
                                         today=date.today(), ngay=ngay, han=han)
                # its warnings name the uploads as the clerk knows them, not the server's folder
                result.warnings = [as_uploaded(w, kept) for w in result.warnings]
                # the guidance as read, shown beside the draft for her to hold them together
                return result, guidance.read(kept / source.name, result)

            chosen, day = mine, ngay or date.today()

            def said(error: DocgenError) -> str:
                """A scan's failure in the words this page gives after a request."""
                told = out_of_life(error, chosen, day) if isinstance(error, SpecError) else ""
                return told or told_error(error)

            reading = await d.readings.read(
                clerk.name, "thuc_hien", source.name, folder, work,
                lambda done: _derived(d, clerk.name, done.result, uploaded), said=said)
            if reading.is_job:  # a scan: its page, while Tesseract reads it
                return _remember(RedirectResponse(f"/doc/{reading.id}", status_code=303), name)
            result = reading.value()
    except SpecError as e:
        told = out_of_life(e, mine, ngay or date.today())
        return _page(request, clerk, status=422, error=told or told_error(e), form=form)
    except (UploadError, DocgenError) as e:
        return _page(request, clerk, status=422, error=told_error(e), form=form)
    return _remember(RedirectResponse(_derived(d, clerk.name, result, uploaded),
                                      status_code=303), name)


def _remember(response: Response, name: str) -> Response:
    """The profile chosen from the list (not one uploaded) kept for the clerk's next visit."""
    if name:
        response.set_cookie(LAST_PROFILE, name, max_age=400 * 24 * 3600, httponly=True,
                            samesite="strict", path="/thuc-hien")
    return response


def _derived(d: Any, owner: str, made: tuple[Any, dict[str, Any]], uploaded: bool) -> str:
    """The derived letter as a new draft of ``owner``, what to check noted for its editor
    (``uploaded``: with a profile file of her own) and the guidance read kept beside it; the
    editor's address."""
    result, source = made
    draft = d.state.new_draft(owner, result.spec)
    guidance.keep(d, draft.id, source)
    notes = [_notes(w, uploaded) for w in result.warnings
             if not (derive_notes.furniture(w) or derive_notes.sample_signer(w))]
    readnotes.keep(d, draft.id, notes, result, derived=True)
    return f"/soan/{draft.id}"


ROUTES = [Route("/thuc-hien", index), Route("/thuc-hien", run, methods=["POST"])]
