"""A document's sections: its body cut out, appendices appended on pages of their own, turned."""

from __future__ import annotations

import re
from typing import NamedTuple

from ntm_docgen.errors import TemplateError
from ntm_docgen.i18n import _

_PARAGRAPH = re.compile(r"<w:p[\s>]")


class Body(NamedTuple):
    """Where a ``document.xml``'s body content starts, where its last (body-level) section
    properties start, and where they end."""

    start: int
    section: int
    end: int


def find_body(document_xml: str) -> Body | None:
    """The body's content and its last section properties, found by searching for their tags
    from both ends (one pass: a pattern reading the rest of the document at each ``<w:sectPr``
    took quadratic time on a document holding many).

    >>> xml = "<w:body><w:p/><w:sectPr><w:pgSz/></w:sectPr>\\n</w:body>"
    >>> body = find_body(xml)
    >>> xml[body.start:body.section], xml[body.section:body.end]
    ('<w:p/>', '<w:sectPr><w:pgSz/></w:sectPr>')
    >>> find_body("<w:body><w:p/></w:body>") is None
    True
    """
    opening = document_xml.find("<w:body>")
    closing = document_xml.rfind("</w:body>")
    if opening < 0 or closing < opening:
        return None
    start = opening + len("<w:body>")
    end = document_xml.rfind("</w:sectPr>", start, closing)
    if end < 0 or document_xml[end + len("</w:sectPr>"):closing].strip():
        return None
    end += len("</w:sectPr>")
    section = end
    while (section := document_xml.rfind("<w:sectPr", start, section)) >= 0:
        after = document_xml[section + len("<w:sectPr"):section + len("<w:sectPr") + 1]
        if not (after.isalnum() or after == "_"):  # <w:sectPr> or <w:sectPr …>, not sectPrChange
            return Body(start, section, end)
    return None


def first_content(body: str) -> int | None:
    """Where a body's first paragraph's content begins (where a bookmark on it goes): after
    its tag and its properties, if any (searched for, not matched by one pattern, which read
    the rest of the body again at each paragraph whose properties never closed).

    >>> body = '<w:tbl/><w:p w:rsidR="1"><w:pPr><w:jc w:val="center"/></w:pPr><w:r/></w:p>'
    >>> body[first_content(body):]
    '<w:r/></w:p>'
    >>> first_content('<w:p w:rsidR="2"/><w:p>')
    23
    >>> first_content('<w:p/>') is None
    True
    """
    for paragraph in _PARAGRAPH.finditer(body):
        tag_end = body.find(">", paragraph.start())
        if tag_end < 0:
            return None
        if body[tag_end - 1] == "/":
            continue  # an empty paragraph: the bookmark goes in the next
        if body.startswith("<w:pPr>", tag_end + 1):
            closing = body.find("</w:pPr>", tag_end)
            return None if closing < 0 else closing + len("</w:pPr>")
        return tag_end + 1
    return None


def split_document(document_xml: str) -> tuple[str, str, str, str]:
    """A ``document.xml`` cut into: up to ``<w:body>``, the content, the last section's
    properties, and the rest. Earlier sections (a phụ lục's) stay inside the content.

    >>> split_document("<w:document><w:body><w:p/><w:p><w:pPr><w:sectPr/></w:pPr></w:p><w:p/>"
    ...                "<w:sectPr><w:pgSz/></w:sectPr></w:body></w:document>")[1:3]
    ('<w:p/><w:p><w:pPr><w:sectPr/></w:pPr></w:p><w:p/>', '<w:sectPr><w:pgSz/></w:sectPr>')
    """
    body = find_body(document_xml)
    if body is None:
        raise TemplateError(_("the document has no body section"))
    return (document_xml[:body.start], document_xml[body.start:body.section],
            document_xml[body.section:body.end], document_xml[body.end:])


#: The properties of the paragraph that carries a section break: no space before or after it,
#: one point high. The letter ends with its signature table and a paragraph must follow a
#: table; in the body's type, when the table reached the page's foot, that paragraph went
#: over to a page of its own which printed blank, the appendix starting after it.
BREAK_PARAGRAPH = ('<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
                   '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>')


def section_break(section: str, restart_numbering: bool) -> str:
    """A paragraph that ends a section with the given properties (a new page follows)."""
    return f"<w:p><w:pPr>{BREAK_PARAGRAPH}{numbered(section, restart_numbering)}</w:pPr></w:p>"


def numbered(section: str, restart: bool) -> str:
    """The section properties, with page numbering restarted at 1 when ``restart``."""
    section = re.sub(r"<w:pgNumType[^<>]*/>", "", section)  # [^<>]: linear on any text
    if restart:
        section = re.sub(r"(<w:pgMar\b[^<>]*/>)", r'\1<w:pgNumType w:start="1"/>', section)
    return section


def join_sections(document_xml: str, extra_sections: list[str],
                  landscape: list[bool] | None = None) -> str:
    """Append page-separated sections (appendices) after the letter, each numbered from 1;
    those marked in ``landscape`` on landscape pages."""
    if not extra_sections:
        return document_xml
    turned = landscape or [False] * len(extra_sections)
    body = find_body(document_xml)
    assert body is not None
    section = document_xml[body.section:body.end]
    parts = [document_xml[body.start:body.section], section_break(section, restart_numbering=False)]
    for index, content in enumerate(extra_sections):
        own = turn(section) if turned[index] else section
        parts.append(content)
        if index < len(extra_sections) - 1:
            parts.append(section_break(own, restart_numbering=True))
        else:
            parts.append(numbered(own, restart=True))
    return document_xml[:body.start] + "".join(parts) + document_xml[body.end:]


def turn(section: str) -> str:
    """The section properties on landscape A4: width and height swapped, margins kept.

    >>> turn('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>')
    '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>'
    """
    def swap(match: re.Match[str]) -> str:
        width, height = match.group(1), match.group(2)
        return f'<w:pgSz w:w="{height}" w:h="{width}" w:orient="landscape"/>'

    return re.sub(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"[^>]*/>', swap, section)
