"""The clerks' web desk: every job of the tool in a browser, in Vietnamese (``ntm-docgen serve``).

A web layer over the library's front door, as datasette is over sqlite-utils: views per job
(``views/``), Jinja templates (``templates/``), static files with their versions (``static/``),
and the state that matters (drafts, accounts, sessions) behind one module (``state``).
"""

from __future__ import annotations

import os
import sys
from typing import Any

from ntm_docgen import api
from ntm_docgen.desk.config import (
    AddressBusyError,
    DatabaseUnreachableError,
    DeskConfig,
    DeskError,
    check_address,
    office_count,
)

__all__ = ["DeskConfig", "create_app", "from_environment"]

ENV = api.DESK_ENV


def create_app(config: DeskConfig) -> Any:
    """The desk as an ASGI application (Starlette); DeskError when the mode is not allowed."""
    from ntm_docgen.desk.app import build

    return build(config)


def from_environment() -> Any:
    """The application factory ``ntm-docgen serve`` gives uvicorn: the settings come from
    NTM_DOCGEN_DESK_HOST, _PORT, _OFFICE, _DB, _BROWSER, _ADMIN and _LANG. A way of running
    that is not allowed stops here with its message and exit status 2; an address that cannot
    be listened on (a port in use), or a database that cannot be opened, with exit status 1."""
    from ntm_docgen.i18n import _

    env = os.environ
    config = DeskConfig(host=env.get(ENV + "HOST", "127.0.0.1"),
                        port=int(env.get(ENV + "PORT", "8030")),
                        office=bool(env.get(ENV + "OFFICE")), db=env.get(ENV + "DB") or None,
                        open_browser=bool(env.get(ENV + "BROWSER")),
                        lang=env.get(ENV + "LANG") or None, warm_offices=office_count())
    try:
        config.check()  # the mode first: its refusal is a usage error
        check_address(config.host, config.port)
        app = create_app(config)
        admin = env.get(ENV + "ADMIN")
        if admin:
            from ntm_docgen.desk.accounts import make_admin

            make_admin(config, admin, env.pop("NTM_DOCGEN_ADMIN_PASSWORD", ""))
            print(_("Account {name} (administrator) is ready.").format(name=admin),
                  file=sys.stderr)
    except DeskError as e:
        print(_("Error: {message}").format(message=e), file=sys.stderr)
        raise SystemExit(1 if isinstance(e, (AddressBusyError, DatabaseUnreachableError))
                         else 2) from e
    host = f"[{config.host}]" if ":" in config.host else config.host
    print(_("The desk is at {address} (Ctrl+C stops it)").format(
        address=f"http://{host}:{config.port}/"), flush=True)
    return app
