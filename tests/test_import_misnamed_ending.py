"""A letter file saved under an ending import reads nothing of (``.yaml``, ``.bak``, a mail
program's ``.dat``) is told as the file it is: a real PDF and a real Word 97 file named
``.yaml`` were told "not a letter file this tool reads", as if the file were of no use, not to
give it back its ending. A file of no kind import reads stays told as before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ntm_docgen.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "tests" / "data" / "derive" / "real_pdf" / "cv_2026_laocai_7432.pdf"
DOC = ROOT / "tests" / "data" / "wordkinds" / "chuyen_don_30_bacninh.doc"


@pytest.mark.parametrize(("source", "name", "told"), [
    (PDF, "cong-van.yaml", "is not a .yaml file but a .pdf file under another name: rename it "
                           "to .pdf"),
    (DOC, "don.dat", "is not a .dat file but a .doc file under another name: rename it to "
                     ".doc"),
], ids=["pdf-as-yaml", "doc-as-dat"])
def test_a_letter_under_another_ending_is_told_its_own(tmp_path: Path, source: Path, name: str,
                                                       told: str) -> None:
    given = tmp_path / name
    shutil.copyfile(source, given)
    out = tmp_path / "spec.yaml.out.yaml"
    result = CliRunner().invoke(main, ["import", str(given), "-o", str(out)],
                                env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 1
    assert told in result.stderr, result.stderr
    assert "Traceback" not in result.output and not out.exists()


def test_a_text_under_an_ending_import_reads_nothing_of_is_told_as_before(
        tmp_path: Path) -> None:
    given = tmp_path / "ghi-chu.yaml"
    given.write_text("loai: CV\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(given), "-o", str(tmp_path / "o.yaml")],
                                env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 1
    assert "is not a letter file this tool reads" in result.stderr
