"""The desk as it stops: the pages still being made given up, told in one line of its log.

uvicorn waits ``serve.STOP_SECONDS`` for the pages still being made, then cancels them and
logs, in English, ``Cancel 1 running task(s), timeout graceful shutdown exceeded``. The desk
knows which pages those are: that one record of uvicorn's is told instead as one line in the
catalog's language naming them (every other record of uvicorn's, an error that matters, is left
as it is), and a clerk whose page was given up gets a page telling her to do it again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from typing import Any

from starlette.requests import Request

from ntm_docgen import api
from ntm_docgen.desk.web import Desk, refuse
from ntm_docgen.i18n import _

#: Where the desk logs what its clerks do not see (the server's log).
LOG = logging.getLogger("ntm_docgen.desk")
#: uvicorn's logger, and its record of the pages it gives up (its message before formatting).
SERVER_LOG = logging.getLogger("uvicorn.error")
GIVING_UP = "Cancel %s running task(s), timeout graceful shutdown exceeded"
#: Set once the desk has told the pages it gave up: ``serve`` then says no more of them.
TOLD = api.DESK_GIVEN_UP


class GivingUp(logging.Filter):
    """uvicorn's record of the pages it gives up, told by the desk in its own line instead."""

    def __init__(self, the_desk: Desk, making: dict[Any, tuple[str, str]]) -> None:
        super().__init__()
        self.desk, self.making = the_desk, making

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg != GIVING_UP:
            return True
        self.desk.speak()
        pages = sorted(self.making.values())
        if len(pages) == 1:
            LOG.warning(_("The desk stopped before it finished {method} {path}; that page was "
                          "not made.").format(method=pages[0][0], path=pages[0][1]))
        elif pages:
            LOG.warning(_("The desk stopped before it finished {count} pages ({pages}); they "
                          "were not made.").format(count=len(pages), pages=", ".join(
                              f"{method} {path}" for method, path in pages)))
        else:  # tasks of the server that are no page
            return True
        os.environ[TOLD] = str(len(pages))
        return False


def given_up_at_stop(app: Any, the_desk: Desk) -> Any:
    """ASGI middleware: the pages being made are known by their task, for the one line of the
    log that names those uvicorn gives up as the desk stops; a page given up answers, if
    nothing was sent yet, with a page telling the clerk to do it again once the desk runs,
    where uvicorn logged the cancellation's traceback and answered 'Internal Server Error'.
    Any other failure is left to the server's log as before."""
    making: dict[Any, tuple[str, str]] = {}
    for earlier in [f for f in SERVER_LOG.filters if isinstance(f, GivingUp)]:
        SERVER_LOG.removeFilter(earlier)  # a desk built again in this process (the tests)
    SERVER_LOG.addFilter(GivingUp(the_desk, making))

    async def guarded(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        started = False
        task = asyncio.current_task()
        making[task] = (scope["method"], scope["path"])

        async def sending(message: Any) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await app(scope, receive, sending)
        except asyncio.CancelledError:
            if task is not None and hasattr(task, "uncancel"):  # Python 3.11 on; 3.10 has no
                task.uncancel()  # count to undo: what follows is this page's last answer
            the_desk.speak()
            if not started:
                with contextlib.suppress(OSError, RuntimeError):
                    await refuse(Request(scope), None, 503, _(
                        "The desk stopped before this page was made. Do it again once the desk "
                        "runs again."))(scope, receive, send)
        finally:
            making.pop(task, None)

    return guarded
