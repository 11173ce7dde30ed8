"""``register file`` for a letter written to a disk: it names the file only while the file still
holds the letter the register recorded (its SHA-256); else it says the file is gone, that another
number's letter was written over it, or that it changed since; both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from register_support import register_db

from ntm_docgen.cli.main import main
from ntm_docgen.register import Register


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    with register_db(request.param, tmp_path) as url:
        yield url


def test_register_file_tells_what_the_recorded_file_holds_now(tmp_path, db) -> None:
    """A register an earlier version left with two numbers on one file (01 recorded, then 02
    written over it): ``register file 01`` does not send her to a file that prints 02."""
    letter = tmp_path / "0001-UBND-xa-Tan-Thanh.docx"
    with Register(db) as reg:
        first, second = (reg.allocate("SNNMT", "CV", nam=2025, don_vi="PTNT") for _ in "ab")
        letter.write_bytes(b"the letter numbered 01")
        reg.record(first.id, letter)
        letter.write_bytes(b"the letter numbered 02, written over it")
        reg.record(second.id, letter)

    def told(number: str) -> str:
        result = CliRunner().invoke(main, ["register", "file", number, "--db", db, "--nam",
                                           "2025", "-o", str(tmp_path / "x.docx")])
        assert result.exit_code == 1
        assert not (tmp_path / "x.docx").exists()
        return result.stderr

    assert f"{letter}, but that file now holds 02/SNNMT-PTNT, written over it since" \
        in told("01/SNNMT-PTNT")
    assert f"it was written as {letter}: open that file" in told("02/SNNMT-PTNT")
    letter.write_bytes(b"edited by hand")
    assert "has changed since the register recorded it" in told("02/SNNMT-PTNT")
    letter.unlink()
    assert "which is no longer there (moved or deleted)" in told("02/SNNMT-PTNT")
