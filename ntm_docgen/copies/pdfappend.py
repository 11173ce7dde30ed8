"""A copy appended to its PDF original as an incremental update: the original's bytes kept.

Only what the copy changes is written after the original's last byte: the page that gets the
block (and, for an added page, the page-tree nodes that count it), the new objects (the block's
form, its fonts, two content streams), and a cross-reference section of the same kind as the
original's last one (a table, or a stream) that points back to it (``/Prev``). Nothing else of the
original is read again or rewritten, so the copy costs little more than the block itself, and a
digital signature in the original still covers exactly the bytes it signed: a reader shows the
original's signature as valid for the revision it signed, with the copy's block as a later
change to the document (ISO 32000-1, 7.5.6 and 12.8).
"""

from __future__ import annotations

import io
import struct
from typing import Any, cast

from pypdf import PageObject, PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
)


class Update:
    """The objects of one incremental update of ``reader``'s file, written by :meth:`write`."""

    def __init__(self, reader: PdfReader, data: bytes) -> None:
        self.reader = reader
        self.data = data
        # numbered after the highest object the file holds, whatever its trailer's /Size says: a
        # /Size too small would give new objects the numbers of old ones (the catalog's among them)
        used = [number for numbers in reader.xref.values() for number in numbers]
        used += list(reader.xref_objStm)
        self.size = max(int(cast(int, reader.trailer["/Size"])), max(used, default=0) + 1)
        self.objects: dict[int, tuple[int, PdfObject]] = {}  # number -> (generation, object)

    # -- what the copy adds and changes ----------------------------------------------------------

    def add(self, obj: PdfObject) -> IndirectObject:
        """A new object, numbered after the original's last one."""
        number = self.size
        self.size += 1
        self.objects[number] = (0, obj)
        return IndirectObject(number, 0, self.reader)

    def change(self, reference: IndirectObject, obj: PdfObject) -> None:
        """Write ``obj`` in place of the original's object ``reference``."""
        self.objects[reference.idnum] = (reference.generation, obj)

    def imported(self, value: Any, seen: dict[tuple[int, int], IndirectObject] | None = None
                 ) -> Any:
        """A copy of an object of another PDF (the drawn block), its references renumbered
        into this update; streams keep their encoded bytes."""
        seen = {} if seen is None else seen
        if isinstance(value, IndirectObject):
            key = (id(value.pdf), value.idnum)
            if key not in seen:
                seen[key] = self.add(NumberObject(0))  # the number, taken before its content
                self.objects[seen[key].idnum] = (0, self.imported(value.get_object(), seen))
            return seen[key]
        if isinstance(value, StreamObject):
            fields: dict[Any, Any] = {NameObject(k): self.imported(v, seen)
                                      for k, v in value.items() if k != "/Length"}
            fields["__streamdata__"] = value._data
            return StreamObject.initialize_from_dictionary(fields)
        if isinstance(value, DictionaryObject):
            return DictionaryObject({NameObject(k): self.imported(v, seen)
                                     for k, v in value.items()})
        if isinstance(value, ArrayObject):
            return ArrayObject(self.imported(v, seen) for v in value)
        return value

    def page(self, index: int) -> PageObject:
        """Page ``index`` as a new object to change (the original's stays as read); give it
        back with :meth:`change`."""
        found = self.reader.pages[index]
        page = PageObject(self.reader, found.indirect_reference)
        page.update(found)
        return page

    def add_page(self, width: float, height: float) -> PageObject:
        """A blank page after the last one: its page-tree node and the node's ancestors
        counted again."""
        last = self.reader.pages[-1]
        parent_reference = last.raw_get("/Parent")
        page = PageObject(self.reader)
        page.update({NameObject("/Type"): NameObject("/Page"),
                     NameObject("/Parent"): parent_reference,
                     NameObject("/MediaBox"): ArrayObject(NumberObject(v) for v in (0, 0, 0, 0)),
                     NameObject("/Resources"): DictionaryObject()})
        page.mediabox.upper_right = (width, height)
        reference = self.add(page)
        page.indirect_reference = reference
        node: Any = parent_reference
        first = True
        while isinstance(node, IndirectObject):
            changed = DictionaryObject(cast(DictionaryObject, node.get_object()))
            if first:
                kids = cast(ArrayObject, changed["/Kids"])
                changed[NameObject("/Kids")] = ArrayObject([*kids, reference])
                first = False
            changed[NameObject("/Count")] = NumberObject(int(cast(int, changed["/Count"])) + 1)
            self.change(node, changed)
            node = changed.raw_get("/Parent") if "/Parent" in changed else None
        return page

    # -- writing ---------------------------------------------------------------------------------

    def write(self) -> bytes:
        """The original's bytes, then the update."""
        out = io.BytesIO()
        out.write(self.data)
        if not self.data.endswith((b"\n", b"\r")):
            out.write(b"\n")
        places: dict[int, tuple[int, int]] = {}
        for number in sorted(self.objects):
            generation, obj = self.objects[number]
            places[number] = (out.tell(), generation)
            out.write(f"{number} {generation} obj\n".encode())
            obj.write_to_stream(out)
            out.write(b"\nendobj\n")
        trailer = self._trailer()
        if self._table_kind() == "table":
            start = out.tell()
            # object 0 (the head of the free list) first, as the file's first table has it:
            # readers that expect a section to start at 0 then read the numbers as written
            out.write(b"xref\n0 1\n0000000000 65535 f\r\n")
            for first, numbers in _runs(sorted(places)):
                out.write(f"{first} {len(numbers)}\n".encode())
                for number in numbers:
                    offset, generation = places[number]
                    out.write(f"{offset:010d} {generation:05d} n\r\n".encode())
            out.write(b"trailer\n")
            trailer.write_to_stream(out)
            out.write(f"\nstartxref\n{start}\n%%EOF\n".encode())
        else:
            number = self.size
            start = out.tell()
            places[number] = (start, 0)
            rows = b"".join(struct.pack(">BIH", 1, *places[n]) for n in sorted(places))
            fields: dict[Any, Any] = {
                **trailer,
                NameObject("/Type"): NameObject("/XRef"),
                NameObject("/Size"): NumberObject(number + 1),
                NameObject("/W"): ArrayObject(NumberObject(w) for w in (1, 4, 2)),
                NameObject("/Index"): ArrayObject(
                    NumberObject(v) for first, numbers in _runs(sorted(places))
                    for v in (first, len(numbers))),
                "__streamdata__": rows,
            }
            out.write(f"{number} 0 obj\n".encode())
            StreamObject.initialize_from_dictionary(fields).write_to_stream(out)
            out.write(f"\nendobj\nstartxref\n{start}\n%%EOF\n".encode())
        return out.getvalue()

    def _trailer(self) -> DictionaryObject:
        found = self.reader.trailer
        trailer = DictionaryObject({NameObject("/Size"): NumberObject(self.size),
                                    NameObject("/Prev"): NumberObject(self.reader._startxref)})
        for key in ("/Root", "/Info", "/ID"):
            if key in found:
                trailer[NameObject(key)] = found.raw_get(key)
        return trailer

    def _table_kind(self) -> str:
        """``table`` when the original's last cross-reference section is a table, else
        ``stream`` (an update keeps the kind the file already uses)."""
        at = self.reader._startxref
        return "table" if self.data[at:at + 4] == b"xref" else "stream"


def _runs(numbers: list[int]) -> list[tuple[int, list[int]]]:
    """Consecutive numbers grouped: [1, 2, 5] -> [(1, [1, 2]), (5, [5])]."""
    runs: list[tuple[int, list[int]]] = []
    for number in numbers:
        if runs and runs[-1][1][-1] + 1 == number:
            runs[-1][1].append(number)
        else:
            runs.append((number, [number]))
    return runs
