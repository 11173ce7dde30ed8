"""The ``serve`` command: the clerks' web desk on this computer, or for an office.

The command hands its options to the desk's application factory through the environment and
lets uvicorn import it by name (``ntm_docgen.desk:from_environment``), as any ASGI server does:
the command line and the desk stay two front ends that never import each other.
"""

from __future__ import annotations

import os
import sys
import threading
import time

import click

from ntm_docgen import api
from ntm_docgen.cli.common import reports_errors
from ntm_docgen.cli.translated import command, option
from ntm_docgen.errors import Interrupted
from ntm_docgen.i18n import N_, _, language

#: The factory uvicorn loads, and the environment it reads its settings from.
FACTORY = "ntm_docgen.desk:from_environment"
ENV = api.DESK_ENV
#: Seconds a desk told to stop waits for the pages it is still making (a check, an import of a
#: large upload, which hostile files can hold for minutes) before it gives up their answers,
#: and then for the threads making them before it leaves them unfinished.
STOP_SECONDS, LEAVE_SECONDS = 10, 2.0


@command("serve", help=N_("Start the clerks' web desk: every job in a browser, in Vietnamese."))
@option("--host", default="127.0.0.1", show_default=True,
        help=N_("The address to listen on; without --office only this computer "
                "(127.0.0.1)."))
@option("--port", type=click.IntRange(1, 65535), default=8030, show_default=True,
        metavar=N_("PORT"),
        help=N_("The port to listen on."))
@option("--no-browser", is_flag=True, help=N_("Do not open the desk in a browser."))
@option("--office", is_flag=True,
        help=N_("Serve an office: accounts and roles, everything in the PostgreSQL "
                "database of --db."))
@option("--db", metavar="URL",
        help=N_("With --office the office's postgresql:// URL (drafts, accounts, "
                "register); on one computer the register file (default: the user's "
                "data folder)."))
@option("--admin", metavar=N_("ACCOUNT"),
        help=N_("With --office: create (or reset) the administrator account ACCOUNT; the "
                "password is asked for, or read from NTM_DOCGEN_ADMIN_PASSWORD."))
@reports_errors
def serve(host: str, port: int, no_browser: bool, office: bool, db: str | None,
          admin: str | None) -> None:
    if admin and not office:
        raise click.UsageError(_("--admin makes an office account: add --office"))
    host = listening_address(host)
    settings = {"HOST": host, "PORT": str(port), "OFFICE": "1" if office else "",
                "DB": db or "", "BROWSER": "" if no_browser else "1", "ADMIN": admin or "",
                "LANG": language()}  # --lang's, or the environment's
    for key, value in settings.items():
        os.environ[ENV + key] = value
    if admin and not os.environ.get("NTM_DOCGEN_ADMIN_PASSWORD"):
        os.environ["NTM_DOCGEN_ADMIN_PASSWORD"] = click.prompt(
            _("Password for {name}").format(name=admin), hide_input=True,
            confirmation_prompt=True)
    import uvicorn

    try:
        try:
            uvicorn.run(FACTORY, factory=True, host=host, port=port, log_level="warning",
                        access_log=False, timeout_graceful_shutdown=STOP_SECONDS)
            stop: KeyboardInterrupt | None = api.stopped_by_signal()  # uvicorn.run swallows it
        except KeyboardInterrupt as e:  # Ctrl+C before uvicorn took the signals over
            stop = e
    finally:
        leave_unfinished(LEAVE_SECONDS)
    if stop is not None and not os.environ.get(api.DESK_GIVEN_UP):
        # the way a desk ends (Ctrl+C, a service manager): a notice, not an error; said once,
        # where the log has not said it with the pages given up
        name = stop.name if isinstance(stop, Interrupted) else "SIGINT"
        click.echo(_("The desk has stopped ({signal}).").format(signal=name), err=True)


def listening_address(host: str) -> str:
    """``--host`` as the server takes it: an IPv6 address without the brackets a URL puts
    around it (``[::1]``, as the desk's own address prints it).

    >>> listening_address("[::1]"), listening_address(" 127.0.0.1 "), listening_address("::1")
    ('::1', '127.0.0.1', '::1')
    """
    host = host.strip()
    if host.startswith("[") and host.endswith("]"):
        return host[1:-1]
    return host


def leave_unfinished(grace: float) -> None:
    """Once the desk has stopped serving: wait up to ``grace`` seconds for the threads still
    making a page (uvicorn has given up on their answers, the thread goes on), then end the
    process without them, where Python would wait for each to finish. What they make is left
    unfinished: their uploads, in the desk's own temporary folders, are removed by the next
    desk that starts, a draft or the register is written in transactions, and no output is
    written in place (whole-or-nothing)."""
    here = threading.current_thread()
    deadline = time.monotonic() + grace
    for thread in threading.enumerate():
        if thread is not here and not thread.daemon:
            thread.join(max(0.0, deadline - time.monotonic()))
    left = [t for t in threading.enumerate() if t is not here and not t.daemon and t.is_alive()]
    if not left:
        return
    told = os.environ.get(api.DESK_GIVEN_UP)  # the desk's log has named the pages given up
    error = sys.exc_info()[1]
    status = 1 if error is not None else 0  # a stop by a signal is the desk's normal end
    if not told:
        click.echo(_("The desk stopped without waiting for {count} page(s) still being made "
                     "(a check or an import of a large file); do them again once it runs.")
                   .format(count=len(left)), err=True)
    api.close_offices()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
