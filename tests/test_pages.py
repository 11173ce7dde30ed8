"""Page images with marks: a finding about the whole letter frames the first page."""

from __future__ import annotations

import io

from copy_originals import signed_pdf
from PIL import Image

from ntm_docgen import api
from ntm_docgen.files.pages import MARK


def blank_pdf(pages: int = 2) -> bytes:
    """A blank A4 PDF of ``pages`` pages (no LibreOffice needed)."""
    sheets = [Image.new("RGB", (595, 842), "white") for _ in range(pages)]
    out = io.BytesIO()
    sheets[0].save(out, format="PDF", save_all=True, append_images=sheets[1:], resolution=72)
    return out.getvalue()


def reds(png: bytes, box: tuple[int, int, int, int]) -> int:
    image = Image.open(io.BytesIO(png)).convert("RGB").crop(box)
    return sum(1 for pixel in image.get_flattened_data() if pixel == MARK)


def test_a_finding_about_the_whole_letter_frames_the_first_page():
    plain = api.preview_pages(blank_pdf())
    marked = api.preview_pages(blank_pdf(), marks=[("1", ""), ("2", "  ")])
    width, height = Image.open(io.BytesIO(marked[0])).size
    left_edge = (0, height // 3, 12, 2 * height // 3)
    assert reds(plain[0], left_edge) == 0
    assert reds(marked[0], left_edge) > height // 4  # a line down the left edge
    assert reds(marked[0], (width - 12, height // 3, width, 2 * height // 3)) > height // 4
    assert reds(marked[0], (0, 0, 80, 40)) > 50  # the labels on the top edge
    assert reds(marked[1], (0, 0, width, height)) == 0  # the first page only


def test_a_text_not_on_the_pages_draws_nothing():
    marked = api.preview_pages(blank_pdf(1), marks=[("1", "Kính gửi")])
    assert reds(marked[0], (0, 0, 595, 842)) == 0


def test_a_page_without_colour_is_one_grey_channel_with_the_same_pixels():
    from ntm_docgen.files.pages import png

    page = Image.new("RGB", (120, 80), "white")
    page.paste((0, 0, 0), (10, 10, 60, 20))
    page.paste((128, 128, 128), (10, 30, 60, 40))  # the grey edge of a letter's stroke
    grey = Image.open(io.BytesIO(png(page)))
    assert grey.mode == "L"
    assert list(grey.convert("RGB").get_flattened_data()) == list(page.get_flattened_data())
    page.paste(MARK, (70, 10, 80, 20))
    coloured = Image.open(io.BytesIO(png(page)))
    assert coloured.mode == "RGB"
    assert list(coloured.get_flattened_data()) == list(page.get_flattened_data())


def test_a_marked_page_keeps_its_red_and_a_plain_one_is_grey():
    plain = api.preview_pages(blank_pdf(1))[0]
    marked = api.preview_pages(blank_pdf(1), marks=[("1", "")])[0]
    assert Image.open(io.BytesIO(plain)).mode == "L"
    assert Image.open(io.BytesIO(marked)).mode == "RGB"
    assert reds(marked, (0, 0, 595, 842)) > 0


def darks(png: bytes, box: tuple[int, int, int, int]) -> int:
    image = Image.open(io.BytesIO(png)).convert("L").crop(box)
    return sum(1 for pixel in image.get_flattened_data() if pixel < 60)


def test_the_number_a_signing_software_stamped_is_on_the_preview():
    page = api.preview_pages(signed_pdf(), dpi=72)[0]
    # the stamp at 100-220 pt across, 112-142 pt down from the top (842 - 730, 842 - 700)
    assert darks(page, (105, 117, 215, 137)) > 0.9 * 110 * 20, \
        "the field's appearance (the number and date on the paper) is drawn"
    assert darks(page, (300, 300, 400, 400)) == 0
