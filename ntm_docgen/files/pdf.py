"""DOCX to PDF through LibreOffice: on the process's pool of warm offices (``files.office``)
when a Python with ``uno`` is there, else one headless LibreOffice per batch with a private
profile. Every output is checked: a conversion that exits 0 but leaves a file missing or
broken is reported, never taken for done."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ntm_docgen.errors import ConversionError
from ntm_docgen.files.soffice import find_soffice
from ntm_docgen.files.stop import Stop, ending
from ntm_docgen.i18n import _

TIMEOUT = 300


PDF_EXPORT = "pdf:writer_pdf_Export"


def export_filter(export: str) -> tuple[str, str, dict[str, Any]]:
    """``--convert-to``'s ``ext:filter:{options}`` as the extension, the filter name and the
    filter data for UNO.

    >>> export_filter('pdf:writer_pdf_Export:{"A":{"type":"boolean","value":"true"}}')
    ('pdf', 'writer_pdf_Export', {'A': True})
    """
    extension, _, rest = export.partition(":")
    name, _, options = rest.partition(":")
    data: dict[str, Any] = {}
    for key, value in (json.loads(options) if options else {}).items():
        typed = value.get("value")
        if value.get("type") == "boolean":
            typed = str(typed).lower() == "true"
        elif value.get("type") in ("long", "short"):
            typed = int(typed)
        data[key] = typed
    return extension, name, data


def is_pdf(path: Path) -> bool:
    """Whether ``path`` holds a whole PDF: its header at the start, its end marker at the end."""
    try:
        with path.open("rb") as handle:
            head = handle.read(5)
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - 1024))
            tail = handle.read()
    except OSError:
        return False
    return head == b"%PDF-" and b"%%EOF" in tail


def missing_outputs(sources: Sequence[Path], out_dir: Path, extension: str = "pdf") -> list[Path]:
    """The sources whose converted file is absent (or, for a PDF, not a whole one)."""
    missing = []
    for source in sources:
        target = out_dir / f"{source.stem}.{extension}"
        if not target.is_file() or (extension == "pdf" and not is_pdf(target)):
            missing.append(source)
    return missing


def convert(sources: Sequence[Path], out_dir: Path, profile: Path | None = None,
            export: str = PDF_EXPORT, stop: Stop | None = None) -> None:
    """Convert DOCX files into ``out_dir`` (``export``: the filter and its options): on the
    warm offices when there are, else with one LibreOffice start (``profile``: its folder).
    Raises ConversionError naming every file that did not come out whole; ``stop``'s error
    once it is asked, its office or LibreOffice killed, no other caller's."""
    from ntm_docgen.files.office import shared_pool

    find_soffice()  # the same message whether the offices are warm or not
    pool = shared_pool()
    extension, name, data = export_filter(export)
    if pool is not None:
        problems = []  # each names its document
        for source in sources:
            try:
                pool.convert(source, out_dir / f"{source.stem}.{extension}", name, data, stop)
            except ConversionError as e:
                problems.append(str(e))
        if problems:
            raise ConversionError("\n".join(problems))
        reason = _("no whole file came out")
    else:
        reason = _convert_once(sources, out_dir, profile, export, stop) \
            or _("no whole file came out")
    missing = missing_outputs(sources, out_dir, extension)
    if missing:
        raise ConversionError(_("LibreOffice could not convert {files}: {reason}").format(
            files=", ".join(map(str, missing)), reason=reason))
    if extension == "pdf":
        _pictures_kept(sources, out_dir)


