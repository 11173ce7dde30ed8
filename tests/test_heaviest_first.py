"""The suite takes its heaviest files first (tests/heaviest_first.py), so that its two workers
end together rather than one running the slow files alone at the end."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from heaviest_first import SECONDS, file_seconds

_spec = importlib.util.spec_from_file_location(
    "test_weights", Path(__file__).resolve().parent.parent / "tools" / "test_weights.py")
assert _spec and _spec.loader
weights_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(weights_tool)


def test_the_suite_s_hook_gives_its_files_heaviest_first() -> None:
    import conftest

    seconds = file_seconds()
    assert len(seconds) > 100, SECONDS
    files = sorted(seconds, key=seconds.__getitem__)[:3] + sorted(seconds)[-3:]
    items = [_Item(f"{name}::test_{n}") for name in files for n in (1, 2)]
    conftest.pytest_collection_modifyitems(None, items)
    order = list(dict.fromkeys(item.nodeid.split("::", 1)[0] for item in items))
    assert [seconds[name] for name in order] == sorted(map(seconds.get, files), reverse=True)
    assert [item.nodeid for item in items][:2] == [f"{order[0]}::test_1", f"{order[0]}::test_2"]


def test_xdist_keeps_the_order_given() -> None:
    """pytest-xdist would otherwise put the files with the most tests first."""
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    assert "--no-loadscope-reorder" in pyproject.read_text(encoding="utf-8")


class _Item:
    def __init__(self, nodeid: str) -> None:
        self.nodeid = nodeid


@pytest.mark.parametrize(("classname", "path"), [
    ("tests.test_heaviest_first", "tests/test_heaviest_first.py"),
    ("ntm_docgen.letter.phuluc", "ntm_docgen/letter/phuluc.py"),
    ("tests.test_no_such_file.TestX", None),
])
def test_a_junit_classname_names_its_file(classname: str, path: str | None) -> None:
    assert weights_tool.file_of(classname) == path
