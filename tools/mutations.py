"""The mutations of tools/fuzz_inputs.py: each takes a file's bytes and a seeded random
generator and returns damaged bytes, as a disk, a mail gateway or a careless program might
leave them, or as a hostile sender would make them. The same generator state gives the same
bytes, so a finding's recipe (seed file, mutation, case) makes its file again."""

from __future__ import annotations

import io
import random
import re
import zipfile
import zlib
from collections.abc import Callable

ZIPS = (".docx", ".xlsx", ".odt")
IMAGES = (".png", ".jpg", ".tif")
ALL = (".docx", ".doc", ".odt", ".rtf", ".pdf", ".xlsx", ".csv", *IMAGES)


def flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 32)):
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


def cut(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.randrange(len(data))]


def _members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def _pack(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a name twice is the point
            for name, body in members:
                archive.writestr(name, body)
    return out.getvalue()


def zip_double(data: bytes, rng: random.Random) -> bytes:
    members = [(i.filename, b) for i, b in _members(data)]
    name, body = rng.choice(members)
    twin = body if rng.random() < 0.5 else flip(body, rng) if body else b"<x/>"
    renamed = name.upper() if rng.random() < 0.3 else name
    members.insert(rng.randrange(len(members) + 1), (renamed, twin))
    return _pack(members)


def zip_drop(data: bytes, rng: random.Random) -> bytes:
    members = [(i.filename, b) for i, b in _members(data)]
    members.pop(rng.randrange(len(members)))
    return _pack(members)


def _xml_part(data: bytes, rng: random.Random,
              change: Callable[[bytes, random.Random], bytes]) -> bytes:
    members = [(i.filename, b) for i, b in _members(data)]
    xml = [n for n, (name, _b) in enumerate(members) if name.endswith((".xml", ".rels"))]
    main = [n for n in xml if members[n][0] in ("word/document.xml", "content.xml",
                                                 "xl/worksheets/sheet1.xml")]
    at = rng.choice(main if main and rng.random() < 0.6 else xml or [0])
    name, body = members[at]
    members[at] = (name, change(body, rng))
    return _pack(members)


_TAG = re.compile(rb"<([A-Za-z_][\w.:-]*)")


def _swap(body: bytes, rng: random.Random) -> bytes:
    tags = list(_TAG.finditer(body))
    if len(tags) < 2:
        return body
    out = bytearray(body)
    for _ in range(rng.randint(1, 4)):
        first, second = sorted(rng.sample(range(len(tags)), 2))
        a, b = tags[first], tags[second]
        if a.end() > b.start():
            continue
        out = bytearray(bytes(out[:a.start(1)]) + b.group(1) + bytes(out[a.end(1):b.start(1)])
                        + a.group(1) + bytes(out[b.end(1):]))
        tags = list(_TAG.finditer(bytes(out)))
    return bytes(out)


def _attribute(body: bytes, rng: random.Random) -> bytes:
    tags = list(_TAG.finditer(body))
    if not tags:
        return body
    tag = rng.choice(tags[1:] or tags)
    size = rng.choice([10_000, 1_000_000, 20_000_000])
    value = rng.choice([b"A", b"&amp;", b"\xe1\xbb\x87", b"&#x1EC7;"]) * (size // 4)
    return body[:tag.end()] + b' x:big="' + value + b'"' + body[tag.end():]


def xml_swap(data: bytes, rng: random.Random) -> bytes:
    return _xml_part(data, rng, _swap)


def xml_attribute(data: bytes, rng: random.Random) -> bytes:
    return _xml_part(data, rng, _attribute)


def xml_flip(data: bytes, rng: random.Random) -> bytes:
    return _xml_part(data, rng, lambda body, r: flip(body, r) if body else body)


def _digits(data: bytes, rng: random.Random, pattern: bytes) -> bytes:
    found = list(re.finditer(pattern, data))
    if not found:
        return flip(data, rng)
    out = bytearray(data)
    for match in rng.sample(found, min(len(found), rng.randint(1, 3))):
        start, end = match.span(1)
        value = rng.choice([b"0", b"-1", b"99999999999", b"2147483648",
                            str(rng.randrange(10 ** (end - start))).encode().zfill(end - start)])
        out[start:end] = value.ljust(end - start)[:max(end - start, len(value))]
    return bytes(out)


def pdf_xref(data: bytes, rng: random.Random) -> bytes:
    return _digits(data, rng, rb"(\d{10}) \d{5} [nf]")


def pdf_length(data: bytes, rng: random.Random) -> bytes:
    return _digits(data, rng, rb"/Length (\d+)")


def pdf_object(data: bytes, rng: random.Random) -> bytes:
    return _digits(data, rng, rb"\n(\d+) 0 obj")


def pdf_count(data: bytes, rng: random.Random) -> bytes:
    return _digits(data, rng, rb"/(?:Count|Width|Height|Size) (\d+)")


def list_damage(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 5)):
        at = rng.randrange(len(lines))
        lines[at] = rng.choice([
            lines[at] + b',"open quote', lines[at] + b"\x00", b",".join([b"x"] * 3000),
            lines[at] + b"," + b"y" * 200_000, lines[at][:len(lines[at]) // 2],
            b"\xff\xfe" + lines[at], lines[at].replace(b",", b";"), b'"' * 3 + lines[at],
            lines[at] * 1000])
    return b"\n".join(lines)


def png_chunk(data: bytes, rng: random.Random) -> bytes:
    """A PNG with one chunk broken: its length lying, its CRC wrong, its data damaged, or the
    chunk doubled."""
    chunks, at = [], 8
    while at + 8 <= len(data):
        length = int.from_bytes(data[at:at + 4], "big")
        chunks.append((at, length))
        at += 12 + length
    if not chunks:
        return flip(data, rng)
    at, length = rng.choice(chunks)
    out = bytearray(data)
    how = rng.randrange(4)
    if how == 0:
        out[at:at + 4] = rng.choice([0, length + 1, length * 7, 2 ** 31 - 1]).to_bytes(4, "big")
    elif how == 1:
        end = at + 8 + length
        out[end:end + 4] = bytes(b ^ 0xFF for b in out[end:end + 4])
    elif how == 2 and length:
        return bytes(out[:at + 8]) + flip(bytes(out[at + 8:at + 8 + length]), rng) \
            + bytes(out[at + 8 + length:])
    else:
        out[at:at] = out[at:at + 12 + length]
    return bytes(out)


def image_size(data: bytes, rng: random.Random) -> bytes:
    """A picture whose header claims another size (a PNG's IHDR, a JPEG's SOF, a TIFF's width
    and length) than its pixels hold: smaller, larger, zero or 65,535."""
    out = bytearray(data)
    value = rng.choice([0, 1, 9_999, 60_000, 65_535])
    if out.startswith(b"\x89PNG") and len(out) > 24:
        spot = 16 + 4 * rng.randrange(2)
        out[spot:spot + 4] = value.to_bytes(4, "big")
        if rng.randrange(2):  # its CRC made right, so the size is believed
            out[29:33] = zlib.crc32(bytes(out[12:29])).to_bytes(4, "big")
        return bytes(out)
    if out.startswith(b"\xff\xd8"):
        at = max(out.find(b"\xff\xc0"), out.find(b"\xff\xc2"))
        if at > 0:
            spot = at + 5 + 2 * rng.randrange(2)
            out[spot:spot + 2] = min(value, 65_535).to_bytes(2, "big")
            return bytes(out)
    if out[:2] in (b"II", b"MM"):
        return _digits_tiff(out, rng, value)
    return flip(data, rng)


def _digits_tiff(out: bytearray, rng: random.Random, value: int) -> bytes:
    """A TIFF's first directory with one entry's value changed (its width, length, strip
    offsets or counts, bits per sample), or its next directory pointing at itself (a loop)."""
    order = "little" if out[:2] == b"II" else "big"
    first = int.from_bytes(out[4:8], order)
    if first + 2 > len(out):
        return bytes(out)
    count = int.from_bytes(out[first:first + 2], order)
    entries = [first + 2 + 12 * n for n in range(count) if first + 14 + 12 * n <= len(out)]
    if not entries or rng.randrange(5) == 0:
        end = first + 2 + 12 * count
        out[end:end + 4] = first.to_bytes(4, order)  # the chain loops back to itself
        return bytes(out)
    entry = rng.choice(entries)
    kind = int.from_bytes(out[entry + 2:entry + 4], order)
    size = 2 if kind == 3 else 4
    out[entry + 8:entry + 8 + size] = (value % (1 << 8 * size)).to_bytes(size, order)
    if rng.randrange(3) == 0:  # the count of values, too
        out[entry + 4:entry + 8] = rng.choice([0, 2 ** 31, 70_000]).to_bytes(4, order)
    return bytes(out)


def pdf_image(data: bytes, rng: random.Random) -> bytes:
    """A scanned PDF whose image lies: its bits per component, its fax parameters, its filter
    (a fax read as a JPEG or a JBIG2), or its size."""
    choice = rng.randrange(3)
    if choice == 0:
        return _digits(data, rng, rb"/(?:BitsPerComponent|K|Columns|Rows|Width|Height) (-?\d+)")
    if choice == 1:
        filters = [b"/DCTDecode", b"/CCITTFaxDecode", b"/FlateDecode", b"/JBIG2Decode",
                   b"/JPXDecode", b"/RunLengthDecode", b"/LZWDecode"]
        found = [m for m in re.finditer(rb"/(?:DCT|CCITTFax|Flate)Decode", data)]
        if not found:
            return flip(data, rng)
        match = rng.choice(found)
        return data[:match.start()] + rng.choice(filters) + data[match.end():]
    return _digits(data, rng, rb"/Length (\d+)")


#: Each mutation and the suffixes of the files it applies to.
MUTATIONS: dict[str, tuple[str, ...]] = {
    "flip": ALL, "cut": ALL, "zip_double": ZIPS, "zip_drop": ZIPS, "xml_swap": ZIPS,
    "xml_attribute": ZIPS, "xml_flip": ZIPS, "pdf_xref": (".pdf",),
    "pdf_length": (".pdf",), "pdf_object": (".pdf",), "pdf_count": (".pdf",),
    "list_damage": (".csv",), "png_chunk": (".png",), "image_size": IMAGES,
    "pdf_image": (".pdf",),
}


def mutate(data: bytes, suffix: str, name: str, rng: random.Random) -> bytes:
    """``data`` of a file of ``suffix`` mutated by ``name``; a mutation that does not fit the
    file (a ZIP mutation of a file that is no ZIP) flips bytes instead."""
    mutation = globals()[name]
    try:
        return mutation(data, rng) if data else data
    except (zipfile.BadZipFile, ValueError, IndexError):
        return flip(data, rng)
