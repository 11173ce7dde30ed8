"""The drafter's note printed in small type after the Lưu line's last unit (``CN(M.Cường)``)
is read from a scan as printed, not as marks glued to the unit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from ntm_docgen.importer.pdfwords import read_image_text
from ntm_docgen.importer.smallnote import note_span

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"


def _page(lines: list[tuple[str, str, str]], signature: tuple[str, ...] = ()
          ) -> tuple[Image.Image, list[tuple[int, int, int, int]]]:
    """Lines of a Nơi nhận at 300 dpi: each its text in 11 pt, a note after it in 8 pt set
    below the baseline (as a Word subscript), and a mark after the note; the signature's lines
    beside them; with each line's box as OCR gives it."""
    image = Image.new("L", (1900, 120 + 70 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    big, small = ImageFont.truetype(FONT, 46), ImageFont.truetype(FONT, 31)
    bold = ImageFont.truetype(FONT.replace("Regular", "Bold"), 54)
    for n, text in enumerate(signature):
        draw.text((1050, 50 + 70 * n), text, font=bold, fill=0)
    boxes = []
    for n, (text, note, mark) in enumerate(lines):
        y = 60 + 70 * n
        draw.text((80, y), text, font=big, fill=0)
        top, bottom = draw.textbbox((80, y), text, font=big)[1::2]
        x = round(draw.textlength(text, font=big)) + 80 + 2
        if note:
            draw.text((x, y + 20), note, font=small, fill=0)
            bottom = max(bottom, draw.textbbox((x, y + 20), note, font=small)[3])
            x += round(draw.textlength(note, font=small))
        draw.text((x, y), mark, font=big, fill=0)
        boxes.append((80, top, x, bottom))
    return image, boxes


def test_a_note_in_small_type_is_read_with_its_unit(tmp_path: Path) -> None:
    image, _ = _page([("Nơi nhận:", "", ""), ("- Như trên;", "", ""),
                      ("- Lưu: VT, CN", "(M.Cường)", ".")], ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"))
    path = tmp_path / "noi-nhan.png"
    image.save(path, dpi=(300, 300))
    luu = [line for line in read_image_text(path).lines if line.startswith("- Lưu:")]
    assert luu[0].endswith(" CN(M.Cường).")  # read at one size with its unit: CNw.cường)


@pytest.mark.parametrize(("line", "note"), [
    (("- Lưu: VT, CN", "(M.Cường)", "."), True),
    (("- Lưu: VT, TCHC", "(Dũng)", "."), True),
    (("- Lưu: VT, ATMT.", "", ""), False),
    (("- Lưu: VT, P.KT (02b).", "", ""), False),
    (("- Lưu: VT, Phòng Tổng hợp.", "", ""), False),
], ids=["initials", "name", "units-only", "copies-in-brackets", "descender"])
def test_the_note_is_found_by_its_ink_under_the_baseline(
        line: tuple[str, str, str], note: bool) -> None:
    image, boxes = _page([line])
    assert (note_span(image, boxes[0]) is not None) is note
