"""PDFs for many letters: a few LibreOffice runs, one per core, never one per letter.

LibreOffice spends most of its time per document opened (about 100 ms for a one-page letter
here), not per page. Letters of one bulk run share every part of their package but
``word/document.xml``, so a run of them is joined into one document (each letter its own
section, page numbers restarting at 1, a bookmark on its first paragraph), converted once, and
the PDF is cut back into one file per letter at the pages the bookmarks land on (about 15 ms
per letter). A letter that does not share the package (edited by hand in Word) or a run whose
bookmarks do not come back is converted the plain way, as files handed to one LibreOffice.
"""

from __future__ import annotations

import shutil
import threading
import zipfile
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from pathlib import Path

from ntm_docgen.errors import ConversionError
from ntm_docgen.files.docxzip import Package
from ntm_docgen.files.folderlock import private_folder
from ntm_docgen.files.output import write_bytes
from ntm_docgen.files.pdf import convert, is_pdf, missing_outputs
from ntm_docgen.files.signals import LOOK, held_back, raise_held
from ntm_docgen.files.stop import Stop
from ntm_docgen.i18n import _
from ntm_docgen.letter.sections import first_content, numbered, section_break, split_document

DOCUMENT = "word/document.xml"
RUN_SIZE = 100
#: The PDF export option that turns Writer bookmarks into named destinations.
FILTER = ('pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":'
          '{"type":"boolean","value":"true"}}')

Progress = Callable[[int], None]


def package_key(path: Path) -> tuple:
    """What must be equal for letters to be joined: every member but the document, by CRC."""
    with zipfile.ZipFile(path) as source:
        return tuple(sorted((i.filename, i.CRC) for i in source.infolist()
                            if i.filename != DOCUMENT))


def read_document(path: Path) -> str:
    """A letter's ``word/document.xml``."""
    with zipfile.ZipFile(path) as source:
        return source.read(DOCUMENT).decode("utf-8")


def joined_package(letters: Sequence[Path], bookmarks: bool = True) -> bytes:
    """The DOCX bytes of the letters joined (they must share their package, see package_key)."""
    xml = joined_xml([read_document(p) for p in letters], bookmarks)
    return Package(letters[0]).write({DOCUMENT: xml.encode("utf-8")})


def mark(name: str) -> str:
    """The bookmark (and PDF destination) name of letter ``index`` in a run."""
    return f"ntmletter{name}"


def joined_xml(documents: Sequence[str], bookmarks: bool = True) -> str:
    """One ``document.xml`` holding every letter, each a section starting on a new page,
    numbered from 1, with a bookmark on its first paragraph when ``bookmarks``."""
    parts = []
    last = ""
    for index, xml in enumerate(documents):
        _head, body, last, _tail = split_document(xml)
        first = first_content(body)
        if first is None or not bookmarks:
            parts.append(body)
        else:
            bookmark = (f'<w:bookmarkStart w:id="{900000 + index}" '
                        f'w:name="{mark(str(index))}"/><w:bookmarkEnd w:id="{900000 + index}"/>')
            parts.append(body[:first] + bookmark + body[first:])
        if index < len(documents) - 1:
            parts.append(section_break(last.strip(), restart_numbering=True))
    head, _, _, tail = split_document(documents[0])
    return head + "".join(parts) + numbered(last.strip(), restart=True) + tail


def convert_joined(source: Path, out_dir: Path, profile: Path, stop: Stop | None = None) -> Path:
    """Convert one joined document with bookmarks exported as PDF destinations."""
    convert([source], out_dir, profile, export=FILTER, stop=stop)
    return out_dir / f"{source.stem}.pdf"


