"""A PDF set in another font than the decree's Times New Roman is said, never passed in silence."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ntm_docgen.cli import main
from ntm_docgen.files import fonts

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "tests" / "data" / "specs" / "good.minimal.yaml"


def _fc_match(folder: Path, answer: str, status: int = 0) -> None:
    program = folder / "fc-match"
    program.write_text(f"#!/bin/sh\nprintf '%s' '{answer}'\nexit {status}\n", encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def fontconfig(tmp_path, monkeypatch):
    """A fc-match of our own on the PATH, and the answer it gives set by the test."""
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ.get('PATH', '')}")
    fonts.stand_in.cache_clear()
    yield lambda answer, status=0: _fc_match(tmp_path, answer, status)
    fonts.stand_in.cache_clear()


@pytest.mark.parametrize(("answer", "status", "expected"), [
    ("Liberation Serif", 0, "Liberation Serif"),  # Debian without the Microsoft fonts
    ("Times New Roman", 0, None),
    ("Times New Roman,Times New Roman Regular", 0, None),  # a family listed in two names
    ("", 1, None),  # fontconfig that cannot answer: nothing said
])
def test_the_font_set_in_place_of_times_new_roman(fontconfig, answer, status, expected):
    fontconfig(answer, status)
    assert fonts.stand_in() == expected


def test_no_fontconfig_says_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    fonts.stand_in.cache_clear()
    try:
        assert fonts.pdf_font_warnings() == []
    finally:
        fonts.stand_in.cache_clear()


@pytest.mark.parametrize(("answer", "said"), [("DejaVu Serif", True), ("Times New Roman", False)])
def test_render_pdf_says_the_font_it_was_set_in(runner, tmp_path, fontconfig, answer, said):
    fontconfig(answer)
    out = tmp_path / "kh.docx"
    result = runner.invoke(main, ["render", str(GOOD), "-o", str(out), "--pdf"])
    assert result.exit_code == 0, result.output
    warning = ("warning: Times New Roman is not installed on this computer: the PDF is set in "
               "DejaVu Serif in its place")
    assert (warning in result.stderr) is said
    assert out.with_suffix(".pdf").exists()
