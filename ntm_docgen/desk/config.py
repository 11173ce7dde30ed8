"""How the desk runs: one computer (loopback, no login) or an office (accounts, PostgreSQL)."""

from __future__ import annotations

import errno
import ipaddress
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import _

#: Roles of an office desk (issue: văn thư numbers and copies, chuyên viên drafts, quản trị
#: accounts) and what each may do.
ROLES = ("van_thu", "chuyen_vien", "quan_tri")
RIGHTS = {
    "van_thu": {"soan", "sao", "so", "cap_so", "hang_loat", "kiem_tra", "thuc_hien"},
    "chuyen_vien": {"soan", "hang_loat", "kiem_tra", "thuc_hien"},
    "quan_tri": {"tai_khoan"},
}
#: On one computer the one person at the desk does every job but accounts (there are none).
LOCAL_RIGHTS = RIGHTS["van_thu"] | RIGHTS["chuyen_vien"]


def role_refusal(need: str) -> str:
    """What a clerk is told on a page her role does not open: whose work it is and what to
    do (contract13 #12: “ask the administrator” sent a chuyên viên to one who cannot either)."""
    if need in ("sao", "so", "cap_so"):
        return _("Copies, the register of outgoing letters and the numbers in it are the văn "
                 "thư's work: give the letter to your office's văn thư to issue or copy it.")
    if need == "tai_khoan":
        return _("Only the office's administrator manages the accounts: ask them to add or "
                 "change one.")
    return _("This is the văn thư's and the chuyên viên's work; the administrator's account "
             "manages the accounts only: sign in with your own văn thư or chuyên viên account.")


class DeskError(DocgenError):
    """Raised when the desk cannot start as asked (an address it may not bind, a bad --db)."""


class AddressBusyError(DeskError):
    """Raised when the desk's address cannot be listened on (the port is taken by another
    program, or not allowed): no usage error, the computer's state."""


class DatabaseUnreachableError(DeskError):
    """Raised when the desk's database cannot be opened (a PostgreSQL server refusing the
    account, not running, a database missing): no usage error, the office's state."""

    @classmethod
    def of(cls, where: str, problem: BaseException, url: str = "") -> DatabaseUnreachableError:
        """The error for the database at ``where`` (its password hidden) and the driver's
        ``problem``: what a PostgreSQL refusal means in the user's words (as ``register`` says
        it), else the driver's first line."""
        from ntm_docgen.register.backends import postgres_refusal

        told = postgres_refusal(problem, url) if url else None
        if told:
            return cls(_("{where}: cannot open the desk's database: {problem}").format(
                where=where, problem=told))
        text = str(problem).strip()
        return cls(_("{where}: cannot open the desk's database: {problem}; check the address, "
                     "the account and its password, and that the server is running").format(
            where=where, problem=text.splitlines()[0] if text else type(problem).__name__))


def setting(variable: str, default: int) -> int:
    """A whole number of the desk's settings: the environment's ``variable``, else
    ``default``; DeskError naming the variable when it is not a positive whole number.

    >>> setting("NTM_DOCGEN_NO_SUCH_SETTING", 200)
    200
    """
    text = os.environ.get(variable, "").strip()
    if not text:
        return default
    if not text.isdigit() or len(text) > 18 or int(text) <= 0:
        raise DeskError(_("{variable}: expected a positive whole number; found {value!r}"
                          ).format(variable=variable, value=text))
    return int(text)


def slots(variable: str) -> int:
    """How many jobs of a kind the desk runs at once: the environment's ``variable`` (a
    positive whole number, as ``setting`` reads it), else one on a computer of two cores or
    fewer (the job keeps a core busy; the other serves the clerks) and two on a larger one.

    >>> 1 <= slots("NTM_DOCGEN_NO_SUCH_SETTING") <= 2
    True
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
        else os.cpu_count() or 1
    return setting(variable, 1 if cores <= 2 else 2)


def data_dir() -> Path:
    """The user's data folder, where the one-computer desk keeps drafts and issued letters."""
    return platformdirs.user_data_path("ntm-docgen", appauthor=False)


