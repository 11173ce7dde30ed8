"""What Sao văn bản asks before a copy takes its number from the register: its date and
block said as Phát hành says a letter's (``issue_asks.before_copy_number``), and the copy
numbered only once the văn thư has read them and chosen to go on. The form and its files are
kept in memory meanwhile (a browser does not send a file twice), the certificate and its
password never on disk."""

from __future__ import annotations

import io
import threading
import time
import uuid
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, Headers, UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ntm_docgen.desk.uploads import (
    P12_LIMIT,
    WORD_FILES,
    UploadError,
    private_folder,
    read,
    upload,
)
from ntm_docgen.desk.views import issue_asks
from ntm_docgen.desk.web import Clerk, Desk, desk
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import _

#: The copies waiting for a clerk's answer: how many of hers, their bytes, and how long one
#: waits; past her count or bytes her own oldest go first (one clerk's run of copies never
#: pushes out another's), past the desk's bytes the oldest of the clerk keeping the most (she
#: is told to send the form again). A form larger than her bytes alone is not kept.
KEEP = 16
KEEP_BYTES = 128 * 1024 * 1024
KEEP_SECONDS = 30 * 60
#: The bytes kept for all clerks together.
KEEP_ALL_BYTES = 512 * 1024 * 1024
#: The forms let go of, their fields only (no file, no password), to fill the form again.
KEEP_GONE = 256
#: The form's files: the original, and the certificate that signs the copy.
FILES = ("tep", "chung_thu")


@dataclass(frozen=True)
class Waiting:
    """A copy form sent with a number to take, waiting for her answer: whose it is, its
    fields (the password among them, in memory only) and its files (name, bytes)."""

    owner: str
    fields: tuple[tuple[str, str], ...]
    files: tuple[tuple[str, str, bytes], ...]
    at: float
    #: what its question says
    explained: tuple[str, ...] = ()

    def size(self) -> int:
        return sum(len(data) for _field, _name, data in self.files)

    def form(self) -> FormData:
        """The form as she sent it, her answer added."""
        files = [(field, UploadFile(io.BytesIO(data), filename=name, size=len(data),
                                    headers=Headers({"content-type": "application/octet-stream"})))
                 for field, name, data in self.files]
        return FormData([*self.fields, *files, ("xac_nhan", "1")])


