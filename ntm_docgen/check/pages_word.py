"""The blank page Word prints and LibreOffice does not: a page break standing just before the
end of a section whose next section begins on a new page.

ECMA-376 (Part 1: ``w:br`` §17.3.3.1, ``w:pageBreakBefore``, ``w:sectPr`` and its ``w:type``;
Part 4: ``w:splitPgBreakAndParaMark``): a page break ends its page and
whatever follows it prints on the next; a paragraph whose ``w:pPr`` holds a ``w:sectPr`` is
the last of its section, and the section after it begins as its own ``w:type`` says (a new
page when it says none, ``nextPage``, ``oddPage`` or ``evenPage``). A page break with nothing
printed after it but empty paragraphs, the last of them ending the section, leaves those
paragraphs alone on a page of their own before the next section's page: Word prints it blank.
LibreOffice joins the two breaks and prints no page there. Not told: a break in the very
paragraph that ends the section, whose mark stays on the break's page (Part 4's default),
unless the settings ask it moved to the next page (``w:splitPgBreakAndParaMark``); a next
section that goes on the same page (``continuous``) or in the next column; the end of the
last section (``blank_end``'s).
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.text.parfmt import ParagraphFormat
from lxml import etree

from ntm_docgen.check.paras import Para
from ntm_docgen.check.props import NS, on, w
from ntm_docgen.check.reader import Document

#: What prints though it is no text.
_MARKS = frozenset(w(tag) for tag in ("drawing", "pict", "object", "sym", "fldSimple",
                                      "instrText", "tab", "ptab"))
#: What stands between paragraphs and prints nothing.
_UNPRINTED_MARKS = frozenset(w(tag) for tag in ("bookmarkStart", "bookmarkEnd", "proofErr",
                                                "permStart", "permEnd"))
#: The kinds of section that begin on a new page (ECMA-376's ST_SectionMark).
_NEW_PAGE = frozenset({"nextPage", "oddPage", "evenPage"})


@dataclass(frozen=True)
class WordBlank:
    """A page Word prints blank: the paragraph whose page break begins it (``by_break``) or
    that begins it by its "page break before"; the paragraph that ends the section; the words
    printed last before it."""

    para: Para
    section_end: Para
    by_break: bool
    words: str
    #: every paragraph that begins a page on the way, with whether by a page break: --fix
    #: takes each break out (a page break, then a "page break before" on the empty paragraph)
    breaks: tuple[tuple[Para, bool], ...] = ()


def word_blanks(doc: Document) -> list[WordBlank]:
    """Every page Word prints blank before a section's end, in the order of the letter."""
    body = doc.doc.element.body
    children = list(body)
    by_el = {p.el: p for p in doc.paras}
    ends = [i for i, el in enumerate(children)
            if el.tag == w("p") and el.find("w:pPr/w:sectPr", NS) is not None]
    # the settings move a paragraph's mark after a page break to the next page
    split = doc.setting_on(".//w:splitPgBreakAndParaMark")
    found = []
    for n, end in enumerate(ends):
        after = children[ends[n + 1]].find("w:pPr/w:sectPr", NS) if n + 1 < len(ends) \
            else body.find("w:sectPr", NS)
        if after is None or _kind(after) not in _NEW_PAGE:
            continue
        begun = [(by_el[el], by_break) for el, by_break in
                 _begun(children, end, set(ends), split, doc) if el in by_el]
        if begun and children[end] in by_el:
            para, by_break = begun[-1]  # the first on the page: where the blank page begins
            found.append(WordBlank(para, by_el[children[end]], by_break,
                                   _words_before(doc, para, by_break), tuple(begun)))
    return found


def _kind(sect_pr: etree._Element) -> str:
    kind = sect_pr.find("w:type", NS)
    return (kind.get(w("val")) if kind is not None else None) or "nextPage"


def _begun(children: list[etree._Element], end: int, ends: set[int], split: bool,
           doc: Document) -> list[tuple[etree._Element, bool]]:
    """The paragraphs that begin a page on which nothing prints up to the section's end
    (``children[end]``), each with whether a page break (else its "page break before") begins
    it, the last first; none when something prints on that page."""
    begun: list[tuple[etree._Element, bool]] = []
    for index in range(end, -1, -1):
        el = children[index]
        if el.tag in _UNPRINTED_MARKS:
            continue
        if el.tag != w("p") or (index != end and index in ends):
            break  # a table, or the section before: that page is not empty
        has_break, printed_after, printed = _breaks(el)
        if has_break:
            if printed_after or (index == end and not split):
                return []  # a line prints after it, or its mark ends the break's page
            begun.append((el, True))
            if printed:
                break
        elif printed:
            break
        if _break_before(el, doc):
            begun.append((el, False))
    return begun


def _breaks(p: etree._Element) -> tuple[bool, bool, bool]:
    """Whether paragraph ``p`` holds a page break, prints something after its last one, and
    prints anything at all (hidden runs and deleted text print nothing)."""
    has_break = printed_after = printed = False
    for el in p.iter():
        if _unprinted(el):
            continue
        if el.tag == w("br") and el.get(w("type")) == "page":
            has_break, printed_after = True, False
        elif (el.tag == w("t") and (el.text or "").strip()) or el.tag in _MARKS:
            printed_after = printed = True
    return has_break, printed_after, printed


def _unprinted(el: etree._Element) -> bool:
    """True for what Word does not print: inside a deletion tracked, or a hidden run."""
    return any(a.tag in (w("del"), w("moveFrom")) or _hidden(a)
               for a in (el, *el.iterancestors()))


def _hidden(el: etree._Element) -> bool:
    return el.tag == w("r") and bool(on(el.find("w:rPr/w:vanish", NS)))


def _break_before(p: etree._Element, doc: Document) -> bool:
    """True when paragraph ``p`` begins a page by its own or its style's "page break before"."""
    for level in doc.styles.para_levels(p):
        found = level.find("w:pageBreakBefore", NS)
        if found is not None:
            return bool(on(found))
    return False


def _words_before(doc: Document, para: Para, by_break: bool) -> str:
    """The words printed last before the blank page: the break's own paragraph's, else the
    nearest paragraph's above with text."""
    if by_break and para.clean:
        return para.clean
    return next((p.clean for p in reversed(doc.paras[:para.index]) if p.clean), "")


def remove_break(blank: WordBlank, doc: Document) -> None:
    """Take out the page breaks that begin the blank page: the section's own break then begins
    the next page, and the empty paragraphs stay at the end of the page before."""
    for para, by_break in blank.breaks or ((blank.para, blank.by_break),):
        _take_out(para.el, by_break, doc)


def _take_out(el: etree._Element, by_break: bool, doc: Document) -> None:
    if by_break:
        breaks = [br for br in el.iter(w("br")) if br.get(w("type")) == "page"]
        if breaks:
            breaks[-1].getparent().remove(breaks[-1])
        return
    ppr = el.find("w:pPr", NS)
    own = ppr.find("w:pageBreakBefore", NS) if ppr is not None else None
    if own is not None:
        ppr.remove(own)
    if _break_before(el, doc):  # from its style: turned off on the paragraph itself
        ParagraphFormat(el).page_break_before = False
