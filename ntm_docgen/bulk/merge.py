"""One printable DOCX holding every letter of a bulk run, each starting on a new page.

Each letter becomes its own section of the merged file: it starts on a new page and its page
numbers restart at 1, as the decree numbers each letter's pages by themselves.

Letters of one run share every package part but ``word/document.xml`` (one template), so runs
of such letters are joined directly, body after body. docxcompose, which reconciles styles,
numbering and relationships between unlike documents, joins the rest (a letter edited by hand
in Word): it re-scans the whole merged document on every append, so it costs 33 ms per letter
for 50 letters and 85 ms per letter for 200 here, far too slow on its own for 3,321.

The merged bytes are deterministic (fixed zip timestamps, a seeded docxcompose), so a rerun can
tell the file it wrote for these letters from any other file of that name: the first it leaves
or refreshes, the second it never overwrites without ``--force``.
"""

from __future__ import annotations

import copy
import io
import random
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from ntm_docgen.bulk.pdfbatch import joined_package, package_key
from ntm_docgen.errors import InputFileError, OutputExistsError
from ntm_docgen.files.output import write_bytes
from ntm_docgen.files.stop import Stop
from ntm_docgen.i18n import _
from ntm_docgen.letter.sections import BREAK_PARAGRAPH

Progress = Callable[[int], None]
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_STAMP = (2020, 1, 1, 0, 0, 0)
WROTE, CURRENT = "wrote", "up to date"


class ForeignMergeError(OutputExistsError):
    """Raised when the --merge file exists but is not the one this tool wrote for the letters."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path)
        self.args = (_("{path} already exists and is not the merged file of these letters "
                       "(edited, or another file); pass --force to overwrite it")
                     .format(path=self.path),)


def _restart_numbering(sect_pr) -> None:  # type: ignore[no-untyped-def]
    for old in sect_pr.findall(f"{_W}pgNumType"):
        sect_pr.remove(old)
    number = sect_pr.makeelement(f"{_W}pgNumType", {f"{_W}start": "1"})
    margin = sect_pr.find(f"{_W}pgMar")
    if margin is not None:
        margin.addnext(number)
    else:
        sect_pr.append(number)
    for kind in sect_pr.findall(f"{_W}type"):
        sect_pr.remove(kind)


def end_section(document) -> None:  # type: ignore[no-untyped-def]
    """Close the document's last section with a section break, so what follows starts on a
    new page as a section of its own (numbered from 1)."""
    body = document.element.body
    last = body.find(f"{_W}sectPr")
    if last is None:
        return
    closing = copy.deepcopy(last)
    _restart_numbering(closing)
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph = body.makeelement(f"{_W}p", {})
    properties = parse_xml(f'<w:pPr {nsdecls("w")}>{BREAK_PARAGRAPH}</w:pPr>')  # 1 pt high
    properties.append(closing)
    paragraph.append(properties)
    last.addprevious(paragraph)


def segments(letters: Sequence[Path]) -> list[list[Path]]:
    """Consecutive letters sharing one package, in order.

    Each segment can be joined body after body; segments are then composed with docxcompose.
    """
    out: list[list[Path]] = []
    previous = None
    for letter in letters:
        key = package_key(letter)
        if out and key == previous:
            out[-1].append(letter)
        else:
            out.append([letter])
        previous = key
    return out


def fixed_zip(data: bytes) -> bytes:
    """The same package with every member stamped 2020-01-01, so equal content is equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=_STAMP)
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, source.read(info.filename))
    return out.getvalue()


def _check(stop: Stop | None) -> None:
    if stop is not None:
        stop.check()


def compose(parts: Sequence[Path], stop: Stop | None = None) -> bytes:
    """Join unlike DOCX files with docxcompose, each starting a new numbered section; ``stop``
    is met before each file is appended (some 33 ms a letter)."""
    from docx import Document
    from docxcompose.composer import Composer

    state = random.getstate()
    random.seed(0)  # docxcompose draws list ids (w:nsid) from the global random numbers
    try:
        master = Document(str(parts[0]))
        _restart_numbering(master.element.body.find(f"{_W}sectPr"))
        composer = Composer(master)
        for part in parts[1:]:
            _check(stop)
            end_section(master)
            composer.append(Document(str(part)))
        buffer = io.BytesIO()
        composer.save(buffer)
    finally:
        random.setstate(state)
    return fixed_zip(buffer.getvalue())


def merged_bytes(letters: Sequence[Path], progress: Progress | None = None,
                 stop: Stop | None = None) -> bytes:
    """The DOCX bytes of every letter, in order, each starting on a new page; ``stop``, asked
    from another thread, is met between the groups of letters and the files composed."""
    if not letters:
        raise InputFileError(Path(), _("no letter to merge: no row made a letter"))
    report = progress or (lambda n: None)
    groups = segments(letters)
    if len(groups) == 1:
        data = joined_package(groups[0], bookmarks=False)
        report(len(letters))
        return data
    from ntm_docgen.files.folderlock import private_folder

    with private_folder("ntm-merge-") as scratch:
        parts = []
        for index, group in enumerate(groups):
            _check(stop)
            if len(group) == 1:
                parts.append(group[0])
            else:
                part = Path(scratch) / f"{index:05d}.docx"
                part.write_bytes(joined_package(group, bookmarks=False))
                parts.append(part)
            report(len(group))
        return compose(parts, stop)


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False


#: The letters a --merge file held before a run, and that file's bytes (``its_own``).
Held = tuple[list[Path], bytes]


def its_own(out: Path, there: Sequence[Path], *, force: bool = False) -> Held | None:
    """Before a run writes a letter: refuse (ForeignMergeError) a ``--merge`` file that is not
    the merged file of ``there``, the run's letters already in its folder, as its merge would
    after writing them; what it holds, for the merge to use, or None (no file, or ``force``)."""
    if force or not out.exists():
        return None
    letters = list(there)
    if not letters:
        raise ForeignMergeError(out)
    data = merged_bytes(letters)
    if not _holds(out, data):
        raise ForeignMergeError(out)
    return letters, data


def merge(letters: Sequence[Path], out: Path, *, force: bool = False,
          earlier: Sequence[Path] | None = None, progress: Progress | None = None,
          stop: Stop | None = None, held: Held | None = None) -> str:
    """Write every letter, in order, into ``out`` (atomically); each starts on a new page.

    Returns CURRENT when ``out`` already holds these bytes, WROTE when it was (re)written. An
    existing ``out`` is replaced only with ``force`` or when it is the merged file of
    ``earlier`` (the letters there were before this run added some); otherwise
    ForeignMergeError. ``held``: what ``its_own`` found before the run (so neither is merged
    twice). A ``stop`` asked while the letters are merged raises its error before ``out`` is
    written (it is written whole or not at all).
    """
    if not letters:
        raise InputFileError(out, _("no letter to merge: no row made a letter"))
    if held is not None and list(letters) == held[0]:
        data = held[1]
        report = progress or (lambda n: None)
        report(len(letters))
    else:
        data = merged_bytes(letters, progress, stop)
    if out.exists() and not force:
        if _holds(out, data):
            return CURRENT
        known = held is not None and list(earlier or ()) == held[0]
        if not known and (not earlier or not _holds(out, merged_bytes(earlier, stop=stop))):
            raise ForeignMergeError(out)
    _check(stop)
    write_bytes(out, data, force=True)
    return WROTE
