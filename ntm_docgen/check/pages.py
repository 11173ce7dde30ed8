"""How many pages a letter prints and where its sections begin, without laying it out."""

from __future__ import annotations

import re

from lxml import etree

from ntm_docgen.check.findings import rules, short
from ntm_docgen.check.fits import fits_one_page
from ntm_docgen.check.pages_laid import words_on_page_one
from ntm_docgen.check.pages_tail import after_last_mark
from ntm_docgen.check.paras import Para
from ntm_docgen.check.props import NS, w
from ntm_docgen.check.reader import Document

_EXTENDED = "/extended-properties"
_WORD = re.compile(r"\w")


def saved_pages(doc: Document) -> int | None:
    """The pages the program that last saved the file laid out (``docProps/app.xml``), or None
    when it gave none or its statistics are of another text: a file written by a program that
    lays out no page (python-docx, a template filled in) keeps its template's "1 page, 0 words".
    They are taken as this text's when the words they count are within the range of
    ``page.saved_statistics`` of the words the file holds (Word counts Vietnamese text its own
    way: 0.66 to 1.07 of them on the real letters)."""
    root = _extended_properties(doc)
    if root is None:
        return None
    pages, words = (_number(root, name) for name in ("Pages", "Words"))
    held = sum(len([t for t in p.text.split() if _WORD.search(t)]) for p in doc.paras)
    if pages is None or pages < 1 or words is None or held == 0:
        return None
    low, high = rules()["page"]["saved_statistics"]["words_ratio"]
    return pages if low <= words / held <= high else None


def one_page(doc: Document, end: int | None) -> bool:
    """True when the letter surely prints on one page: the program that saved it laid it out
    on one (or, when it counted none, as LibreOffice saves a .docx, its lines measured high
    fit on one: ``fits.fits_one_page``), and nothing before its last paragraph (index ``end``)
    begins a page, neither a page break nor a page Word began there when it last laid the
    file out."""
    pages = saved_pages(doc)
    if pages != 1 and not (pages is None and fits_one_page(doc)):
        return False
    return not any(_begins_page(p) and (end is None or p.index <= end) for p in doc.paras)


def _extended_properties(doc: Document) -> etree._Element | None:
    for rel in doc.doc.part.package.rels.values():
        if rel.reltype.endswith(_EXTENDED) and not rel.is_external:
            try:
                return etree.fromstring(rel.target_part.blob,
                                        etree.XMLParser(resolve_entities=False,
                                                        no_network=True))
            except etree.XMLSyntaxError:
                return None
    return None


def _number(root: etree._Element, name: str) -> int | None:
    found = root.find(f"{{*}}{name}")
    text = (found.text or "").strip() if found is not None else ""
    return int(text) if text.isdigit() else None


def several_pages(doc: Document, end: int | None) -> bool:
    """True when the letter, up to its last paragraph (index ``end``), surely prints on more
    than one page: a page break, or a page Word began when it last laid the file out, before
    that paragraph; or the program that saved it laid it out on several pages and nothing is
    printed after the letter's end (an attachment or another paper after it could fill them)."""
    if any(_begins_page(p) and (end is None or p.index <= end) for p in doc.paras):
        return True
    pages = saved_pages(doc)
    if pages is not None and blank_end(doc):
        pages -= 1  # the last page prints blank: no page of the letter's to number
    return pages is not None and pages > 1 and end is not None and \
        not any(p.clean for p in doc.paras[end + 1:])


def blank_end(doc: Document) -> list[Para]:
    """The empty paragraphs that end the file when they print a page of their own, blank:
    one of them begins a page (a page break, or a page Word began there when it last laid the
    file out), or Word laid the file out on two pages and marked the beginning of none in the
    text (an empty paragraph holds no run for Word to mark the page it begins: the paragraph
    Word keeps after a signature's table that fills page 1) and the letter's words, measured
    low, do not run past page 1 (a page Word began at an empty paragraph inside the letter is
    unmarked too, and words follow it there), nor past it as LibreOffice lays the letter out
    (``pages_laid``: a table's last row Word and LibreOffice both carry onto page 2; where
    LibreOffice is not there, the measure alone decides). A longer letter, only where Word
    marked the beginning of every page but the last and the words after the last mark are
    measured to print on its page (``pages_tail``): a page can begin unmarked at an empty cell
    of a table it runs over (a report of eleven pages Word marked nine of). Else none."""
    tail = _empty_tail(doc)
    if not tail or any(_begins_page(p) for p in tail):
        return tail
    pages = saved_pages(doc)
    root = _extended_properties(doc)
    application = root.find("{*}Application") if root is not None else None
    if application is None or not (application.text or "").startswith("Microsoft"):
        return []  # only Word marks where it began each page
    if pages is not None and pages > 2:  # every page but the last marked, its words measured
        return tail if after_last_mark(doc, tail, pages) else []
    if pages != 2:
        return []
    body = doc.doc.element.body
    marked = any(body.find(f".//{path}", NS) is not None
                 for path in ("w:lastRenderedPageBreak", "w:pPr/w:sectPr")) or \
        any(p.page_break for p in doc.paras)
    if marked or not fits_one_page(doc, low=True, without=tail):
        return []
    # measured low, the words may still run past page 1 (a table's last row): the page is
    # blank only where LibreOffice prints nothing of them after page 1
    return [] if words_on_page_one(doc) is False else tail


