"""The copy block's font programs kept in the user's cache: each subset made and compressed once.

reportlab subsets a TrueType face for every PDF it writes (about 7 ms for the block's four faces)
and deflates each subset (about 10 ms more): most of the cost of a copy of a PDF. A body's copy
blocks use the same letters from one copy to the next (its name, its signer, the date's words;
ASCII is always in the subset), so the subset made for one copy is the subset of the next. The
compressed program is kept under a name made of the font file (path, size, time) and the
subset's characters, so another font or another set of letters is a new entry, never a stale one.
"""

from __future__ import annotations

import hashlib
import os
import struct
import zlib
from types import MethodType

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from ntm_docgen.files import cache as stored_work

KIND = "pdf-fonts"
_LENGTH = struct.Struct(">I")


def keep_subsets(font: TTFont, path: str) -> None:
    """Make ``font`` take its subsets' font programs from the user's cache when there."""
    found = os.stat(path)
    identity = f"{os.path.abspath(path)}\0{found.st_size}\0{found.st_mtime_ns}"
    face = font.face
    face.addSubsetObjects = MethodType(_subset_objects(type(face).addSubsetObjects, identity),
                                       face)


def _subset_objects(original, identity: str):  # type: ignore[no-untyped-def]
    """reportlab's ``addSubsetObjects``, its font program read from the cache (reportlab makes
    the descriptor; the program's stream is given its stored, already deflated bytes)."""

    def add(face: TTFontFace, doc, fontname: str, subset: list[int]):  # type: ignore[no-untyped-def]
        if not doc.compression:
            return original(face, doc, fontname, subset)
        packed, length = program_for(face, identity, subset)
        face.makeSubset = lambda _subset: b""  # the program is set below, not made again
        try:
            descriptor = original(face, doc, fontname, subset)
        finally:
            del face.makeSubset
        stream = doc.idToObject[f"fontFile:{face.filename}({fontname})"]
        stream.content, stream.filters = packed, None
        # reportlab applies no filter to a stream whose dictionary already names one
        stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
        stream.dictionary["Length1"] = length
        return descriptor

    return add


def program_for(face: TTFontFace, identity: str, subset: list[int]) -> tuple[bytes, int]:
    """The deflated font program of ``subset`` and its length before deflating."""
    name = hashlib.sha256(f"{identity}\0{subset}".encode()).hexdigest()[:32]
    stored = stored_work.read(KIND, name)
    if stored is not None and len(stored) > _LENGTH.size:
        return stored[_LENGTH.size:], _LENGTH.unpack_from(stored)[0]
    program = face.makeSubset(subset)
    packed = zlib.compress(program)
    stored_work.write(KIND, name, _LENGTH.pack(len(program)) + packed)
    return packed, len(program)
