"""Write DOCX packages fast: unchanged parts are compressed once and copied as bytes.

A DOCX is a zip. When one template renders thousands of letters, only ``word/document.xml``
changes, so every other member's compressed bytes, CRC and headers are prepared once here.
Output is deterministic (fixed timestamps): the same letter gives the same bytes.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

_DOS_TIME, _DOS_DATE = 0, (2020 - 1980) << 9 | 1 << 5 | 1  # 2020-01-01 00:00
_LEVEL = 6


@dataclass(frozen=True)
class _Member:
    name: bytes
    crc: int
    size: int
    data: bytes  # deflated

    @classmethod
    def of(cls, name: str, raw: bytes) -> _Member:
        compressor = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15)
        data = compressor.compress(raw) + compressor.flush()
        return cls(name.encode("utf-8"), zlib.crc32(raw), len(raw), data)

    def local(self) -> bytes:
        return struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, _DOS_TIME, _DOS_DATE,
                           self.crc, len(self.data), self.size, len(self.name), 0) \
            + self.name + self.data

    def central(self, offset: int) -> bytes:
        return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, 8, _DOS_TIME,
                           _DOS_DATE, self.crc, len(self.data), self.size, len(self.name),
                           0, 0, 0, 0, 0, offset) + self.name


class Package:
    """A DOCX template's members, ready to be written again with some parts replaced."""

    def __init__(self, path: Path | str) -> None:
        with zipfile.ZipFile(path) as source:
            self.names = [info.filename for info in source.infolist()]
            self.parts = {name: source.read(name) for name in self.names}
        self._members = {name: _Member.of(name, raw) for name, raw in self.parts.items()}
        self._locals = {name: m.local() for name, m in self._members.items()}

    def text(self, name: str) -> str:
        """A member's content as text (XML parts are UTF-8)."""
        return self.parts[name].decode("utf-8")

    def write(self, replaced: dict[str, bytes]) -> bytes:
        """The bytes of a package with ``replaced`` parts swapped in (new names appended)."""
        chunks: list[bytes] = []
        central: list[bytes] = []
        offset = 0
        names = self.names + [n for n in replaced if n not in self.parts]
        for name in names:
            if name in replaced:
                member = _Member.of(name, replaced[name])
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
