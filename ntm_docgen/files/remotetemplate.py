"""A Word file's template on another computer left out of what the tool writes from it.

Word fetches a file's attached template as it opens it: a template at an address
(``http://…/x.dotm``) is a known way to run a sender's macros on the reader's computer. A copy or
a corrected letter the agency sends on keeps the letter and drops that link (and the setting that
names it); Word then opens it with its own Normal template, as for any letter.
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
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def without_remote_template(parts: Mapping[str, bytes]) -> dict[str, bytes]:
    """The parts of ``parts`` to write again without an outside attached template: each
    relationships part that names one, and the part whose setting points to it (empty when
    none does)."""
    changed: dict[str, bytes] = {}
    for name, data in parts.items():
        if not name.endswith(".rels") or b"attachedTemplate" not in data:
            continue
        root = etree.fromstring(data, _PARSER)
        gone = [rel for rel in root if rel.get("Type") == TEMPLATE
                and rel.get("TargetMode") == "External"]
        if not gone:
            continue
        ids = {rel.get("Id") for rel in gone}
        for rel in gone:
            root.remove(rel)
        changed[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                       standalone=True)
        folder, base = posixpath.split(name)
        source = posixpath.join(posixpath.dirname(folder), base[: -len(".rels")])
        if source in parts:
            setting = etree.fromstring(parts[source], _PARSER)
            for element in list(setting.iter(f"{{{_W}}}attachedTemplate")):
                if element.get(f"{{{_R}}}id") in ids and element.getparent() is not None:
                    element.getparent().remove(element)
            changed[source] = etree.tostring(setting, xml_declaration=True, encoding="UTF-8",
                                             standalone=True)
    return changed


def drop_remote_template(path: Path | str) -> None:
    """Write the Word file at ``path`` again without an outside attached template, if it has
    one (a file just written by python-docx, before it is put in place)."""
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
    """Save the python-docx ``document`` at ``path`` without an outside attached template."""
    document.save(str(path))  # type: ignore[attr-defined]
    drop_remote_template(path)
