"""Every regular expression of the package, found without a list kept by hand, and the
adversarial texts of 100 KB that make a backtracking pattern slow."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

try:  # Python 3.11+
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_parse  # type: ignore[no-redef]

import ntm_docgen

PACKAGE = Path(ntm_docgen.__file__).resolve().parent
DATA = PACKAGE.parent / "data"
SIZE = 100_000
#: The data files whose strings are regular expressions (all of nhap.yaml; keys of the check
#: rules that end in "pattern" or "patterns").
DATA_PATTERNS = {"nhap.yaml": None, "check_rules.yaml": ("pattern", "patterns")}


def module_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Compiled patterns held by the package's modules (at top level, in tuples, lists and
    dicts), named ``module.NAME``."""
    for info in pkgutil.walk_packages([str(PACKAGE)], "ntm_docgen."):
        if info.name.startswith("ntm_docgen.desk"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            for index, found in enumerate(_patterns_in(value)):
                if found.pattern and isinstance(found.pattern, str):
                    yield f"{info.name}.{name}" + (f"[{index}]" if index else ""), found


def _patterns_in(value: Any, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, (tuple, list)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def literal_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Patterns written as string literals in calls ``re.sub(r"...", ...)`` and the like."""
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                flags = 0
                for keyword in node.keywords:
                    if keyword.arg == "flags":
                        flags = eval(compile(ast.Expression(keyword.value), "", "eval"),  # noqa: S307
                                     {"re": re})
                where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
                yield where, re.compile(node.args[0].value, flags)


def data_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Patterns written in the data files the package compiles."""
    for name, keys in DATA_PATTERNS.items():
        data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
        for where, text in _strings(data, name, keys, keys is None):
            try:
                yield where, re.compile(text)
            except re.error:
                continue


def _strings(data: Any, where: str, keys: tuple[str, ...] | None,
             inside: bool) -> Iterator[tuple[str, str]]:
    if isinstance(data, str) and inside:
        yield where, data
    elif isinstance(data, dict):
        for key, value in data.items():
            hit = inside or (keys is not None and str(key).endswith(keys))
            yield from _strings(value, f"{where}:{key}", keys, hit)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, f"{where}[{index}]", keys, inside)


def all_patterns() -> dict[str, re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    seen: set[tuple[str, int]] = set()
    for where, pattern in [*module_patterns(), *literal_patterns(), *data_patterns()]:
        key = (pattern.pattern, pattern.flags)
        if key not in seen:
            seen.add(key)
            found[where] = pattern
    return found


def _literals(pattern: re.Pattern[str]) -> list[str]:
    """Characters the pattern names, in order: its literals and one of each class."""
    out: list[str] = []

    def walk(items: Any) -> None:
        for op, arg in items:
            name = str(op)
            if name == "LITERAL":
                out.append(chr(arg))
            elif name == "IN":
                for kind, value in arg:
                    if str(kind) == "LITERAL":
                        out.append(chr(value))
                    elif str(kind) == "RANGE":
                        out.append(chr(value[0]))
                    elif str(kind) == "CATEGORY":
                        out.append({"CATEGORY_DIGIT": "1", "CATEGORY_SPACE": " "}
                                   .get(str(value), "a"))
            elif name == "CATEGORY" or name == "ANY":
                out.append("a")
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                walk(arg[2])
            elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
                walk(arg[-1])
            elif name == "BRANCH":
                for branch in arg[1]:
                    walk(branch)
            elif name in ("ASSERT", "ASSERT_NOT"):
                walk(arg[1])

    walk(sre_parse.parse(pattern.pattern, pattern.flags))
    return list(dict.fromkeys(out))


def _words(pattern: re.Pattern[str]) -> list[str]:
    """The runs of literal characters the pattern names (``Nghị định``, ``số``, ``Luật``), longest
    first: a text that starts with one reaches the parts of the pattern after it."""
    runs: list[str] = []

    def walk(items: Any) -> None:
        run = ""
        for op, arg in items:
            name = str(op)
            if name == "LITERAL":
                run += chr(arg)
                continue
            if run.strip():
                runs.append(run)
            run = ""
            if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                walk(arg[2])
            elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
                walk(arg[-1])
            elif name == "BRANCH":
                for branch in arg[1]:
                    walk(branch)
            elif name in ("ASSERT", "ASSERT_NOT"):
                walk(arg[1])
        if run.strip():
            runs.append(run)

    walk(sre_parse.parse(pattern.pattern, pattern.flags))
    return sorted(dict.fromkeys(r.strip() for r in runs), key=len, reverse=True)


#: What follows a pattern's word in a hostile text: a long number (``số 1111...``).
AFTER_A_WORD = ["1"]

#: Shapes of letters and of the issue's hostile lines, each repeated to 100 KB.
FIXED = ["**a ", "*a ", "*", " ", "a ", "1.", "I. ", "V/v ", "| ", "- ", ".", "\t", "ngày ",
         "Số: ", "TM. ", "“"]


def adversarial(pattern: re.Pattern[str]) -> Iterator[str]:
    """Texts of about 100 KB built from the shapes of letters and from the pattern's own
    characters (one by one and in pairs), each ending in a character that makes a match
    fail late."""
    chars = _literals(pattern)[:10]
    units = list(dict.fromkeys(FIXED + chars + [a + b for a in chars[:4] for b in chars[:4]
                                                if a != b]))
    for unit in units:
        yield unit * (SIZE // len(unit)) + "\x00"
    words = [w for w in _words(pattern) if len(w) > 1][:6]
    for word in words:  # the pattern's own words, then what may follow them
        for after in AFTER_A_WORD:
            yield word + " " + after * ((SIZE - len(word)) // len(after)) + "\x00"
        unit = word + " a, "  # the word again and again: ``Luật Tổ chức, Luật Tổ chức, ...``
        yield unit * (SIZE // len(unit)) + "\x00"
