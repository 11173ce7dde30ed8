"""What a PDF original would run as it is opened or viewed left out of its copy: the copy is the
agency's own document, and sends on no sender's JavaScript, no program to launch, no form
posted or address opened on its own. What the pages show is kept as it is; a destination to
open at (a page, a zoom) is kept too.

Left out: the catalog's /OpenAction when it runs (or the running actions of its /Next chain,
a dict or an array, at every depth); the additional actions (/AA: on opening, closing, a page
shown, a field touched) of the catalog, every page, annotation and form field; an annotation's
or a field's own action (/A) when it runs, and a bookmark's (an item of /Outlines, its
/First and /Next chains followed: a bookmark is kept with its place to go to); the document's
named scripts. A link to an address
(/URI) that the reader clicks is kept, as a Word file's hyperlink is: 29 of 746 real PDFs seen
hold such links (6,208 of them, to the public-service portal and the like), and a copy without
them would say less than its original."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    PdfObject,
    StreamObject,
)

from ntm_docgen.copies.pdfappend import Update

#: The actions that do something beyond showing a place of the file.
_RUNNING = {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/URI", "/GoToR", "/GoToE",
            "/Rendition", "/ResetForm", "/Hide", "/SetOCGState", "/Thread", "/Sound", "/Movie"}
#: What a click on a link or a field may still do: open an address, in the reader's browser.
_CLICKED = frozenset({"/URI"})
#: How deep a /Next chain or a form's /Kids is followed: past it, the action is left out.
_DEPTH = 64


def _own(value: Any) -> Any:
    """A copy of the direct part of ``value`` (references and streams kept as they are), to
    change without changing the original's objects as read."""
    if isinstance(value, DictionaryObject) and not isinstance(value, StreamObject):
        return DictionaryObject({k: _own(v) for k, v in value.items()})
    if isinstance(value, ArrayObject):
        return ArrayObject(_own(v) for v in value)
    return value


