"""Helpers for the register tests: a fresh PostgreSQL schema per test, and running the CLI."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_ENV = "NTM_DOCGEN_TEST_PG"
ROOT = Path(__file__).resolve().parent.parent


def pg_base_url() -> str:
    """The test server's URL; in CI its absence fails the test, elsewhere it skips."""
    url = os.environ.get(PG_ENV)
    if url:
        return url
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{PG_ENV} is not set: in CI the PostgreSQL register tests must run; "
                    f"`source .ci/postgres.sh` in .ci/run before pytest")
    pytest.skip(f"PostgreSQL register tests need {PG_ENV}=postgresql://USER:PASS@HOST/DB "
                f"(`source .ci/postgres.sh` starts a local server and sets it)")
    raise AssertionError("unreachable")


@contextlib.contextmanager
def pg_schema() -> Iterator[str]:
    """A URL whose search_path is a new, empty schema, dropped afterwards."""
    import psycopg

    base = pg_base_url()
    schema = f"ntm_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@contextlib.contextmanager
def register_db(kind: str, tmp_path: Path) -> Iterator[str]:
    """A new, empty register of the given kind: ``sqlite`` (a file) or ``postgresql``."""
    if kind == "sqlite":
        yield str(tmp_path / "so-di.sqlite3")
    else:
        with pg_schema() as url:
            yield url


def run_cli(args: list[str], env: dict[str, str] | None = None,
            unprivileged: bool = False) -> subprocess.CompletedProcess[str]:
    """Run ``python -m ntm_docgen ARGS`` in a real process.

    ``unprivileged``: when the tests run as root, drop root's power to write where the
    permissions say no (CAP_DAC_OVERRIDE), so a read-only folder is read-only.
    """
    command = [sys.executable, "-m", "ntm_docgen", *args]
    if unprivileged and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv, "setpriv (util-linux) is needed to test a read-only folder as root"
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", *command]
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(command, capture_output=True, text=True, env=full_env, cwd=ROOT,
                          timeout=120, check=False)