def _pictures_kept(sources: Sequence[Path], out_dir: Path) -> None:
    """Refuse (its PDF removed) a conversion whose PDF lacks a picture of its letter
    (``pdfpictures``): LibreOffice near its memory bound leaves one out, saying nothing."""
    from ntm_docgen.files.limits import OFFICE_MEMORY
    from ntm_docgen.files.pdfpictures import missing
    from ntm_docgen.i18n import number, size

    problems = []
    for source in sources:
        target = out_dir / f"{source.stem}.pdf"
        lacking = missing(source, target)
        for name, (width, height) in lacking:
            problems.append(_(
                "the PDF lacks the picture {name} ({width} × {height} pixels) of the letter: "
                "LibreOffice could not draw it within its memory bound of {limit} ({env}) and "
                "left it out, so no PDF was written; make the picture smaller (a page scanned "
                "at 300 dpi is some 2,480 × 3,508 pixels) or raise the limit").format(
                    name=Path(name).name, width=number(width), height=number(height),
                    limit=size(OFFICE_MEMORY.value()), env=OFFICE_MEMORY.env))
        if lacking:
            target.unlink(missing_ok=True)
    if problems:
        raise ConversionError("\n".join(problems))


def _convert_once(sources: Sequence[Path], out_dir: Path, profile: Path | None,
                  export: str, stop: Stop | None = None) -> str | None:
    """One headless LibreOffice for the whole batch; the last line it said when it failed."""
    program = find_soffice()
    with tempfile.TemporaryDirectory(prefix="ntm-lo-") as scratch:
        user = profile or Path(scratch) / "profile"
        command = [program, f"-env:UserInstallation={user.resolve().as_uri()}", "--headless",
                   "--norestore", "--convert-to", export, "--outdir",
                   str(out_dir), *map(str, sources)]
        # LibreOffice's own temporary files (lu*.tmp) in the folder removed with it, where a
        # LibreOffice killed mid-way (a stop, a timeout) left them in the system's.
        folder = Path(scratch) / "tmp"
        folder.mkdir()
        result = run_office(command, stop, env=dict(os.environ, TMPDIR=str(folder),
                                                    TMP=str(folder), TEMP=str(folder)))
    if result.returncode == 0:
        return None
    said = (result.stderr or result.stdout).strip().splitlines()
    return said[-1] if said else _("LibreOffice exited with status {code}").format(
        code=result.returncode)


def run_office(command: list[str], stop: Stop | None = None, env: dict[str, str] | None = None
               ) -> subprocess.CompletedProcess[str]:
    """Run one LibreOffice in a process group of its own (soffice starts soffice.bin under
    it), in ``env`` (else this process's environment): on a timeout, an error or a stop
    (SIGINT, SIGTERM; ``stop`` asked from another thread: its error raised) the whole group is
    killed, never left running."""
    if stop is not None:
        stop.check()
    from ntm_docgen.files.officemem import bounded

    process = subprocess.Popen(bounded(command), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True, env=env)
    try:
        with ending(stop, lambda: _signal(process)):
            out, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired as e:
        _kill(process)
        raise ConversionError(_("LibreOffice did not finish within {seconds} s").format(
            seconds=TIMEOUT)) from e
    except BaseException:
        _kill(process)
        raise
    if stop is not None:
        stop.check()
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def _signal(process: subprocess.Popen[str]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def _kill(process: subprocess.Popen[str]) -> None:
    _signal(process)
    with contextlib.suppress(Exception):
        process.communicate(timeout=10)


def pdf_bytes(docx: bytes) -> bytes:
    """The PDF of a DOCX given as bytes (nothing is written outside a temporary folder)."""
    from ntm_docgen.errors import LimitError
    from ntm_docgen.files.folderlock import private_folder
    from ntm_docgen.files.limits import OFFICE_MEMORY
    from ntm_docgen.i18n import said

    with private_folder("ntm-pdf-") as work_dir:
        (work_dir / "letter.docx").write_bytes(docx)
        try:
            convert([work_dir / "letter.docx"], work_dir)
        except LimitError as e:  # named by the scratch file the clerk never saw
            if e.path != str(work_dir / "letter.docx") or e.env != OFFICE_MEMORY.env:
                raise
            raise LimitError(_("the PDF of the letter"), said(OFFICE_MEMORY.what), e.limit,
                             e.env, e.found, in_bytes=True) from e
        return (work_dir / "letter.pdf").read_bytes()
