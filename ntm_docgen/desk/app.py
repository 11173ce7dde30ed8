"""The desk's application: its routes, static files, state and previews, put together."""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from ntm_docgen.desk.config import DeskConfig
from ntm_docgen.desk.state import State
from ntm_docgen.desk.web import HERE, Desk, limit_body


def routes() -> list[Any]:
    from ntm_docgen.desk.views import (
        accounts,
        bulk,
        check,
        compose,
        copy,
        derive,
        download,
        home,
        register,
    )

    return [*home.ROUTES, *compose.ROUTES, *copy.ROUTES, *bulk.ROUTES, *derive.ROUTES,
            *check.ROUTES, *register.ROUTES, *accounts.ROUTES, *download.ROUTES,
            Mount("/static", StaticFiles(directory=HERE / "static"), name="static")]


def build(config: DeskConfig) -> Any:
    """The ASGI application for ``config`` (checked: a mode it does not allow raises)."""
    config.check()
    config.home.mkdir(parents=True, exist_ok=True)
    state = State(config.state_url)
    the_desk = Desk(config, state)

    @asynccontextmanager
    async def lifespan(app: Starlette):  # type: ignore[no-untyped-def]
        if config.open_browser:
            import webbrowser

            webbrowser.open(f"http://{config.host}:{config.port}/")
        try:
            yield
        finally:
            the_desk.jobs.stop()
            state.close()

    app = Starlette(routes=routes(), lifespan=lifespan)
    app.state.desk = the_desk
    return limit_body(app, config.max_upload)