class _Walk:
    """One pass over a PDF's catalog, pages, annotations and form fields, taking out what
    they run; ``fetch`` gives the object of a reference to change in place."""

    def __init__(self, fetch: Callable[[IndirectObject], PdfObject | None]) -> None:
        self.fetch = fetch
        self.changed: dict[int, tuple[IndirectObject, PdfObject | None]] = {}
        self.seen: set[int] = set()
        self.dropped = 0

    def _resolve(self, value: Any, owner: IndirectObject | None
                 ) -> tuple[Any, IndirectObject | None]:
        if isinstance(value, IndirectObject):
            return self.fetch(value), value
        return value, owner

    def _mark(self, owner: IndirectObject | None) -> None:
        """Note that the object ``owner`` (or a direct object within it) was changed."""
        if owner is not None:
            self.changed[owner.idnum] = (owner, self.fetch(owner))

    def action(self, value: Any, depth: int = 0, clicked: frozenset[str] = frozenset()) -> Any:
        """``value`` itself when it runs nothing (but the kinds ``clicked``), None when it
        runs, else a direct copy of it whose /Next chain runs nothing."""
        target = value.get_object() if isinstance(value, IndirectObject) else value
        if not isinstance(target, DictionaryObject):
            return value  # a destination: a page and a zoom
        kind = str(target.get("/S", ""))
        if depth > _DEPTH or (kind in _RUNNING and kind not in clicked):
            self.dropped += 1
            return None
        following = target.get("/Next")
        if following is None:
            return value
        items = list(following) if isinstance(following, ArrayObject) else [following]
        kept = [k for k in (self.action(item, depth + 1, clicked) for item in items)
                if k is not None]
        if len(kept) == len(items) and all(k is i for k, i in zip(kept, items, strict=True)):
            return value
        copy = DictionaryObject(target)
        if not kept:
            del copy[NameObject("/Next")]
        else:
            copy[NameObject("/Next")] = kept[0] if len(kept) == 1 else ArrayObject(kept)
        return copy

    def holder(self, value: Any, owner: IndirectObject | None = None) -> None:
        """Take out of the catalog, page, annotation or field ``value`` (within the object
        ``owner``) its additional actions and its own action when it runs."""
        if isinstance(value, IndirectObject):
            if value.idnum in self.seen:
                return
            self.seen.add(value.idnum)
        obj, owner = self._resolve(value, owner)
        if not isinstance(obj, DictionaryObject):
            return
        if "/AA" in obj:
            extra = obj["/AA"].get_object() if isinstance(obj["/AA"], IndirectObject) \
                else obj["/AA"]
            self.dropped += max(len(extra) if isinstance(extra, dict) else 1, 1)
            del obj[NameObject("/AA")]
            self._mark(owner)
        for key in ("/OpenAction", "/A"):
            if key in obj:
                kept = self.action(obj[key], clicked=_CLICKED if key == "/A" else frozenset())
                if kept is None:
                    del obj[NameObject(key)]
                elif kept is not obj[key]:
                    obj[NameObject(key)] = kept
                else:
                    continue
                self._mark(owner)

    def names(self, root: DictionaryObject, owner: IndirectObject | None) -> None:
        """The document's named scripts, run as it opens."""
        names, at = self._resolve(root.get("/Names"), owner)
        if isinstance(names, DictionaryObject) and "/JavaScript" in names:
            self.dropped += 1
            del names[NameObject("/JavaScript")]
            self._mark(at)

    def outline(self, root: DictionaryObject, owner: IndirectObject | None) -> None:
        """The actions of the bookmarks (the /Outlines tree: each item's /First, its children,
        and /Next, the item after it), run as the clerk clicks one; a bookmark seen before, or
        deeper than ``_DEPTH``, is not followed again."""
        outlines, at = self._resolve(root.get("/Outlines"), owner)
        if not isinstance(outlines, DictionaryObject):
            return
        waiting: list[tuple[Any, IndirectObject | None, int]] = [(outlines.get("/First"), at, 0)]
        while waiting:
            value, above, depth = waiting.pop()
            if value is None or depth > _DEPTH or (
                    isinstance(value, IndirectObject) and value.idnum in self.seen):
                continue
            self.holder(value, above)
            item, item_at = self._resolve(value, above)
            if isinstance(item, DictionaryObject):
                waiting.append((item.get("/Next"), above, depth))
                waiting.append((item.get("/First"), item_at, depth + 1))

    def listed(self, value: Any, owner: IndirectObject | None, kids: bool, depth: int = 0
               ) -> None:
        """Each holder of the array ``value`` (annotations, or form fields and their kids)."""
        items, at = self._resolve(value, owner)
        if not isinstance(items, ArrayObject) or depth > _DEPTH:
            return
        for item in items:
            self.holder(item, at)
            if kids:
                field, field_at = self._resolve(item, at)
                if isinstance(field, DictionaryObject) and "/Kids" in field:
                    self.listed(field["/Kids"], field_at, kids, depth + 1)

    def document(self, root_ref: Any, pages: list[Any]) -> None:
        """The whole walk: catalog, named scripts, bookmarks, form fields, pages and their
        annotations."""
        root, owner = self._resolve(root_ref, None)
        self.holder(root_ref)
        self.names(root, owner)
        self.outline(root, owner)
        form, form_at = self._resolve(root.get("/AcroForm"), owner)
        if isinstance(form, DictionaryObject):
            self.listed(form.get("/Fields"), form_at, kids=True)
        for page in pages:
            self.holder(page)
            obj, at = self._resolve(page, None)
            self.listed(obj.get("/Annots"), at, kids=False)


def _copying(current: Callable[[IndirectObject], PdfObject | None]
             ) -> Callable[[IndirectObject], PdfObject | None]:
    """A fetch that gives each object once, as a copy of its direct part."""
    copies: dict[int, PdfObject | None] = {}

    def fetch(reference: IndirectObject) -> PdfObject | None:
        if reference.idnum not in copies:
            copies[reference.idnum] = _own(current(reference))
        return copies[reference.idnum]
    return fetch


def _page_refs(reader: PdfReader) -> list[Any]:
    return [page.indirect_reference or page for page in reader.pages]


def scripts_in(reader: PdfReader) -> int:
    """How many actions the PDF runs as it or one of its pages is opened or viewed (nothing
    of ``reader`` is changed)."""
    walk = _Walk(_copying(lambda reference: reference.get_object()))
    walk.document(reader.trailer.raw_get("/Root"), _page_refs(reader))
    return walk.dropped


def disarm_update(update: Update, reader: PdfReader) -> None:
    """Add to ``update`` the objects of ``reader`` changed to run nothing."""
    def current(reference: IndirectObject) -> PdfObject | None:
        if reference.idnum in update.objects:
            return update.objects[reference.idnum][1]
        return reference.get_object()

    walk = _Walk(_copying(current))
    walk.document(reader.trailer.raw_get("/Root"), _page_refs(reader))
    for reference, obj in walk.changed.values():
        if obj is not None:
            update.change(reference, obj)


def disarm_writer(writer: PdfWriter) -> None:
    """Take out of ``writer``'s own objects what they run as they are opened or viewed."""
    walk = _Walk(lambda reference: reference.get_object())
    walk.document(writer._root_object, [page.indirect_reference or page
                                        for page in writer.pages])
