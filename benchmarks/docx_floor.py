"""The floor for bulk letters: write given letters with only ``word/document.xml`` deflated.

    python benchmarks/docx_floor.py LETTERS.pickle OUT_DIR

LETTERS.pickle holds ``(template_members, [(file_name, document_xml_bytes), ...])``: the
template's other parts and each letter's finished document. This process does what no bulk run
can do less of: deflate each document, put the zip together around the unchanged parts
(compressed once) and write the file. ``benchmarks/bulk.py`` times it as a whole command, like
``ntm-docgen bulk``, in the same run.
"""

from __future__ import annotations

import pickle
import struct
import sys
import zlib
from pathlib import Path

DOCUMENT = "word/document.xml"
_STAMP = (0, (2020 - 1980) << 9 | 1 << 5 | 1)


def member(name: str, raw: bytes) -> tuple[bytes, bytes]:
    """A zip member's local record and its central directory entry (offset filled later)."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    data = compressor.compress(raw) + compressor.flush()
    encoded = name.encode("utf-8")
    crc = zlib.crc32(raw)
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, *_STAMP, crc, len(data),
                        len(raw), len(encoded), 0) + encoded + data
    central = struct.pack("<IHHHHHHIIIHHHHHI", 0x02014B50, 20, 20, 0x800, 8, *_STAMP, crc,
                          len(data), len(raw), len(encoded), 0, 0, 0, 0, 0) + encoded
    return local, central


def main() -> None:
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    with source.open("rb") as handle:
        parts, letters = pickle.load(handle)
    fixed = {name: member(name, raw) for name, raw in parts if name != DOCUMENT}
    names = [name for name, _ in parts]
    out.mkdir(parents=True, exist_ok=True)
    for file_name, document in letters:
        chunks, directory, offset = [], [], 0
        for name in names:
            local, central = member(name, document) if name == DOCUMENT else fixed[name]
            directory.append(central + struct.pack("<I", offset))
            chunks.append(local)
            offset += len(local)
        table = b"".join(directory)
        end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(names), len(names), len(table),
                          offset, 0)
        (out / file_name).write_bytes(b"".join(chunks) + table + end)
    print(f"{len(letters)} letters written")


if __name__ == "__main__":
    main()
