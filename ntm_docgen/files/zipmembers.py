"""A zip's members as their compressed bytes: read from a template, written with fixed times."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ntm_docgen.files.deflate import LEVEL

if TYPE_CHECKING:
    import zipfile

_DOS_TIME, _DOS_DATE = 0, (2020 - 1980) << 9 | 1 << 5 | 1  # 2020-01-01 00:00
LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")


@dataclass(frozen=True)
class Member:
    """A member as the zip holds it: its name, CRC-32, size and deflated bytes."""

    name: bytes
    crc: int
    size: int
    data: bytes  # deflated

    @classmethod
    def of(cls, name: str, raw: bytes) -> Member:
        compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
        data = compressor.compress(raw) + compressor.flush()
        return cls(name.encode("utf-8"), zlib.crc32(raw), len(raw), data)

    @classmethod
    def deflated(cls, name: str, raw: bytes, data: bytes, crc: int) -> Member:
        return cls(name.encode("utf-8"), crc, len(raw), data)

    def local(self) -> bytes:
        return LOCAL_HEADER.pack(0x04034B50, 20, 0x800, 8, _DOS_TIME, _DOS_DATE, self.crc,
                                  len(self.data), self.size, len(self.name), 0) \
            + self.name + self.data

    def central(self, offset: int) -> bytes:
        return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, 8, _DOS_TIME,
                           _DOS_DATE, self.crc, len(self.data), self.size, len(self.name),
                           0, 0, 0, 0, 0, offset) + self.name



END = struct.Struct("<IHHHHIIH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")


def plain_members(raw: bytes) -> tuple[list[str], dict[str, Member]] | None:
    """The members of a plain zip (no comment, no zip64, each deflated or stored, none
    encrypted: a template as Word or our tools save it) read from its central directory, or
    None for any other zip (``zipfile`` reads it then)."""
    if len(raw) < END.size:
        return None
    signature, disk, _start, _here, count, size, offset, comment = END.unpack_from(
        raw, len(raw) - END.size)
    if signature != 0x06054B50 or disk or comment or offset + size > len(raw) - END.size:
        return None
    names, members, at = [], {}, offset
    for _ in range(count):
        if at + _CENTRAL.size > len(raw):
            return None
        fields = _CENTRAL.unpack_from(raw, at)
        flags, method, crc, packed, size_, name_len = (fields[3], fields[4], fields[7],
                                                       fields[8], fields[9], fields[10])
        name_bytes = raw[at + _CENTRAL.size:at + _CENTRAL.size + name_len]
        header = fields[16]
        if (fields[0] != 0x02014B50 or flags & 0x1 or method not in (0, 8)
                or 0xFFFFFFFF in (packed, size_, header) or header + LOCAL_HEADER.size > len(raw)):
            return None
        local = LOCAL_HEADER.unpack_from(raw, header)
        start = header + LOCAL_HEADER.size + local[9] + local[10]
        data = raw[start:start + packed]
        if local[0] != 0x04034B50 or len(data) != packed:
            return None
        name = name_bytes.decode("utf-8" if flags & 0x800 else "cp437")
        if method == 8:
            members[name] = Member(name.encode("utf-8"), crc, size_, data)
        else:
            members[name] = Member.of(name, data)
        names.append(name)
        at += _CENTRAL.size + name_len + fields[11] + fields[12]
    return names, members


def stored_members(source: zipfile.ZipFile, raw: bytes) -> dict[str, Member]:
    """Each member of a zip read whole into ``raw``, as its compressed bytes (deflated members
    are taken as they are; others are deflated here)."""
    import zipfile

    members = {}
    for info in source.infolist():
        if info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 0x1:
            members[info.filename] = Member.of(info.filename, source.read(info))
            continue
        fields = LOCAL_HEADER.unpack_from(raw, info.header_offset)
        start = info.header_offset + LOCAL_HEADER.size + fields[9] + fields[10]
        data = raw[start:start + info.compress_size]
        members[info.filename] = Member(info.filename.encode("utf-8"), info.CRC,
                                         info.file_size, data)
    return members


