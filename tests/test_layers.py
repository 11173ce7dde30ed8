"""The package's layers (ARCHITECTURE.md) hold: no module imports a layer above its own.

Imports are read from the source (every ``import`` and ``from ... import``, at the top or inside a
function), so a lazy import that breaks the order is caught too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "ntm_docgen"

#: Each top-level part of the package and its floor, lowest first (ARCHITECTURE.md).
FLOORS = {
    "errors": 0, "i18n": 0, "said": 0,
    "files": 1,
    "vietnamese": 2,
    "letter": 3,
    "bulk": 4, "copies": 4, "derive": 4, "importer": 4, "check": 4, "register": 4,
    "api": 5,
    "cli": 6, "desk": 6,
    "__main__": 7,
}
FEATURES = {name for name, floor in FLOORS.items() if floor == 4}

#: The features that use another feature (everything else in a feature is the floors below).
FEATURE_USES = {
    "bulk": {"register"},      # bulk --so-rieng numbers each letter
    "copies": {"register", "importer"},  # copy --allocate; TRÍCH SAO of a PDF reads its text
    "derive": {"importer"},    # a guidance given as .txt/.docx/.pdf is imported first
}

#: The front ends reach the library through the front door or a feature package, never below.
FRONT_ENDS = {"cli", "desk"}
FRONT_END_MAY_USE = {"api", "errors", "i18n", "said", "ntm_docgen", *FEATURES}


def part_of(module: str) -> str:
    """``ntm_docgen.letter.render`` -> ``letter``; the package itself -> ``ntm_docgen``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(source: str) -> set[str]:
    """The ntm_docgen modules a module's source imports; ``from ntm_docgen import register``
    is the module ``ntm_docgen.register`` when such a module exists."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("ntm_docgen"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 \
                and node.module.startswith("ntm_docgen"):
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                is_module = (PACKAGE.parent / candidate.replace(".", "/")).with_suffix(".py")
                is_package = PACKAGE.parent / candidate.replace(".", "/")
                found.add(candidate if is_module.exists() or is_package.is_dir()
                          else node.module)
    return found


def violations(source_part: str, target: str) -> str | None:
    """Why ``source_part`` may not import ``target`` (None when it may)."""
    target_part = part_of(target)
    if target_part == source_part or source_part == "ntm_docgen":
        return None
    if target_part == "ntm_docgen":  # the package face: __version__ and the lazy front door
        return None if source_part in FLOORS and FLOORS[source_part] >= 5 else (
            "imports the package's front door from below it")
    if source_part in FRONT_ENDS and target_part not in FRONT_END_MAY_USE:
        return (f"a front end reaches {target_part} directly; go through ntm_docgen.api or a "
                f"feature package")
    if target_part not in FLOORS:
        return f"{target_part} has no floor in ARCHITECTURE.md"
    if FLOORS[target_part] > FLOORS[source_part]:
        return (f"{source_part} (floor {FLOORS[source_part]}) imports {target_part} "
                f"(floor {FLOORS[target_part]}): a floor never imports a higher one")
    if source_part in FEATURES and target_part in FEATURES \
            and target_part not in FEATURE_USES.get(source_part, set()):
        return f"feature {source_part} uses feature {target_part} (not in FEATURE_USES)"
    return None


def all_modules() -> dict[str, str]:
    """Every module of the package: name -> source."""
    return {module_name(p): p.read_text(encoding="utf-8") for p in sorted(PACKAGE.rglob("*.py"))}


def layer_problems(modules: dict[str, str]) -> list[str]:
    problems = []
    for source, text in modules.items():
        for target in sorted(imported(text)):
            why = violations(part_of(source), target)
            if why:
                problems.append(f"{source} -> {target}: {why}")
    return problems


def test_every_part_has_a_floor():
    parts = {part_of(name) for name in all_modules()} - {"ntm_docgen"}
    assert parts <= set(FLOORS), parts - set(FLOORS)


def test_no_module_imports_a_higher_floor():
    assert layer_problems(all_modules()) == []


@pytest.mark.parametrize(("source", "target", "why"), [
    ("vietnamese", "ntm_docgen.letter.spec", "never imports a higher"),
    ("letter", "ntm_docgen.bulk.runner", "never imports a higher"),
    ("files", "ntm_docgen.api", "never imports a higher"),
    ("check", "ntm_docgen.importer", "FEATURE_USES"),
    ("cli", "ntm_docgen.letter.render", "front end"),
    ("cli", "ntm_docgen.desk", "front end"),
], ids=["text-imports-spec", "core-imports-bulk", "files-imports-api", "check-imports-import",
        "cli-skips-api", "cli-imports-desk"])
def test_the_rule_refuses_an_upward_import(source, target, why):
    assert why in (violations(source, target) or "")


def test_an_upward_import_in_a_function_is_found():
    """The text layer importing the letter core, even lazily, is reported by name."""
    modules = all_modules()
    name = "ntm_docgen.vietnamese.text"
    modules[name] += "\n\ndef late():\n    from ntm_docgen.letter.spec import Spec\n"
    assert layer_problems(modules) == [
        f"{name} -> ntm_docgen.letter.spec: vietnamese (floor 2) imports letter (floor 3): "
        "a floor never imports a higher one"]


@pytest.mark.parametrize("path", sorted((PACKAGE / "importer").glob("*.py")),
                         ids=lambda p: p.name)
def test_an_importer_module_stays_within_the_house_limit(path: Path) -> None:
    """docs/style.md: modules of 100-300 lines; the importer keeps to it."""
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 300


def test_no_module_of_the_package_is_over_the_house_limit() -> None:
    """docs/style.md: modules of 100-300 lines; a longer one is split by what its parts do
    (the front door into ``api/``, the desk's jobs and their queue apart)."""
    over = {str(path.relative_to(PACKAGE)): lines for path in sorted(PACKAGE.rglob("*.py"))
            if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 300}
    assert over == {}
