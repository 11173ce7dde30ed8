"""Write DOCX packages fast: unchanged parts are copied as the compressed bytes they are.

A DOCX is a zip. When one template renders thousands of letters, only ``word/document.xml``
changes, so every other member's compressed bytes, CRC and headers are taken from the template
once (as stored there, not compressed again) and copied. Output is deterministic (fixed
timestamps): the same letter gives the same bytes.

The letters of one run also share the start of their ``document.xml`` (everything above the
first field a recipient changes). That start is deflated once (``SharedStart``); each letter's
deflate goes on from a copy of the compressor's state and is fed only the rest, which gives the
bytes deflating the whole part gives (zlib decides nothing until it holds enough input to look
ahead, so how the input is cut into calls does not change its output; checked on the letter
the start is learnt from, and not used if it were not so).
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import zipfile

_DOS_TIME, _DOS_DATE = 0, (2020 - 1980) << 9 | 1 << 5 | 1  # 2020-01-01 00:00
_LEVEL = 6
_LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")


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

    @classmethod
    def deflated(cls, name: str, raw: bytes, data: bytes, crc: int) -> _Member:
        return cls(name.encode("utf-8"), crc, len(raw), data)

    def local(self) -> bytes:
        return _LOCAL_HEADER.pack(0x04034B50, 20, 0x800, 8, _DOS_TIME, _DOS_DATE, self.crc,
                                  len(self.data), self.size, len(self.name), 0) \
            + self.name + self.data

    def central(self, offset: int) -> bytes:
        return struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, 8, _DOS_TIME,
                           _DOS_DATE, self.crc, len(self.data), self.size, len(self.name),
                           0, 0, 0, 0, 0, offset) + self.name


def _deflated(raw: bytes) -> bytes:
    compressor = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15)
    return compressor.compress(raw) + compressor.flush()


def shared_length(a: bytes, b: bytes) -> int:
    """How many bytes ``a`` and ``b`` share from their start.

    >>> shared_length(b"<w:p>Lang Son</w:p>", b"<w:p>Lang Giang</w:p>"), shared_length(b"ab", b"ab")
    (10, 2)
    """
    low, high = 0, min(len(a), len(b))
    first, second = memoryview(a), memoryview(b)
    while low < high:  # a[:low] == b[:low], and they differ before high (or one ends there)
        middle = (low + high + 1) // 2
        if first[low:middle] == second[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


class SharedStart:
    """Deflate many versions of one part, whose start is the same in each, starting from the
    start deflated once.

    The start is learnt from the versions given: the bytes the first two share, shortened when
    a later one departs earlier (never below ``MINIMUM``: a version that shares less is
    deflated whole and changes nothing).
    """

    MINIMUM = 1024

    def __init__(self) -> None:
        #: the start, the compressor after it (only ever copied), what it gave out, its CRC;
        #: replaced whole, so that a thread never sees the start of one with the state of another
        self._known: tuple[bytes, Any, bytes, int] | None = None
        self._last: bytes | None = None
        self._usable = True

    def deflate(self, raw: bytes) -> tuple[bytes, int]:
        """``raw`` deflated (as zlib gives it in one call) and its CRC-32."""
        known = self._known
        if known is not None and raw.startswith(known[0]):
            start, state, head, crc = known
            rest = raw[len(start):]
            compressor = state.copy()
            return head + compressor.compress(rest) + compressor.flush(), zlib.crc32(rest, crc)
        data = _deflated(raw)
        if self._usable:
            self._learn(raw, data, known[0] if known is not None else self._last)
        return data, zlib.crc32(raw)

    def _learn(self, raw: bytes, data: bytes, earlier: bytes | None) -> None:
        self._last = raw
        if earlier is None:
            return
        length = shared_length(earlier, raw)
        if length < self.MINIMUM:
            return
        compressor = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15)
        head = compressor.compress(raw[:length])
        check = compressor.copy()
        if head + check.compress(raw[length:]) + check.flush() != data:
            self._usable, self._known = False, None  # a zlib whose output depends on the cuts
            return
        self._known = (raw[:length], compressor, head, zlib.crc32(raw[:length]))


_END = struct.Struct("<IHHHHIIH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")


def _plain_members(raw: bytes) -> tuple[list[str], dict[str, _Member]] | None:
    """The members of a plain zip (no comment, no zip64, each deflated or stored, none
    encrypted: a template as Word or our tools save it) read from its central directory, or
    None for any other zip (``zipfile`` reads it then)."""
    if len(raw) < _END.size:
        return None
    signature, disk, _start, _here, count, size, offset, comment = _END.unpack_from(
        raw, len(raw) - _END.size)
    if signature != 0x06054B50 or disk or comment or offset + size > len(raw) - _END.size:
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
                or 0xFFFFFFFF in (packed, size_, header) or header + _LOCAL_HEADER.size > len(raw)):
            return None
        local = _LOCAL_HEADER.unpack_from(raw, header)
        start = header + _LOCAL_HEADER.size + local[9] + local[10]
        data = raw[start:start + packed]
        if local[0] != 0x04034B50 or len(data) != packed:
            return None
        name = name_bytes.decode("utf-8" if flags & 0x800 else "cp437")
        if method == 8:
            members[name] = _Member(name.encode("utf-8"), crc, size_, data)
        else:
            members[name] = _Member.of(name, data)
        names.append(name)
        at += _CENTRAL.size + name_len + fields[11] + fields[12]
    return names, members


def _stored_members(source: zipfile.ZipFile, raw: bytes) -> dict[str, _Member]:
    """Each member of a zip read whole into ``raw``, as its compressed bytes (deflated members
    are taken as they are; others are deflated here)."""
    import zipfile

    members = {}
    for info in source.infolist():
        if info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 0x1:
            members[info.filename] = _Member.of(info.filename, source.read(info))
            continue
        fields = _LOCAL_HEADER.unpack_from(raw, info.header_offset)
        start = info.header_offset + _LOCAL_HEADER.size + fields[9] + fields[10]
        data = raw[start:start + info.compress_size]
        members[info.filename] = _Member(info.filename.encode("utf-8"), info.CRC,
                                         info.file_size, data)
    return members


class Package:
    """A DOCX template's members, ready to be written again with some parts replaced."""

    def __init__(self, path: Path | str) -> None:
        raw = Path(path).read_bytes()
        plain = _plain_members(raw)
        if plain is not None:
            self.names, self._members = plain
        else:
            import zipfile

            with zipfile.ZipFile(io.BytesIO(raw)) as source:
                self.names = [info.filename for info in source.infolist()]
                self._members = _stored_members(source, raw)
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

    def _write_one(self, name: str, raw: bytes) -> bytes:
        """``write`` of one part replaced (every bulk letter): the members before it are the
        same bytes at the same places each time, those after it move by the new part's length."""
        data, crc = self._shared_start(name).deflate(raw)
        return self._around_member(name, _Member.deflated(name, raw, data, crc))

    def _shared_start(self, name: str) -> SharedStart:
        """The part's shared start, the members around it split out first: a thread (the desk
        renders in threads) that finds the start finds them too."""
        shared = self._shared.get(name)
        if shared is None:
            self._around.setdefault(name, self._split_at(name))
            shared = self._shared.setdefault(name, SharedStart())
        return shared

    def _around_member(self, name: str, member: _Member) -> bytes:
        """The package's bytes with ``member`` as member ``name`` (``_shared_start`` first)."""
        before, after, head, tail, entries = self._around[name]
        local = member.local()
        shift = len(before) + len(local)
        directory = [head, member.central(len(before))]
        directory += [head_of + struct.pack("<I", offset + shift) + name_of
                      for head_of, offset, name_of in tail]
        table = b"".join(directory)
        end = _END.pack(0x06054B50, 0, 0, entries, entries, len(table),
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
        if len(existing) < at + _LOCAL_HEADER.size:
            return False
        header = _LOCAL_HEADER.unpack_from(existing, at)
        if header[6] != zlib.crc32(raw) or header[8] != len(raw):
            return False
        start = at + _LOCAL_HEADER.size + header[9] + header[10]
        data = existing[start:start + header[7]]
        member = _Member(name.encode("utf-8"), header[6], len(raw), data)
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
