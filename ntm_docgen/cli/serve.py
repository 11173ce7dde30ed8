"""The ``serve`` command: the clerks' web desk on this computer, or for an office.

The command hands its options to the desk's application factory through the environment and
lets uvicorn import it by name (``ntm_docgen.desk:from_environment``), as any ASGI server does:
the command line and the desk stay two front ends that never import each other.
"""

from __future__ import annotations

import os

import click

from ntm_docgen.cli.common import reports_errors
from ntm_docgen.cli.translated import command, option
from ntm_docgen.i18n import N_, _, language

#: The factory uvicorn loads, and the environment it reads its settings from.
FACTORY = "ntm_docgen.desk:from_environment"
ENV = "NTM_DOCGEN_DESK_"


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

    uvicorn.run(FACTORY, factory=True, host=host, port=port, log_level="warning",
                access_log=False)
