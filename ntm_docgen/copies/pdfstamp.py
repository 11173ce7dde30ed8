"""Paint a drawn block (one page made by reportlab) over a page of a PDF being copied.

The block goes in as a form XObject painted after the page's own content, which is kept as
stored: wrapped in ``q``/``Q`` so a graphics state it leaves behind cannot move the block, and
never parsed or rewritten (pypdf's ``merge_page`` parses both content streams and renames
resources, which costs more than copying the whole file).
"""

from __future__ import annotations

from typing import Any, Protocol

from pypdf import PageObject, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    PdfObject,
)

NAME = "/NtmBanSao"


class Target(Protocol):
    """Where the painted page's new objects go: a whole new file, or an incremental update
    (``pdfappend.Update``)."""

    def add(self, obj: PdfObject) -> IndirectObject: ...

    def imported(self, value: Any) -> Any: ...


class Rewrite:
    """The new objects added to a pypdf writer that writes the whole file again."""

    def __init__(self, writer: PdfWriter) -> None:
        self.writer = writer

    def add(self, obj: PdfObject) -> IndirectObject:
        return self.writer._add_object(obj)

    def imported(self, value: Any) -> Any:
        return value.clone(self.writer)


def stamp(target: Target, page: PageObject, block: PageObject, dx: float, dy: float) -> None:
    """Paint ``block`` over ``page`` (a page of ``target``), its origin moved by (dx, dy)."""
    form = DecodedStreamObject()
    contents = block.get_contents()
    form.set_data(contents.get_data() if contents is not None else b"")
    box = block.mediabox
    form.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): ArrayObject(FloatObject(float(v)) for v in
                                         (box.left, box.bottom, box.right, box.top)),
        NameObject("/Resources"): target.imported(block["/Resources"]),
    })
    name = _add_to_resources(page, target.add(form.flate_encode()))
    before = target.add(_stream(b"q\n"))
    after = target.add(_stream(
        f"\nQ\nq 1 0 0 1 {dx:.4f} {dy:.4f} cm {name} Do Q\n".encode("ascii")))
    page[NameObject("/Contents")] = ArrayObject([before, *_content_references(page), after])


def _stream(data: bytes) -> DecodedStreamObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    return stream


def _content_references(page: PageObject) -> list[PdfObject]:
    """The page's content streams as they are referenced (a single stream, an array of them,
    or an indirect array)."""
    if "/Contents" not in page:
        return []
    raw = page.raw_get("/Contents")
    found = raw.get_object()
    if isinstance(found, ArrayObject):
        return list(found)
    return [] if found is None or not hasattr(found, "get_data") else [raw]


def _add_to_resources(page: PageObject, form: PdfObject) -> str:
    """Name the form in the page's own resources (copied first: other pages may share the
    dictionary) under a name the page does not use yet; return the name."""
    found = page.get("/Resources")
    resources = DictionaryObject(found.get_object()) if found is not None else DictionaryObject()
    xobjects = resources.get("/XObject")
    xobjects = DictionaryObject(xobjects.get_object()) if xobjects is not None \
        else DictionaryObject()
    name, index = NAME, 0
    while name in xobjects:
        index += 1
        name = f"{NAME}{index}"
    xobjects[NameObject(name)] = form
    resources[NameObject("/XObject")] = xobjects
    page[NameObject("/Resources")] = resources
    return name
