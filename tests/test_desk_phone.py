"""The desk on a phone (390×844): the top bar holds every link above the page's title, and
no page is wider than the screen (the copy form and its preview stack); a copy made shows its
download on the first screen, and the register's table scrolls sideways with readable cells."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desk_browser import ask_for_a_copy, browser, desk_server, shot

from ntm_docgen import api, register

EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "examples"

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


def test_a_copy_made_on_a_phone_shows_its_download_first(tmp_path):
    """The copy form is long: on a phone the copy made and its download come first, where
    the page opened again at the top of the form as it was sent, the result two screens
    below it."""
    original = tmp_path / "goc.docx"
    api.render(api.load_spec(EXAMPLES / "003-huong-dan-106-snv-lang-son.yaml"), original,
               today=date(2026, 3, 5))
    with desk_server(tmp_path) as address, browser() as page:
        page.set_viewport_size({"width": 390, "height": 844})
        ask_for_a_copy(page, address, original)
        page.get_by_text("Bản sao của goc.docx đã sẵn sàng.").wait_for()
        shot(page, "dien-thoai-sao-xong")
        download = page.get_by_role("link", name="Tải bản sao").bounding_box()
        assert download and download["y"] + download["height"] <= 844, download
        assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_the_register_on_a_phone_keeps_its_summaries_readable(tmp_path):
    """Six columns do not fit 390 px: the table scrolls sideways inside the page, and a
    trích yếu keeps a column a few words wide, where it was squeezed to one word a line; the
    filter's labels stay beside their fields (“Tìm” stood beside the issuer's field)."""
    db = tmp_path / "so-di.sqlite3"
    entry = register.RegisterEntry(
        trich_yeu="Tổng kết phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”",
        ngay=date.today(), noi_nhan=("Các sở, ban, ngành tỉnh", "UBND các xã, phường"))
    register.allocate(str(db), co_quan="UBND", loai_code="KH", entry=entry)
    with desk_server(tmp_path, "--db", str(db)) as address, browser() as page:
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(address + "so")
        cell = page.get_by_text("Tổng kết phong trào thi đua").bounding_box()
        shot(page, "dien-thoai-so")
        assert cell and cell["width"] >= 200, cell
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        _shadowed_where_columns_hide(page)
        for field in ("nam", "co_quan", "q"):  # each filter's label on its field's row
            label = page.locator(f'label[for="{field}"]').bounding_box()
            box = page.locator(f"#{field}").bounding_box()
            assert label and box and box["y"] <= label["y"] + label["height"] / 2 \
                <= box["y"] + box["height"], (field, label, box)


def _edges(page) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """How dark the register table's first body row is at its left and right edges (the
    mean grey of a strip 6 px wide just inside each border, 0 black to 255 white)."""
    from io import BytesIO

    from PIL import Image, ImageStat

    box = page.locator("table.grid").bounding_box()
    row = page.locator("table.grid tr").nth(1).bounding_box()
    assert box and row
    image = Image.open(BytesIO(page.screenshot(clip={
        "x": box["x"], "y": row["y"] + 2, "width": box["width"], "height": row["height"] - 4})))
    grey = image.convert("L")
    left = grey.crop((1, 0, 7, grey.height))
    right = grey.crop((grey.width - 7, 0, grey.width - 1, grey.height))
    return ImageStat.Stat(left).mean[0], ImageStat.Stat(right).mean[0]


def _shadowed_where_columns_hide(page) -> None:  # type: ignore[no-untyped-def]
    """A table wider than the phone says so: a shadow on the side where its columns are
    hidden, on the right before it is scrolled, on the left once scrolled to its end."""
    left, right = _edges(page)
    assert right < left - 8, (left, right)
    page.locator("table.grid").evaluate("t => { t.scrollLeft = t.scrollWidth; }")
    page.wait_for_timeout(100)
    shot(page, "dien-thoai-so-cuon")
    left, right = _edges(page)
    assert left < right - 8, (left, right)
