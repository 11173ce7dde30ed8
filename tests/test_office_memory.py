"""LibreOffice held to a bound (files/officemem.py, unoworker.py): its address space limited
as it starts, one-shot or warm; a document that makes it grow past the bound refused naming the
document and the limit, the office replaced; a warm office whose parent is killed while it
converts stops, never left converting for good. Each document is made here, small."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ntm_docgen.errors import LimitError
from ntm_docgen.files import office, pdf
from ntm_docgen.files.officemem import bounded
from tests.hostile_files import W, _letter_members, _zip
from tests.test_office_gone_parent import running_with

#: A Word letter of 150,000 short paragraphs: LibreOffice takes minutes over it, its address
#: space growing past 1 GB (a real letter, a 60-page đề cương or a merged bulk of 200 letters
#: reserves some 800 MB).
PARAGRAPH = "<w:p><w:r><w:t>Kính gửi các xã thi đua nông thôn mới</w:t></w:r></w:p>"


def long_letter(folder: Path) -> Path:
    members = _letter_members(folder)
    members["word/document.xml"] = (f'<w:document xmlns:w="{W}"><w:body>'
                                    + PARAGRAPH * 150_000 + "</w:body></w:document>").encode()
    return _zip(folder / "dai-150000-doan.docx", members)


def test_a_one_shot_libreoffice_starts_under_the_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NTM_DOCGEN_MAX_OFFICE_MEMORY", str(1 << 30))
    said = subprocess.run(bounded(["sh", "-c", "ulimit -v"]), capture_output=True, text=True,
                          check=True).stdout
    assert said.strip() == str((1 << 30) // 1024)


def _pool() -> office.OfficePool:
    python = office.uno_python()
    assert python is not None, "a Python with LibreOffice's uno is needed (python3-uno)"
    return office.OfficePool(1, pdf.find_soffice(), python)


def test_a_warm_office_s_libreoffice_runs_under_the_bound(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NTM_DOCGEN_MAX_OFFICE_MEMORY", str(3 << 30))
    pool = _pool()
    try:
        pool.warm()
        folder = str(pool._all[0].folder)
        limits = [Path(f"/proc/{pid}/limits").read_text() for pid in running_with(folder)
                  if Path(f"/proc/{pid}/comm").read_text().strip() == "soffice.bin"]
        assert limits
        for text in limits:
            line = next(x for x in text.splitlines() if x.startswith("Max address space"))
            assert line.split()[3:5] == [str(3 << 30)] * 2, line
    finally:
        pool.close()


def test_a_document_past_the_bound_is_refused_naming_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.check_letter import build_letter

    monkeypatch.setenv("NTM_DOCGEN_LANG", "en")
    monkeypatch.setenv("NTM_DOCGEN_MAX_OFFICE_MEMORY", "900000000")
    letter = long_letter(tmp_path)
    pool = _pool()
    try:
        with pytest.raises(LimitError) as refused:
            pool.convert(letter, tmp_path / "out.pdf", "writer_pdf_Export")
        assert refused.value.env == "NTM_DOCGEN_MAX_OFFICE_MEMORY"
        assert str(letter) in str(refused.value)
        assert "the memory LibreOffice needs to convert it" in str(refused.value)
        assert not (tmp_path / "out.pdf").exists()
        small = tmp_path / "nho.docx"
        build_letter(small)
        pool.convert(small, tmp_path / "nho.pdf", "writer_pdf_Export")  # a fresh office
        assert pdf.is_pdf(tmp_path / "nho.pdf")
    finally:
        pool.close()


CONVERTING = """
import sys
from pathlib import Path
from ntm_docgen.files import office, pdf
pool = office.OfficePool(1, pdf.find_soffice(), office.uno_python())
pool.warm()
print(pool._all[0].folder, flush=True)
pool.convert(Path(sys.argv[1]), Path(sys.argv[1]).with_suffix(".pdf"), "writer_pdf_Export")
"""


def test_an_office_whose_parent_is_killed_while_it_converts_stops(tmp_path: Path) -> None:
    letter = long_letter(tmp_path)
    parent = subprocess.Popen([sys.executable, "-c", CONVERTING, str(letter)],
                              stdout=subprocess.PIPE, text=True, start_new_session=True,
                              cwd=Path(__file__).resolve().parent.parent)
    assert parent.stdout is not None
    folder = parent.stdout.readline().strip()
    try:
        assert folder and running_with(folder)
        time.sleep(3)  # the document sent, LibreOffice reading it
        os.killpg(parent.pid, signal.SIGKILL)  # the parent alone: its office has its own
        parent.wait()
        deadline = time.monotonic() + 30
        while running_with(folder) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert running_with(folder) == []
    finally:
        parent.stdout.close()
        for pid in running_with(folder) if folder else []:  # what this test started
            os.kill(pid, signal.SIGKILL)
