"""Open a PDF from outside with its pages, page sizes, images and streams bounded.

pypdf parses lazily and pdfium renders in C, so a page tree nested thousands deep, a page of
14,400 points or an image of a billion pixels would only fail (or eat memory) deep inside
them: every page is looked at here first, without rendering or decoding any image.
"""

from __future__ import annotations

import contextlib
import io
import math
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ntm_docgen.errors import InputFileError
from ntm_docgen.files.limits import (
    DEPTH,
    FILE_BYTES,
    PDF_PAGE_POINTS,
    PDF_PAGES,
    PDF_PIXELS,
    PDF_STREAM,
    read_bounded,
)
from ntm_docgen.i18n import _, number


def read_pdf_bytes(path: Path | str) -> bytes:
    """A PDF file's bytes, refused past FILE_BYTES."""
    return read_bounded(path, FILE_BYTES)


def open_pdf(path: Path | str) -> tuple[Any, bytes]:
    """A pypdf reader over the PDF at ``path`` (checked by ``check_pdf``) and its bytes."""
    from pypdf import PdfReader

    data = read_pdf_bytes(path)
    return PdfReader(io.BytesIO(data)), data


def claimed_pages(path: Path | str) -> int | None:
    """The number of pages a PDF's page tree claims, read by pdfium without reading a page
    (a file claiming 200,000 pages is counted at once; pypdf would give up reading its page
    list as damaged); None when pdfium cannot open the file (the reader says why)."""
    import pypdfium2 as pdfium

    from ntm_docgen.files.pages import PDFIUM

    with PDFIUM:
        try:
            document = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError:
            return None
        try:
            return len(document)
        finally:
            document.close()


def damaged_pdf(path: Path | str) -> InputFileError:
    """The one message for a PDF that cannot be read, in the user's language: the library's
    own words (``Stream has ended unexpectedly``) say nothing a clerk can act on; a PDF read
    whole that holds no page (pdfium opens none) is told as one, not as cut off."""
    if no_pages(path):
        return InputFileError(path, _("has no pages"))
    return InputFileError(path, _("is not a readable PDF: the file is damaged or cut off (a "
                                  "download that stopped, or a copy saved badly); ask the sender "
                                  "for the file again, or open it in a PDF reader and print it "
                                  "again as PDF"))


def no_pages(path: Path | str) -> bool:
    """Whether pypdf reads the PDF at ``path`` whole with no page in it (its notes on a
    damaged file, in English, held back)."""
    import logging

    from pypdf import PdfReader

    said = logging.getLogger("pypdf")
    level = said.level
    said.setLevel(logging.CRITICAL)  # setLevel, not .level: the loggers' cache is cleared
    try:
        return len(PdfReader(path).pages) == 0
    except Exception:  # noqa: BLE001 - damaged indeed: the message says so
        return False
    finally:
        said.setLevel(level)


@contextlib.contextmanager
def pdf_errors(path: Path | str) -> Iterator[None]:
    """Inside, what pypdf or pdfium raise for a PDF they cannot read is told as
    ``damaged_pdf(path)``, naming the file: the reading of a damaged original (its xref, a
    stream's length, an object's number wrong) fails deep in either library, where the file's
    name is not known, and was told as "a file could not be read" with the library's words."""
    import pypdfium2 as pdfium
    from pypdf.errors import PyPdfError

    try:
        yield
    except (PyPdfError, pdfium.PdfiumError) as e:
        raise damaged_pdf(path) from e
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as e:
        if not _raised_in_a_reader(e):  # this tool's own error: not the file's
            raise
        raise damaged_pdf(path) from e


def _raised_in_a_reader(error: BaseException) -> bool:
    """Whether ``error`` was raised inside pypdf or pypdfium2 (its innermost frame), as pypdf
    raises ValueError for an object of the wrong kind in a damaged file ("Value must be a
    PdfObject", an object number corrupted)."""
    trace = error.__traceback__
    while trace is not None and trace.tb_next is not None:
        trace = trace.tb_next
    where = trace.tb_frame.f_code.co_filename if trace is not None else ""
    return any(f"{sep}{name}{sep}" in where for name in ("pypdf", "pypdfium2")
               for sep in "/\\")


#: How far from its end a PDF's end-of-file marker is looked for, as PDF readers look for it.
EOF_TAIL = 1024


def cut_off(path: Path | str) -> bool:
    """Whether the PDF at ``path`` ends without its end-of-file marker (``%%EOF``, ISO 32000-1
    7.5.5) in its last EOF_TAIL bytes: a download that stopped, a copy cut short. pdfminer reads
    such a file as far as it goes, and may find pages without a word (a linearized PDF holds
    its first page's skeleton at its start), which would be told as a file with no letter."""
    with Path(path).open("rb") as handle:
        size = handle.seek(0, io.SEEK_END)
        handle.seek(max(0, size - EOF_TAIL))
        return not marked_end(handle.read())


def marked_end(tail: bytes) -> bool:
    """Whether ``tail``, a PDF's last bytes, holds its end-of-file marker.

    >>> marked_end(b"startxref\\n1234\\n%%EOF\\n")
    True
    >>> marked_end(b"<</Length 44>> stream\\nBT /F1 12 Tf")
    False
    """
    return b"%%EOF" in tail


