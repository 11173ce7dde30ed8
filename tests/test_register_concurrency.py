"""Four clerks taking numbers at the same moment get 01..N: no gap, no duplicate, both backends."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from register_support import ROOT, register_db

from ntm_docgen.register import Register
from ntm_docgen.register.drill import run_drill

WRITERS = 4


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    with register_db(request.param, tmp_path) as url:
        yield url


def test_four_processes_get_one_to_n(db) -> None:
    result = run_drill(db, writers=WRITERS, per_writer=40)
    numbers = [n for writer in result.numbers for n in writer]
    assert sorted(numbers) == list(range(1, WRITERS * 40 + 1))
    assert all(list(w) == sorted(w) for w in result.numbers)  # each clerk's numbers rise
    assert all(len(w) == 40 for w in result.numbers)
    with Register(db) as reg:
        rows = reg.entries()
    assert sorted(r.so for r in rows) == list(range(1, WRITERS * 40 + 1))
    assert {r.so_hieu for r in rows} == {f"{n:02d}/KH-DRILL" for n in range(1, 161)}


def test_four_command_lines_get_one_to_n(db) -> None:
    """The real command, four shells at once, five numbers each."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NTM_DOCGEN_DB": db}
    loop = ("import subprocess, sys\n"
            "for _ in range(5):\n"
            "    subprocess.run([sys.executable, '-m', 'ntm_docgen', 'register', 'next',\n"
            "                    '--co-quan', 'UBND', '--loai', 'SY', '--nam', '2026',\n"
            "                    '--json'], check=True)\n")
    shells = [subprocess.Popen([sys.executable, "-c", loop], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
              for _ in range(WRITERS)]
    outputs = [shell.communicate(timeout=300) for shell in shells]
    assert [shell.returncode for shell in shells] == [0] * WRITERS, outputs
    given = [json.loads(line) for out, _ in outputs for line in out.splitlines()]
    assert sorted(g["so"] for g in given) == list(range(1, 21))
    assert {(g["ky_hieu"], g["nam"]) for g in given} == {("SY-UBND", 2026)}
