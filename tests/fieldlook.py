"""The appearance of a PDF form field drawn in a Vietnamese font, as e-office systems and the
signing software of a văn thư stamp it (a standard font of a field has no ă, ơ, ư): shared by
the tests that make such PDFs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"


def drawn_look(writer: Any, path: Path, width: float, height: float, text: str,
               baseline: float = 4, size: float = 12) -> Any:
    """A form XObject added to ``writer`` (a ``pypdf.PdfWriter``) for a field ``width`` by
    ``height`` points drawing ``text`` with its baseline ``baseline`` points over the field's
    bottom, in Liberation Serif of ``size``; drawn first beside ``path``. Its reference, for
    the field's ``/AP``'s ``/N``."""
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, FloatObject, NameObject, StreamObject
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("Serif", FONT))
    look = path.with_suffix(".look.pdf")
    drawn = Canvas(str(look), pagesize=(width, height))
    drawn.setFont("Serif", size)
    drawn.drawString(2, baseline, text)
    drawn.showPage()
    drawn.save()
    appearance = PdfReader(look).pages[0]
    form = StreamObject()
    form.set_data(appearance.get_contents().get_data())
    form.update({NameObject("/Type"): NameObject("/XObject"),
                 NameObject("/Subtype"): NameObject("/Form"),
                 NameObject("/BBox"): ArrayObject(FloatObject(v) for v in (0, 0, width, height)),
                 NameObject("/Resources"): appearance["/Resources"].clone(writer)})
    return writer._add_object(form)