class Waitings:
    """The copies waiting for an answer, each by a key that cannot be guessed, taken once."""

    def __init__(self) -> None:
        self._items: OrderedDict[str, Waiting] = OrderedDict()
        #: the forms let go of before her answer, without files or password: whether each
        #: waited past KEEP_SECONDS (else pushed out by newer ones)
        self._gone: OrderedDict[str, tuple[Waiting, bool]] = OrderedDict()
        self._lock = threading.Lock()

    def keep(self, waiting: Waiting) -> str:
        """The key ``waiting`` is kept under, the oldest forms let go past the bounds; an
        UploadError when its files alone are more than a clerk's bytes."""
        if waiting.size() > KEEP_BYTES:
            raise UploadError(_(
                "The original is too large to keep while you answer the question about its "
                "number (more than {size} MB): make the copy without taking a number, or "
                "choose a smaller file.").format(size=max(1, KEEP_BYTES // (1024 * 1024))))
        key = uuid.uuid4().hex
        with self._lock:
            self._items[key] = waiting
            self._let_go(key, waiting.owner)
        return key

    def _let_go(self, key: str, owner: str) -> None:
        """Let go of the forms waited too long, then her oldest past her bounds, then the
        oldest of the clerk keeping the most bytes past the desk's, never ``key``."""
        now = time.monotonic()
        for old in [k for k, w in self._items.items() if w.at < now - KEEP_SECONDS]:
            self._drop(old, waited=True)
        hers = [k for k, w in self._items.items() if w.owner == owner]
        while len(hers) > KEEP or sum(self._items[k].size() for k in hers) > KEEP_BYTES:
            self._drop(hers.pop(0))  # never the one just kept: it fits alone
        while sum(w.size() for w in self._items.values()) > KEEP_ALL_BYTES:
            held: dict[str, int] = {}
            for k, w in self._items.items():
                if k != key:
                    held[w.owner] = held.get(w.owner, 0) + w.size()
            most = max(held, key=lambda o: held[o])
            self._drop(next(k for k, w in self._items.items() if w.owner == most and k != key))

    def _drop(self, key: str, waited: bool = False) -> None:
        """Let go of the form kept under ``key``, keeping its fields (not the password) and
        its files' names, to fill the form again when she answers."""
        w = self._items.pop(key)
        self._gone[key] = (Waiting(w.owner, tuple((k, v) for k, v in w.fields if k != "mat_khau"),
                                   tuple((f, name, b"") for f, name, _d in w.files), w.at), waited)
        while len(self._gone) > KEEP_GONE:
            self._gone.popitem(last=False)

    def gone(self, key: str, owner: str) -> tuple[Waiting, bool] | None:
        """The form let go of under ``key`` for ``owner`` (its fields), and whether it waited
        past the desk's time; None when the desk holds none (or it was answered)."""
        with self._lock:
            if key in self._items and self._found(key, owner) is None \
                    and self._items[key].owner == owner:
                self._drop(key, waited=True)  # waited too long, not yet let go of
            found = self._gone.get(key)
            return found if found is not None and found[0].owner == owner else None

    def peek(self, key: str, owner: str) -> Waiting | None:
        """The copy kept under ``key`` for ``owner``, still kept; None when it is not."""
        with self._lock:
            return self._found(key, owner)

    def take(self, key: str, owner: str) -> Waiting | None:
        """The copy kept under ``key`` for ``owner``, no longer kept; None when it is not."""
        with self._lock:
            found = self._found(key, owner)
            if found is not None:
                del self._items[key]
            return found

    def _found(self, key: str, owner: str) -> Waiting | None:
        found = self._items.get(key)
        if found is None or found.owner != owner or found.at < time.monotonic() - KEEP_SECONDS:
            return None
        return found


_WAITING: weakref.WeakKeyDictionary[Desk, Waitings] = weakref.WeakKeyDictionary()


def waitings(d: Desk) -> Waitings:
    return _WAITING.setdefault(d, Waitings())


async def asked(request: Request, clerk: Clerk, form: FormData, ban_sao: Any,
                allocate: bool) -> Response | None:
    """The question to answer before the copy takes its number, or None: no number to take,
    nothing to ask, or she chose to go on (``xac_nhan``). The files are checked as they are
    read (a wrong kind, too large: the form's own error)."""
    if not allocate or form.get("xac_nhan") == "1":
        return None
    d = desk(request)
    original = upload(form, "tep", (".docx", ".pdf", *WORD_FILES))
    assert original is not None
    data = await read(original, d.config.max_upload)
    await original.seek(0)  # read again by the copy when nothing is asked
    explained = await run_in_threadpool(_before_number, d, ban_sao, original.filename or "",
                                        data)
    if not explained:
        return None
    files = [("tep", original.filename or "", data)]
    certificate = upload(form, "chung_thu", (".p12", ".pfx"), required=False)
    if certificate is not None:
        files.append(("chung_thu", certificate.filename or "",
                      await read(certificate, P12_LIMIT)))
    fields = tuple((k, v) for k, v in form.multi_items()
                   if isinstance(v, str) and k not in ("csrf_token", "xac_nhan"))
    key = waitings(d).keep(Waiting(clerk.name, fields, tuple(files), time.monotonic(),
                                   tuple(explained)))
    return RedirectResponse(f"/sao/hoi/{key}", status_code=303)  # a page of its own


def question(request: Request, clerk: Clerk, key: str) -> Response | None:
    """The question about the copy kept under ``key``, None once it is no longer kept (it
    was numbered, or let go of): a page asked for again whenever it is shown, so that the
    browser's back button after the copy took its number does not offer to take it again."""
    d = desk(request)
    waiting = waitings(d).peek(key, clerk.name)
    if waiting is None:
        return None
    return d.page(
        request, "confirm.html", clerk, question=_("Take a number for this copy?"),
        explained=[*waiting.explained, _("Correct it on the copy form, or number the copy as "
                                         "it is.")],
        action="/sao", confirm=_("Number it as it is: take the number"),
        back=f"/sao/giu/{key}", keep=_("Back to the copy form"), hidden={"giu": key})


def _before_number(d: Desk, ban_sao: Any, name: str, data: bytes) -> list[str]:
    """What is asked before the copy's number, its original read for its date (a copy dated
    before it: contract13 #3, numbered without a word)."""
    suffix = Path(name).suffix.lower()
    if suffix not in (".docx", ".pdf"):
        # a .doc, .rtf or .odt is read through the .docx LibreOffice makes of it, seconds of
        # work: its date is held against the copy's once the copy is made, and said beside it
        return issue_asks.before_copy_number(d.config.register_db, ban_sao, date.today())
    with private_folder() as folder:
        original = folder / ("goc" + suffix)
        original.write_bytes(data)
        try:
            return issue_asks.before_copy_number(d.config.register_db, ban_sao, date.today(),
                                                 original)
        except DocgenError:  # an original that cannot be read: the copy refuses it, saying why
            return issue_asks.before_copy_number(d.config.register_db, ban_sao, date.today())


def answered(request: Request, clerk: Clerk, form: FormData) -> FormData | None:
    """The copy form she answered the question of (``giu``), as she sent it; the form itself
    when it is no answer; None when the copy is no longer kept (sent twice, or too long ago)."""
    key = form.get("giu")
    if not key:
        return form
    waiting = waitings(desk(request)).take(str(key), clerk.name)
    return None if waiting is None else waiting.form()


def let_go(request: Request, clerk: Clerk, form: FormData) -> tuple[FormData, str] | None:
    """The form of the copy she answered for that the desk let go of, its fields as she sent
    them (the original's name shown, to be chosen again; no password), and what is said of
    it; None when the desk holds none."""
    key = form.get("giu")
    found = waitings(desk(request)).gone(str(key), clerk.name) if key else None
    if found is None:
        return None
    waiting, waited = found
    names = [(field, UploadFile(io.BytesIO(b""), filename=name))
             for field, name, _data in waiting.files if field == "tep"]
    button = _("Make the copy")
    said = _("The copy waited for your answer longer than the desk keeps it ({minutes} "
             "minutes), so no number was taken. Its form is filled again below as you sent "
             "it: choose the original again and press “{button}”.").format(
        minutes=KEEP_SECONDS // 60, button=button) if waited else _(
        "The copy you answered for is no longer kept: you sent more copies meanwhile than the "
        "desk keeps waiting, so no number was taken. Its form is filled again below as you "
        "sent it: choose the original again and press “{button}”.").format(button=button)
    return FormData([*waiting.fields, *names]), said


def kept_form(request: Request, clerk: Clerk) -> FormData | None:
    """The form of a copy she went back from, its files not shown (she chooses them again);
    still kept, to number it as it is from the question's page (a reload, or a browser that
    opens the link ahead, loses nothing)."""
    waiting = waitings(desk(request)).peek(request.path_params["key"], clerk.name)
    if waiting is None:
        return None
    names = [(field, UploadFile(io.BytesIO(b""), filename=name))
             for field, name, _data in waiting.files if field == "tep"]
    return FormData([*waiting.fields, *names])
