"""Limits on outside input: sizes, depths and counts no real office reaches, each with its
environment variable (``NTM_DOCGEN_MAX_<NAME>``) to raise it.

Every reader of a file a user gives (spec, recipients, original, letter to check or import)
goes through these, so that a small hostile file cannot exhaust memory or time::

    >>> SPEC_BYTES.env, SPEC_BYTES.value() == SPEC_BYTES.default
    ('NTM_DOCGEN_MAX_SPEC_BYTES', True)
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ntm_docgen.errors import InputFileError, LimitError
from ntm_docgen.i18n import N_, _, said

MB = 1 << 20


@dataclass(frozen=True)
class Limit:
    """One limit: its name (the environment variable's tail), default and what it counts."""

    name: str
    default: int
    #: what is measured, as a message subject: "the spec file's size"
    what: str
    #: a size in bytes, told in MB or GB (``i18n.size``), not as a count
    in_bytes: bool = False

    @property
    def env(self) -> str:
        return f"NTM_DOCGEN_MAX_{self.name}"

    def value(self) -> int:
        """The limit in force: the environment variable's whole number, else the default."""
        text = os.environ.get(self.env, "").strip().replace("_", "")
        if not text:
            return self.default
        if not text.isdigit() or len(text) > 18 or int(text) <= 0:
            raise InputFileError(self.env, _("expected a positive whole number; found "
                                             "{value!r}").format(value=text))
        return int(text)

    def check(self, found: int, path: Path | str) -> None:
        """Raise LimitError naming ``path`` when ``found`` is over the limit."""
        limit = self.value()
        if found > limit:
            raise LimitError(path, said(self.what), limit, self.env, found, self.in_bytes)

    def exceeded(self, path: Path | str) -> LimitError:
        """The error for a measure known only to be over the limit (a stream cut short)."""
        return LimitError(path, said(self.what), self.value(), self.env,
                          in_bytes=self.in_bytes)


SPEC_BYTES = Limit("SPEC_BYTES", 5 * MB, N_("the spec file's size"), in_bytes=True)
SPEC_CHARS = Limit("SPEC_CHARS", 5_000_000,
                   N_("the spec's text in characters, with every YAML alias counted as "
                      "what it repeats"))
SPEC_NODES = Limit("SPEC_NODES", 100_000,
                   N_("the number of values in the spec, with every YAML alias counted as "
                      "what it repeats"))
DEPTH = Limit("DEPTH", 32, N_("the nesting depth of the data"))
INT_DIGITS = Limit("INT_DIGITS", 30, N_("the number of digits of a number"))
TEXT_BYTES = Limit("TEXT_BYTES", 32 * MB, N_("the text file's size"), in_bytes=True)
LINE_CHARS = Limit("LINE_CHARS", 100_000, N_("the length of one line in characters"))
ROWS = Limit("ROWS", 100_000, N_("the number of rows"))
COLUMNS = Limit("COLUMNS", 1_000, N_("the number of columns"))
CELLS = Limit("CELLS", 5_000_000, N_("the number of cells"))
PARAGRAPHS = Limit("PARAGRAPHS", 50_000, N_("the number of paragraphs"))
#: The cells of the pipe tables of one text of a spec (noi_dung, a phụ lục's): a cell costs
#: some 2.5 KB as the letter is laid out; the country's 3,321 communes in 15 columns are 50,000.
TABLE_CELLS = Limit("TABLE_CELLS", 100_000, N_("the number of table cells in one text"))
#: The lines of one list of a spec (kinh_gui, noi_nhan, a signer's quyen_han): a letter to
#: every commune of the largest province lists some 200 (Nghệ An, 130 after 2025); a list of
#: 90,000 rendered in 13 s at 290 MB and held the desk's LibreOffice past its 300 s on the
#: preview. The country's 3,321 communes go in a phụ lục's table, not in Nơi nhận.
LIST_LINES = Limit("LIST_LINES", 5_000, N_("the number of lines in one list of the spec"))
FILE_BYTES = Limit("FILE_BYTES", 512 * MB, N_("the file's size"), in_bytes=True)
ZIP_ENTRIES = Limit("ZIP_ENTRIES", 10_000, N_("the number of parts in the package"))
ZIP_MEMBER = Limit("ZIP_MEMBER", 100 * MB, N_("the size of one part once unpacked"),
                   in_bytes=True)
ZIP_TOTAL = Limit("ZIP_TOTAL", 512 * MB, N_("the size of all parts once unpacked"),
                  in_bytes=True)
ZIP_RATIO = Limit("ZIP_RATIO", 200, N_("how many times one part inflates"))
PDF_PAGES = Limit("PDF_PAGES", 5_000, N_("the number of pages"))
PDF_PAGE_POINTS = Limit("PDF_PAGE_POINTS", 5_000, N_("a page side in points"))
PDF_STREAM = Limit("PDF_STREAM", 32 * MB, N_("the size of a page's content once unpacked"),
                   in_bytes=True)
PDF_PIXELS = Limit("PDF_PIXELS", 100_000_000, N_("the pixels of one image"))
#: The letters, lines and pictures one page of a PDF's text layer draws, counted as they are
#: read: a dense A4 page holds some 5,000 letters; each takes some 4 KB as it is read.
PDF_PAGE_OBJECTS = Limit("PDF_PAGE_OBJECTS", 100_000, N_("the number of letters and lines "
                                                        "drawn on one page"))
#: A .doc, .rtf or .odt letter is converted by LibreOffice before it is read; a letter with its
#: pictures is well under a megabyte, so this keeps a conversion to seconds.
OFFICE_BYTES = Limit("OFFICE_BYTES", 64 * MB, N_("the size of a .doc, .rtf or .odt file to "
                                                "convert"), in_bytes=True)
#: A letter read by import or derive: pdfminer takes about a second a page, OCR about ten, so
#: these keep any upload under a few minutes.
IMPORT_PAGES = Limit("IMPORT_PAGES", 100, N_("the number of pages of a PDF to read as a letter"))
#: A PDF original read for a TRÍCH SAO: the whole of it, as the parts to keep may stand in its
#: annexes; a decision with its annexes runs to a few hundred pages (about 0.15-0.4 s a page).
TRICH_PAGES = Limit("TRICH_PAGES", 400, N_("the number of pages of a PDF original to read for a "
                                           "TRÍCH SAO"))
#: A letter's lines (a Word file's paragraphs, its table cells' among them) read by import or
#: derive: the structure read takes about half a millisecond a line, and the longest real
#: letter the sets hold has some 7,000 lines (a Word letter some 900 paragraphs).
IMPORT_LINES = Limit("IMPORT_LINES", 20_000, N_("the number of lines of a letter to read (the "
                                                "paragraphs of a Word file)"))
OCR_PAGES = Limit("OCR_PAGES", 20, N_("the number of scanned pages to read by OCR (about ten "
                                      "seconds each)"))
#: One run of Tesseract (a page, a column of it, or its words read again) that takes longer is
#: stopped: a page it cannot finish must not hold a worker of the desk without end. A letter's
#: page takes about ten seconds; a page of 4,000 words of small print took more than 120 at a
#: load average of 5 on two cores, so the bound leaves room for a dense page on a busy server.
OCR_SECONDS = Limit("OCR_SECONDS", 300, N_("the time in seconds that OCR may take on one "
                                          "reading of a page"))
#: The reading by OCR of one file's scanned pages, all its runs: measured between two runs, so
#: a run begun in time ends within its own OCR_SECONDS. The slowest real scan of held_out_19
#: and _25, 6 pages, took 367 s on a loaded machine (the slowest page 82 s): a file of
#: OCR_PAGES pages at that pace stays under half of it.
OCR_FILE_SECONDS = Limit("OCR_FILE_SECONDS", 3_600, N_("the time in seconds that OCR may take "
                                                      "on the scanned pages of one file"))
#: The address space of one run of Tesseract, set on it as it starts (``importer.watch``; not on
#: Windows): a real page scanned at 300 dpi reserves some 200 MB (the heaviest pages of
#: held_out_19 and _25: 204 MB, 130 MB held); a picture of 100 million pixels
#: of noise (the pixel limit) held 1.3 GB for nine minutes; past this the run stops and the
#: reading is refused naming the file, never taking the machine's memory.
OCR_MEMORY = Limit("OCR_MEMORY", 2 << 30, N_("the memory OCR needs to read one page"),
                   in_bytes=True)
#: The address space of one LibreOffice (soffice.bin and what it starts), set on it as it
#: starts (``files.officemem``): a real letter, a 60-page đề cương or a merged bulk of 200 letters
#: to PDF reserves some 800 MB of it and holds some 210 MB, so a document that makes it grow past
#: this is stopped before it takes the machine's memory, naming the document.
OFFICE_MEMORY = Limit("OFFICE_MEMORY", 3 << 30, N_("the memory LibreOffice needs to convert "
                                                  "it"), in_bytes=True)

#: Every limit, for the README and the tests.
ALL = (SPEC_BYTES, SPEC_CHARS, SPEC_NODES, DEPTH, INT_DIGITS, TEXT_BYTES, LINE_CHARS, ROWS,
       COLUMNS, CELLS, PARAGRAPHS, TABLE_CELLS, LIST_LINES, FILE_BYTES, ZIP_ENTRIES, ZIP_MEMBER,
       ZIP_TOTAL, ZIP_RATIO, PDF_PAGES, PDF_PAGE_POINTS, PDF_STREAM, PDF_PIXELS, PDF_PAGE_OBJECTS,
       OFFICE_BYTES, IMPORT_PAGES, TRICH_PAGES, IMPORT_LINES, OCR_PAGES, OCR_SECONDS,
       OCR_FILE_SECONDS, OCR_MEMORY, OFFICE_MEMORY)
#: Inflating less than this is never refused for its ratio alone (XML repeats itself a lot).
RATIO_FLOOR = 8 * MB


def read_bounded(path: Path | str, limit: Limit) -> bytes:
    """The bytes of the file at ``path``, refused with LimitError past ``limit`` (a device
    such as /dev/zero, a pipe or a huge file is read no further than the limit)."""
    path = Path(path)
    cap = limit.value()
    try:
        with path.open("rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode):
                limit.check(info.st_size, path)
            data = handle.read(cap + 1)
    except FileNotFoundError:
        raise InputFileError(path, _("no such file")) from None
    except IsADirectoryError:
        raise InputFileError(path, _("is a folder, not a file")) from None
    except OSError as e:
        raise InputFileError(path, _("cannot be read ({reason})").format(
            reason=e.strerror or e)) from e
    if len(data) > cap:
        raise limit.exceeded(path)
    return data


def check_lines(text: str, path: Path | str) -> None:
    """Refuse a text with a line longer than LINE_CHARS.

    >>> check_lines("short\\nlines", "x.txt")
    """
    cap = LINE_CHARS.value()
    if len(text) <= cap:
        return
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > cap:  # the limit's variable read once, not once a line
            LINE_CHARS.check(end - start, path)
        start = end + 1


def check_tree(data: Any, path: Path | str) -> None:
    """Refuse plain data (parsed JSON or YAML) deeper than DEPTH, with more values than
    SPEC_NODES, more text than SPEC_CHARS or a number longer than INT_DIGITS. Iterative, so
    a deep tree cannot exhaust the stack.

    >>> check_tree({"a": [1, "xy", {"b": None}]}, "spec.yaml")
    """
    depth_cap, nodes_cap, chars_cap = DEPTH.value(), SPEC_NODES.value(), SPEC_CHARS.value()
    nodes = chars = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        nodes += 1
        if depth > depth_cap:
            DEPTH.check(depth, path)
        if nodes > nodes_cap:
            SPEC_NODES.check(nodes, path)
        if isinstance(value, str):
            chars += len(value)
            if chars > chars_cap:
                SPEC_CHARS.check(chars, path)
        elif isinstance(value, Mapping):
            for key, item in value.items():
                stack.append((key, depth + 1))
                stack.append((item, depth + 1))
        elif isinstance(value, (list, tuple)):
            stack.extend((item, depth + 1) for item in value)
        elif isinstance(value, int) and not isinstance(value, bool):
            INT_DIGITS.check(digits(value), path)


def digits(value: int) -> int:
    """How many decimal digits a whole number has, without writing it out (Python refuses
    to write one of more than 4,300 digits).

    >>> digits(0), digits(-999), digits(10 ** 5000)
    (1, 3, 5001)
    """
    value = abs(value)
    if value < 10:
        return 1
    estimate = int(value.bit_length() * 0.30102999566398) + 1
    return estimate if value >= 10 ** (estimate - 1) else estimate - 1
