"""The pixels of a picture inside a Word or Excel package, told from its header alone.

A 40 KB part can hold a PNG of 30,000 × 30,000 pixels (900 million): drawn for the desk's page
images or a PDF, LibreOffice held a worker for two minutes. Its size is read from the first
bytes of the part, before any pixel is, and held against ``PDF_PIXELS``.
"""

from __future__ import annotations

import io
import re
import warnings

from ntm_docgen.files.limits import PDF_PIXELS

#: The kinds of picture Pillow reads the size of from a header (a metafile draws no pixels).
PICTURES = (".png", ".jpg", ".jpeg", ".jpe", ".gif", ".bmp", ".tif", ".tiff", ".webp")


def check_picture(name: str, head: bytes, where: str) -> None:
    """Refuse with LimitError the part ``name`` when the header in its first bytes ``head``
    gives it more pixels than PDF_PIXELS; a header that cannot be read is left to the reader
    that draws the picture.

    >>> check_picture("word/media/image1.png", b"not a picture", "a.docx")
    >>> check_picture("word/document.xml", b"<w:document/>", "a.docx")
    """
    if not name.lower().endswith(PICTURES):
        return
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():  # the pixels are bounded here, not by Pillow
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(head)) as picture:
                pixels = picture.width * picture.height
    except Image.DecompressionBombError as e:  # past Pillow's own bound: its size in its words
        told = re.search(r"\((\d+) pixels\)", str(e))
        if told is None:
            raise PDF_PIXELS.exceeded(where) from e
        pixels = int(told.group(1))
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return
    PDF_PIXELS.check(pixels, where)
