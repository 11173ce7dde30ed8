"""A DOCX the project did not write, as read (``docxopen``), written back with one part changed.

Every other member (styles, numbering, headers, footers, images, settings) is copied with the
same bytes, name, order, compression and time stamp; the main part is re-serialised by lxml
after the copy block's elements are added, so nothing of the original is lost.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ntm_docgen.errors import InputFileError
from ntm_docgen.files.remotetemplate import without_remote_template
from ntm_docgen.i18n import _

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: Body children that are content (others are bookmarks, permissions and the like).
CONTENT = tuple(f"{{{W}}}{t}" for t in ("p", "tbl", "sdt", "customXml", "altChunk"))
#: The section properties that come before w:type.
HEADERS = (f"{{{W}}}headerReference", f"{{{W}}}footerReference", f"{{{W}}}footnotePr",
           f"{{{W}}}endnotePr")
#: What makes a paragraph visible on the page.
VISIBLE = tuple(f"{{{W}}}{t}" for t in ("t", "drawing", "pict", "object", "br", "sym", "tab",
                                       "ptab", "fldSimple", "instrText", "footnoteReference",
                                       "endnoteReference", "cr"))
MARK = "ntm-docgen copy block"
_DECLARATION = re.compile(rb'<\?xml[^>]*?(?:encoding=["\']([\w.-]+)["\'][^>]*)?\?>\s*')


def w(tag: str) -> str:
    """Clark name of a WordprocessingML element or attribute."""
    return f"{{{W}}}{tag}"


@dataclass
class DocxPackage:
    """The members of a DOCX in their order, and its main document part parsed."""

    path: Path
    infos: list[zipfile.ZipInfo]
    data: dict[str, bytes]
    main: str
    root: etree._Element = field(repr=False)
    #: The elements ``insert_before_section`` added (the copy block).
    added: list[etree._Element] = field(default_factory=list, repr=False)

    @property
    def body(self) -> etree._Element:
        found = self.root.find(w("body"))
        if found is None:
            raise InputFileError(self.path, _("has no document body; is it a Word document?"))
        return found

    def final_section(self) -> etree._Element | None:
        """The body's last ``w:sectPr`` (the last section's properties), if it has one
        (comments after it, which hand-edited files carry, are passed over)."""
        elements = [e for e in self.body if isinstance(e.tag, str)]
        last = elements[-1] if elements else None
        return last if last is not None and last.tag == w("sectPr") else None

    def block_anchor(self) -> tuple[etree._Element | None, etree._Element | None]:
        """Where the copy block goes: before which element (None: at the body's end), and the
        properties of the section it lands in.

        After the last content, before the final section properties; but when the original
        ends in a section break followed by nothing visible (an empty last section, as Word
        writes after "Insert > Break > Next page" at the end), before the empty paragraph that
        holds the break: the block then stays on the page of the last content.
        """
        section = self.final_section()
        anchor, governing = section, section
        for element in reversed([e for e in self.body if isinstance(e.tag, str)]):
            if element is section or element.tag not in CONTENT:
                continue
            if element.tag != w("p") or _visible(element):
                break
            breaks = element.find(f"{w('pPr')}/{w('sectPr')}")
            if breaks is not None:
                anchor, governing = element, breaks
        return anchor, governing

    def lift_last_section(self) -> None:
        """A body that ends in a paragraph holding the section properties, with none after
        it: they are the last section's, so they move to the body's end, where the block goes
        before them (else the block would open a new section of default page settings)."""
        if self.final_section() is not None:
            return
        content = [e for e in self.body if isinstance(e.tag, str) and e.tag in CONTENT]
        found = content[-1].find(f"{w('pPr')}/{w('sectPr')}") if content else None
        if found is not None and content[-1].tag == w("p"):
            found.getparent().remove(found)
            self.body.append(found)

    def close_columns(self) -> list[etree._Element]:
        """When the block's section is set in columns: an empty paragraph that closes it with
        its own properties, to go before the block; the block's section then keeps the page
        setup in one column, continuous, so the block spans the page under the columns (Word
        and LibreOffice then balance the columns of that last page)."""
        section = self.block_anchor()[1]
        cols = section.find(w("cols")) if section is not None else None
        if section is None or cols is None or (cols.get(w("num"), "1") in ("", "0", "1")
                                               and len(cols.findall(w("col"))) < 2):
            return []
        closing = etree.Element(w("p"))
        etree.SubElement(closing, w("pPr")).append(copy.deepcopy(section))
        for child in list(cols):
            cols.remove(child)
        cols.set(w("num"), "1")
        cols.attrib.pop(w("equalWidth"), None)
        kind = section.find(w("type"))
        if kind is None:
            kind = etree.Element(w("type"))
            section.insert(next((i for i, e in enumerate(section) if e.tag not in HEADERS), 0),
                           kind)
        kind.set(w("val"), "continuous")
        return [closing]

    def text_width(self, default: int) -> int:
        """The text width in twips of the section the block lands in: page width less margins
        and gutter."""
        section = self.block_anchor()[1]
        size = section.find(w("pgSz")) if section is not None else None
        margins = section.find(w("pgMar")) if section is not None else None
        if size is None or margins is None:
            return default
        try:
            width = int(size.get(w("w"), "0")) - sum(
                int(margins.get(w(side), "0")) for side in ("left", "right", "gutter"))
        except ValueError:
            return default
        return width if 1440 < width < 100_000 else default

    def to_bytes(self) -> bytes:
        """The package again, with the main part changed and every other part unchanged.

        When the block went before the final section properties, its bytes are put into the
        original main part there, so everything before and after them keeps the original's
        bytes; otherwise (TRÍCH SAO, a trailing section break) the main part is re-serialised
        after the original's own XML declaration.
        """
        main = self._spliced()
        if main is None:
            prolog = xml_prolog(self.data[self.main])
            main = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8",
                                  standalone=True) if prolog is None else \
                prolog + etree.tostring(self.root.getroottree(), encoding="UTF-8")
        parts = {**self.data, self.main: main}
        parts.update(without_remote_template(parts))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as out:
            for info in self.infos:
                out.writestr(info, parts[info.filename])
        return buffer.getvalue()

    def _spliced(self) -> bytes | None:
        """The original main part with the added elements' bytes put in before its final
        ``w:sectPr``, if that is where they went and the result reads back as the tree."""
        section = self.final_section()
        if not self.added or section is None or self.added[-1].getnext() is not section:
            return None
        marks = etree.Comment(MARK), etree.Comment(MARK)
        self.added[0].addprevious(marks[0])
        section.addprevious(marks[1])
        try:
            whole = etree.tostring(self.root.getroottree(), encoding="UTF-8")
        finally:
            for mark in marks:
                mark.getparent().remove(mark)
        tag, raw = f"<!--{MARK}-->".encode(), self.data[self.main]
        first = whole.index(tag) + len(tag)
        block = whole[first:whole.index(tag, first)]
        at = raw.rfind(f"<{section.prefix}:sectPr".encode() if section.prefix else b"<sectPr")
        if at < 0:
            return None
        spliced = raw[:at] + block + raw[at:]
        try:
            again = etree.fromstring(spliced, etree.XMLParser(huge_tree=True))
        except etree.XMLSyntaxError:
            return None
        same = etree.tostring(again, method="c14n") == etree.tostring(self.root, method="c14n")
        return spliced if same else None


def xml_prolog(raw: bytes) -> bytes | None:
    """A UTF-8 part's XML declaration with the white space after it, else None.

    >>> xml_prolog(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\\r\\n<w:document/>')
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\\r\\n'
    >>> xml_prolog(b"<?xml version='1.0' encoding='UTF-16'?><a/>") is None
    True
    """
    match = _DECLARATION.match(raw)
    if match is None or (match.group(1) or b"utf-8").lower() not in (b"utf-8", b"utf8"):
        return None
    return match.group(0)


def _visible(p: etree._Element) -> bool:
    """Whether a paragraph shows anything: text, a picture, an object, a break or a field."""
    return any(True for _ in p.iter(*VISIBLE))


def paragraph_text(element: etree._Element) -> str:
    """The visible text of a paragraph or table: its w:t, tabs as spaces."""
    parts = []
    for node in element.iter(w("t"), w("tab")):
        parts.append(node.text or "" if node.tag == w("t") else " ")
    return "".join(parts)


def parse_fragment(xml: str) -> list[etree._Element]:
    """Body elements from a WordprocessingML fragment."""
    wrapper = (f'<x xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
               f'2006/relationships">{xml}</x>')
    return list(etree.fromstring(wrapper))


def insert_before_section(package: DocxPackage, elements: list[etree._Element]) -> None:
    """Add body elements after the last content, before the final section properties (or
    before a trailing empty section break: see ``DocxPackage.block_anchor``)."""
    body = package.body
    package.lift_last_section()
    anchor = package.block_anchor()[0]
    package.added.extend(elements)
    for element in elements:
        if anchor is not None:
            anchor.addprevious(element)
        else:
            body.append(element)


def block_lines(body: etree._Element) -> list[str]:
    """The text of every paragraph of ``body``, in order, as a copy block is looked for in it;
    a paragraph in a table row of three or more cells with text is given as "": a table of
    data or examples (a guidance's table of the forms, "Chỉ dẫn loại bản sao | In hoa | 14 |
    SAO Y BẢN CHÍNH"), never the two columns a copy block is laid out in.

    >>> row = lambda *cells: "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>"
    ...                              for c in cells)
    >>> body = parse_fragment(f"<w:body><w:tbl><w:tr>{row('14.', 'In hoa', 'SAO Y')}</w:tr>"
    ...                       f"<w:tr>{row('SỞ NỘI VỤ', 'SAO Y')}</w:tr></w:tbl></w:body>")[0]
    >>> block_lines(body)
    ['', '', '', 'SỞ NỘI VỤ', 'SAO Y']
    """
    filled: dict[etree._Element, bool] = {}
    lines = []
    for p in body.iter(w("p")):
        row = next(p.iterancestors(w("tr")), None)
        if row is not None and row not in filled:
            filled[row] = sum(1 for cell in row.iterchildren(w("tc"))
                              if paragraph_text(cell).strip()) >= 3
        lines.append("" if row is not None and filled[row] else paragraph_text(p))
    return lines
