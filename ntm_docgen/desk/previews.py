"""Page images of letters (DOCX → PDF through LibreOffice → PNG), kept for the pages that show
them: the same letter is converted once, however many times its pages are asked for."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence

from starlette.concurrency import run_in_threadpool

from ntm_docgen import api

#: How many letters' page images are kept (the latest previews of every clerk).
KEEP = 64


class Previews:
    """Page images by the hash of the document they show."""

    def __init__(self, keep: int = KEEP) -> None:
        self.keep = keep
        self._pages: OrderedDict[str, list[bytes]] = OrderedDict()
        self._pdfs: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(document: bytes, marks: Sequence[tuple[str, str]] = ()) -> str:
        digest = hashlib.sha256(document)
        for label, text in marks:
            digest.update(f"\0{label}\0{text}".encode())
        return digest.hexdigest()[:32]

    def _keep(self, store: OrderedDict, key: str, value: object) -> None:
        with self._lock:
            store[key] = value
            store.move_to_end(key)
            while len(store) > self.keep:
                store.popitem(last=False)

    def pdf(self, docx: bytes) -> bytes:
        """The PDF of a .docx (the converter runs once per distinct letter)."""
        key = self.key(docx)
        with self._lock:
            found = self._pdfs.get(key)
        if found is None:
            found = api.pdf_bytes(docx)
            self._keep(self._pdfs, key, found)
        return found

    async def pages(self, document: bytes,
                    marks: Sequence[tuple[str, str]] = ()) -> tuple[str, list[bytes]]:
        """The key and page images of a .docx or .pdf."""
        key = self.key(document, marks)
        with self._lock:
            found = self._pages.get(key)
        if found is None:
            pdf = document if document[:5] == b"%PDF-" else await run_in_threadpool(
                self.pdf, document)
            found = await run_in_threadpool(api.preview_pages, pdf, marks=marks)
            self._keep(self._pages, key, found)
        return key, found

    def page(self, key: str, number: int) -> bytes | None:
        """Page ``number`` (from 1) of the images under ``key``, if they are still kept."""
        with self._lock:
            pages = self._pages.get(key)
        if pages is None or not 1 <= number <= len(pages):
            return None
        return pages[number - 1]
