"""Write DOCX packages fast: unchanged parts are copied as the compressed bytes they are.

A DOCX is a zip. When one template renders thousands of letters, only ``word/document.xml``
changes, so every other member's compressed bytes, CRC and headers are taken from the template
once (as stored there, not compressed again) and copied. Output is deterministic (fixed
timestamps): the same letter gives the same bytes.

The letters of one run also share the start of their ``document.xml``: it is deflated once
(``deflate.SharedStart``), and each letter's deflate goes on from there.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from ntm_docgen.files.deflate import SharedStart
from ntm_docgen.files.zipmembers import (
    END,
    LOCAL_HEADER,
    Member,
    plain_members,
    stored_members,
)


class Package:
    """A DOCX template's members, ready to be written again with some parts replaced."""

    def __init__(self, path: Path | str) -> None:
        raw = Path(path).read_bytes()
        plain = plain_members(raw)
        if plain is not None:
            self.names, self._members = plain
        else:
            import zipfile

            with zipfile.ZipFile(io.BytesIO(raw)) as source:
                self.names = [info.filename for info in source.infolist()]
                self._members = stored_members(source, raw)
        self._locals = {name: m.local() for name, m in self._members.items()}
        self._around: dict[str, tuple[bytes, bytes, bytes, list[tuple[bytes, int, bytes]],
                                      int]] = {}
        self._shared: dict[str, SharedStart] = {}

    @property
    def parts(self) -> dict[str, bytes]:
        """Every member's content, uncompressed."""
        return {name: self.read(name) for name in self.names}

    def read(self, name: str) -> bytes:
        """A member's content, uncompressed."""
        member = self._members[name]
        return zlib.decompress(member.data, -15)

    def text(self, name: str) -> str:
        """A member's content as text (XML parts are UTF-8)."""
        return self.read(name).decode("utf-8")

    def crc(self, name: str) -> int:
        """A member's CRC-32, as the zip records it (a cheap fingerprint of its content)."""
        return self._members[name].crc

    def write(self, replaced: dict[str, bytes]) -> bytes:
        """The bytes of a package with ``replaced`` parts swapped in (new names appended)."""
        if len(replaced) == 1:
            ((name, raw),) = replaced.items()
            if name in self._members:
                return self._write_one(name, raw)
        chunks: list[bytes] = []
        central: list[bytes] = []
        offset = 0
        names = self.names + [n for n in replaced if n not in self._members]
        for name in names:
            if name in replaced:
                member = Member.of(name, replaced[name])
                local = member.local()
            else:
                member, local = self._members[name], self._locals[name]
            central.append(member.central(offset))
            chunks.append(local)
            offset += len(local)
        directory = b"".join(central)
        end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(names), len(names),
                          len(directory), offset, 0)
        return b"".join(chunks) + directory + end

    def _write_one(self, name: str, raw: bytes) -> bytes:
        """``write`` of one part replaced (every bulk letter): the members before it are the
        same bytes at the same places each time, those after it move by the new part's length."""
        data, crc = self._shared_start(name).deflate(raw)
        return self._around_member(name, Member.deflated(name, raw, data, crc))

    def _shared_start(self, name: str) -> SharedStart:
        """The part's shared start, the members around it split out first: a thread (the desk
        renders in threads) that finds the start finds them too."""
        shared = self._shared.get(name)
        if shared is None:
            self._around.setdefault(name, self._split_at(name))
            shared = self._shared.setdefault(name, SharedStart())
        return shared

    def _around_member(self, name: str, member: Member) -> bytes:
        """The package's bytes with ``member`` as member ``name`` (``_shared_start`` first)."""
        before, after, head, tail, entries = self._around[name]
        local = member.local()
        shift = len(before) + len(local)
        directory = [head, member.central(len(before))]
        directory += [head_of + struct.pack("<I", offset + shift) + name_of
                      for head_of, offset, name_of in tail]
        table = b"".join(directory)
        end = END.pack(0x06054B50, 0, 0, entries, entries, len(table),
                        shift + len(after), 0)
        return b"".join((before, local, after, table, end))

    def holds(self, existing: bytes, name: str, raw: bytes) -> bool:
        """Whether ``existing`` is what ``write({name: raw})`` gives, found without deflating
        ``raw``: every byte the same but those of the deflated part itself, and that part
        inflating to ``raw`` (its CRC and size are looked at first). A file whose part another
        deflater packed otherwise (the same letter) counts as the same."""
        if name not in self._members:
            return existing == self.write({name: raw})
        self._shared_start(name)
        at = len(self._around[name][0])
        if len(existing) < at + LOCAL_HEADER.size:
            return False
        header = LOCAL_HEADER.unpack_from(existing, at)
        if header[6] != zlib.crc32(raw) or header[8] != len(raw):
            return False
        start = at + LOCAL_HEADER.size + header[9] + header[10]
        data = existing[start:start + header[7]]
        member = Member(name.encode("utf-8"), header[6], len(raw), data)
        if existing != self._around_member(name, member):
            return False
        inflater = zlib.decompressobj(-15)
        try:
            inflated = inflater.decompress(data, len(raw) + 1)
        except zlib.error:
            return False
        return inflated == raw and inflater.eof and not inflater.unused_data

    def _split_at(self, name: str) -> tuple[bytes, bytes, bytes, list[tuple[bytes, int, bytes]],
                                            int]:
        """The local records before and after member ``name``, the central entries before it
        (final), and those after it with their offsets counted from the end of ``name``."""
        index = self.names.index(name)
        head, offset = [], 0
        for n in self.names[:index]:
            head.append(self._members[n].central(offset))
            offset += len(self._locals[n])
        tail, offset = [], 0
        for n in self.names[index + 1:]:
            member = self._members[n]
            entry = member.central(0)  # its offset (4 bytes before the name) is put in later
            tail.append((entry[:-4 - len(member.name)], offset, member.name))
            offset += len(self._locals[n])
        before = b"".join(self._locals[n] for n in self.names[:index])
        after = b"".join(self._locals[n] for n in self.names[index + 1:])
        return before, after, b"".join(head), tail, len(self.names)
