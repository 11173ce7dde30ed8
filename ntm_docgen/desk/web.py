"""What every view shares: the templates, who is asking (session, rights), and the guard that
every state-changing request passes (sign-in, right, CSRF token, upload limits)."""

from __future__ import annotations

import functools
import hashlib
import hmac
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from ntm_docgen import __version__
from ntm_docgen.desk import labels, records
from ntm_docgen.desk.bodylimit import BodyTooLarge, too_big, too_big_message
from ntm_docgen.desk.config import LOCAL_RIGHTS, RIGHTS, DeskConfig, role_refusal
from ntm_docgen.desk.pdfnotice import font_notice
from ntm_docgen.desk.retold import told_error
from ntm_docgen.desk.state import LOCAL_USER, Session, State, User
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import _, language, ngettext, set_language

HERE = Path(__file__).resolve().parent
COOKIE = "ntm_desk"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


def stamp(name: str) -> str:
    """What a static file's address carries after ``?v=``: its content's digest, so that a
    browser holding an earlier desk.css or desk.js asks for the new one after an update
    (the package's version stays the same between releases)."""
    return _STAMPS.setdefault(name, hashlib.sha256((HERE / "static" / name).read_bytes())
                              .hexdigest()[:12])


_STAMPS: dict[str, str] = {}


