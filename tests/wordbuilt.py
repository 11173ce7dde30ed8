"""A letter as a clerk's Word leaves it, built the way Word writes it: its parts numbered by a
Word list (``w:numPr``, the numbers only in numbering.xml), a passage moved with Track Changes
on (``w:moveFrom`` and ``w:moveTo``, both holding ``w:t`` as Word writes them), words inserted
and deleted, a comment, a footnote, a paragraph whose mark was deleted.

The letter starts as the tool renders a spec (its header and signature in borderless tables,
the Nơi nhận in a cell, as the decree's clerks lay them out) and is changed in its XML.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ROMAN = re.compile(r"^(?P<label>[IVX]+)\.\s+")
DECIMAL = re.compile(r"^(?P<label>\d+)\.\s+")
ATTRS = f'w:id="{{id}}" w:author="Nguyễn Văn A" w:date="2026-03-02T08:00:00Z" xmlns:w="{W}"'
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
NUMBERING = (f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="90">'
             '<w:multiLevelType w:val="multilevel"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
             '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
             '<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
             '<w:lvlText w:val="%2."/><w:lvlJc w:val="left"/>'
             '<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl></w:abstractNum>')


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def text_of(paragraph: etree._Element) -> str:
    return "".join(t.text or "" for t in paragraph.iter(w("t")))


def body_paragraphs(document) -> list[etree._Element]:
    return [p for p in document.element.body.iterchildren(w("p"))]


def numbered(document) -> int:
    """The body's typed ``I.``/``1.`` headings drawn by a Word list instead: the label taken
    out of the text, a ``w:numPr`` put in. How many paragraphs it numbered."""
    numbering = document.part.numbering_part.element
    numbering.insert(0, etree.fromstring(NUMBERING))
    numbering.append(etree.fromstring(f'<w:num xmlns:w="{W}" w:numId="90">'
                                      '<w:abstractNumId w:val="90"/></w:num>'))
    count, in_roman = 0, False
    for paragraph in body_paragraphs(document):
        text = text_of(paragraph)
        roman, decimal = ROMAN.match(text), DECIMAL.match(text)
        if roman:
            in_roman, level, cut = True, 0, roman.end()
        elif decimal and in_roman and not re.match(r"\d+\.\d", text):
            level, cut = 1, decimal.end()
        else:
            continue
        _cut_start(paragraph, cut)
        props = paragraph.find(w("pPr"))
        props.insert(0, etree.fromstring(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/>'
                                         '<w:numId w:val="90"/></w:numPr>'))
        count += 1
    return count


def _cut_start(paragraph: etree._Element, count: int) -> None:
    for t in paragraph.iter(w("t")):
        take = min(count, len(t.text or ""))
        t.text, count = (t.text or "")[take:], count - take
        if not count:
            return


def moved(document, text: str, before: str) -> None:
    """The paragraph holding ``text`` moved with Track Changes on to stand before the one
    holding ``before``: the old place keeps its runs in ``w:moveFrom``, the new in ``w:moveTo``."""
    source = next(p for p in body_paragraphs(document) if text in text_of(p))
    target = next(p for p in body_paragraphs(document) if before in text_of(p))
    destination = copy.deepcopy(source)
    for paragraph, kind, n in ((source, "moveFrom", 1), (destination, "moveTo", 3)):
        runs = [r for r in paragraph.iterchildren(w("r"))]
        wrapper = etree.fromstring(f"<w:{kind} {ATTRS.format(id=n)}/>")
        runs[0].addprevious(etree.fromstring(
            f'<w:{kind}RangeStart {ATTRS.format(id=n + 10)} w:name="move1"/>'))
        runs[0].addprevious(wrapper)
        for run in runs:
            wrapper.append(run)
        wrapper.addnext(etree.fromstring(f'<w:{kind}RangeEnd xmlns:w="{W}" w:id="{n + 10}"/>'))
        mark = paragraph.find(w("pPr")).find(w("rPr"))
        if mark is None:
            mark = etree.SubElement(paragraph.find(w("pPr")), w("rPr"))
        mark.insert(0, etree.fromstring(f"<w:{kind} {ATTRS.format(id=n + 20)}/>"))
    target.addprevious(destination)


def revised(document, text: str, deleted: str, inserted: str) -> None:
    """In the paragraph holding ``text``, its run's ``deleted`` words struck out and
    ``inserted`` put in their place, as Word tracks them."""
    paragraph = next(p for p in body_paragraphs(document) if text in text_of(p))
    run = next(r for r in paragraph.iterchildren(w("r")) if deleted in text_of(r))
    before, after = text_of(run).split(deleted, 1)
    props = run.find(w("rPr"))
    shape = etree.tostring(props).decode() if props is not None else ""

    def piece(body: str, tag: str = "t") -> str:
        return (f'<w:r xmlns:w="{W}">{shape}<w:{tag} xml:space="preserve">{body}</w:{tag}>'
                "</w:r>")

    pieces = [etree.fromstring(piece(before)),
              etree.fromstring(f"<w:del {ATTRS.format(id=31)}>{piece(deleted, 'delText')}"
                               "</w:del>"),
              etree.fromstring(f"<w:ins {ATTRS.format(id=32)}>{piece(inserted)}</w:ins>"),
              etree.fromstring(piece(after))]
    for element in pieces:
        run.addprevious(element)
    paragraph.remove(run)


def commented(document, text: str, comment: str) -> None:
    """A Word comment on the paragraph holding ``text``."""
    paragraph = next(p for p in document.paragraphs if text in p.text)
    document.add_comment(paragraph.runs, text=comment, author="Trần Thị B", initials="TB")


def footnoted(document, text: str, note: str) -> None:
    """A footnote, its call after the paragraph holding ``text``, its text in footnotes.xml."""
    paragraph = next(p for p in body_paragraphs(document) if text in text_of(p))
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_TYPE, (
        f'<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
        '<w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" '
        'w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r>'
        f'<w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote></w:footnotes>'
    ).encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    paragraph.append(etree.fromstring(
        f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '<w:footnoteReference w:id="1"/></w:r>'))


def mark_deleted(document, text: str) -> None:
    """The paragraph mark after the paragraph holding ``text`` deleted with Track Changes on:
    the paragraph and the next print as one."""
    paragraph = next(p for p in body_paragraphs(document) if text in text_of(p))
    props = paragraph.find(w("pPr"))
    mark = props.find(w("rPr"))
    if mark is None:
        mark = etree.SubElement(props, w("rPr"))
    mark.insert(0, etree.fromstring(f"<w:del {ATTRS.format(id=41)}/>"))


def save(document, path: Path) -> Path:
    document.save(str(path))
    return path


def open_rendered(path: Path):
    return Document(str(path))