def _empty_tail(doc: Document) -> list[Para]:
    """The paragraphs that end the body holding nothing that prints: no text, no picture,
    shape or field, no section's end."""
    by_el = {p.el: p for p in doc.paras}
    tail: list[Para] = []
    for child in reversed(doc.doc.element.body):
        if child.tag == w("sectPr"):
            continue
        para = by_el.get(child)
        if child.tag != w("p") or para is None or para.clean or _prints(child):
            break
        hidden = child.find("w:pPr/w:rPr/w:vanish", NS)
        if hidden is not None and hidden.get(w("val"), "true") not in ("0", "false"):
            continue  # a hidden paragraph mark: Word prints no line for it
        tail.insert(0, para)
    return tail


def kept(para: Para) -> bool:
    """True when an empty paragraph holds what --fix may not drop with it: a page break, a
    bookmark (a link or a cross-reference may lead there)."""
    return para.page_break or para.el.find(".//w:bookmarkStart", NS) is not None


def _prints(p: etree._Element) -> bool:
    return any(True for _ in p.iter(w("drawing"), w("pict"), w("object"), w("sectPr"),
                                    w("fldSimple"), w("instrText"), w("sym")))


def _begins_page(para: Para) -> bool:
    return para.page_break or para.el.find(f".//{w('lastRenderedPageBreak')}") is not None


def blank_inside(doc: Document) -> list[tuple[Para, str, int | None]]:
    """The blank pages before the last: a page begun by a page break (or at the start, or by a
    section begun on a new page) and ended, past a paragraph's end, by the next page break,
    nothing printed between. Not a page Word began where its lines ran out (its layout, not
    the file's: LibreOffice fills it), nor one a section break ends (LibreOffice prints no
    page for a page break just before a section's). Each with the paragraph of the break that
    ends it, the words printed last before it, and its page where every page's beginning is
    known (Word marked those it laid out, or the pages it counted are the breaks'), else
    None. A blank last page is ``blank_end``'s."""
    found: list[tuple[Para, str, int]] = []
    page, printed, words = 1, False, ""
    begun, mark = True, False  # begun by a break; a paragraph's end on the page since
    by_el = {p.el: p for p in doc.paras}
    for child in doc.doc.element.body:
        para = by_el.get(child)
        if child.tag != w("p") or para is None:
            if child.tag != w("sectPr") and (_prints(child) or "".join(child.itertext()).strip()):
                printed = True
                if turns := len(child.findall(f".//{w('lastRenderedPageBreak')}")):
                    page, begun = page + turns, False  # pages Word began in a table
            continue
        if child.find("w:pPr/w:pageBreakBefore", NS) is not None and printed:
            page, printed, begun, mark = page + 1, False, True, False
        for el in child.iter(w("t"), w("br"), w("lastRenderedPageBreak"), w("drawing"),
                             w("pict"), w("object"), w("sym")):
            if el.tag == w("br") and el.get(w("type")) == "page":
                if not printed and begun and mark:  # two breaks in one paragraph: one page
                    found.append((para, words, page))
                page, printed, begun, mark = page + 1, False, True, False
            elif el.tag == w("lastRenderedPageBreak"):
                if printed:  # a page Word began; after a break it marks the same page
                    page, printed, begun = page + 1, False, False
            elif el.tag != w("br") and (el.tag != w("t") or (el.text or "").strip()):
                printed, words = True, para.clean or words
        sect = child.find("w:pPr/w:sectPr", NS)
        kind = sect.find("w:type", NS) if sect is not None else None
        if sect is not None and (kind is None or kind.get(w("val")) in (None, "nextPage")):
            page, printed, begun, mark = page + 1, False, True, False
        else:
            mark = True
    known = _word_laid_out(doc) or saved_pages(doc) == page
    tail = {p.el for p in _empty_tail(doc)}  # a blank last page is blank_end's
    return [(para, words, at if known else None) for para, words, at in found
            if para.el not in tail]


def _word_laid_out(doc: Document) -> bool:
    root = _extended_properties(doc)
    application = root.find("{*}Application") if root is not None else None
    return application is not None and (application.text or "").startswith("Microsoft") \
        and doc.doc.element.body.find(".//w:lastRenderedPageBreak", NS) is not None


def section_starts(doc: Document) -> dict[int, str]:
    """The first words of each section after the first, by its number: where a clerk finds
    the pages of "section 2" (Word shows no section numbers unless asked)."""
    starts: dict[int, str] = {}
    n, waiting = 1, False
    for para in doc.doc.element.body.iter(w("p")):
        if para.xpath("ancestor::w:txbxContent"):
            continue  # a text box's words print where it floats, not where the section begins
        text = "".join(t.text or "" for t in para.xpath(
            ".//w:t[not(ancestor::w:txbxContent)]")).strip()
        if waiting and text:
            starts[n], waiting = short(text, 40), False
        if para.find("w:pPr/w:sectPr", NS) is not None:
            n, waiting = n + 1, True
    return starts
