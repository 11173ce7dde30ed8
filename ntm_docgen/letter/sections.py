"""A document's sections: its body cut out, appendices appended on pages of their own, turned."""

from __future__ import annotations

import re

from ntm_docgen.errors import TemplateError
from ntm_docgen.i18n import _

#: The body's content, then its last (body-level) section properties.
BODY = re.compile(r"(<w:body>)(.*)(<w:sectPr\b(?:(?!<w:sectPr\b).)*</w:sectPr>)(\s*</w:body>)",
                  re.DOTALL)


def split_document(document_xml: str) -> tuple[str, str, str, str]:
    """A ``document.xml`` cut into: up to ``<w:body>``, the content, the last section's
    properties, and the rest. Earlier sections (a phụ lục's) stay inside the content.

    >>> split_document("<w:document><w:body><w:p/><w:p><w:pPr><w:sectPr/></w:pPr></w:p><w:p/>"
    ...                "<w:sectPr><w:pgSz/></w:sectPr></w:body></w:document>")[1:3]
    ('<w:p/><w:p><w:pPr><w:sectPr/></w:pPr></w:p><w:p/>', '<w:sectPr><w:pgSz/></w:sectPr>')
    """
    match = BODY.search(document_xml)
    if match is None:
        raise TemplateError(_("the document has no body section"))
    return (document_xml[:match.end(1)], match.group(2), match.group(3),
            document_xml[match.end(3):])


def section_break(section: str, restart_numbering: bool) -> str:
    """A paragraph that ends a section with the given properties (a new page follows)."""
    return f"<w:p><w:pPr>{numbered(section, restart_numbering)}</w:pPr></w:p>"


def numbered(section: str, restart: bool) -> str:
    """The section properties, with page numbering restarted at 1 when ``restart``."""
    section = re.sub(r"<w:pgNumType[^>]*/>", "", section)
    if restart:
        section = re.sub(r"(<w:pgMar\b[^>]*/>)", r'\1<w:pgNumType w:start="1"/>', section)
    return section


def join_sections(document_xml: str, extra_sections: list[str],
                  landscape: list[bool] | None = None) -> str:
    """Append page-separated sections (appendices) after the letter, each numbered from 1;
    those marked in ``landscape`` on landscape pages."""
    if not extra_sections:
        return document_xml
    turned = landscape or [False] * len(extra_sections)
    match = BODY.search(document_xml)
    assert match is not None
    section = match.group(3)
    parts = [match.group(2), section_break(section, restart_numbering=False)]
    for index, content in enumerate(extra_sections):
        own = turn(section) if turned[index] else section
        parts.append(content)
        if index < len(extra_sections) - 1:
            parts.append(section_break(own, restart_numbering=True))
        else:
            parts.append(numbered(own, restart=True))
    return document_xml[:match.start(2)] + "".join(parts) + document_xml[match.end(3):]


def turn(section: str) -> str:
    """The section properties on landscape A4: width and height swapped, margins kept.

    >>> turn('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>')
    '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>'
    """
    def swap(match: re.Match[str]) -> str:
        width, height = match.group(1), match.group(2)
        return f'<w:pgSz w:w="{height}" w:h="{width}" w:orient="landscape"/>'

    return re.sub(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"[^>]*/>', swap, section)
