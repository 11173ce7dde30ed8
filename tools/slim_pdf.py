"""Make a real PDF small enough to keep in the repository, its text layer as it was.

    python tools/slim_pdf.py ORIGINAL.pdf OUT.pdf

A signed PDF from an e-office system carries whole font programs (Times New Roman, not
subset) and the scanned signature and stamp as large images: a megabyte or more for a page or
two. What the importer reads is the text layer: the content streams, the fonts' widths and
their maps to Unicode. This keeps those as they are, takes the font programs out and puts a
small blank image in place of each picture, so the words, their places and sizes read the same
(``pdftotext -layout`` gives the same text) in a file of a few hundred kilobytes. Viewers draw
it in a substitute font, without the signature's picture.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pypdf
from PIL import Image
from pypdf.generic import NameObject, NumberObject

#: A picture is replaced by a blank one this many times smaller on each side.
SHRINK = 4


def slim(original: Path, out: Path) -> int:
    """Write the slim copy of ``original`` to ``out``; its size in bytes."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(original))
    seen: set[int] = set()
    for page in writer.pages:
        _resources(page.get("/Resources"), seen)
        for annotation in page.get("/Annots", []) or []:
            look = annotation.get_object().get("/AP")
            normal = look.get_object().get("/N") if look else None
            if normal is not None:
                _resources(normal.get_object().get("/Resources"), seen)
    writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
    with out.open("wb") as handle:
        writer.write(handle)
    return out.stat().st_size


def _resources(resources: Any, seen: set[int]) -> None:
    resources = resources.get_object() if resources is not None else None
    if not resources:
        return
    fonts = resources.get("/Font")
    for font in (fonts.get_object().values() if fonts else []):
        font = font.get_object()
        for part in [font, *(x.get_object() for x in font.get("/DescendantFonts", []))]:
            descriptor = part.get("/FontDescriptor")
            for name in ("/FontFile", "/FontFile2", "/FontFile3"):
                if descriptor is not None:
                    descriptor.get_object().pop(name, None)
    objects = resources.get("/XObject")
    for item in (objects.get_object().values() if objects else []):
        item = item.get_object()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if item.get("/Subtype") == "/Form":
            _resources(item.get("/Resources"), seen)
        elif item.get("/Subtype") == "/Image":
            _blank(item)


def _blank(image: Any) -> None:
    """A small white JPEG in place of the picture, at the same place on the page."""
    width = max(1, int(image["/Width"]) // SHRINK)
    height = max(1, int(image["/Height"]) // SHRINK)
    data = io.BytesIO()
    Image.new("L", (width, height), 255).save(data, "JPEG", quality=30)
    image.set_data(data.getvalue())
    for key in ("/DecodeParms", "/SMask", "/Mask", "/Decode"):
        image.pop(key, None)
    image[NameObject("/Width")] = NumberObject(width)
    image[NameObject("/Height")] = NumberObject(height)
    image[NameObject("/Filter")] = NameObject("/DCTDecode")
    image[NameObject("/BitsPerComponent")] = NumberObject(8)
    image[NameObject("/ColorSpace")] = NameObject("/DeviceGray")


def main() -> None:
    original, out = (Path(a) for a in sys.argv[1:3])
    print(f"{out}: {slim(original, out):,} bytes")


if __name__ == "__main__":
    main()
