"""The block's page as reportlab wrote it, read straight from its bytes for an appended copy.

reportlab writes a small, plain PDF: a cross-reference table, one object after another, each
stream's ``/Length`` written out. The objects the block's page uses (its fonts, their
descriptors, programs and ToUnicode maps) are copied into the copy's update as written, their
references renumbered, without pypdf parsing them into objects and writing them out again
(which cost as much as the rest of the copy's update). A page this reader does not expect is
left to pypdf (:func:`read_drawn` returns None).
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pypdf.generic import IndirectObject, PdfObject

_XREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TABLE = re.compile(rb"xref\s+0\s+(\d+)\s+")
_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_REFERENCE = re.compile(rb"(?<![\w./])(\d+) 0 R(?![\w])")
_LENGTH = re.compile(rb"/Length (\d+)(?![\d.]| \d+ R)")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/\w+)")
_DECODE: dict[bytes, Callable[[bytes], bytes]] = {
    b"/ASCII85Decode": lambda data: base64.a85decode(data, adobe=True),
    b"/FlateDecode": zlib.decompress,
}


@dataclass(frozen=True)
class Drawn:
    """A one-page PDF written by reportlab: its content (decoded), its resource dictionary as
    written, and every object's text by number (from just after ``N 0 obj`` to ``endobj``)."""

    content: bytes
    resources: bytes
    objects: dict[int, bytes]
    box: tuple[float, float, float, float]

    @property
    def size(self) -> tuple[float, float]:
        return self.box[2] - self.box[0], self.box[3] - self.box[1]


class Raw(PdfObject):
    """An object written as it is given (already renumbered for the update)."""

    def __init__(self, text: bytes) -> None:
        self.text = text

    def write_to_stream(self, stream: Any, encryption_key: Any = None) -> None:
        stream.write(self.text)


def read_drawn(pdf: bytes) -> Drawn | None:
    """The page of reportlab's ``pdf``; None for anything but the plain file it writes (one
    page, a table, direct lengths, the filters it uses)."""
    try:
        objects = _objects(pdf)
        page = next(_head(text) for text in objects.values()
                    if re.search(rb"/Type /Page\b", _head(text)))
        contents = re.search(rb"/Contents (\d+) 0 R", page)
        box = re.search(rb"/MediaBox \[([^\]]*)\]", page)
        resources = _dictionary(page, page.index(b"/Resources") + len(b"/Resources"))
        if contents is None or box is None or resources is None:
            return None
        left, bottom, right, top = (float(v) for v in box.group(1).split())
        return Drawn(_decoded(objects[int(contents.group(1))]), resources, objects,
                     (left, bottom, right, top))
    except (ValueError, KeyError, StopIteration, zlib.error):
        return None


def copy_resources(drawn: Drawn, add: Callable[[PdfObject], IndirectObject],
                   put: Callable[[IndirectObject, PdfObject], None]) -> Raw:
    """The page's resource dictionary, every object it reaches copied with ``add`` (a number
    taken first) and ``put`` (its text, references renumbered)."""
    numbers: dict[int, IndirectObject] = {}
    waiting = [int(n) for n in _REFERENCE.findall(drawn.resources)]
    while waiting:
        number = waiting.pop()
        if number in numbers:
            continue
        numbers[number] = add(Raw(b"null"))
        waiting.extend(int(n) for n in _REFERENCE.findall(_head(drawn.objects[number])))

    def renumbered(text: bytes) -> bytes:
        return _REFERENCE.sub(lambda m: b"%d 0 R" % numbers[int(m.group(1))].idnum, text)

    for number, reference in numbers.items():
        text = drawn.objects[number]
        head = _head(text)
        put(reference, Raw(renumbered(head) + text[len(head):]))
    return Raw(renumbered(drawn.resources))


def _objects(pdf: bytes) -> dict[int, bytes]:
    """Every object's text, found through the file's one cross-reference table."""
    end = _XREF.search(pdf[-64:])
    table = _TABLE.match(pdf, int(end.group(1))) if end is not None else None
    if table is None:
        raise ValueError("no table")
    found = {}
    for number, entry in enumerate(_ENTRY.finditer(pdf, table.end())):
        if number == int(table.group(1)):
            break
        if entry.group(3) != b"n":
            continue
        offset = int(entry.group(1))
        head = b"%d 0 obj" % number
        if not pdf.startswith(head, offset):
            raise ValueError(f"object {number} is not where the table says")
        found[number] = _object_text(pdf, offset + len(head))
    return found


def _object_text(pdf: bytes, start: int) -> bytes:
    """From ``start`` to the object's ``endobj``; a stream's data skipped by its length (its
    bytes may hold anything), then checked to end at ``endstream``."""
    end = pdf.index(b"endobj", start)
    keyword = pdf.find(b"stream", start, end)
    if keyword < 0:
        return pdf[start:end]
    length = _LENGTH.search(pdf, start, keyword)
    if length is None:
        raise ValueError("a stream without a written length")
    data = keyword + len(b"stream") + (2 if pdf.startswith(b"\r\n", keyword + 6) else 1)
    after = data + int(length.group(1))
    close = pdf.index(b"endstream", after)
    if pdf[after:close].strip():
        raise ValueError("a stream longer than its length")
    return pdf[start:pdf.index(b"endobj", close)]


def _head(text: bytes) -> bytes:
    """An object's text before its stream data (references are looked for there alone)."""
    keyword = text.find(b"stream")
    return text if keyword < 0 else text[:keyword]


def _dictionary(text: bytes, start: int) -> bytes | None:
    """The ``<< ... >>`` that begins after ``start`` (spaces skipped), nested ones included."""
    begin = text.index(b"<<", start)
    if text[start:begin].strip():
        return None
    depth, at = 0, begin
    while at < len(text):
        if text.startswith(b"<<", at):
            depth, at = depth + 1, at + 2
        elif text.startswith(b">>", at):
            depth, at = depth - 1, at + 2
            if depth == 0:
                return text[begin:at]
        elif text[at:at + 1] == b"(":
            return None  # a string in the resources: not what reportlab writes for a block
        else:
            at += 1
    return None


def _decoded(text: bytes) -> bytes:
    """A stream object's data with its filters undone (only those reportlab uses)."""
    head = _head(text)
    found = _FILTER.search(head)
    names = re.findall(rb"/\w+", found.group(1)) if found else []
    length = int(_LENGTH.search(head).group(1))  # type: ignore[union-attr]
    start = len(head) + len(b"stream") + (2 if text.startswith(b"\r\n", len(head) + 6) else 1)
    data = text[start:start + length]
    for name in names:
        data = _DECODE[name](data)
    return data
