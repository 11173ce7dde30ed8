"""Whether the letters' font is installed where LibreOffice finds it, for the PDFs it writes."""

from __future__ import annotations

import shutil
import subprocess
from functools import lru_cache

from ntm_docgen.i18n import N_, said

#: The decree's font (Nghị định 30/2020/NĐ-CP, Phụ lục I), the one every letter is set in.
LETTER_FONT = "Times New Roman"


@lru_cache(maxsize=4)
def stand_in(family: str = LETTER_FONT) -> str | None:
    """The font fontconfig gives in place of ``family`` when that one is not installed; None
    when it is, or when there is no fontconfig to ask (Windows and macOS carry the font)."""
    program = shutil.which("fc-match")
    if program is None:
        return None
    try:
        answer = subprocess.run([program, "-f", "%{family}", family], capture_output=True,
                                text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    names = [name.strip() for name in answer.stdout.split(",") if name.strip()]
    if answer.returncode != 0 or not names:
        return None
    return None if family.casefold() in (name.casefold() for name in names) else names[0]


def pdf_font_warnings() -> list[str]:
    """A warning when the PDFs written here set the letter in another font than the decree's."""
    other = stand_in()
    if other is None:
        return []
    return [said(N_("{font} is not installed on this computer: the PDF is set in {other} in its "
                    "place, with the same letter widths, so lines and pages fall as in Word; "
                    "install {font} for a PDF in the decree's own font"),
                 font=LETTER_FONT, other=other)]
