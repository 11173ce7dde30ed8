"""The mutations of tools/fuzz_inputs.py: each takes a file's bytes and a seeded random
generator and returns damaged bytes, as a disk, a mail gateway or a careless program might
leave them, or as a hostile sender would make them. The same generator state gives the same
bytes, so a finding's recipe (seed file, mutation, case) makes its file again."""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Callable

ZIPS = (".docx", ".xlsx", ".odt")
ALL = (".docx", ".doc", ".odt", ".rtf", ".pdf", ".xlsx", ".csv")


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


#: Each mutation and the suffixes of the files it applies to.
MUTATIONS: dict[str, tuple[str, ...]] = {
    "flip": ALL, "cut": ALL, "zip_double": ZIPS, "zip_drop": ZIPS, "xml_swap": ZIPS,
    "xml_attribute": ZIPS, "xml_flip": ZIPS, "pdf_xref": (".pdf",),
    "pdf_length": (".pdf",), "pdf_object": (".pdf",), "pdf_count": (".pdf",),
    "list_damage": (".csv",),
}


def mutate(data: bytes, suffix: str, name: str, rng: random.Random) -> bytes:
    """``data`` of a file of ``suffix`` mutated by ``name``; a mutation that does not fit the
    file (a ZIP mutation of a file that is no ZIP) flips bytes instead."""
    mutation = globals()[name]
    try:
        return mutation(data, rng) if data else data
    except (zipfile.BadZipFile, ValueError, IndexError):
        return flip(data, rng)
