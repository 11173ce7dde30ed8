"""The pixels of a picture inside a Word or Excel package, told from its header alone.

A 40 KB part can hold a PNG of 30,000 × 30,000 pixels (900 million): drawn for the desk's page
images or a PDF, LibreOffice held a worker for two minutes. A part is known for a picture by its
first bytes, whatever its name or content type (LibreOffice draws a PNG stored as ``.dat``); its
size is read from those bytes, before any pixel is, and held against ``PDF_PIXELS``.
"""

from __future__ import annotations

import io
import re
import warnings

from ntm_docgen.files.limits import PDF_PIXELS

#: The first bytes of the kinds of picture Pillow reads the size of from a header (a metafile
#: draws no pixels). WebP is a RIFF file whose form is ``WEBP``, checked apart.
SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM",
              b"II*\x00", b"MM\x00*")
JPEG = b"\xff\xd8\xff"
#: How far a JPEG's size marker (SOF) is looked for: past it, the picture is refused.
JPEG_HEAD = 1 << 20


def is_picture(head: bytes) -> bool:
    """Whether the first bytes ``head`` of a part are those of a picture.

    >>> is_picture(b"\\x89PNG\\r\\n\\x1a\\n....") and is_picture(b"RIFF\\0\\0\\0\\0WEBPVP8 ")
    True
    >>> is_picture(b"<?xml version='1.0'?>")
    False
    """
    return head.startswith(SIGNATURES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")


def check_picture(head: bytes, where: str, whole: bool = False) -> None:
    """Refuse with LimitError the part whose first bytes are ``head`` (all of them when
    ``whole``) when it is a picture whose header gives it more pixels than PDF_PIXELS, or a
    JPEG with no size in its first JPEG_HEAD bytes (unless the limit was raised, as its message
    advises); any other header that cannot be read is
    left to the reader that draws the picture.

    >>> check_picture(b"not a picture", "a.docx (word/media/image1.png)")
    >>> check_picture(b"<w:document/>", "a.docx (word/document.xml)")
    """
    if not is_picture(head):
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
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as e:
        if head.startswith(JPEG) and len(head) >= JPEG_HEAD and not whole \
                and PDF_PIXELS.value() <= PDF_PIXELS.default:  # raised: trusted, as it says
            raise PDF_PIXELS.exceeded(where) from e  # its size hidden past what is read
        return
    PDF_PIXELS.check(pixels, where)
