"""The code keeps to the house rules the tools can tell: ruff's lint and mypy's types, run as
part of the suite so that a line CI would take is a line these take too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=600, check=False)


def test_ruff_finds_nothing_in_the_package_its_tests_and_scripts():
    done = _run("ruff", "check", "ntm_docgen", "tests", "benchmarks", "tools")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_finds_nothing_in_the_package():
    done = _run("mypy", "ntm_docgen")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success" in done.stdout
