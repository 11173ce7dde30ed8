"""What a PDF original would run as it is opened left out of its copy: the copy is the
agency's own document, and sends on no sender's JavaScript, no program to launch, no form
posted or address opened on its own. What the pages show is kept as it is; a destination to
open at (a page, a zoom) is kept too."""

from __future__ import annotations

from typing import Any, cast

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, IndirectObject, NameObject

from ntm_docgen.copies.pdfappend import Update

#: The actions that do something beyond showing a place of the file.
_RUNNING = {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/URI", "/GoToR", "/GoToE",
            "/Rendition", "/ResetForm", "/Hide", "/SetOCGState", "/Thread", "/Sound", "/Movie"}


def _runs(action: Any) -> bool:
    """Whether ``action`` (a catalog's /OpenAction) does more than open at a place."""
    action = action.get_object() if isinstance(action, IndirectObject) else action
    return isinstance(action, dict) and str(action.get("/S", "")) in _RUNNING


def _catalog(root: DictionaryObject) -> DictionaryObject | None:
    """The catalog without what it runs as the file opens, or None when it runs nothing."""
    changed = DictionaryObject(root)
    if "/OpenAction" in changed and _runs(changed["/OpenAction"]):
        del changed[NameObject("/OpenAction")]
    changed.pop(NameObject("/AA"), None)
    names = root.get("/Names")
    names = names.get_object() if isinstance(names, IndirectObject) else names
    if isinstance(names, dict) and "/JavaScript" in names:
        kept = DictionaryObject(names)
        del kept[NameObject("/JavaScript")]
        changed[NameObject("/Names")] = kept
    return changed if len(changed) != len(root) or changed.get("/Names") is not names \
        else None


def has_scripts(reader: PdfReader) -> bool:
    """Whether the PDF runs something as it or one of its pages is opened."""
    root = cast(DictionaryObject, reader.trailer["/Root"])
    return _catalog(root) is not None or any("/AA" in page for page in reader.pages)


def disarm_update(update: Update, reader: PdfReader) -> None:
    """Add to ``update`` the catalog and the pages of ``reader`` without what they run."""
    reference = reader.trailer.raw_get("/Root")
    changed = _catalog(cast(DictionaryObject, reader.trailer["/Root"]))
    if changed is not None and isinstance(reference, IndirectObject):
        update.change(reference, changed)
    for page in reader.pages:
        ref = page.indirect_reference
        if ref is None:
            continue
        base = cast(DictionaryObject, update.objects[ref.idnum][1]
                    if ref.idnum in update.objects else page)
        if "/AA" in base:
            kept = DictionaryObject(base)
            del kept[NameObject("/AA")]
            update.change(ref, kept)


def disarm_writer(writer: PdfWriter) -> None:
    """Take out of ``writer``'s catalog and pages what they run as they are opened."""
    root = writer._root_object
    changed = _catalog(root)
    if changed is not None:
        for key in list(root):
            if key not in changed:
                del root[key]
        root.update(changed)
    for page in writer.pages:
        page.pop(NameObject("/AA"), None)