def start_pages(pdf: Path, count: int) -> list[int] | None:
    """The first page of each joined letter, from the bookmarks; None when they are unusable."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    found: dict[str, int] = {}
    for name, destination in reader.named_destinations.items():
        key = str(name).lstrip("/")
        number = reader.get_destination_page_number(destination)
        if key.startswith(mark("")) and number is not None:
            found[key[len(mark("")):]] = number
    if any(str(index) not in found for index in range(count)):
        return None
    pages = [found[str(index)] for index in range(count)]
    if pages[0] != 0 or any(a >= b for a, b in zip(pages, pages[1:], strict=False)):
        return None
    return pages


def split(pdf: Path, starts: list[int], targets: Sequence[Path]) -> None:
    """Cut the joined PDF into one file per letter, each written atomically."""
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(pdf)
    ends = [*starts[1:], len(reader.pages)]
    for target, start, end in zip(targets, starts, ends, strict=True):
        writer = PdfWriter()
        for number in range(start, end):
            writer.add_page(reader.pages[number])
        buffer = BytesIO()
        writer.write(buffer)
        write_bytes(target, buffer.getvalue(), force=True)


class Converter:
    """One worker: its own LibreOffice profile folder, used for every run it converts;
    ``stop``: the batch's, which kills the LibreOffice converting for it."""

    def __init__(self, scratch: Path, number: int, stop: Stop | None = None) -> None:
        self.work = scratch / f"worker{number}"
        self.work.mkdir()
        self.profile = self.work / "profile"
        self.stop = stop

    def joined(self, letters: Sequence[Path]) -> bool:
        """Convert a run of letters as one document; False when the run must go the plain way."""
        run = self.work / "run"
        shutil.rmtree(run, ignore_errors=True)
        run.mkdir()
        joined = run / "letters.docx"
        joined.write_bytes(joined_package(letters))
        from pypdf.errors import PyPdfError

        pdf = convert_joined(joined, run, self.profile, self.stop)
        try:
            starts = start_pages(pdf, len(letters))
        except PyPdfError:
            return False
        if starts is None:
            return False
        split(pdf, starts, [p.with_suffix(".pdf") for p in letters])
        return True

    def plain(self, letters: Sequence[Path]) -> list[tuple[Path, str]]:
        """Convert letters as separate files; a letter whose PDF did not come out whole (a
        LibreOffice given 500 files once wrote 247 and exited 0) is converted again on its
        own. Return the letters that still failed, with the reason."""
        run = self.work / "plain"
        shutil.rmtree(run, ignore_errors=True)
        run.mkdir()
        copies = []
        for index, letter in enumerate(letters):
            copy = run / f"{index:05d}.docx"
            shutil.copyfile(letter, copy)
            copies.append(copy)
        reasons: dict[Path, str] = {}
        try:
            convert(copies, run, self.profile, stop=self.stop)
        except ConversionError:
            for copy in missing_outputs(copies, run):
                try:
                    convert([copy], run, self.profile, stop=self.stop)
                except ConversionError as e:
                    reasons[copy] = str(e)
        missing = []
        for copy, letter in zip(copies, letters, strict=True):
            produced = copy.with_suffix(".pdf")
            if copy not in reasons and is_pdf(produced):
                write_bytes(letter.with_suffix(".pdf"), produced.read_bytes(), force=True)
            else:
                missing.append((letter, reasons.get(copy, _("no PDF came out"))))
        return missing

    def convert_run(self, letters: Sequence[Path], joinable: bool) -> list[tuple[Path, str]]:
        if joinable and len(letters) > 1:
            try:
                if self.joined(letters):
                    return []
            except ConversionError:
                pass
        return self.plain(letters)


