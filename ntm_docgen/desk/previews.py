"""Page images of letters (DOCX → PDF through LibreOffice → PNG), kept for the pages that show
them: the same letter is converted once, however many times its pages are asked for. Once its
PDF is made the page count is answered and the first page is begun; each page is drawn once,
when the browser asks for it or before, and a second request for it waits for that drawing.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

from starlette.concurrency import run_in_threadpool

from ntm_docgen import api

#: How many letters' page images are kept (the latest previews of every clerk).
KEEP = 64


@dataclass
class Shown:
    """One letter as the desk shows it: its PDF, its marks, its page count, its pages being
    drawn or drawn (PNG), by number from 1."""

    pdf: bytes
    marks: tuple[tuple[str, str], ...]
    count: int
    drawn: dict[int, asyncio.Future[list[bytes]]] = field(default_factory=dict)

    def drawing(self, number: int) -> asyncio.Future[list[bytes]]:
        """Page ``number``'s PNG (alone in a list), begun now unless it was begun before; a
        drawing that failed is tried again when asked for again."""
        found = self.drawn.get(number)
        if found is None:
            found = self.drawn[number] = asyncio.ensure_future(run_in_threadpool(
                api.preview_pages, self.pdf, marks=self.marks, pages=[number]))
            found.add_done_callback(lambda done: self._forget(number, done))
        return found

    def _forget(self, number: int, done: asyncio.Future[list[bytes]]) -> None:
        if done.cancelled() or done.exception() is not None:
            self.drawn.pop(number, None)

    def __len__(self) -> int:
        return self.count


class Previews:
    """Page images by the hash of the document they show."""

    def __init__(self, keep: int = KEEP) -> None:
        self.keep = keep
        self._shown: OrderedDict[str, Shown] = OrderedDict()
        self._pdfs: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()
        #: letters being converted now, by key: a second request waits for the same work
        self._making: dict[str, asyncio.Future[Shown]] = {}

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
                    marks: Sequence[tuple[str, str]] = ()) -> tuple[str, Shown]:
        """The key of a .docx or .pdf and its pages (``len``: how many), the first drawn; a
        letter already being converted (``start``) is waited for, not converted again."""
        key = self.key(document, marks)
        with self._lock:
            found = self._shown.get(key)
        if found is not None:
            return key, found
        making = self._making.get(key)
        if making is None:
            making = self._making[key] = asyncio.ensure_future(self._make(key, document, marks))
            making.add_done_callback(lambda _done: self._making.pop(key, None))
        return key, await asyncio.shield(making)

    async def pages_or_why(self, document: bytes, marks: Sequence[tuple[str, str]] = ()
                           ) -> tuple[str, Shown | tuple[()], str]:
        """``pages``, or when LibreOffice cannot draw them (it stopped answering, or is not
        there) no pages and why, in the clerk's words: the work the page shows is done."""
        from ntm_docgen.desk.retold import told_error
        from ntm_docgen.errors import DocgenError
        from ntm_docgen.i18n import _

        try:
            key, pages = await self.pages(document, marks)
        except DocgenError as e:
            return "", (), _("The pages cannot be shown here ({reason}); the rest of the work "
                             "is done, and a file to download opens in Word.").format(
                                 reason=told_error(e))
        return key, pages, ""

    def start(self, document: bytes) -> None:
        """Begin converting a letter whose pages are about to be asked for (a draft saved
        complete: the browser asks for its preview once the answer arrives)."""
        if self.key(document) not in self._shown and self.key(document) not in self._making:
            task = asyncio.ensure_future(self.pages(document))
            task.add_done_callback(_quiet)

    async def _make(self, key: str, document: bytes,
                    marks: Sequence[tuple[str, str]]) -> Shown:
        pdf = document if document[:5] == b"%PDF-" else await run_in_threadpool(
            self.pdf, document)
        count = min(await run_in_threadpool(api.page_count, pdf), 50)
        found = Shown(pdf, tuple(marks), count)
        if count:  # the browser asks for it once the answer with the count arrives
            found.drawing(1)
        self._keep(self._shown, key, found)
        return found

    async def page(self, key: str, number: int) -> bytes | None:
        """Page ``number`` (from 1) of the letter under ``key``, if it is still kept."""
        with self._lock:
            shown = self._shown.get(key)
        if shown is None or not 1 <= number <= shown.count:
            return None
        return (await asyncio.shield(shown.drawing(number)))[0]


def _quiet(task: asyncio.Future) -> None:
    """A conversion begun ahead whose failure is told by the preview that asks for it."""
    if not task.cancelled():
        task.exception()
