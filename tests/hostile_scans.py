"""Hostile scans made by the test code: PDFs of one scanned page (its size, its image's size
and filter chosen) and pictures whose header claims more than they hold."""

from __future__ import annotations

import io
import struct

from tests.hostile_files import _pdf

#: A blank grey image of 10 × 10 pixels, stored as it is.
BLANK = (b"<< /Type /XObject /Subtype /Image /Width 10 /Height 10 /ColorSpace /DeviceGray "
         b"/BitsPerComponent 8 /Length 100 >>\nstream\n" + b"\xff" * 100 + b"\nendstream")


def fax_image(side: int) -> bytes:
    """A white image of ``side`` × ``side`` pixels compressed as a fax (CCITT group 4): each
    row one bit, so 60,000 × 60,000 pixels (450 MB once drawn) take 7.5 KB."""
    data = b"\xff" * (side // 8 + 1)
    return (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns %d "
            b"/Rows %d >> /Length %d >>\nstream\n" % (side, side, side, side, len(data))
            + data + b"\nendstream")


def scan_pdf(width: int, height: int, image: bytes = BLANK, pages: int = 1) -> bytes:
    """A PDF of ``pages`` pages of ``width`` × ``height`` points, each covered by ``image``
    and holding no text: a scan."""
    draw = b"q %d 0 0 %d 0 0 cm /Im1 Do Q" % (width, height)
    kids = b" ".join(b"%d 0 R" % (5 + n) for n in range(pages))
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /XObject "
            b"<< /Im1 4 0 R >> >> /Contents 3 0 R >>" % (width, height))
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
                 b"<< /Length %d >>\nstream\n%s\nendstream" % (len(draw), draw), image,
                 *[page] * pages])


def claimed_size(picture: bytes, width: int, height: int) -> bytes:
    """``picture`` (a PNG or a JPEG) with its header claiming ``width`` × ``height`` pixels
    (its pixels left as they are: a few hundred bytes that claim 3.6 billion)."""
    out = bytearray(picture)
    if out.startswith(b"\x89PNG"):
        struct.pack_into(">II", out, 16, width, height)
        import zlib
        struct.pack_into(">I", out, 29, zlib.crc32(bytes(out[12:29])) & 0xFFFFFFFF)
    else:
        at = out.find(b"\xff\xc0")
        struct.pack_into(">HH", out, at + 5, height, width)
    return bytes(out)


def small_picture(kind: str) -> bytes:
    """A white picture of 16 × 16 pixels saved as ``kind`` (``PNG``, ``JPEG``)."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (16, 16), 255).save(out, kind)
    return out.getvalue()
