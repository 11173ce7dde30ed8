"""LibreOffice held to OFFICE_MEMORY: each soffice the tool starts (a warm office, a one-shot
conversion) is started through a small Python that lowers its address space limit
(``RLIMIT_AS``) and then becomes it, so soffice.bin and what it starts inherit the bound. A
document that makes LibreOffice grow past it fails its allocation there, and LibreOffice
stops; the conversion is then refused naming the document and the limit, never letting it
take the machine's memory. Where the system has no such limit (Windows), LibreOffice runs
unbounded, as before."""

from __future__ import annotations

import sys

from ntm_docgen.files.limits import OFFICE_MEMORY

#: What the small Python runs: its arguments are the bound in bytes, then the command.
_SET = ("import os, resource, sys\n"
        "n = int(sys.argv[1])\n"
        "hard = resource.getrlimit(resource.RLIMIT_AS)[1]\n"
        "n = n if hard == resource.RLIM_INFINITY else min(n, hard)\n"
        "resource.setrlimit(resource.RLIMIT_AS, (n, n))\n"
        "os.execvp(sys.argv[2], sys.argv[2:])\n")


def has_bound() -> bool:
    """Whether this system can bound a process's memory (``resource``: not on Windows)."""
    try:
        import resource  # noqa: F401
    except ImportError:
        return False
    return True


def bounded(command: list[str]) -> list[str]:
    """``command`` started under the memory bound in force (as it is, without one).

    >>> bounded(["soffice", "--headless"])[-3:]
    ['3221225472', 'soffice', '--headless']
    """
    if not has_bound():
        return command
    return [sys.executable, "-I", "-S", "-c", _SET, str(OFFICE_MEMORY.value()), *command]


def worker_bound() -> list[str]:
    """The bound in bytes as the warm office's worker (``unoworker.py``) takes it, after its
    other arguments: none where the system has no such limit."""
    return [str(OFFICE_MEMORY.value())] if has_bound() else []
