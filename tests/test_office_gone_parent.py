"""A warm office whose parent is gone (a desk stopped a few seconds after it started, while its
LibreOffice warmed) stops its LibreOffice: no ``soffice.bin`` is left running for good."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import uuid
from pathlib import Path

from ntm_docgen.files import office, pdf


def running_with(word: str) -> list[int]:
    """The processes whose command line holds ``word``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            line = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if word in line:
            found.append(int(entry.name))
    return found


def test_an_office_whose_parent_left_before_it_was_ready_leaves_no_libreoffice(tmp_path):
    python = office.uno_python()
    assert python is not None, "a Python with LibreOffice's uno is needed (python3-uno)"
    pipe = f"ntm_docgen_gone_{uuid.uuid4().hex}"
    folder = tmp_path / "office"
    folder.mkdir()
    worker = subprocess.Popen(
        [python[0], str(office._WORKER), pdf.find_soffice(), str(folder), pipe],
        env=python[1], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, start_new_session=True)
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdout.close()  # the parent is gone before the office said it was ready
    worker.stdin.close()
    try:
        worker.wait(timeout=120)
        deadline = time.monotonic() + 20
        while running_with(pipe) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert running_with(pipe) == []
        assert not folder.exists()
    finally:
        for pid in running_with(pipe):  # what this test started, and nothing else
            os.kill(pid, signal.SIGKILL)