def environment() -> jinja2.Environment:
    """The templates: autoescape on, a missing value an error, messages through the catalogs."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=jinja2.select_autoescape(["html"], default=True),
        undefined=jinja2.StrictUndefined, extensions=["jinja2.ext.i18n"],
        trim_blocks=True, lstrip_blocks=True)
    env.install_gettext_callables(gettext=_, ngettext=ngettext, newstyle=False)  # type: ignore[attr-defined]
    env.globals["version"] = __version__
    env.globals["stamp"] = stamp
    env.globals.update(said=labels.said, named=labels.named, named_warning=labels.named_warning,
                       font_notice=font_notice, profile_label=labels.profile_label,
                       apart=records.apart)
    return env


@dataclass(frozen=True)
class Clerk:
    """Who is at the desk: the account (or this computer's one user) and what it may do."""

    name: str
    full_name: str
    rights: frozenset[str]
    session: Session
    signed_in: bool

    def may(self, right: str) -> bool:
        return right in self.rights


def desk(request: Request) -> Desk:
    return request.app.state.desk  # type: ignore[no-any-return]


class Desk:
    """The running desk: its configuration, state and templates."""

    def __init__(self, config: DeskConfig, state: State) -> None:
        from ntm_docgen.desk.config import slots
        from ntm_docgen.desk.issued import bulk_root
        from ntm_docgen.desk.jobs import Jobs
        from ntm_docgen.desk.kept import InDatabase
        from ntm_docgen.desk.previews import Previews
        from ntm_docgen.desk.reading import Readings, ocr_slots
        from ntm_docgen.desk.results import Results

        self.config = config
        self.state = state
        self.templates = environment()
        self.previews = Previews()
        self.results = Results(keep_bytes=config.keep_download_bytes)
        #: drafts whose number is being taken (a second press of Phát hành is refused)
        self.issuing: set[str] = set()
        self.jobs = Jobs(bulk_root(config), config.bulk_jobs or slots(
            "NTM_DOCGEN_DESK_BULK_JOBS"), lang=config.lang)
        # kept across a restart: on one computer in ``doc/`` of the data folder, in an office
        # in its database (the server's disk keeps none)
        self.readings = Readings(config.ocr_jobs or ocr_slots(), config.lang,
                                 home=None if config.office else config.home / "doc",
                                 store=InDatabase(state.engine) if config.office else None,
                                 keep_count=config.keep_readings,
                                 keep_bytes=config.keep_reading_bytes)

    def speak(self) -> None:
        """Use the desk's language for this request."""
        set_language(self.config.lang)

    def clerk(self, request: Request) -> Clerk | None:
        """The clerk of this request's session, or None (no session, or signed out)."""
        secret = request.cookies.get(COOKIE)
        session = self.state.session(secret) if secret else None
        if session is None:
            return None
        if not self.config.office:
            return Clerk(LOCAL_USER, "", frozenset(LOCAL_RIGHTS), session, True)
        user = self.state.user(session.user) if session.user else None
        if user is None:
            return Clerk("", "", frozenset(), session, False)
        return _clerk(user, session)

    def page(self, request: Request, template: str, clerk: Clerk | None, *,
             status: int = 200, **context: Any) -> HTMLResponse:
        html = self.templates.get_template(template).render(
            request=request, clerk=clerk, office=self.config.office, lang=language(),
            csrf=clerk.session.csrf if clerk else "",
            reading_now=told_apart(self._readings_now(request, clerk)), **context)
        return HTMLResponse(html, status_code=status)

    def _readings_now(self, request: Request, clerk: Clerk | None) -> list[Any]:
        """The clerk's readings for the line at the top of the page: those she has not been
        taken from; one that finished and made this very page is hers now (she opened it from
        elsewhere: the list of drafts, the browser's history), and the line forgets it."""
        if clerk is None:
            return []
        shown = []
        for r in self.readings.of(clerk.name):
            if r.state == "done" and r.landing and urlsplit(r.landing).path == request.url.path:
                self.readings.saw(r)
            else:
                shown.append(r)
        return shown


def told_apart(readings: list[Any]) -> list[tuple[Any, str]]:
    """Each reading of the bar with the name it is shown by: its file's, and where two share
    it (the same file given twice, a button pressed twice), their order besides, when each
    was given (with the day if not today) and its pages.

    >>> from types import SimpleNamespace as R
    >>> [n for _, n in told_apart([R(name="a.pdf", started=0, pages=2)])]
    ['a.pdf']
    """
    names = Counter(r.name for r in readings)
    seen: Counter[str] = Counter()
    shown = []
    for r in sorted(readings, key=lambda r: r.started):
        if names[r.name] < 2:
            shown.append((r, r.name))
            continue
        seen[r.name] += 1
        when = datetime.fromtimestamp(r.started)
        at = when.strftime("%H:%M" if when.date() == date.today() else "%H:%M %d/%m")
        shown.append((r, ngettext("{name} (upload {number}, at {time}, {count} page)",
                                  "{name} (upload {number}, at {time}, {count} pages)",
                                  r.pages).format(name=r.name, number=seen[r.name], time=at,
                                                  count=r.pages)))
    return shown


def _clerk(user: User, session: Session) -> Clerk:
    rights: set[str] = set()
    for role in user.roles:
        rights |= RIGHTS.get(role, set())
    return Clerk(user.name, user.full_name, frozenset(rights), session, True)


def start_session(response: Response, state: State, user: str | None) -> Session:
    """A new session for ``user`` (None: before sign-in), its cookie set on ``response``."""
    secret, session = state.new_session(user)
    set_cookie(response, secret)
    return session


def set_cookie(response: Response, secret: str) -> None:
    response.set_cookie(COOKIE, secret, httponly=True, samesite="strict", path="/")


View = Callable[..., Awaitable[Response]]


def refuse(request: Request, clerk: Clerk | None, status: int,
           message: str | DocgenError, back: str = "") -> Response:
    """A refusal as a page (or, for htmx, as the fragment shown where the answer goes); an
    error of the library in the desk's words where it speaks of the command line; ``back``:
    the letter's page, to go back to it."""
    d = desk(request)
    if isinstance(message, DocgenError):
        message = told_error(message)
    if request.headers.get("hx-request"):
        return d.page(request, "_refusal.html", clerk, status=status, message=message,
                      back=back)
    return d.page(request, "refusal.html", clerk, status=status, message=message, back=back)


def _guarded(clerk: Clerk | None, need: str | None, request: Request) -> Response | None:
    """The answer when ``clerk`` may not do ``need`` here (None: go ahead)."""
    d = desk(request)
    if clerk is None or not clerk.signed_in:
        if d.config.office:
            if request.method == "GET" and not request.headers.get("hx-request"):
                return RedirectResponse(f"/dang-nhap?next={request.url.path}", status_code=303)
            return refuse(request, clerk, 401, _("Sign in first: your session has ended."))
        return None  # one computer: a session is started on the way
    if need and not clerk.may(need):
        return refuse(request, clerk, 403, role_refusal(need))
    return None


def view(need: str | None = None) -> Callable[[View], View]:
    """A page (GET): the clerk is looked up (one computer: a session started), rights checked."""

    def wrap(func: View) -> View:
        @functools.wraps(func)
        async def run(request: Request) -> Response:
            d = desk(request)
            d.speak()
            clerk = d.clerk(request)
            refusal = _guarded(clerk, need, request)
            if refusal is not None:
                return refusal
            secret = None
            if clerk is None:  # one computer, first visit
                secret, session = d.state.new_session(None)
                clerk = Clerk(LOCAL_USER, "", frozenset(LOCAL_RIGHTS), session, True)
            response = await func(request, clerk)
            if secret is not None:
                set_cookie(response, secret)
            return response

        run.state_changing = False  # type: ignore[attr-defined]
        return run

    return wrap


def action(need: str | None = None, *, signed_in: bool = True) -> Callable[[View], View]:
    """A state-changing request (POST): signed in, allowed, its CSRF token matching the
    session's, its uploads within the limits; the view gets the parsed form."""

    def wrap(func: View) -> View:
        @functools.wraps(func)
        async def run(request: Request) -> Response:
            d = desk(request)
            d.speak()
            clerk = d.clerk(request)
            if signed_in:
                refusal = _guarded(clerk, need, request)
                if refusal is not None:
                    return refusal
            oversized = too_big(request, d.config.max_upload)
            if oversized is not None:
                return refuse(request, clerk, 413, oversized)
            try:
                form = await request.form(max_files=20, max_fields=5000,
                                          max_part_size=2 * 1024 * 1024)
            except BodyTooLarge:
                return refuse(request, clerk, 413, too_big_message(d.config.max_upload))
            except HTTPException:
                return refuse(request, clerk, 400, _("The form could not be read; reload the "
                                                     "page and send it again."))
            try:
                if clerk is None or not _csrf_ok(request, form, clerk.session):
                    return refuse(request, clerk, 403, _(
                        "This request was refused: the page it came from is out of date or "
                        "not from this desk. Reload the page and try again."))
                return await func(request, clerk, form)
            finally:
                await form.close()

        run.state_changing = True  # type: ignore[attr-defined]
        return run

    return wrap


def _csrf_ok(request: Request, form: FormData, session: Session) -> bool:
    given = request.headers.get(CSRF_HEADER) or form.get(CSRF_FIELD) or ""
    return isinstance(given, str) and bool(given) and hmac.compare_digest(given, session.csrf)
