"""A request's body kept within the desk's upload limit: refused by its announced length, cut
off where a browser announced none, and told as one message naming the limit."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from ntm_docgen.i18n import _


class BodyTooLarge(Exception):
    """Raised by ``limit_body`` when a request's body goes past the upload limit."""


def limit_body(app: Any, limit: int) -> Any:
    """ASGI middleware: a request body longer than ``limit`` bytes is cut off (BodyTooLarge),
    also when the browser did not announce its length."""

    async def guarded(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        seen = 0

        async def counted() -> Any:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit + 64 * 1024:
                raise BodyTooLarge
            return message

        await app(scope, counted, send)

    return guarded


def too_big_message(limit: int) -> str:
    return _("The file is too large: the desk accepts uploads up to {size} MB. A letter is "
             "seldom so large: check it is the right file, or make its pictures smaller in "
             "Word (File > Compress Pictures); a list can be cut into several files; or ask "
             "the administrator to raise the desk's upload limit.").format(
                 size=max(1, limit // (1024 * 1024)))


def too_big(request: Request, limit: int) -> str | None:
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit + 64 * 1024:
        return too_big_message(limit)
    return None
