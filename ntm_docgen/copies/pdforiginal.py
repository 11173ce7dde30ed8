"""A PDF original opened once and checked, and kept open by pdfium while a copy reads it."""

from __future__ import annotations

import contextlib
import io
import logging
import threading
import weakref
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import cast

import pypdfium2 as pdfium
from pypdf import PdfReader
from pypdf.errors import LimitReachedError, PyPdfError

from ntm_docgen.copies.pdfink import (
    Ink,
    Span,
    column_left,
    ink,
    line_starts,
    open_document,
    page_ink,
)
from ntm_docgen.errors import InputFileError
from ntm_docgen.files.limits import PDF_PAGES
from ntm_docgen.files.pages import PDFIUM
from ntm_docgen.files.pdfinput import check_pdf, claimed_pages, damaged_pdf, open_pdf
from ntm_docgen.i18n import _

#: Originals that pypdf had to mend while reading them (a wrong ``startxref``, no ``%%EOF``):
#: their copy is written whole, never appended to the damaged file.
_MENDED: weakref.WeakSet[PdfReader] = weakref.WeakSet()
#: Originals that open without a password but that their author locked against changes.
_LOCKED: weakref.WeakSet[PdfReader] = weakref.WeakSet()


class _Mended(logging.Handler):
    """Notes that pypdf warned while reading (it warns for every repair it makes)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen = False

    def emit(self, record: logging.LogRecord) -> None:
        self.seen = True


@contextlib.contextmanager
def quiet_pypdf(mended: _Mended | None = None) -> Iterator[None]:
    """Hold back pypdf's own warnings (``EOF marker not found``) while it reads an original:
    a damaged file gets our one message, a mended one no noise (``mended`` notes them)."""
    logger = logging.getLogger("pypdf")
    level, propagate = logger.level, logger.propagate
    handler = mended or _Mended()
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate


def read_pdf(path: Path | str, adding: bool = False) -> PdfReader:
    """Open and check a PDF original: present, readable, not password-protected. A file is
    read once however many times a copy asks for it (checks, its number, the copy itself).
    ``adding``: the copy adds its block to the file (a SAO Y, a SAO LỤC), refused when its
    author locked it against changes; a TRÍCH SAO sets its parts anew and reads it as import
    does."""
    reader = reader_of(*file_key(path))
    if adding and reader in _LOCKED:
        raise InputFileError(path, _(
            "opens without a password but its author locked it against changes (an owner "
            "password); a copy adds its block to the file: ask the sender for a copy without "
            "the lock"))
    return reader


def file_key(path: Path | str) -> tuple[str, str, int, int]:
    """The file as given, where it is, and what tells a changed file from the same one."""
    path = Path(path)
    if not path.is_file():
        raise InputFileError(path, _("no such file") if not path.exists() else _("is not a file"))
    found = path.stat()
    return str(path), str(path.resolve()), found.st_mtime_ns, found.st_size


@lru_cache(maxsize=2)
def reader_of(shown: str, name: str, mtime: int, size: int) -> PdfReader:
    """The original of a :func:`file_key`, read and checked by :func:`read_pdf`."""
    mended = _Mended()
    try:
        with quiet_pypdf(mended):
            reader, _data = open_pdf(name)
            if reader.is_encrypted:
                if not _opens_without_password(reader):
                    raise InputFileError(shown, _(
                        "is password-protected (encrypted); ask the sender for an unprotected "
                        "copy or remove the password first"))
                _LOCKED.add(reader)  # read as a viewer reads it; a copy adding to it refused
            if len(reader.pages) == 0:
                raise InputFileError(shown, _("has no pages"))
            check_pdf(reader, shown)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as e:
        count = claimed_pages(name) if isinstance(e, LimitReachedError) else None
        if count is not None:
            PDF_PAGES.check(count, shown)  # pypdf gives up on a page list that long
        raise damaged_pdf(shown) from e
    except RecursionError:
        raise damaged_pdf(shown) from None
    if mended.seen:
        _MENDED.add(reader)
    return reader


def _opens_without_password(reader: PdfReader) -> bool:
    """Whether an encrypted PDF opens with the empty password (a viewer asks for none): its
    author set only an owner password, which locks changes, printing or copying."""
    try:
        return bool(reader.decrypt(""))
    except (PyPdfError, ValueError, NotImplementedError):
        return False


def was_mended(reader: PdfReader) -> bool:
    """Whether pypdf had to mend the original ``reader`` (read by :func:`read_pdf`)."""
    return reader in _MENDED


class Measured:
    """An original opened by pdfium for all that a copy reads of it with pdfium (the Số line,
    the pages' text, where the content ends), and page 1 when the Số line's reading loaded it
    (a page loaded again is parsed again)."""

    def __init__(self, document: pdfium.PdfDocument) -> None:
        self.document = document
        self.first: pdfium.PdfPage | None = None

    def keep_first(self, page: pdfium.PdfPage) -> None:
        if self.first is not None:
            self.first.close()
        self.first = page

    def first_page(self) -> pdfium.PdfPage:
        """Page 1, loaded once and kept: read for its Số line and its text, then measured."""
        if self.first is None:
            self.first = self.document[0]
        return self.first

    def ink(self, index: int) -> Ink | None:
        """Where page ``index``'s content lies (:func:`ink`), page 1 measured as kept."""
        page, self.first = (self.first, None) if index == 0 else (None, self.first)
        if page is None:
            return ink(self.document, index)
        try:
            return page_ink(page)
        finally:
            page.close()

    def column_left(self, last: int) -> float | None:
        """Where the body's lines start on page 1 and page ``last`` (:func:`column_left`: the
        decree's text width, the copy block's; a header's issuer may stand further left); None
        where the last page is laid otherwise than page 1 (a table across), whose text width
        page 1 does not tell. Page 1 is read as kept, for :meth:`ink` to measure after."""
        starts: list[float] = []
        shapes = set()
        for index in dict.fromkeys((0, last)):
            page = self.first_page() if index == 0 else self.document[index]
            try:
                shapes.add((round(page.get_width()), round(page.get_height()),
                            page.get_rotation() % 180))
                starts += line_starts(page)
            finally:
                if index:
                    page.close()
        return column_left(starts) if len(shapes) == 1 else None

    def corners(self, spans: list[Span]) -> list[Ink | None]:
        """Where page 1's content lies in each band of its width (:func:`page_ink`), the page
        loaded once for all."""
        page, self.first = (self.first, None)
        page = page or self.document[0]
        try:
            return [page_ink(page, span) for span in spans]
        finally:
            page.close()

    def close(self) -> None:
        if self.first is not None:
            self.first.close()
            self.first = None
        self.document.close()


#: The originals kept open by pdfium in this thread (:func:`kept_open`), by file: not opened
#: yet (an empty list), or opened (None when pdfium cannot open it).
_KEPT = threading.local()


@contextlib.contextmanager
def kept_open(path: Path | str) -> Iterator[None]:
    """Within the block, everything read of the PDF at ``path`` with pdfium (the Số line, the
    pages' text, where the content ends) is read from one document, opened at the first read
    and closed when the block ends."""
    kept = _KEPT.__dict__.setdefault("files", {})
    key = file_key(path)
    if key in kept:  # an outer block keeps it
        yield
        return
    kept[key] = []
    try:
        yield
    finally:
        with PDFIUM:
            for found in kept.pop(key):
                if found is not None:
                    found.close()


@contextlib.contextmanager
def measured_document(key: tuple[str, str, int, int]) -> Iterator[Measured | None]:
    """The file of ``key`` opened by pdfium (its form fields too, :func:`open_document`) once
    it has passed ``read_pdf``'s checks, None when pdfium cannot open it: the one
    :func:`kept_open` keeps, else one closed after the block. pdfium is called by one thread
    at a time (``files.pages.PDFIUM``, which the desk's previews hold too) within the block."""
    reader = reader_of(*key)
    with PDFIUM:
        yield from _document_of(key, reader)


def _document_of(key: tuple[str, str, int, int], reader: PdfReader
                 ) -> Iterator[Measured | None]:
    kept = _KEPT.__dict__.get("files", {}).get(key)
    if kept is not None and kept:
        yield kept[0]
        return
    opened = _opened(cast(io.BytesIO, reader.stream).getvalue())  # the bytes read_pdf read
    if kept is not None:
        kept.append(opened)
        yield opened
        return
    try:
        yield opened
    finally:
        if opened is not None:
            opened.close()


def _opened(data: bytes) -> Measured | None:
    try:
        return Measured(open_document(data))
    except pdfium.PdfiumError:
        return None

