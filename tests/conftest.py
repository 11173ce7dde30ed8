"""Shared fixtures: the click runner, a fixed 'today', the check tests' letters (hd, cv) and the
example specs."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = ROOT / "data" / "examples"

# The suite reads messages in English (the catalogs' source language), in this process and in
# the commands it starts; tests/test_i18n.py checks the Vietnamese that users get by default.
os.environ["NTM_DOCGEN_LANG"] = "en"
# Each worker of a run on several cores (pytest-xdist) has a temporary folder of its own, for
# itself and the commands it starts: the tests that look for what a stopped command left in the
# temporary folder (ntm-merge-*, lu*.tmp) see their own command's files, not another worker's.
if os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ["TMPDIR"] = tempfile.mkdtemp(prefix=f"ntm-{os.environ['PYTEST_XDIST_WORKER']}-")
    tempfile.tempdir = None  # asked again, from TMPDIR
    atexit.register(shutil.rmtree, os.environ["TMPDIR"], ignore_errors=True)
# Each worker's Tesseract reads with one thread: the suite's two workers already fill the two
# cores, and two Tesseracts of two threads each on them wait on each other (Tesseract's own
# advice for several at once is OMP_THREAD_LIMIT=1).
if os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
# Templates compiled by the suite are kept in a cache folder of its own, not the user's.
os.environ.setdefault("NTM_DOCGEN_CACHE", tempfile.mkdtemp(prefix="ntm-test-cache-"))
# A desk the suite runs keeps one LibreOffice warm, not one per core: its clerk previews one
# letter at a time, and the suite's cores are shared with the offices every new desk starts (a
# desk in a process of its own, desk_browser.desk_server, warms none: its first preview starts
# one). A test of two offices asks for them (test_desk_bulk_cancel).
os.environ.setdefault("NTM_DOCGEN_OFFICES", "1")


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """A run that prints (``-s``: the accuracy tests' figures) or stops in a debugger
    (``--pdb``) runs in this process: a worker's printing does not reach the terminal."""
    if config.option.capture == "no" or config.getoption("usepdb", False):
        config.option.numprocesses = 0


@pytest.fixture(autouse=True)
def _language_of_the_environment():
    """Each test starts speaking the environment's language: a test that set one (``vi``, or
    ``en`` over a cleared environment) leaves it to no other test, whatever their order."""
    from ntm_docgen.i18n import set_language

    set_language(None)
    yield
    set_language(None)


@pytest.fixture
def as_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """A transcription imported as the scan it was read from: its page 1 read by OCR (the
    rules that act only on what OCR read then act on it)."""
    import dataclasses

    from ntm_docgen.importer import build, reading

    real = reading.read_source
    monkeypatch.setattr(build, "read_source",
                        lambda path: dataclasses.replace(real(path), ocr_pages=(1,)))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def today() -> date:
    return date(2026, 11, 23)


@pytest.fixture(scope="session")
def hd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Hướng dẫn built to the decree by ``check_letter.build_letter``, once for the whole
    run: a test reads it or edits a copy of it (``check_letter.edit``), never the file."""
    from check_letter import build_letter

    return build_letter(tmp_path_factory.mktemp("letters") / "hd.docx", "hd")


@pytest.fixture(scope="session")
def cv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The công văn built to the decree, as ``hd`` is."""
    from check_letter import build_letter

    return build_letter(tmp_path_factory.mktemp("letters") / "cv.docx", "cv")


@pytest.fixture(scope="session")
def scanned_7432(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Page 1 of Lào Cai's công văn 7432/2026 (``tests/data/derive/real_pdf``) as a scanner
    gives it: pdftoppm's pixels (200 dpi, grey; ``page-1.png`` beside it) in a PDF with no text
    layer, ``scan.pdf``. Made once a run: a test reads it or a copy of it, never the file."""
    import subprocess

    from PIL import Image

    out = tmp_path_factory.mktemp("scan_7432")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-f", "1", "-l", "1",
                    str(DATA / "derive" / "real_pdf" / "cv_2026_laocai_7432.pdf"),
                    str(out / "page")], check=True, capture_output=True)
    scan = out / "scan.pdf"
    with Image.open(out / "page-1.png") as picture:
        picture.save(scan, resolution=200)
    return scan


@pytest.fixture
def client(tmp_path):
    """A test client of a desk on one computer, its state and register in ``tmp_path``."""
    from desk_support import desk_client

    with desk_client(tmp_path) as c:
        yield c


@pytest.fixture
def csrf(client) -> str:
    """The CSRF token of ``client``'s session."""
    from desk_support import csrf_of

    return csrf_of(client)


@pytest.fixture
def pdfium_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Each pdfium document opened, page read, rendered or closed, with whether the lock
    (``files.pages.PDFIUM``) was held by the thread that did it."""
    import pypdfium2

    from ntm_docgen.files.pages import PDFIUM

    found: list[tuple[str, bool]] = []

    def watched(name: str, real):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            found.append((name, PDFIUM._is_owned()))  # noqa: SLF001
            return real(*args, **kwargs)
        return call

    for cls, names in ((pypdfium2.PdfDocument, ("__init__", "get_page", "close")),
                       (pypdfium2.PdfPage, ("get_textpage", "render", "close"))):
        for name in names:
            monkeypatch.setattr(cls, name, watched(f"{cls.__name__}.{name}",
                                                   getattr(cls, name)))
    return found


class DiskEvents:
    """What reaches the disk, in order, once ``watch(folder)`` is called: a file's data flushed
    (``data NAME``), a file or folder flushed (``sync NAME``), a file renamed into ``folder``
    (``rename to NAME``) and a line the register records (``register``)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.events: list[str] = []
        self._monkeypatch = monkeypatch

    def watch(self, folder: Path) -> list[str]:
        from ntm_docgen.register import store

        real_data, real_sync, real_replace = os.fdatasync, os.fsync, os.replace
        real_record = store.Register.record
        events = self.events

        def named(fd: int) -> str:
            return Path(os.readlink(f"/proc/self/fd/{fd}")).name

        def fdatasync(fd: int) -> None:
            events.append(f"data {named(fd)}")
            real_data(fd)

        def fsync(fd: int) -> None:
            events.append(f"sync {named(fd)}")
            real_sync(fd)

        def replace(source, target):  # type: ignore[no-untyped-def]
            if Path(target).parent == folder:  # not the caches' entries
                events.append(f"rename to {Path(target).name}")
            real_replace(source, target)

        def record(reg, *args, **kwargs):  # type: ignore[no-untyped-def]
            events.append("register")
            return real_record(reg, *args, **kwargs)

        for name, value in (("fdatasync", fdatasync), ("fsync", fsync), ("replace", replace)):
            self._monkeypatch.setattr(os, name, value)
        self._monkeypatch.setattr(store.Register, "record", record)
        return events


@pytest.fixture
def disk_events(monkeypatch: pytest.MonkeyPatch) -> DiskEvents:
    """Records what reaches the disk and the register (see :class:`DiskEvents`)."""
    return DiskEvents(monkeypatch)


def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """The browser tests' Chromium (``desk_browser.browser``) is started once for a run of
    modules that use it, and stopped before a module that does not."""
    import sys

    desk_browser = sys.modules.get("desk_browser")
    if desk_browser is None or not desk_browser._RUNNING:  # noqa: SLF001
        return
    module = getattr(nextitem, "module", None)
    if module is None or desk_browser.browser not in vars(module).values():
        desk_browser.close_browser()
