"""Write data/font_widths.json: advance widths of Liberation Serif 2 (Times New Roman metrics).

Run ``python tools/font_widths.py`` on a machine with fonts-liberation2; the JSON it writes is
committed. Widths are in 1/1000 em for the four faces the letters use.
"""

from __future__ import annotations

import json
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFontFile

FOLDER = Path("/usr/share/fonts/truetype/liberation2")
FACES = {"regular": "Regular", "bold": "Bold", "italic": "Italic", "bold_italic": "BoldItalic"}
OUT = Path(__file__).resolve().parent.parent / "data" / "font_widths.json"
# Printable ASCII, the Latin-1 letters, the Vietnamese letters and the punctuation of letters.
CHARS = ([chr(c) for c in range(0x20, 0x7F)] + [chr(c) for c in range(0xC0, 0x100)]
         + list("ĂăĐđĨĩŨũƠơƯư") + [chr(c) for c in range(0x1EA0, 0x1EFA)]
         + list("“”‘’–—…•«»°§№\u00a0"))


def main() -> None:
    data: dict[str, object] = {
        "_source": "advance widths of Liberation Serif 2 (metric-compatible with Times New "
                   "Roman), in 1/1000 em; written by tools/font_widths.py"}
    for key, face in FACES.items():
        font = TTFontFile(str(FOLDER / f"LiberationSerif-{face}.ttf"))
        data[key] = {c: round(font.charWidths[ord(c)]) for c in CHARS}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n",
                   encoding="utf-8")
    print(OUT)


if __name__ == "__main__":
    main()
