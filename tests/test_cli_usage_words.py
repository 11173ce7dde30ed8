"""Every usage error of every command, in Vietnamese, holds no sentence of click's English: a
missing argument, each required option left out (a choice lists its values), each choice and
number option given a wrong value, an unknown option and an extra argument."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import click
import pytest
from test_cli_language import DEFAULT_ENV, PATHS, resolve

from ntm_docgen.cli.main import main


def click_sentences() -> list[str]:
    """The literal pieces (6 characters or more) of every message click looks up with ``_()``
    or ``ngettext()``: none may reach a Vietnamese clerk."""
    pieces: set[str] = set()
    for source in Path(click.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("_", "ngettext")):
                texts = [a.value for a in node.args[:2]
                         if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                for text in texts:
                    pieces.update(p.strip() for p in re.split(r"\{[^}]*\}|%\([^)]*\)s", text)
                                  if len(p.strip()) >= 6)
    return sorted(pieces)


SENTENCES = click_sentences()


def _value(param: click.Parameter) -> str:
    """A value click accepts for ``param`` (files are checked after usage errors)."""
    if isinstance(param.type, click.Choice):
        return str(param.type.choices[0])
    if isinstance(param.type, click.IntRange | click.types.IntParamType):
        return str(param.type.min if getattr(param.type, "min", None) is not None else 1)
    if isinstance(param.type, click.FloatRange | click.types.FloatParamType):
        return "1"
    return "x.yaml"


def usage_errors(path: list[str]) -> dict[str, list[str]]:
    """The command lines of ``path`` that are usage errors, by what is wrong in them."""
    command = resolve(path)
    arguments = [p for p in command.params if isinstance(p, click.Argument)]
    options = [p for p in command.params if isinstance(p, click.Option) and not p.hidden
               and not p.is_flag and p.opts[0] != "--help"]
    given = [*path, *(_value(a) for a in arguments)]
    required = {o.opts[0]: [o.opts[0], _value(o)] for o in options if o.required}
    whole = given + [word for pair in required.values() for word in pair]
    cases = {"unknown option": [*whole, "--khong-co"], "extra argument": [*whole, "thua"]}
    if arguments:
        cases["no argument"] = list(path)
    for name in required:
        cases[f"without {name}"] = given + [w for n, pair in required.items() if n != name
                                            for w in pair]
    for option in options:
        if isinstance(option.type, click.Choice | click.IntRange | click.FloatRange
                      | click.types.IntParamType | click.types.FloatParamType):
            cases[f"bad {option.opts[0]}"] = [*whole, option.opts[0], "-1x"]
        cases[f"{option.opts[0]} without its value"] = [*whole, option.opts[0]]
    return cases


CASES = [(path, name, args) for path in PATHS for name, args in usage_errors(path).items()]


@pytest.mark.parametrize(("path", "name", "args"), CASES,
                         ids=[f"{' '.join(p)}: {n}" for p, n, _ in CASES])
def test_usage_errors_say_no_english(runner, path, name, args) -> None:
    result = runner.invoke(main, args, env=DEFAULT_ENV)
    assert result.exit_code == 2, (args, result.output)
    assert "Lỗi: " in result.stderr, result.stderr
    english = [s for s in SENTENCES if s in result.stderr]
    assert not english, (english, result.stderr)


def test_a_password_typed_twice_differently_is_told_in_vietnamese(runner) -> None:
    """``serve --office --admin`` asks for the password twice (no desk starts: input ends)."""
    result = runner.invoke(main, ["serve", "--office", "--db", "postgresql://h/db", "--admin",
                                  "vanthu"], input="mot\nhai\n", env=DEFAULT_ENV)
    assert result.exit_code == 1, result.output
    english = [s for s in SENTENCES if s in result.output]
    assert not english, (english, result.output)
