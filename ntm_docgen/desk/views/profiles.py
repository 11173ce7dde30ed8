"""Hồ sơ cơ quan: a clerk's own issuer profiles (issuer, place, signer, drafting unit), kept on
the desk and offered by Soạn văn bản and Văn bản thực hiện beside the shipped ones."""

from __future__ import annotations

from datetime import date
from typing import Any

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ntm_docgen import api
from ntm_docgen.derive.rules import HAI_CAP
from ntm_docgen.desk import drafts, forms
from ntm_docgen.desk.state import SavedProfile
from ntm_docgen.desk.web import Clerk, action, desk, refuse, view
from ntm_docgen.errors import Problem, SpecError
from ntm_docgen.i18n import _

#: The value a saved profile has in the pickers (shipped profiles go by their file name).
SAVED = "rieng:"
#: The page a clerk who came to save her body from the implementing letter's page goes back to,
#: her body chosen there (``?ve=thuc-hien``): no other address is followed.
BACK_TO = "thuc-hien"
#: Levels of an issuer (contract §5), as the picker names them.
CAP = ("tỉnh", "xã", "phường", "đặc khu", "huyện", "thị trấn")


def chosen(clerk: Clerk, request: Request, value: str) -> dict[str, Any] | None:
    """The profile a picker's ``value`` names: one of those offered to the clerk (``offered``),
    or a shipped one."""
    if value.startswith(SAVED):
        wanted = value.removeprefix(SAVED)
        return next((p.data for p in offered(request, clerk) if p.id == wanted), None)
    return api.profiles().get(value)


def offered(request: Request, clerk: Clerk) -> list[SavedProfile]:
    """The issuers a new letter may start from: her own, then, in an office, the office's: those
    a văn thư saved (a chuyên viên's letters start from the body and signer the văn thư set on
    the first morning, not from a shipped province's, nor from the body typed again)."""
    d = desk(request)
    mine = own(request, clerk)
    if not d.config.office:
        return mine
    names = {p.name for p in mine}
    every = list(mine)
    for user in d.state.users():
        if "van_thu" not in user.roles or user.name == clerk.name:
            continue
        for profile in d.state.profiles(user.name):
            if profile.name not in names:  # one issuer saved by two văn thư: offered once
                names.add(profile.name)
                every.append(profile)
    return every


def own(request: Request, clerk: Clerk) -> list[SavedProfile]:
    return desk(request).state.profiles(clerk.name)


def _mine(request: Request, clerk: Clerk) -> SavedProfile | None:
    found = desk(request).state.profile(request.path_params["profile"])
    return found if found is not None and found.owner == clerk.name else None


def _form(request: Request, clerk: Clerk, data: dict[str, Any], *, profile_id: str = "",
          problems: list | None = None, status: int = 200, back: str = "") -> Response:
    return desk(request).page(request, "profile.html", clerk, status=status,
                              v=forms.profile_values(data), profile_id=profile_id, cap=CAP,
                              back=back if back == BACK_TO else "",
                              checked=drafts.Checked(data, problems or []),
                              quyen_han=("TM.", "KT.", "TL.", "TUQ.", "Q."))


def _level_today(data: dict[str, Any]) -> list[Problem]:
    """A level the desk's letters, dated today, cannot name: the profile read as derive reads
    one issuing from today (a huyện or a thị trấn is no more after 1 July 2025), or from its
    last day when it ends before then (``den_ngay``: a huyện's letters of its time), told at
    the level's field in the clerk's words; [] if it may issue then."""
    last = data.get("den_ngay")  # an office of before the two levels, saved with its end
    day = last if isinstance(last, date) and last < HAI_CAP else date.today()
    if not any(p.path == "cap" for p in api.profile_problems({**data, "tu_ngay": day})):
        return []
    became = (_("a thị trấn is now a xã, or part of one") if data.get("cap") == "thị trấn" else
              _("a huyện's communes now report to the tỉnh"))
    return [Problem("cap", _(
        "there is no {level} level on a letter dated from {since}: local government has two "
        "levels, tỉnh and xã, and a letter dated today names tỉnh, xã, phường or đặc khu; "
        "choose one of them in “Level” ({became})").format(
            level=data.get("cap"), since=HAI_CAP.strftime("%d/%m/%Y"), became=became))]