def runs(letters: Sequence[Path], workers: int) -> list[tuple[list[Path], bool]]:
    """Letters grouped into runs: those sharing the first letter's package are joinable."""
    if not letters:
        return []
    reference = package_key(letters[0])
    joinable = [p for p in letters if package_key(p) == reference]
    others = [p for p in letters if p not in set(joinable)]
    size = max(1, min(RUN_SIZE, -(-len(joinable) // workers)))
    out = [(joinable[i:i + size], True) for i in range(0, len(joinable), size)]
    out += [(others[i:i + RUN_SIZE], False) for i in range(0, len(others), RUN_SIZE)]
    return out


def letters_to_pdf(letters: Sequence[Path], *, jobs: int, progress: Progress | None = None,
                   stop: Stop | None = None) -> list[tuple[Path, str]]:
    """Write ``<letter>.pdf`` beside each letter with ``jobs`` LibreOffice workers at a time,
    paginated as ``render --pdf`` paginates one letter (``letter/paginate.py``); return the
    letters that could not be converted, with the reason. ``stop``, asked from another
    thread, kills the LibreOffices converting for these letters at once (no other caller's)
    and raises its error."""
    failures = _convert_all(letters, jobs, progress, stop)
    failed = {letter for letter, _reason in failures}
    repaginate([p for p in letters if p not in failed], jobs, stop)
    return failures


def repaginate(letters: Sequence[Path], jobs: int, stop: Stop | None = None) -> None:
    """The second pass of ``letter/paginate.py`` over converted letters: where a letter's PDF
    leaves the page before the signature a quarter empty, its split copy is converted (all of
    them together) and its PDF replaced when the split fills that page."""
    from ntm_docgen.letter.paginate import fuller, kept_lines_split

    with private_folder("ntm-bulk-pages-") as scratch:
        splits: dict[Path, Path] = {}
        for index, letter in enumerate(letters):
            split = kept_lines_split(letter.read_bytes(), letter.with_suffix(".pdf").read_bytes())
            if split is not None:
                splits[letter] = Path(scratch) / f"{index:05d}.docx"
                splits[letter].write_bytes(split)
        if not splits:
            return
        failed = {copy for copy, _reason in _convert_all(list(splits.values()), jobs, None,
                                                         stop)}
        for letter, copy in splits.items():
            again = copy.with_suffix(".pdf")
            pdf = letter.with_suffix(".pdf")
            if copy not in failed and fuller(pdf.read_bytes(), again.read_bytes()):
                write_bytes(pdf, again.read_bytes(), force=True)


def _convert_all(letters: Sequence[Path], jobs: int, progress: Progress | None,
                 stop: Stop | None = None) -> list[tuple[Path, str]]:
    """Convert every letter to ``<letter>.pdf``, in runs shared among ``jobs`` workers."""
    report = progress or (lambda n: None)
    stop = stop or Stop()  # a stop of its own: its LibreOffices, none of another caller's
    work = runs(letters, max(1, jobs))
    failures: list[tuple[Path, str]] = []
    lock = threading.Lock()
    with private_folder("ntm-bulk-pdf-") as scratch:
        workers = max(1, min(jobs, len(work)))
        if work:
            from ntm_docgen.files.office import shared_pool

            shared_pool(workers)  # one warm office per worker, when they can be had
        converters = [Converter(Path(scratch), n, stop) for n in range(workers)]
        free = list(converters)

        def one(item: tuple[list[Path], bool]) -> None:
            if stopping.is_set():
                return
            with lock:
                converter = free.pop()
            try:
                missing = converter.convert_run(*item)
            finally:
                with lock:
                    free.append(converter)
            with lock:
                failures.extend(missing)
                report(len(item[0]))

        stopping = threading.Event()
        pool = ThreadPoolExecutor(max_workers=workers)
        try:  # a signal is acted on between looks, never inside the pool's locks (runner.py)
            with held_back():
                pending = {pool.submit(one, item) for item in work}
                while pending:
                    done, pending = wait(pending, timeout=LOOK, return_when=FIRST_EXCEPTION)
                    raise_held()
                    for future in done:
                        future.result()  # a conversion's failure, as the caller's to raise
        except BaseException:
            # stopped (SIGINT, SIGTERM, the caller's stop): no run starts, the LibreOffices
            # converting for these letters are killed (no other caller's: a clerk's preview on
            # the desk goes on), and the scratch folder goes when the threads have let go of it
            stopping.set()
            pool.shutdown(wait=False, cancel_futures=True)
            stop.stop()
            raise
        finally:
            pool.shutdown(wait=True)
    return sorted(failures)
