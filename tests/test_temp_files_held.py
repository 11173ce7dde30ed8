"""The temporary files of Tesseract (tess_*) and of LibreOffice (lu*.tmp) are made in folders a
process holds and that go with it, never loose in the temporary folder, where a desk killed
(SIGKILL) left them: Tesseract's in the process's ntm-ocr- folder, which the next desk's sweep
removes; LibreOffice's in its office's folder, which its worker removes with the profile."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

from ntm_docgen.files import office, pdf
from ntm_docgen.files.folderlock import OCR_PREFIX, in_use, sweep_folders
from ntm_docgen.importer import watch
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"


def test_tesseracts_files_are_made_in_the_processs_folder() -> None:
    from pytesseract import pytesseract as runner

    watch.tell_runs()
    with runner.NamedTemporaryFile(prefix="tess_", delete=False) as made:
        path = Path(made.name)
    try:
        assert path.parent == watch.ocr_folder()
        assert path.parent.name.startswith(OCR_PREFIX) and in_use(path.parent)
    finally:
        path.unlink()


#: A process that makes its Tesseract folder and a file in it, says where, and waits to be killed.
KILLED = """
import sys, time
from pytesseract import pytesseract as runner
from ntm_docgen.importer import watch
watch.tell_runs()
with runner.NamedTemporaryFile(prefix="tess_", delete=False) as made:
    print(made.name, flush=True)
time.sleep(600)
"""


def test_the_folder_of_a_process_killed_is_swept(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_path)}
    child = subprocess.Popen([sys.executable, "-c", KILLED], stdout=subprocess.PIPE, text=True,
                             env=env)
    assert child.stdout is not None
    made = Path(child.stdout.readline().strip())
    assert made.parent.parent == tmp_path and made.exists()
    assert sweep_folders(OCR_PREFIX, tmp_path) == []  # held while its process lives
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert sweep_folders(OCR_PREFIX, tmp_path) == [made.parent]
    assert not made.parent.exists()


def test_the_next_reading_removes_the_folder_a_killed_one_left(tmp_path: Path) -> None:
    """A command-line import killed while Tesseract read leaves its folder; the next process
    that reads a scan removes it as it makes its own, with no desk started between."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_path)}
    child = subprocess.Popen([sys.executable, "-c", KILLED], stdout=subprocess.PIPE, text=True,
                             env=env)
    assert child.stdout is not None
    left = Path(child.stdout.readline().strip()).parent
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert left.exists()
    shown = subprocess.run([sys.executable, "-c", "from ntm_docgen.importer import watch; "
                            "print(watch.ocr_folder())"], env=env, capture_output=True,
                           text=True, check=True).stdout.strip()
    assert not left.exists() and Path(shown).parent == tmp_path
    assert [p.name for p in tmp_path.iterdir()] == []  # its own went with it at exit


def test_libreoffice_keeps_its_temporary_files_in_its_office_folder(tmp_path: Path) -> None:
    found = office.uno_python()
    assert found is not None, "a Python with LibreOffice's uno is needed (python3-uno)"
    letter = tmp_path / "letter.docx"
    letter.write_bytes(render_docx(load_spec(EXAMPLE), date(2026, 11, 23)))
    pool = office.OfficePool(1, pdf.find_soffice(), found)
    try:
        pool.convert(letter, tmp_path / "letter.pdf", "writer_pdf_Export")
        (one,) = pool._all
        offices = [p for p in os.listdir("/proc") if p.isdigit() and p != str(one.process.pid)
                   and _group(p) == one.process.pid]  # the worker's LibreOffice, not the worker
        assert offices
        places = {_tmpdir(p) for p in offices} - {None}
        assert places == {str(one.folder / "tmp")}, places
    finally:
        pool.close()
    assert not one.folder.exists()


def _group(pid: str) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[2])


def _tmpdir(pid: str) -> str | None:
    try:
        environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    except OSError:
        return None
    found = [e[len(b"TMPDIR="):].decode() for e in environ if e.startswith(b"TMPDIR=")]
    return found[0] if found else None
