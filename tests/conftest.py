"""Shared fixtures: the click runner, a fixed 'today', and the example specs."""

from __future__ import annotations

import os
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
# Templates compiled by the suite are kept in a cache folder of its own, not the user's.
os.environ.setdefault("NTM_DOCGEN_CACHE", tempfile.mkdtemp(prefix="ntm-test-cache-"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def today() -> date:
    return date(2026, 11, 23)


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
