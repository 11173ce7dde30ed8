"""Draw the desk's favicon (ntm_docgen/desk/static/favicon.ico): a white sheet with lines of
text on the desk's red, at 16, 32 and 48 pixels. Run after changing the drawing.

    python tools/desk_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "ntm_docgen" / "desk" / "static" / "favicon.ico"
RED, WHITE, INK = (166, 27, 27, 255), (255, 255, 255, 255), (120, 128, 140, 255)


def draw(size: int = 256) -> Image.Image:
    """The icon drawn large, to be scaled down."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    unit = size / 16
    pen.rounded_rectangle((0, 0, size - 1, size - 1), radius=3 * unit, fill=RED)
    pen.rectangle((4 * unit, 2.5 * unit, 12 * unit, 13.5 * unit), fill=WHITE)
    for row in (5, 7.5, 10):  # three lines of a letter's text
        pen.rectangle((5.5 * unit, row * unit, 10.5 * unit, (row + 1) * unit), fill=INK)
    return image


def main() -> None:
    draw().save(OUT, sizes=[(16, 16), (32, 32), (48, 48)])
    print(OUT, OUT.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