def level_gone(error: SpecError, chosen: dict[str, Any] | None, day: date) -> str:
    """A saved issuer whose level there is not on the new letter's date (a thị trấn saved
    before the desk told it at save), told in the implementing letter's page's words, its
    profile by name and not by the file derive reads; '' for any other error."""
    if chosen is None or not any(p.path == "cap" for p in error.problems):
        return ""
    return _("Your issuer “{name}” is saved with the level {level}, which there is not on "
             "{date}: local government has two levels, tỉnh and xã, from {since}. Open it in "
             "“Your issuers”, choose tỉnh, xã, phường or đặc khu in “Level” and save it; or "
             "set “{date_field}” before {since}.").format(
        name=chosen.get("ten_goi") or "", level=chosen.get("cap") or "",
        date=day.strftime("%d/%m/%Y"), since=HAI_CAP.strftime("%d/%m/%Y"),
        date_field=_("Date of the new letter"))


@view("soan")
async def index(request: Request, clerk: Clerk) -> Response:
    return desk(request).page(request, "profiles.html", clerk, saved=own(request, clerk))


@view("soan")
async def new(request: Request, clerk: Clerk) -> Response:
    """An empty profile form, or one filled from a draft's issuer and signer (``?tu=ID``)."""
    data: dict[str, Any] = {"cap": "tỉnh"}
    source = request.query_params.get("tu")
    if source:
        draft = desk(request).state.draft(source)
        if draft is not None and (draft.owner == clerk.name or clerk.may("cap_so")):
            data.update({k: draft.data[k] for k in ("co_quan", "dia_danh", "don_vi", "ky")
                         if k in draft.data})
    return _form(request, clerk, data, back=request.query_params.get("ve", ""))


async def _save(request: Request, clerk: Clerk, form: FormData,
                profile_id: str | None) -> Response:
    d = desk(request)
    before = d.state.profile(profile_id).data if profile_id else {}  # type: ignore[union-attr]
    data = forms.profile_from_form(form, before)
    problems = api.profile_problems(data) or _level_today(data)
    back = str(form.get("ve") or "")
    if problems:
        return _form(request, clerk, data, profile_id=profile_id or "", problems=problems,
                     status=422, back=back)
    saved = d.state.save_profile(clerk.name, data, profile_id)
    if back == BACK_TO:  # back where she was going, her body chosen
        return RedirectResponse(f"/thuc-hien?ho_so={SAVED}{saved}&da-luu=1", status_code=303)
    return RedirectResponse("/ho-so?da-luu=1", status_code=303)


@action("soan")
async def create(request: Request, clerk: Clerk, form: FormData) -> Response:
    return await _save(request, clerk, form, None)


@view("soan")
async def edit(request: Request, clerk: Clerk) -> Response:
    found = _mine(request, clerk)
    if found is None:
        return refuse(request, clerk, 404, _("This profile does not exist, or it is not yours."))
    return _form(request, clerk, found.data, profile_id=found.id)


@action("soan")
async def update(request: Request, clerk: Clerk, form: FormData) -> Response:
    found = _mine(request, clerk)
    if found is None:
        return refuse(request, clerk, 404, _("This profile does not exist, or it is not yours."))
    return await _save(request, clerk, form, found.id)


@view("soan")
async def confirm_removal(request: Request, clerk: Clerk) -> Response:
    """Asked before a saved issuer is deleted, on a page of its own (no script)."""
    found = _mine(request, clerk)
    if found is None:
        return refuse(request, clerk, 404, _("This profile does not exist, or it is not yours."))
    return desk(request).page(
        request, "confirm.html", clerk,
        question=_("Delete the saved issuer “{name}”?").format(name=found.name),
        explained=[_("New letters no longer offer it; letters already written with it keep "
                     "what it filled in.")],
        action=f"/ho-so/{found.id}/xoa", confirm=_("Delete the issuer"), back="/ho-so",
        keep=_("Keep it"))


@action("soan")
async def remove(request: Request, clerk: Clerk, form: FormData) -> Response:
    """The issuer deleted once the question is answered; asked first otherwise."""
    found = _mine(request, clerk)
    if found is None:
        return refuse(request, clerk, 404, _("This profile does not exist, or it is not yours."))
    if form.get("xac_nhan") != "1":
        return RedirectResponse(f"/ho-so/{found.id}/xoa", status_code=303)
    desk(request).state.delete_profile(found.id)
    return RedirectResponse("/ho-so", status_code=303)


ROUTES = [
    Route("/ho-so", index),
    Route("/ho-so/moi", new),
    Route("/ho-so/moi", create, methods=["POST"]),
    Route("/ho-so/{profile}", edit),
    Route("/ho-so/{profile}", update, methods=["POST"]),
    Route("/ho-so/{profile}/xoa", confirm_removal),
    Route("/ho-so/{profile}/xoa", remove, methods=["POST"]),
]
