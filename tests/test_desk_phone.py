"""The desk on a phone (390×844): the top bar holds every link above the page's title, and
no page is wider than the screen (the copy form and its preview stack)."""

from __future__ import annotations

from desk_browser import browser, desk_server, shot

PAGES = ["", "soan", "sao", "hang-loat", "thuc-hien", "kiem-tra", "so", "ho-so"]


def test_every_page_fits_a_phone_and_its_links_do_not_cover_the_title(tmp_path):
    with desk_server(tmp_path) as address, browser() as page:
        page.set_viewport_size({"width": 390, "height": 844})
        for path in PAGES:
            _fits(page, address, path)


def _fits(page, address: str, path: str) -> None:  # type: ignore[no-untyped-def]
    """``path`` at a phone's width: as wide as the screen, the bar's links inside the bar, the
    bar above the title."""
    page.goto(address + path)
    page.locator("h1").first.wait_for()
    shot(page, f"dien-thoai-{path or 'trang-chu'}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
    bar = page.locator("header.top").bounding_box()
    title = page.locator("h1").first.bounding_box()
    assert bar and title
    for link in page.locator("header.top nav a").all():
        box = link.bounding_box()
        assert box, link.inner_text()
        assert box["y"] + box["height"] <= bar["y"] + bar["height"], link.inner_text()
        assert box["x"] + box["width"] <= 390, link.inner_text()
    assert bar["y"] + bar["height"] <= title["y"], path
