"""What the mutation fuzz of real files (tools/fuzz_inputs.py) found, replayed from its recipes
(tests/data/hostile/fuzz_recipes.tsv: the seed file, where it comes from, the mutation and the
case number): each mutated file is refused with exit 1 and one message naming it, nothing
written. A seed kept in the repository is replayed always; one of a real set outside it
(``from`` names its provenance.tsv, rebuilt with tools/real_set.py) when
``NTM_DOCGEN_FUZZ_SEEDS`` names the folder holding it (several, separated as in PATH). The
kinds found are also made here from a letter the test builds, so they are tested always."""

from __future__ import annotations

import csv
import os
import random
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from ntm_docgen.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from fuzz_inputs import COPY_SPEC, trich_spec  # noqa: E402
from mutations import mutate  # noqa: E402

RECIPES = ROOT / "tests" / "data" / "hostile" / "fuzz_recipes.tsv"
LAST_RESORT = ("a file could not be read", "internal error", "not enough memory", "Traceback")


def recipes() -> list[dict[str, str]]:
    with RECIPES.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def seed_of(recipe: dict[str, str]) -> Path | None:
    if not recipe["from"].endswith(".tsv"):
        return ROOT / recipe["from"] / recipe["seed"]
    folders = [Path(f) for f in os.environ.get("NTM_DOCGEN_FUZZ_SEEDS", "").split(os.pathsep)
               if f]
    return next((f / recipe["seed"] for f in folders if (f / recipe["seed"]).exists()), None)


def args_of(command: str, path: Path, out: Path) -> tuple[list[str], Path]:
    copy_to = out / f"ban-sao{'.pdf' if path.suffix == '.pdf' else '.docx'}"
    return {
        "import": (["import", str(path), "-o", str(out / "s.yaml")], out / "s.yaml"),
        "check": (["check", str(path)], out / "none"),
        "copy": (["copy", str(path), "--spec", str(COPY_SPEC), "-o", str(copy_to)], copy_to),
        "trich": (["copy", str(path), "--spec", str(trich_spec(out)), "--trich", "1-3", "-o",
                   str(copy_to)], copy_to),
    }[command]


def replayable() -> list[dict[str, str]]:
    """The recipes whose seed is here (in the repository, or where NTM_DOCGEN_FUZZ_SEEDS
    names): the others are not collected, rather than skipped."""
    return [r for r in recipes() if (seed := seed_of(r)) is not None and seed.exists()]


def test_every_recipe_kept_in_the_repository_is_replayed() -> None:
    assert [r for r in recipes() if not r["from"].endswith(".tsv")], "a seed in the repository"
    assert all(r in replayable() for r in recipes() if not r["from"].endswith(".tsv"))


@pytest.mark.parametrize("recipe", replayable(), ids=lambda r: f"{r['seed']}-{r['mutation']}-"
                         f"{r['case']}-{r['command']}")
def test_a_mutated_real_file_is_refused_naming_it(runner: CliRunner, tmp_path: Path,
                                                  recipe: dict[str, str]) -> None:
    seed = seed_of(recipe)
    assert seed is not None
    path = tmp_path / f"thu{seed.suffix}"
    path.write_bytes(mutate(seed.read_bytes(), seed.suffix, recipe["mutation"],
                            random.Random(f"{seed.name}:{recipe['mutation']}:{recipe['case']}")))
    args, output = args_of(recipe["command"], path, tmp_path)
    result = runner.invoke(main, args, env={"NTM_DOCGEN_LANG": "en",
                                            "NTM_DOCGEN_MAX_OCR_PAGES": "2"})
    assert result.exit_code in (0, 1), result.output
    said = result.stderr
    assert not [word for word in LAST_RESORT if word in said], said
    assert "UserWarning" not in said, said  # a library's own words, in English
    if result.exit_code == 1:
        assert said.count("Error:") == 1 and path.name in said, said
        assert not output.exists()


def _with_part(folder: Path, name: str, change) -> Path:  # type: ignore[no-untyped-def]
    from tests.check_letter import build_letter

    whole = folder / "whole.docx"
    build_letter(whole)
    out = folder / "hong.docx"
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, change(data) if info.filename == name else data,
                            zipfile.ZIP_DEFLATED)
    return out


def test_a_damaged_theme_is_told_naming_the_file_and_the_part(runner: CliRunner,
                                                              tmp_path: Path) -> None:
    letter = _with_part(tmp_path, "word/theme/theme1.xml",
                        lambda data: data.replace(b"</a:dk1>", b"</a:lt2>", 1))
    result = runner.invoke(main, ["check", str(letter)], env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 1, result.output
    assert f"{letter}: is damaged: its part word/theme/theme1.xml cannot be read" in \
        result.stderr, result.stderr


def test_a_part_whose_compressed_data_is_damaged_is_told_naming_the_file(
        runner: CliRunner, tmp_path: Path) -> None:
    letter = _with_part(tmp_path, "[Content_Types].xml", lambda data: data)
    raw = bytearray(letter.read_bytes())
    with zipfile.ZipFile(letter) as archive:
        info = archive.getinfo("[Content_Types].xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for at in range(start + 2, start + info.compress_size - 2, 7):
        raw[at] ^= 0x55  # the deflate data of the part, its headers left whole
    letter.write_bytes(bytes(raw))
    result = runner.invoke(main, ["check", str(letter)], env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 1, result.output
    assert str(letter) in result.stderr and "could not be read" not in result.stderr, \
        result.stderr


def test_a_reader_s_value_error_is_the_file_s_and_the_tool_s_own_is_not() -> None:
    """pypdf raises ValueError for an object of the wrong kind in a damaged original ("Value
    must be a PdfObject": a copy of a PDF whose object number the fuzz corrupted was an
    internal error); a ValueError of this tool's own code is not taken for the file's."""
    from pypdf.generic import DictionaryObject, NameObject

    from ntm_docgen.errors import InputFileError
    from ntm_docgen.files.pdfinput import pdf_errors

    with pytest.raises(InputFileError, match="goc.pdf: is not a readable PDF"), \
            pdf_errors("goc.pdf"):
        DictionaryObject()[NameObject("/A")] = 5  # type: ignore[assignment]
    with pytest.raises(ValueError, match="ours"), pdf_errors("goc.pdf"):
        raise ValueError("ours")
