"""Paint a drawn block (one page made by reportlab) over a page of a PDF being copied.

The block goes in as a form XObject painted after the page's own content, which is kept as
stored: wrapped in ``q``/``Q`` so a graphics state it leaves behind cannot move the block, and
never parsed or rewritten (pypdf's ``merge_page`` parses both content streams and renames
resources, which costs more than copying the whole file).

The form carries the form word it shows (``/NtmCopyBlock (SAO Y)``), so a later copy of this
copy (a SAO LỤC of a SAO Y) finds the block in the page's resources without reading its text.
"""

from __future__ import annotations

import re
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
    create_string_object,
)

NAME = "/NtmBanSao"
#: The form dictionary's private entry that names the block's form word (SAO Y, SAO LỤC).
MARK = "/NtmCopyBlock"


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


def stamp(target: Target, page: PageObject, block: PageObject, dx: float, dy: float,
          form_word: str | None = None) -> None:
    """Paint ``block`` over ``page`` (a page of ``target``), its origin moved by (dx, dy);
    ``form_word``: the copy's form (SAO Y), kept in the form dictionary."""
    contents = block.get_contents()
    box = block.mediabox
    paint(target, page, contents.get_data() if contents is not None else b"",
          (float(box.left), float(box.bottom), float(box.right), float(box.top)),
          target.imported(block["/Resources"]), dx, dy, form_word)


def paint(target: Target, page: PageObject, content: bytes,
          box: tuple[float, float, float, float], resources: PdfObject, dx: float, dy: float,
          form_word: str | None = None) -> None:
    """Paint a drawn page (its ``content``, ``box`` and ``resources``, already in
    ``target``) over ``page`` as a form, its origin moved by (dx, dy)."""
    form = DecodedStreamObject()
    form.set_data(content)
    form.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): ArrayObject(FloatObject(v) for v in box),
        NameObject("/Resources"): resources,
    })
    if form_word:
        form[NameObject(MARK)] = create_string_object(form_word)
    name = _add_to_resources(page, target.add(form.flate_encode()))
    before = target.add(_stream(b"q\n"))
    after = target.add(_stream(
        f"\nQ\nq 1 0 0 1 {dx:.4f} {dy:.4f} cm {name} Do Q\n".encode("ascii")))
    page[NameObject("/Contents")] = ArrayObject([before, *_content_references(page), after])


#: How :func:`stamp` draws its block, last of the page's content streams.
_DRAWN = re.compile(rb"^\nQ\nq 1 0 0 1 \S+ \S+ cm (/\S+) Do Q\n$")


def _drawn_forms(page: PageObject) -> set[str]:
    """The names of the forms :func:`stamp` drew over ``page``: read from the small streams it
    puts last in the page's contents (the original's own streams are not decoded)."""
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    if not isinstance(contents, ArrayObject):
        return set()
    names = set()
    for reference in reversed(contents):
        drawn = _DRAWN.match(reference.get_object().get_data())
        if drawn is None:
            break
        names.add(drawn.group(1).decode("ascii"))
    return names


def form_words(page: PageObject) -> tuple[str, ...]:
    """The form words that blocks painted over ``page`` by :func:`stamp` name (only the
    page's own ``/NtmBanSao`` forms that its contents draw are looked at: a form left in the
    resources with its drawing taken away names nothing; images and other forms are not read)."""
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    if xobjects is None:
        return ()
    xobjects = xobjects.get_object()
    drawn = _drawn_forms(page)
    found = (xobjects[name].get_object() for name in xobjects
             if name.startswith(NAME) and name in drawn)
    return tuple(str(form[MARK]) for form in found
                 if isinstance(form, DictionaryObject) and MARK in form)


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
