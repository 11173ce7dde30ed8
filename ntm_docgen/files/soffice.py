"""Where LibreOffice is: the program on the PATH, else its usual install folder on Windows,
macOS and Linux (an installer from libreoffice.org does not put it on the PATH); and a Python
that can drive it through UNO."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path, PureWindowsPath

from ntm_docgen.errors import ConversionError
from ntm_docgen.i18n import N_, _, said

#: The names LibreOffice's program answers to on the PATH.
NAMES = ("soffice", "libreoffice")
#: Set it to the program itself to use a LibreOffice installed elsewhere.
ENV = "NTM_DOCGEN_SOFFICE"


def install_paths(platform: str, environ: Mapping[str, str], home: Path) -> list[str]:
    """The places an installed LibreOffice keeps its program, most likely first.

    >>> install_paths("win32", {"PROGRAMFILES": "C:\\\\Program Files"}, Path("/h"))[0]
    'C:\\\\Program Files\\\\LibreOffice\\\\program\\\\soffice.exe'
    >>> install_paths("darwin", {}, Path("/Users/an"))
    ['/Applications/LibreOffice.app/Contents/MacOS/soffice', \
'/Users/an/Applications/LibreOffice.app/Contents/MacOS/soffice']
    """
    if platform.startswith("win"):
        roots = [environ.get("PROGRAMFILES", r"C:\Program Files"),
                 environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"),
                 environ.get("PROGRAMW6432", r"C:\Program Files")]
        if environ.get("LOCALAPPDATA"):
            roots.append(str(PureWindowsPath(environ["LOCALAPPDATA"], "Programs")))
        found = []
        for root in roots:
            path = str(PureWindowsPath(root, "LibreOffice", "program", "soffice.exe"))
            if path not in found:
                found.append(path)
        return found
    if platform == "darwin":
        app = "LibreOffice.app/Contents/MacOS/soffice"
        return [f"/Applications/{app}", str(home / "Applications" / app)]
    return ["/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
            "/snap/bin/libreoffice", "/var/lib/flatpak/exports/bin/org.libreoffice.LibreOffice"]


def find_soffice(*, which: Callable[[str], str | None] | None = None,
                 is_file: Callable[[str], bool] | None = None, platform: str | None = None,
                 environ: Mapping[str, str] | None = None, home: Path | None = None) -> str:
    """The LibreOffice program: ``NTM_DOCGEN_SOFFICE``, the PATH, then the install folders; a
    ConversionError saying where to get it otherwise. (The arguments are for tests.)"""
    which = which or shutil.which
    is_file = is_file or os.path.isfile
    environ = os.environ if environ is None else environ
    chosen = environ.get(ENV)
    if chosen:
        if is_file(chosen):
            return chosen
        raise ConversionError(_("{variable} names {path}, which is not there: give the path of "
                                "LibreOffice's soffice program").format(variable=ENV, path=chosen))
    for name in NAMES:
        found = which(name)
        if found:
            return found
    for path in install_paths(platform or sys.platform, environ, home or Path.home()):
        if is_file(path):
            return path
    raise ConversionError(said(N_("LibreOffice is needed for PDF output but was not found: "
                                  "install it (Debian/Ubuntu: apt-get install libreoffice-writer; "
                                  "Windows and macOS: the installer from libreoffice.org) or "
                                  "leave out --pdf")))


#: Where LibreOffice's Python modules may live when the running Python cannot import ``uno``.
_UNO_PATHS = ("/usr/lib/python3/dist-packages", "/usr/lib/libreoffice/program",
              "/opt/libreoffice/program", "/Applications/LibreOffice.app/Contents/Resources")


@cache
def uno_python() -> tuple[str, dict[str, str]] | None:
    """A Python that can import ``uno`` and the environment it needs, or None:
    ``NTM_DOCGEN_UNO_PYTHON``; else this Python, then the system's ``python3`` (where Debian's
    ``python3-uno`` puts it), then this Python told where LibreOffice's modules are."""
    chosen = os.environ.get("NTM_DOCGEN_UNO_PYTHON")
    extra = os.pathsep.join(p for p in _UNO_PATHS if Path(p).is_dir())
    system = [x for x in (shutil.which("python3"), "/usr/bin/python3") if x]
    candidates = [(chosen, "")] if chosen else [
        (sys.executable, ""), *((python, "") for python in system), (sys.executable, extra)]
    seen = set()
    for python, path in candidates:
        if (python, path) in seen or not Path(python).is_file():
            continue
        seen.add((python, path))
        environ = dict(os.environ)
        if path:
            environ["PYTHONPATH"] = os.pathsep.join(
                x for x in (environ.get("PYTHONPATH"), path) if x)
        try:
            probe = subprocess.run([python, "-c", "import uno"], env=environ, timeout=30,
                                   capture_output=True, check=False)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0:
            return python, environ
    return None
