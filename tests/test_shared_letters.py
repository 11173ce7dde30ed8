"""The check tests' letters built to the decree are built in one place: conftest's ``hd`` and
``cv``, once a run. A test module that builds its own as a fixture (seven did, each the same
two lines) takes conftest's instead; a fixture may still build another kind (``textbox``)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
SHARED = {"hd", "cv"}


def _is_fixture(function: ast.FunctionDef) -> bool:
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if ast.unparse(target) in {"pytest.fixture", "fixture"}:
            return True
    return False


def _builds_a_shared_letter(function: ast.FunctionDef) -> bool:
    """Whether the fixture calls ``build_letter`` for a kind conftest gives (``hd`` when none
    is named)."""
    for call in ast.walk(function):
        if not (isinstance(call, ast.Call) and ast.unparse(call.func).endswith("build_letter")):
            continue
        kinds = list(call.args[1:2]) + [k.value for k in call.keywords if k.arg == "kind"]
        if not kinds:
            return True
        kind = kinds[0]
        if not isinstance(kind, ast.Constant) or kind.value in SHARED:
            return True
    return False


def built_again(folder: Path) -> list[str]:
    """``module:fixture`` for every fixture outside conftest that builds ``hd`` or ``cv``."""
    found = []
    for path in sorted(folder.glob("*.py")):
        if path.name == "conftest.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.FunctionDef) and _is_fixture(node)
                    and _builds_a_shared_letter(node)):
                found.append(f"{path.stem}:{node.name}")
    return found


def test_no_module_builds_the_shared_letters_again():
    assert built_again(TESTS) == []
