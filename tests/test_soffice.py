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
