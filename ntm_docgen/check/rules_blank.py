"""Blank pages: the empty paragraphs after the letter's last words printing a page of their
own (the paragraph Word keeps after a signature's table that fills page 1), a page inside
the letter that two page breaks leave with nothing on it, and the page Word prints blank
between a page break and a section break (``pages_word``)."""

from __future__ import annotations

import re

from docx.shared import Pt
from docx.text.parfmt import ParagraphFormat
from lxml import etree

from ntm_docgen.check.findings import Finding, short
from ntm_docgen.check.pages import blank_end, blank_inside, kept, saved_pages
from ntm_docgen.check.pages_word import WordBlank, remove_break, word_blanks
from ntm_docgen.check.paras import Para
from ntm_docgen.check.props import NS, w
from ntm_docgen.check.reader import Document
from ntm_docgen.i18n import _

_PAGES = re.compile(rb"<(\w+:|)Pages>\d+</(\w+:|)Pages>")


def check_blank_end(doc: Document) -> list[Finding]:
    """The blank page the empty paragraphs at the end of the file print, told as such (not as
    a letter of several pages to number); --fix drops them. Then each blank page inside the
    letter, told with its page; --fix leaves it (which break to take out is hers to say)."""
    found = [_inside(para, words, page) for para, words, page in blank_inside(doc)]
    found += [_before_section(doc, blank) for blank in word_blanks(doc)]
    tail = blank_end(doc)
    if not tail:
        return found
    return [*found, Finding(
        "page.blank", _("the end of the letter"), "",
        _("a blank last page made by the empty lines after the letter's last words"),
        _("no blank page"), lambda: _drop(doc, tail, saved_pages(doc)), anchor=tail[0].el,
        note=_("the last page prints blank: it holds only the empty lines after the letter's "
               "last words; delete those empty lines (after a table, where Word keeps one, "
               "make it 1 pt)"))]


def _inside(para: Para, words: str, page: int | None) -> Finding:
    after = short(words, 40) if words else ""
    where = _("page {page}").format(page=page) if page is not None else \
        _("the page after the line “{words}”").format(words=after) if after else \
        _("the first page")
    return Finding("page.blank", where, "",
                   _("a blank page between two page breaks, nothing typed on it"),
                   _("no blank page"), None, anchor=para.el,
                   note=_("this page prints blank: nothing is typed between the page break "
                          "that begins it and the next page break; delete one of the two "
                          "page breaks (Ctrl+Shift+8 in Word shows them)"))


def _before_section(doc: Document, blank: WordBlank) -> Finding:
    """The page Word prints blank between a page break and a section break; --fix takes the
    page break out (the section break alone begins the next page)."""
    after = short(blank.words, 40)
    where = _("the page after the line “{words}”").format(words=after) if after else \
        _("the first page")
    if blank.by_break:
        found = _("a page break just before a section break that begins a new page")
        note = _("Word prints a blank page here, LibreOffice and its PDF do not: a page break "
                 "stands just before a section break (Next Page), which begins a page of its "
                 "own; delete the page break (Ctrl+Shift+8 in Word shows both), the section "
                 "break alone begins the next page")
    else:
        found = _("a paragraph set to begin a new page just before a section break that "
                  "begins a new page")
        note = _("Word prints a blank page here, LibreOffice and its PDF do not: an empty "
                 "paragraph set to begin a new page (Paragraph, Line and Page Breaks, Page "
                 "break before) stands just before a section break (Next Page), which begins "
                 "a page of its own; turn its Page break before off")
    return Finding("page.blank", where, "", found, _("no blank page"),
                   lambda: _remove(doc, blank, saved_pages(doc)), anchor=blank.para.el, note=note)


def _remove(doc: Document, blank: WordBlank, pages: int | None) -> None:
    """Take the break out; the pages Word counted (its blank one among them) lose one."""
    remove_break(blank, doc)
    if pages is not None and pages > 1:
        _count_pages(doc, pages - 1)


def _drop(doc: Document, tail: list[Para], pages: int | None) -> None:
    """Remove the empty paragraphs after the last words; the one Word needs after a table
    that ends the body, and one holding a page break or a bookmark, are kept, hidden, 1 pt
    high with no spacing (a kept page break taken out: nothing follows it). The pages Word
    counted lose the blank one."""
    body = doc.doc.element.body
    after_table = tail[0].el.getprevious() is not None and \
        tail[0].el.getprevious().tag == w("tbl")
    for index, para in enumerate(tail):
        if kept(para) or (index == 0 and after_table):
            _hide(para.el)
        else:
            body.remove(para.el)
    if pages is not None:
        _count_pages(doc, pages - 1)


def _hide(el: etree._Element) -> None:
    """An empty paragraph kept: its page breaks taken out, its mark hidden and 1 pt high."""
    for br in el.iter(w("br")):
        if br.get(w("type")) == "page":
            br.getparent().remove(br)
    ppr = el.find("w:pPr", NS)
    if ppr is not None and (before := ppr.find("w:pageBreakBefore", NS)) is not None:
        ppr.remove(before)
    fmt = ParagraphFormat(el)
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(1)  # exactly 1 pt
    ppr = el.find("w:pPr", NS)
    mark = ppr.find("w:rPr", NS)
    if mark is not None:
        ppr.remove(mark)
    mark = etree.Element(w("rPr"))
    for tag, value in (("vanish", None), ("sz", "2"), ("szCs", "2")):
        child = etree.SubElement(mark, w(tag))
        if value is not None:
            child.set(w("val"), value)
    later = [c for c in ppr if c.tag in (w("sectPr"), w("pPrChange"))]
    if later:
        later[0].addprevious(mark)
    else:
        ppr.append(mark)


def _count_pages(doc: Document, pages: int) -> None:
    """Set the pages Word counted (docProps/app.xml) to ``pages``: the letter read again is
    not taken for one of two pages to number. python-docx keeps that part as its bytes."""
    for rel in doc.doc.part.package.rels.values():
        if rel.reltype.endswith("/extended-properties") and not rel.is_external:
            part = rel.target_part
            part._blob = _PAGES.sub(rb"<\g<1>Pages>%d</\g<2>Pages>" % pages, part.blob, count=1)
