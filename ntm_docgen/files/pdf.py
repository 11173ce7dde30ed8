"""DOCX to PDF through LibreOffice in headless mode, with a private profile per run."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ntm_docgen.errors import ConversionError

_CANDIDATES = ("soffice", "libreoffice")
TIMEOUT = 300


def find_soffice() -> str:
    """The LibreOffice program, or a ConversionError saying how to install it."""
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    raise ConversionError("LibreOffice is needed for PDF output but was not found: install it "
                          "(Debian/Ubuntu: apt-get install libreoffice-writer) or leave out --pdf")


PDF_EXPORT = "pdf:writer_pdf_Export"


def convert(sources: Sequence[Path], out_dir: Path, profile: Path | None = None,
            export: str = PDF_EXPORT) -> None:
    """Convert many DOCX files into ``out_dir`` with one LibreOffice start (``export``: the
    filter and its options)."""
    program = find_soffice()
    with tempfile.TemporaryDirectory(prefix="ntm-lo-") as scratch:
        user = profile or Path(scratch) / "profile"
        command = [program, f"-env:UserInstallation={user.resolve().as_uri()}", "--headless",
                   "--norestore", "--convert-to", export, "--outdir",
                   str(out_dir), *map(str, sources)]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT,
                                    check=False)
        except subprocess.TimeoutExpired as e:
            raise ConversionError(f"LibreOffice did not finish within {TIMEOUT} s") from e
    missing = [s for s in sources if not (out_dir / f"{s.stem}.pdf").is_file()]
    if result.returncode != 0 or missing:
        detail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
        raise ConversionError(f"LibreOffice could not convert {', '.join(map(str, missing))}: "
                              f"{detail[0]}")


def pdf_bytes(docx: bytes) -> bytes:
    """The PDF of a DOCX given as bytes (nothing is written outside a temporary folder)."""
    with tempfile.TemporaryDirectory(prefix="ntm-pdf-") as work:
        work_dir = Path(work)
        (work_dir / "letter.docx").write_bytes(docx)
        convert([work_dir / "letter.docx"], work_dir)
        return (work_dir / "letter.pdf").read_bytes()
