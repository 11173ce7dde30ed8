"""Finding LibreOffice: the PATH first, then the install folders of Windows, macOS and Linux,
with the file system faked (no LibreOffice is needed, and none is looked for on this machine)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.errors import ConversionError
from ntm_docgen.files.soffice import find_soffice

WINDOWS = {"PROGRAMFILES": r"C:\Program Files", "PROGRAMFILES(X86)": r"C:\Program Files (x86)",
           "LOCALAPPDATA": r"C:\Users\an\AppData\Local"}


def search(platform, environ, present, on_path=None):
    return find_soffice(which=lambda name: on_path if name == "soffice" else None,
                        is_file=lambda path: path in present, platform=platform,
                        environ=environ, home=Path("/Users/an"))


@pytest.mark.parametrize(("platform", "environ", "installed"), [
    ("win32", WINDOWS, r"C:\Program Files\LibreOffice\program\soffice.exe"),
    ("win32", WINDOWS, r"C:\Program Files (x86)\LibreOffice\program\soffice.exe"),
    ("win32", WINDOWS, r"C:\Users\an\AppData\Local\Programs\LibreOffice\program\soffice.exe"),
    ("win32", {}, r"C:\Program Files\LibreOffice\program\soffice.exe"),
    ("darwin", {}, "/Applications/LibreOffice.app/Contents/MacOS/soffice"),
    ("darwin", {}, "/Users/an/Applications/LibreOffice.app/Contents/MacOS/soffice"),
    ("linux", {}, "/opt/libreoffice/program/soffice"),
    ("linux", {}, "/usr/lib/libreoffice/program/soffice"),
], ids=["windows-64", "windows-32-on-64", "windows-per-user", "windows-no-variables",
        "macos", "macos-per-user", "linux-opt", "linux-debian-folder"])
def test_found_in_its_install_folder(platform, environ, installed):
    assert search(platform, environ, {installed}) == installed


def test_the_path_comes_first():
    installed = r"C:\Program Files\LibreOffice\program\soffice.exe"
    assert search("win32", WINDOWS, {installed}, on_path=r"D:\lo\soffice.exe") == \
        r"D:\lo\soffice.exe"


def test_a_program_named_in_the_environment():
    chosen = {"NTM_DOCGEN_SOFFICE": "/srv/lo/program/soffice"}
    assert search("linux", chosen, {"/srv/lo/program/soffice"}, on_path="/usr/bin/soffice") == \
        "/srv/lo/program/soffice"
    with pytest.raises(ConversionError, match="NTM_DOCGEN_SOFFICE names /srv/lo/program/soffice"):
        search("linux", chosen, set())


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_not_found_says_where_to_get_it(platform):
    with pytest.raises(ConversionError) as error:
        search(platform, WINDOWS, set())
    assert "apt-get install libreoffice-writer" in str(error.value)
    assert "libreoffice.org" in str(error.value) and "leave out --pdf" in str(error.value)


def test_an_office_that_stops_at_once_is_told_in_the_users_words(tmp_path):
    """A LibreOffice that exits before it can be reached (a broken install): the message says
    so and what to do, in Vietnamese by default, and no PDF or DOCX is left behind."""
    import os
    import subprocess
    import sys

    from conftest import EXAMPLES

    broken = tmp_path / "soffice"
    broken.write_text("#!/bin/sh\nexit 3\n", encoding="utf-8")
    broken.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith("NTM_DOCGEN_")}
    env.update(NTM_DOCGEN_SOFFICE=str(broken), HOME=str(tmp_path), LANG="C.UTF-8",
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    env.pop("LANGUAGE", None)
    env.pop("LC_ALL", None)
    run = subprocess.run([sys.executable, "-m", "ntm_docgen", "render",
                          str(EXAMPLES / "003-huong-dan-106-snv-lang-son.yaml"), "-o",
                          str(tmp_path / "106.docx"), "--pdf"],
                         env=env, capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 1, run.stderr
    assert ("Lỗi: LibreOffice đã dừng (mã kết thúc 3) trước khi nhận việc: hãy mở LibreOffice "
            "bằng tay một lần") in run.stderr
    assert "Traceback" not in run.stderr and "exited with status" not in run.stderr
    assert not (tmp_path / "106.docx").exists() and not (tmp_path / "106.pdf").exists()


def test_a_single_libreoffice_keeps_its_temporary_files_in_its_own_folder(
        tmp_path, monkeypatch):
    """Where no warm office can run (no Python with ``uno``), one LibreOffice converts; the
    temporary files it makes (``lu*.tmp``), left when it is killed mid-way, are in a folder
    removed with the conversion, not in the system's temporary folder."""
    from ntm_docgen.files import office, pdf

    system = tmp_path / "system-tmp"
    system.mkdir()
    fake = tmp_path / "soffice"
    fake.write_text('#!/bin/sh\necho "$TMPDIR" > "$0.said"\ntouch "$TMPDIR/lu1234abcd.tmp"\n'
                    "exit 1\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("NTM_DOCGEN_SOFFICE", str(fake))
    monkeypatch.setenv("TMPDIR", str(system))
    monkeypatch.setattr(office, "shared_pool", lambda size=None: None)
    source = tmp_path / "letter.docx"
    source.write_bytes(b"PK")
    with pytest.raises(ConversionError, match="letter.docx"):
        pdf.convert([source], tmp_path)
    told = Path(f"{fake}.said").read_text(encoding="utf-8").strip()
    assert told and Path(told) != system
    assert list(system.iterdir()) == [] and not Path(told).exists()