def office_count() -> int:
    """LibreOffice processes the desk keeps warm for previews: ``NTM_DOCGEN_OFFICES``, else one
    per core this process may use (at most 4), so that clerks previewing at once do not wait
    for each other's conversion. ``0`` warms none: the first preview starts one.

    >>> 1 <= office_count() <= 4
    True
    """
    try:
        wanted = int(os.environ["NTM_DOCGEN_OFFICES"])
        return 0 if wanted == 0 else max(1, wanted)
    except (KeyError, ValueError):
        return max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                          else os.cpu_count() or 1))


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this computer only.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("::1")
    (True, True, True)
    >>> is_loopback("0.0.0.0"), is_loopback("192.168.1.5"), is_loopback("")
    (False, False, False)
    """
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_address(host: str, port: int) -> None:
    """Raise AddressBusyError when nothing could listen on ``host``:``port`` now, as the
    server will (SO_REUSEADDR where the system has it, so a port just let go of counts as
    free), so that the clerk reads why in her language before the server says it its own way."""
    try:
        family, kind, proto, _name, where = socket.getaddrinfo(
            host.strip("[]"), port, type=socket.SOCK_STREAM)[0]
    except (OSError, UnicodeError) as e:
        raise AddressBusyError(_("--host {host}: this computer has no such address; leave "
                                 "--host out to use 127.0.0.1").format(host=host)) from e
    try:
        _bind(family, kind, proto, where)
    except OSError as e:
        if e.errno in _BUSY:
            other = _free_after(family, kind, proto, where)
            if other is None:
                raise AddressBusyError(_(
                    "port {port} is already used by another program (perhaps a desk "
                    "started before); stop that program, or choose another port with "
                    "--port").format(port=port)) from e
            raise AddressBusyError(_(
                "port {port} is already used by another program (perhaps a desk "
                "started before); stop that program, or choose another port with "
                "--port {other}").format(port=port, other=other)) from e
        if e.errno == errno.EACCES:
            raise AddressBusyError(_(
                "port {port} needs administrator rights on this computer; choose a port "
                "from 1024 up with --port, such as the default 8030").format(port=port)
            ) from e
        raise AddressBusyError(_("the desk cannot listen at {host}:{port} (system error "
                                 "{code}); choose another --host or --port").format(
                                     host=host, port=port, code=e.errno)) from e


_BUSY = (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1))
#: How many ports after a busy one are tried for one to suggest.
_TRIED = 20


def _bind(family: int, kind: int, proto: int, where: tuple[Any, ...]) -> None:
    """Bind a socket to ``where`` and let it go, as the server will bind (SO_REUSEADDR where
    the system has it); OSError when it cannot."""
    with socket.socket(family, kind, proto) as probe:
        if os.name != "nt":
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(where)


def _free_after(family: int, kind: int, proto: int, where: tuple[Any, ...]) -> int | None:
    """The first of the next ports on the same address that could be listened on at this
    moment (bound and let go), None when none of them could: a port suggested is free."""
    for port in range(where[1] + 1, min(where[1] + 1 + _TRIED, 65536)):
        try:
            _bind(family, kind, proto, (where[0], port, *where[2:]))
        except OSError:
            continue
        return port
    return None


@dataclass(frozen=True)
class DeskConfig:
    """Everything the desk needs to start; ``check()`` refuses what the modes do not allow."""

    host: str = "127.0.0.1"
    port: int = 8030
    office: bool = False
    #: office: the PostgreSQL URL (drafts, accounts and the register); one computer: None
    db: str | None = None
    #: where drafts, issued letters and bulk runs are kept (one computer: the data folder)
    home: Path = field(default_factory=data_dir)
    #: open the desk in the browser once it listens
    open_browser: bool = False
    #: "vi" or "en"; None: the environment's (NTM_DOCGEN_LANG, the locale)
    lang: str | None = None
    #: the largest upload accepted, in bytes (NTM_DOCGEN_DESK_MAX_UPLOAD overrides)
    max_upload: int = field(default_factory=lambda: setting("NTM_DOCGEN_DESK_MAX_UPLOAD",
                                                            20 * 1024 * 1024))
    #: LibreOffice processes started with the desk and kept warm (0: started when first needed)
    warm_offices: int = 0
    #: scans read by OCR at once for the whole desk, the others queued (NTM_DOCGEN_DESK_OCR_JOBS,
    #: else one on two cores or fewer, two on more; None: the same)
    ocr_jobs: int | None = field(default_factory=lambda: slots("NTM_DOCGEN_DESK_OCR_JOBS"))
    #: finished readings of scans kept for their clerks, a day at most and across a restart
    #: (in ``doc/`` of ``home``): how many (NTM_DOCGEN_DESK_KEEP_READINGS), and the bytes of
    #: the copies they made (NTM_DOCGEN_DESK_KEEP_READING_MB, in MiB); the oldest go first
    keep_readings: int = field(default_factory=lambda: setting(
        "NTM_DOCGEN_DESK_KEEP_READINGS", 200))
    keep_reading_bytes: int = field(default_factory=lambda: setting(
        "NTM_DOCGEN_DESK_KEEP_READING_MB", 256) * 1024 * 1024)
    #: the bytes of the files kept in memory for the clerks to download (copies, fixed
    #: letters), of all clerks (NTM_DOCGEN_DESK_KEEP_DOWNLOAD_MB, in MiB); the oldest go first
    keep_download_bytes: int = field(default_factory=lambda: setting(
        "NTM_DOCGEN_DESK_KEEP_DOWNLOAD_MB", 256) * 1024 * 1024)
    #: bulk runs made at once for the whole desk, the others queued (NTM_DOCGEN_DESK_BULK_JOBS,
    #: else one on two cores or fewer, two on more; None: the same)
    bulk_jobs: int | None = field(default_factory=lambda: slots("NTM_DOCGEN_DESK_BULK_JOBS"))

    def check(self) -> None:
        """Raise DeskError when this way of running is not allowed."""
        if not self.office and not is_loopback(self.host):
            raise DeskError(_("--host {host}: the desk without --office serves this computer "
                              "only (127.0.0.1); to serve an office, add --office --db "
                              "postgresql://USER:PASSWORD@HOST/DB").format(host=self.host))
        if self.office and not (self.db or "").startswith(("postgresql://", "postgres://",
                                                            "postgresql+psycopg://")):
            raise DeskError(_("--office needs --db with the office's PostgreSQL database "
                              "(postgresql://USER:PASSWORD@HOST/DB)"))

    @property
    def state_url(self) -> str:
        """Where drafts, accounts and sessions live: the office database, else a SQLite file."""
        if self.office and self.db:
            return self.db
        return f"sqlite:///{self.home / 'ban-lam-viec.sqlite3'}"

    @property
    def register_db(self) -> str | None:
        """The register: --db (the office database, or a SQLite file on one computer), else
        NTM_DOCGEN_DB, then the default register in the data folder."""
        return self.db
