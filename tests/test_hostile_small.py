"""The smaller hostile cases of the issue, each with its message or its correct result."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from ntm_docgen.cli.main import main
from tests.check_letter import build_letter

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "examples" / "cong-van-ubnd-tinh-kon-tum.yaml"
COPY_SPEC = ROOT / "data" / "examples" / "000-sao-y-bac-giang.yaml"


def test_an_in_memory_register_is_refused(runner: CliRunner) -> None:
    result = runner.invoke(main, ["register", "next", "--db", "sqlite:///:memory:",
                                  "--co-quan", "UBND", "--loai", "KH"])
    assert result.exit_code == 1 and "in-memory database keeps nothing" in result.stderr


def test_a_right_to_left_override_in_co_quan_is_refused(runner: CliRunner,
                                                         tmp_path: Path) -> None:
    result = runner.invoke(main, ["register", "next", "--db", str(tmp_path / "r.sqlite3"),
                                  "--co-quan", "UBND\u202eTH", "--loai", "KH"])
    assert result.exit_code == 1 and "U+202E" in result.stderr
    assert not (tmp_path / "r.sqlite3").exists()


def test_a_dangling_link_is_not_replaced_without_force(runner: CliRunner,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    os.symlink(tmp_path / "nowhere.docx", out)
    result = runner.invoke(main, ["render", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 1 and "already exists" in result.stderr
    assert out.is_symlink() and not (tmp_path / "nowhere.docx").exists()


def test_a_read_only_folder_message_from_the_writer(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder refuses the temporary file (made to refuse here: CI runs as root)."""
    from ntm_docgen.errors import InputFileError
    from ntm_docgen.files import output
    from ntm_docgen.files.output import write_bytes

    def refuse(target: Path) -> None:
        raise PermissionError(13, "Permission denied", f"{target.parent}/.out.docx.x.part")

    monkeypatch.setattr(output, "_open_new", refuse)
    with pytest.raises(InputFileError) as raised:
        write_bytes(tmp_path / "out.docx", b"x")
    assert str(tmp_path) in str(raised.value) and ".part" not in str(raised.value)
    assert "(permission denied)" in str(raised.value)  # errors.os_reason, in the user's words


def test_trich_with_a_number_of_5000_digits(runner: CliRunner, tmp_path: Path) -> None:
    original = build_letter(tmp_path / "original.docx")
    spec = tmp_path / "trich.yaml"
    spec.write_text(COPY_SPEC.read_text(encoding="utf-8").replace("SAO Y", "TRÍCH SAO"),
                    encoding="utf-8")
    result = runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o",
                                  str(tmp_path / "out.docx"), "--trich", "1-" + "9" * 5000])
    assert result.exit_code in (1, 2), result.output
    assert "Traceback" not in result.output and not isinstance(result.exception, ValueError)
    assert not (tmp_path / "out.docx").exists()


def _edited(source: Path, target: Path, change) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = change(data)
            dst.writestr(item, data)
    return target


@pytest.mark.parametrize("change", [
    lambda xml: re.sub(rb'<w:sz w:val="\d+"/>', b'<w:sz w:val="27.5"/>', xml),
    lambda xml: re.sub(rb'w:w="\d+" w:h="\d+"', b'w:w="1e999" w:h="nan"', xml),
    lambda xml: re.sub(rb'w:w="\d+" w:h="\d+"', b'w:w="99999999999999999999" w:h="-1"', xml),
    lambda xml: xml.replace(b"<w:body>", b"<w:body><!-- x --><?pi y?>"),
], ids=["float-size", "infinite-page", "huge-page", "comment-and-instruction"])
def test_check_reads_odd_measures(runner: CliRunner, tmp_path: Path, change) -> None:  # type: ignore[no-untyped-def]
    letter = _edited(build_letter(tmp_path / "whole.docx"), tmp_path / "odd.docx", change)
    result = runner.invoke(main, ["check", str(letter)])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output


def test_import_of_a_docx_with_comments_and_instructions(runner: CliRunner,
                                                         tmp_path: Path) -> None:
    letter = _edited(build_letter(tmp_path / "whole.docx"), tmp_path / "odd.docx",
                     lambda xml: xml.replace(b"<w:body>", b"<w:body><!-- x --><?pi y?>")
                     .replace(b"<w:r>", b"<w:r><!-- c -->", 3))
    result = runner.invoke(main, ["import", str(letter), "-o", str(tmp_path / "s.yaml")])
    assert result.exit_code == 0, result.output
    assert "SỞ NỘI VỤ" in (tmp_path / "s.yaml").read_text(encoding="utf-8")
