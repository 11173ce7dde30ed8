"""A PDF's form fields and annotations, read in one place for the importer and for copies: the
box each draws on its page, and the pages with them drawn in. An e-office letter carries its
number and day, a digital signature its stamp, a received electronic copy its block, in fields
that are no part of the page's text until drawn."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, cast

from ntm_docgen.files.pages import PDFIUM

_T = TypeVar("_T")


@dataclass(frozen=True)
class Stamp:
    """An annotation's box on page ``page`` (from 1), in points from the page's top-left
    corner (x0, top, x1, bottom), and whether it is a signature field."""

    page: int
    box: tuple[float, float, float, float]
    signature: bool


def page_stamps(document: Any, indexes: Iterable[int] | None = None) -> list[Stamp]:
    """The boxes of the annotations the pages ``indexes`` (from 0; all when None) of a pdfium
    ``document`` draw (its forms initialised), read before they are drawn flat into them."""
    import pypdfium2.raw as pdfium_c

    out = []
    form = document.formenv.raw if document.formenv is not None else None
    for index in range(len(document)) if indexes is None else indexes:
        page = document[index]
        try:
            height = page.get_height()
            for n in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
                annot = pdfium_c.FPDFPage_GetAnnot(page.raw, n)
                if not annot:
                    continue
                try:
                    rect = pdfium_c.FS_RECTF()
                    if not pdfium_c.FPDFAnnot_GetRect(annot, rect):
                        continue
                    signature = form is not None and pdfium_c.FPDFAnnot_GetFormFieldType(
                        form, annot) == pdfium_c.FPDF_FORMFIELD_SIGNATURE
                    left, right = sorted((rect.left, rect.right))
                    low, high = sorted((rect.bottom, rect.top))
                    out.append(Stamp(index + 1, (left, height - high, right, height - low),
                                     signature))
                finally:
                    pdfium_c.FPDFPage_CloseAnnot(annot)
        finally:
            page.close()
    return out


def draw_fields(document: Any, indexes: Iterable[int] | None = None) -> list[Stamp] | None:
    """Draw the form fields and annotations of the pages ``indexes`` (from 0; all when None)
    of a pdfium ``document`` flat into them, and give their boxes as they stood; None when
    the document has no form (nothing to draw). The boxes of a page PDFium did not draw
    (nothing to draw there, or a failure) are not given: no field of it stands in its text."""
    import pypdfium2.raw as pdfium_c

    if document.formenv is None:
        document.init_forms()
    if document.formenv is None:
        return None
    pages = list(range(len(document)) if indexes is None else indexes)
    stamps = page_stamps(document, pages)
    for index in pages:
        page = document[index]
        try:
            drawn = page.flatten(flag=pdfium_c.FLAT_NORMALDISPLAY)
        finally:
            page.close()
        if drawn != pdfium_c.FLATTEN_SUCCESS:
            stamps = [s for s in stamps if s.page != index + 1]
    return stamps


def has_form(reader: Any) -> bool:
    """The PDF (a pypdf reader) holds a form (``/AcroForm``): only then do fields draw."""
    from pypdf.errors import PyPdfError
    from pypdf.generic import DictionaryObject

    try:
        return "/AcroForm" in cast(DictionaryObject, reader.trailer["/Root"].get_object())
    except (PyPdfError, KeyError, TypeError, AttributeError):
        return False


def first_page_drawn(reader: Any, read: Callable[[Any], _T]) -> _T | None:
    """``read`` of page 1's text (a pdfium text page) once the fields on it are drawn in, None
    when the PDF (a pypdf ``reader``, its file not opened again when it has no form) has no
    form, page 1 no annotation, or the file cannot be opened by pdfium."""
    import pypdfium2 as pdfium

    if not has_form(reader):
        return None
    with PDFIUM:
        try:
            document = pdfium.PdfDocument(cast(io.BytesIO, reader.stream).getvalue())
        except pdfium.PdfiumError:
            return None
        try:
            stamps = draw_fields(document, [0])
            # no form (a page's notes or links only, with no AcroForm): no field draws text,
            # and PDFium draws flat only a page with a form
            if not stamps:
                return None
            page = document[0]  # loaded again, with the fields drawn in
            text = page.get_textpage()
            try:
                return read(text)
            finally:
                text.close()
                page.close()
        finally:
            document.close()


def drawn_document(path: Path, pages: Callable[[int], None]) -> tuple[bytes, list[Stamp]]:
    """The PDF at ``path`` with its form fields and annotations drawn into every page, and
    their boxes; the file's own bytes and no box when it has no form. ``pages`` is told the
    number of pages as the file opens, before any is drawn (it raises to refuse them). pdfium
    is called by one thread at a time (the desk imports in worker threads). Raises pdfium's
    error for a file it cannot open."""
    import pypdfium2 as pdfium

    with PDFIUM:
        document = pdfium.PdfDocument(str(path))
        try:
            pages(len(document))
            stamps = draw_fields(document)
            if stamps is None:
                return path.read_bytes(), []  # no form: nothing to draw in
            out = io.BytesIO()
            document.save(out)
            return out.getvalue(), stamps
        finally:
            document.close()
