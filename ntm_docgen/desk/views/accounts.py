"""Signing in and out, and the accounts of an office desk (quản trị only)."""

from __future__ import annotations

from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ntm_docgen.desk import passwords
from ntm_docgen.desk.accounts import MIN_PASSWORD
from ntm_docgen.desk.config import ROLES, role_refusal
from ntm_docgen.desk.web import (
    COOKIE,
    Clerk,
    action,
    desk,
    refuse,
    set_cookie,
    start_session,
    view,
)
from ntm_docgen.i18n import N_, _

ROLE_NAMES = {"van_thu": N_("Văn thư"), "chuyen_vien": N_("Chuyên viên"),
              "quan_tri": N_("Administrator")}
#: What each role may do, said beside it where the administrator gives it.
ROLE_RIGHTS = {
    "van_thu": N_("issues letters with their numbers, copies, keeps the register; sees every "
                  "draft"),
    "chuyen_vien": N_("drafts letters, bulk and implementing letters, checks; the văn thư "
                      "issues them"),
    "quan_tri": N_("adds and removes accounts"),
}


async def login_page(request: Request) -> Response:
    d = desk(request)
    d.speak()
    if not d.config.office:
        return RedirectResponse("/", status_code=303)
    clerk = d.clerk(request)
    secret = None
    if clerk is None:  # a session before sign-in, for the form's CSRF token
        secret, session = d.state.new_session(None)
        clerk = Clerk("", "", frozenset(), session, False)
    response = d.page(request, "login.html", clerk, error="", name="",
                      next=_next(request.query_params.get("next")))
    if secret is not None:
        set_cookie(response, secret)
    return response


def _next(target: str | None) -> str:
    return target if target and target.startswith("/") and not target.startswith("//") else "/"


@action(signed_in=False)
async def login(request: Request, clerk: Clerk, form: FormData) -> Response:
    d = desk(request)
    name = str(form.get("ten") or "").strip()
    password = str(form.get("mat_khau") or "")
    found = d.state.user_with_hash(name)
    ok = found is not None and await run_in_threadpool(passwords.verify, found[1], password)
    if not ok:
        return d.page(request, "login.html", clerk, status=401, next=_next(
            str(form.get("next") or "")), name=name, error=_(
                "The name or the password is wrong. Check that Caps Lock is off and that the "
                "Vietnamese keyboard (Unikey, EVKey) is switched to English while you type the "
                "password; if you have forgotten it, ask the desk's administrator to set a "
                "new one."))
    d.state.end_session(clerk.session.token)
    response = RedirectResponse(_next(str(form.get("next") or "")), status_code=303)
    start_session(response, d.state, name)
    return response


@action()
async def logout(request: Request, clerk: Clerk, form: FormData) -> Response:
    d = desk(request)
    d.state.end_session(clerk.session.token)
    response = RedirectResponse("/dang-nhap" if d.config.office else "/", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


def _one_computer(request: Request, clerk: Clerk, sent: bool = False) -> Response | None:
    """On one computer, where there are no accounts: what the page is there instead (and,
    for a form sent to it, that nothing was saved); None in an office, whose rights the
    caller checks."""
    d = desk(request)
    if d.config.office:
        return None
    return d.page(request, "accounts_local.html", clerk, status=409 if sent else 200,
                  sent=sent)


def _admin(request: Request, clerk: Clerk, sent: bool = False) -> Response | None:
    """None when ``clerk`` may manage the accounts; else the answer."""
    if (told := _one_computer(request, clerk, sent)) is not None:
        return told
    if not clerk.may("tai_khoan"):
        return refuse(request, clerk, 403, role_refusal("tai_khoan"))
    return None


@view()
async def accounts(request: Request, clerk: Clerk) -> Response:
    if (told := _admin(request, clerk)) is not None:
        return told
    d = desk(request)
    return d.page(request, "accounts.html", clerk, users=d.state.users(), roles=ROLES,
                  role_names=ROLE_NAMES, role_rights=ROLE_RIGHTS, error="",
                  given={"ten": "", "ho_ten": "", "vai_tro": ()})


@action()
async def save_account(request: Request, clerk: Clerk, form: FormData) -> Response:
    if (told := _admin(request, clerk, sent=True)) is not None:
        return told
    d = desk(request)
    name = str(form.get("ten") or "").strip()
    roles = tuple(r for r in form.getlist("vai_tro") if r in ROLES)
    password = str(form.get("mat_khau") or "")
    error = ""
    if not name:
        error = _("Type the account's login name.")
    elif not name.replace(".", "").replace("_", "").isalnum():
        error = _("A login name is letters and digits (a dot or _ allowed).")
    elif not roles:
        error = _("Give the account at least one role.")
    elif d.state.user(name) is None and len(password) < MIN_PASSWORD:
        error = _("A new account needs a password of at least 10 characters.")
    elif password and len(password) < MIN_PASSWORD:
        error = _("A password has at least 10 characters.")
    if error:
        return d.page(request, "accounts.html", clerk, status=422, users=d.state.users(),
                      roles=ROLES, role_names=ROLE_NAMES, role_rights=ROLE_RIGHTS, error=error,
                      given={"ten": name, "ho_ten": str(form.get("ho_ten") or ""),
                             "vai_tro": roles})
    found = d.state.user_with_hash(name)
    hashed = (await run_in_threadpool(passwords.hash_password, password) if password
              else found[1] if found else "")
    d.state.add_user(name, str(form.get("ho_ten") or "").strip(), roles, hashed)
    return RedirectResponse("/tai-khoan", status_code=303)


@view()
async def confirm_removal(request: Request, clerk: Clerk) -> Response:
    """Asked before an account is removed: whose it is and what removing it does; a form of
    its own, so that it works without JavaScript."""
    if (told := _admin(request, clerk)) is not None:
        return told
    d = desk(request)
    user = d.state.user(request.path_params["name"])
    if user is None or user.name == clerk.name:
        return RedirectResponse("/tai-khoan", status_code=303)
    who = f"{user.name} ({user.full_name})" if user.full_name else user.name
    return d.page(request, "confirm.html", clerk,
                  question=_("Remove the account {name}?").format(name=who),
                  explained=[_("{name} will no longer be able to sign in, and is signed out now "
                               "if signed in.").format(name=user.full_name or user.name),
                             _("Drafts already written and the register's entries stay; to let "
                               "this person in again, add the account again.")],
                  action=f"/tai-khoan/{quote(user.name)}/xoa", confirm=_("Remove the account"),
                  back="/tai-khoan", keep=_("Keep it"))


@action()
async def remove_account(request: Request, clerk: Clerk, form: FormData) -> Response:
    """The account removed once the question is answered; a removal sent without it (a form
    of an earlier page) is asked first."""
    if (told := _admin(request, clerk, sent=True)) is not None:
        return told
    d = desk(request)
    name = request.path_params["name"]
    if form.get("xac_nhan") != "1":
        return RedirectResponse(f"/tai-khoan/{quote(name)}/xoa", status_code=303)
    if name != clerk.name:
        d.state.remove_user(name)
    return RedirectResponse("/tai-khoan", status_code=303)


ROUTES = [
    Route("/dang-nhap", login_page),
    Route("/dang-nhap", login, methods=["POST"]),
    Route("/dang-xuat", logout, methods=["POST"]),
    Route("/tai-khoan", accounts),
    Route("/tai-khoan", save_account, methods=["POST"]),
    Route("/tai-khoan/{name}/xoa", confirm_removal),
    Route("/tai-khoan/{name}/xoa", remove_account, methods=["POST"]),
]
