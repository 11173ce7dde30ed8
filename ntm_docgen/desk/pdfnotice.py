"""The notice beside a PDF the desk offers: the font it is set in, when not the decree's."""

from __future__ import annotations

from ntm_docgen import api
from ntm_docgen.desk.retold import told


def font_notice() -> list[str]:
    """What to know beside a PDF the desk offers (and the pages it draws the same way): the
    font set in place of Times New Roman when that one is not installed, in the desk's words;
    empty when it is installed."""
    return [told(w) for w in api.pdf_font_warnings()]
