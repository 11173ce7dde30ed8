"""What a Word file would fetch from another computer as it opens, left out of what the tool
writes from it.

Word fetches as it opens a file its attached template, a picture linked at an address, a linked
OLE object, a sub-document, a frame's page and a mail merge's data source: a template at an
address (``http://…/x.dotm``) is a known way to run a sender's macros on the reader's computer,
and any of them tells the sender who opened the letter, and when. A copy or a corrected letter
the agency sends on keeps the letter and drops those links (and the elements that use them: a
linked picture keeps its embedded image, if any); Word then opens it with its own Normal
template, as for any letter. A hyperlink, fetched only when clicked, is kept.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Mapping
from pathlib import Path

from lxml import etree

_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TEMPLATE = _R + "/attachedTemplate"
#: The outside links kept: a hyperlink is followed only when the reader clicks it.
KEPT = {_R + "/hyperlink", "http://purl.oclc.org/ooxml/officeDocument/relationships/hyperlink"}
_STRICT_R = "http://purl.oclc.org/ooxml/officeDocument/relationships"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def _xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _unlink(source: bytes, ids: set[str]) -> bytes:
    """The part ``source`` without the elements that use a relationship of ``ids``: a
    picture's link (its ``r:link``) alone, so that an embedded image stays."""
    root = etree.fromstring(source, _PARSER)
    for element in list(root.iter()):
        for name, value in element.attrib.items():
            qname = etree.QName(name)
            if value not in ids or (qname.namespace not in (_R, _STRICT_R)
                                    and qname.localname != "relid"):  # VML's o:relid
                continue
            if element.tag == f"{{{_A}}}blip" and qname.localname == "link":
                del element.attrib[name]
            elif element.getparent() is not None:
                element.getparent().remove(element)
            break
    return _xml(root)


def without_remote_template(parts: Mapping[str, bytes]) -> dict[str, bytes]:
    """The parts of ``parts`` to write again without a link Word follows to another computer
    as it opens the file: each relationships part that names one, and the part whose elements
    use it (empty when none does)."""
    changed: dict[str, bytes] = {}
    for name, data in parts.items():
        if not name.endswith(".rels") or b"External" not in data:
            continue
        root = etree.fromstring(data, _PARSER)
        gone = [rel for rel in root if rel.get("TargetMode") == "External"
                and rel.get("Type") not in KEPT]
        if not gone:
            continue
        ids = {rel.get("Id") or "" for rel in gone}
        for rel in gone:
            root.remove(rel)
        changed[name] = _xml(root)
        folder, base = posixpath.split(name)
        source = posixpath.join(posixpath.dirname(folder), base[: -len(".rels")])
        if source in parts and source.lower().endswith(".xml"):
            changed[source] = _unlink(parts[source], ids)
    return changed


def drop_remote_template(path: Path | str) -> None:
    """Write the Word file at ``path`` again without the links it would follow to another
    computer as it opens, if it has any (a file just written by python-docx, before it is
    put in place)."""
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        parts = {info.filename: archive.read(info) for info in infos}
    changed = without_remote_template(parts)
    if not changed:
        return
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in infos:
            out.writestr(info, changed.get(info.filename, parts[info.filename]))
    Path(path).write_bytes(buffer.getvalue())


def save_word(document: object, path: Path | str) -> None:
    """Save the python-docx ``document`` at ``path`` without links to another computer."""
    document.save(str(path))  # type: ignore[attr-defined]
    drop_remote_template(path)
