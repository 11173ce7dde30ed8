"""What the mutation fuzz of real files (tools/fuzz_inputs.py) found, replayed from its recipes
(tests/data/hostile/fuzz_recipes.tsv: the seed file, where it comes from, the mutation and the
case number): each mutated file is refused with exit 1 and one message naming it, nothing
written. A seed kept in the repository is replayed always; one of a real set outside it
(``from`` names its provenance.tsv, rebuilt with tools/real_set.py) when
``NTM_DOCGEN_FUZZ_SEEDS`` names the folder holding it."""

from __future__ import annotations

import csv
import os
import random
import sys
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
    folder = os.environ.get("NTM_DOCGEN_FUZZ_SEEDS")
    return Path(folder) / recipe["seed"] if folder else None


def args_of(command: str, path: Path, out: Path) -> tuple[list[str], Path]:
    copy_to = out / f"ban-sao{'.pdf' if path.suffix == '.pdf' else '.docx'}"
    return {
        "import": (["import", str(path), "-o", str(out / "s.yaml")], out / "s.yaml"),
        "check": (["check", str(path)], out / "none"),
        "copy": (["copy", str(path), "--spec", str(COPY_SPEC), "-o", str(copy_to)], copy_to),
        "trich": (["copy", str(path), "--spec", str(trich_spec(out)), "--trich", "1-3", "-o",
                   str(copy_to)], copy_to),
    }[command]


@pytest.mark.parametrize("recipe", recipes(), ids=lambda r: f"{r['seed']}-{r['mutation']}-"
                         f"{r['case']}-{r['command']}")
def test_a_mutated_real_file_is_refused_naming_it(runner: CliRunner, tmp_path: Path,
                                                  recipe: dict[str, str]) -> None:
    seed = seed_of(recipe)
    if seed is None or not seed.exists():
        pytest.skip(f"{recipe['seed']} is in a real set: rebuild it with tools/real_set.py "
                    f"from {recipe['from']} and set NTM_DOCGEN_FUZZ_SEEDS")
    path = tmp_path / f"thu{seed.suffix}"
    path.write_bytes(mutate(seed.read_bytes(), seed.suffix, recipe["mutation"],
                            random.Random(f"{seed.name}:{recipe['mutation']}:{recipe['case']}")))
    args, output = args_of(recipe["command"], path, tmp_path)
    result = runner.invoke(main, args, env={"NTM_DOCGEN_LANG": "en",
                                            "NTM_DOCGEN_MAX_OCR_PAGES": "2"})
    assert result.exit_code in (0, 1), result.output
    said = result.stderr
    assert not [word for word in LAST_RESORT if word in said], said
    if result.exit_code == 1:
        assert said.count("Error:") == 1 and path.name in said, said
        assert not output.exists()