def check_pdf(reader: Any, path: Path | str) -> None:
    """Refuse a PDF with too many pages, a page side over PDF_PAGE_POINTS or an image over
    PDF_PIXELS, and one whose page tree cannot be walked (nested too deep, or a loop)."""
    try:
        count = len(reader.pages)
    except RecursionError:
        raise InputFileError(path, _("is damaged: its page tree is nested too deeply")) from None
    PDF_PAGES.check(count, path)
    _check_count(reader, count, path)
    for index in range(count):
        where = _("{path} (page {number})").format(path=path, number=index + 1)
        page = reader.pages[index]
        unit = _number(page.get("/UserUnit"), 1.0)
        box = page.mediabox
        side = max(abs(float(box.width)), abs(float(box.height))) * max(unit, 0.0)
        if not math.isfinite(side):
            raise InputFileError(where, _("is damaged: its page size is not a number"))
        PDF_PAGE_POINTS.check(math.ceil(side), where)
        _check_images(page.get("/Resources"), where, set(), 1)
        _check_content(page, where)


def _check_count(reader: Any, count: int, path: Path | str) -> None:
    """Refuse a PDF whose page tree claims another number of pages than the ``count`` it
    holds: one reader shows the pages held, another as many as claimed, empty (pdfium, the
    engine of Chrome's reader, showed 4,000 for a file of one page), and a copy would carry
    the claim on. None of 186 real PDFs read claims a number it does not hold."""
    pages = _resolved(_resolved(reader.trailer.get("/Root")).get("/Pages"))
    claimed = _number(pages.get("/Count") if hasattr(pages, "get") else None, count)
    if claimed != count:
        raise InputFileError(path, _(
            "is damaged: its page list claims {claimed} pages, but holds {count}; open it in a "
            "PDF reader and print it again as PDF, or ask the sender for the file again").format(
                claimed=number(int(min(claimed, 10 ** 30))), count=number(count)))


def _check_content(page: Any, where: str) -> None:
    """Inflate the page's content once (pypdf's filters stop at their own limit), so a flate
    bomb is refused here, by PDF_STREAM, and never reaches the renderer; the forms it draws
    are counted as often as they are drawn (``_drawn``)."""
    from pypdf.errors import LimitReachedError

    try:
        # each stream inflated on its own and their sizes added (pypdf's get_contents would
        # join them into a content stream object first: a third of the check's time)
        found = page.get("/Contents")
        found = found.get_object() if found is not None else None
        streams = found if isinstance(found, list) else [found]
        datas = [item.get_object().get_data() for item in streams
                 if item is not None and hasattr(item.get_object(), "get_data")]
        PDF_STREAM.check(sum(len(data) for data in datas), where)
        forms: dict[int, int] = {}
        size = sum(_drawn(data, page.get("/Resources"), forms, 1) for data in datas)
    except LimitReachedError:
        raise PDF_STREAM.exceeded(where) from None
    PDF_STREAM.check(size, where)


def check_drawn(path: Path | str, pages: int) -> None:
    """Refuse a PDF whose first ``pages`` pages draw more than PDF_STREAM, their forms
    counted as drawn, before pdfium loads one: a page drawing a form of the whole letter
    8,000 times (in 600 KB) held pdfium past 1.8 GB until it aborted the process."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(str(path))
        for index in range(min(pages, len(reader.pages))):
            _check_content(reader.pages[index], _("{path} (page {number})").format(
                path=path, number=index + 1))
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError,
            RecursionError):
        return  # a damaged file: the reading that follows tells it


#: A content stream drawing an object of its resources by name (``/Fm0 Do``).
_DRAWS = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do\b")


def _drawn(content: bytes, resources: Any, forms: dict[int, int], depth: int) -> int:
    """The bytes of ``content`` with those of the forms it draws, each counted as often as it
    is drawn (``forms``: each form's own count, found once); a form drawing itself, or
    nested past DEPTH, adds no more."""
    total = len(content)
    resources = _resolved(resources)
    objects: Any = _resolved(resources.get("/XObject")) if hasattr(resources, "get") else None
    if not hasattr(objects, "get") or depth > DEPTH.value():
        return total
    for name, times in Counter(_DRAWS.findall(content)).items():
        target = _resolved(objects.get("/" + name.decode("latin-1")))
        if not hasattr(target, "get_data") or target.get("/Subtype") != "/Form":
            continue
        if id(target) not in forms:
            forms[id(target)] = 0  # while it is measured: drawing itself adds nothing
            forms[id(target)] = _drawn(target.get_data(), target.get("/Resources"), forms,
                                       depth + 1)
        total += times * forms[id(target)]
    return total


def _check_images(resources: Any, where: str, seen: set[int], depth: int) -> None:
    """Every image of a resource dictionary (and of its forms) within PDF_PIXELS."""
    resources = _resolved(resources)
    if not hasattr(resources, "get") or depth > DEPTH.value():
        return
    objects = _resolved(resources.get("/XObject"))
    if not hasattr(objects, "values"):
        return
    for item in objects.values():
        target = _resolved(item)
        if id(target) in seen or not hasattr(target, "get"):
            continue
        seen.add(id(target))
        kind = target.get("/Subtype")
        if kind == "/Image":
            pixels = _number(target.get("/Width"), 0) * _number(target.get("/Height"), 0)
            if not math.isfinite(pixels):
                raise InputFileError(where, _("is damaged: an image has no size"))
            PDF_PIXELS.check(int(pixels), where)
        elif kind == "/Form":
            _check_images(target.get("/Resources"), where, seen, depth + 1)


def _resolved(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def _number(value: Any, default: float) -> float:
    try:
        return abs(float(_resolved(value))) if value is not None else default
    except (TypeError, ValueError):
        return default
