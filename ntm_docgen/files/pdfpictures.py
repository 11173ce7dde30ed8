"""The pictures of a Word letter that its PDF lacks: LibreOffice near its memory bound
(OFFICE_MEMORY) leaves out a picture it cannot draw (a 40-megapixel photo of a signed page)
and writes the PDF without it, saying nothing. The raster pictures the letter's body draws are
held against the images of the PDF, matched by their shape (LibreOffice may draw a picture
with fewer pixels); one the PDF lacks is named, so that no PDF goes out with a picture missing
in silence."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

#: The raster pictures' first bytes (a metafile or a drawing is drawn as lines, not an image).
_RASTER = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")
_EMBED = re.compile(rb'<a:blip\b[^>]*?\br:embed="([^"]+)"')
_RELATION = re.compile(rb'<Relationship\b[^>]*>')


def pictures(docx: Path) -> dict[str, tuple[int, int]]:
    """The raster pictures the body of the Word file ``docx`` draws: part name -> pixels
    (width, height), each once however often it is drawn."""
    from PIL import Image

    with zipfile.ZipFile(docx) as package:
        names = set(package.namelist())
        if "word/document.xml" not in names or "word/_rels/document.xml.rels" not in names:
            return {}
        used = set(_EMBED.findall(package.read("word/document.xml")))
        if not used:
            return {}
        targets = {}
        for found in _RELATION.findall(package.read("word/_rels/document.xml.rels")):
            key, target = re.search(rb'\bId="([^"]+)"', found), re.search(rb'\bTarget="([^"]+)"',
                                                                            found)
            if key and target and key.group(1) in used and b"External" not in found:
                targets[key.group(1)] = "word/" + target.group(1).decode().lstrip("/")
        out = {}
        for name in sorted(set(targets.values()) & names):
            head = package.read(name)
            if not head.startswith(_RASTER):
                continue
            try:
                with Image.open(io.BytesIO(head)) as picture:
                    out[name] = picture.size
            except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
                continue  # a picture no reader draws: not one LibreOffice left out
        return out


def images(pdf: Path) -> list[tuple[int, int]]:
    """The pixels (width, height) of each image of the PDF's pages, forms' among them."""
    from pypdf import PdfReader

    found: dict[int, tuple[int, int]] = {}

    def walk(resources: Any, depth: int) -> None:
        resources = resources.get_object() if hasattr(resources, "get_object") else resources
        objects: Any = resources.get("/XObject") if hasattr(resources, "get") else None
        objects = objects.get_object() if hasattr(objects, "get_object") else objects
        if depth > 8 or not hasattr(objects, "values"):
            return
        for item in objects.values():
            target = item.get_object()
            if target.get("/Subtype") == "/Image":
                found[id(target)] = (int(target.get("/Width", 0)), int(target.get("/Height", 0)))
            elif target.get("/Subtype") == "/Form":
                walk(target.get("/Resources"), depth + 1)

    for page in PdfReader(pdf).pages:
        walk(page.get("/Resources"), 0)
    return list(found.values())


def _shape(size: tuple[int, int]) -> float:
    return size[0] / size[1] if size[1] else 0.0


def missing(docx: Path, pdf: Path) -> list[tuple[str, tuple[int, int]]]:
    """The pictures of ``docx``'s body that its PDF ``pdf`` lacks, each with its pixels: as
    many as the PDF holds fewer images, those whose shape no image of the PDF has (each image
    matched once), else the largest."""
    wanted = pictures(docx)
    if not wanted:
        return []
    drawn = images(pdf)
    if len(drawn) >= len(wanted):
        return []
    left = dict(wanted)
    for size in sorted(drawn, key=lambda s: -s[0] * s[1]):
        match = min(left, key=lambda n: abs(_shape(left[n]) - _shape(size)), default=None)
        if match is not None and abs(_shape(left[match]) - _shape(size)) < 0.02 * _shape(size):
            del left[match]
    shortfall = len(wanted) - len(drawn)
    return sorted(left.items(), key=lambda kv: -kv[1][0] * kv[1][1])[:shortfall]
