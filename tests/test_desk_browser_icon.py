"""In a real browser, the desk's pages load without a missing file: the icon included."""

from __future__ import annotations

from desk_browser import browser, desk_server


def test_the_desks_pages_ask_for_nothing_that_is_missing(tmp_path):
    missing: list[str] = []
    with desk_server(tmp_path) as address, browser() as page:
        page.on("response", lambda r: missing.append(r.url) if r.status == 404 else None)
        for path in ("", "soan", "sao", "kiem-tra", "so"):
            page.goto(address + path)
            page.wait_for_load_state("networkidle")
        icon = page.evaluate("fetch('/favicon.ico').then(r => r.status)")
    assert missing == []
    assert icon == 200
