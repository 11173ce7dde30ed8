"""Changes tracked in Word and never accepted or rejected, and Word comments, told: Word prints
them (struck through, coloured, a bar in the margin, the comments beside the text) unless the
clerk turns the markup off, and the letter is not yet one text."""

from __future__ import annotations

from dataclasses import replace

from lxml import etree

from ntm_docgen.check.common import where
from ntm_docgen.check.findings import Finding
from ntm_docgen.check.props import w
from ntm_docgen.check.reader import Document
from ntm_docgen.files.revisions import COMMENTS, PRINTED, Pending, first_marked, pending
from ntm_docgen.i18n import _, ngettext


def _parts(doc: Document) -> tuple[list[etree._Element], etree._Element | None]:
    """The main part and the parts that print with it (headers, footers, notes), and the
    comments part."""
    main = doc.doc.part
    parts, comments = [main.element], None
    for rel in main.rels.values():
        if rel.is_external or not rel.reltype.endswith((*PRINTED, COMMENTS)):
            continue
        part = rel.target_part
        element = getattr(part, "element", None)
        if element is None:
            try:
                element = etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False,
                                                                      no_network=True))
            except etree.XMLSyntaxError:
                continue
        if rel.reltype.endswith(COMMENTS):
            comments = element
        else:
            parts.append(element)
    return parts, comments


def _place(doc: Document, mark: etree._Element | None) -> tuple[str, object]:
    """Where the first change or comment is: its paragraph, or the whole letter when it is in a
    header, a footer or a note."""
    if mark is not None:
        p = next(mark.iterancestors(w("p")), None)
        para = next((x for x in doc.paras if x.el is p), None)
        if para is not None:
            return where(para), para.el
    return _("the whole letter"), None


def check_revisions(doc: Document) -> list[Finding]:
    """One finding for the pending changes, one for the comments."""
    parts, comments = _parts(doc)
    found = pending(parts, comments)
    if not found:
        return []
    body = doc.doc.element.body
    out = []
    if found.changes:
        changes = replace(found, comments=())
        place, anchor = _place(doc, first_marked(body))
        count = ngettext("{count} change tracked and not accepted",
                         "{count} changes tracked and not accepted",
                         found.changes).format(count=found.changes)
        out.append(Finding(
            "sua_doi.tracked", place, "", count, _("the text as issued, every change accepted "
                                                   "or rejected"), anchor=anchor,
            note=_("the file still holds changes tracked in Word that no one accepted or "
                   "rejected ({what}); Word prints them struck through and coloured: accept or "
                   "reject each one (Review > Accept or Reject) and save").format(
                       what=changes.told())))
    if found.comments:
        no_changes = Pending(comments=found.comments)
        marks = body.iter(w("commentReference"))
        place, anchor = _place(doc, next(iter(marks), None))
        count = ngettext("{count} comment", "{count} comments",
                         len(found.comments)).format(count=len(found.comments))
        out.append(Finding(
            "sua_doi.comments", place, "", count, _("no comments in the letter as issued"),
            anchor=anchor,
            note=_("the file still holds Word comments ({what}), which Word prints beside the "
                   "text: delete them (Review > Delete All Comments) and save").format(
                       what=no_changes.told())))
    return out
