"""derive takes the letter from above as the desk's page invites it, a scan or photo too
(.png, .jpg, .tif: read by OCR as ``import`` reads one); anything else is told in words, not by
the command line's argument name “CENTRAL” (contract13 #1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.cli.main import main

PROFILE = Path(__file__).resolve().parent.parent / "data" / "profiles" / \
    "xa-tan-thanh-lang-son.yaml"


def _derive(runner, source: Path):  # type: ignore[no-untyped-def]
    return runner.invoke(main, ["derive", str(source), "--profile", str(PROFILE), "--as",
                                "cong-van", "-o", str(source.parent / "out.docx")])


@pytest.mark.parametrize("name", ["trang 1.png", "ảnh chụp.jpg", "fax.tif"])
def test_a_scan_or_photo_is_taken_as_the_letter_from_above(runner, tmp_path, name):
    photo = tmp_path / name
    photo.write_bytes(b"")  # read as a picture: told as empty, not refused for its kind
    result = _derive(runner, photo)
    assert result.exit_code == 1
    assert "is empty (0 bytes)" in result.output, result.output
    assert "CENTRAL" not in result.output


def test_another_kind_is_told_in_words(runner, tmp_path):
    sheet = tmp_path / "danh sách.xlsx"
    sheet.write_bytes(b"PK\x03\x04")
    result = _derive(runner, sheet)
    assert result.exit_code == 1
    assert "is no letter to implement: give the letter from above" in result.output
    assert "CENTRAL" not in result.output and not (tmp_path / "out.docx").exists()
