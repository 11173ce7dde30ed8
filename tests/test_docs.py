"""Documentation: every command has help text and a section in the README."""

from __future__ import annotations

import re

import click
import pytest
from conftest import ROOT

from ntm_docgen.cli.main import main
from ntm_docgen.letter.spec import COPY_KEYS, LETTER_KEYS

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = main.list_commands(click.Context(main))


def test_every_contract_command_exists():
    assert set(COMMANDS) >= {"render", "new", "types", "copy", "bulk", "import", "derive",
                             "check", "register"}


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_and_a_readme_section(runner, name):
    result = runner.invoke(main, [name, "--help"])
    assert result.exit_code == 0
    command = main.get_command(click.Context(main), name)
    assert command is not None and (command.help or "").strip()
    assert f"\n### {name}\n" in README
    assert f"$ ntm-docgen {name}" in README


def test_register_subcommands_are_documented(runner):
    group = main.get_command(click.Context(main), "register")
    assert isinstance(group, click.Group)
    for sub in group.list_commands(click.Context(group)):
        assert runner.invoke(main, ["register", sub, "-h"]).exit_code == 0
        assert f"$ ntm-docgen register {sub}" in README


def test_readme_opens_with_the_two_commands():
    blocks = re.findall(r"```sh\n(.*?)```", README, re.DOTALL)
    assert blocks[0].strip().startswith("pip install . && ntm-docgen render data/examples/")
    assert blocks[1].strip() == "pip install -e '.[test]' && python -m pytest"
    assert "python -m pytest" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _readme_commands() -> list[str]:
    """Every `$ ntm-docgen ...` line of the README, continuation lines joined."""
    joined = re.sub(r"\\\n\s*", "", README)
    return [line[2:] for line in joined.splitlines() if line.startswith("$ ntm-docgen ")]


#: the options of contract §6, each shown with its command in a README example
CONTRACT_OPTIONS = [
    ("render", "-o"), ("render", "--pdf"), ("render", "--allocate"), ("render", "--db"),
    ("render", "--force"), ("new", "-o"), ("copy", "--spec"), ("copy", "-o"), ("copy", "--trich"),
    ("bulk", "--recipients"), ("bulk", "--xa-cua"), ("bulk", "-o"), ("bulk", "--pdf"),
    ("bulk", "--merge"), ("import", "-o"), ("derive", "--profile"), ("derive", "--as"),
    ("derive", "-o"), ("derive", "--spec-out"), ("derive", "--ngay"), ("derive", "--so"),
    ("derive", "--han"), ("check", "--json"), ("check", "--comments"), ("register next", "--db"),
    ("register next", "--co-quan"), ("register next", "--loai"), ("register next", "--nam"),
    ("register next", "--json"), ("register list", "--db"), ("register list", "--nam"),
    ("register list", "--json"), ("register export", "--db"), ("register export", "-o"),
    ("register export", "--nam"),
]


@pytest.mark.parametrize(("command", "option"), CONTRACT_OPTIONS,
                         ids=[f"{c}-{o}" for c, o in CONTRACT_OPTIONS])
def test_contract_option_has_an_example(command, option):
    assert any(line.startswith(f"ntm-docgen {command} ") and f" {option} " in f"{line} "
               for line in _readme_commands())


@pytest.mark.parametrize("key", sorted(LETTER_KEYS | COPY_KEYS))
def test_spec_key_is_in_the_table(key):
    assert re.search(rf"^\| `{re.escape(key)}[`.\[]", README, re.MULTILINE)


def test_use_from_python_runs(tmp_path, monkeypatch):
    """The README's Python example runs as written, in a folder holding data/ and tests/."""
    code = re.search(r"## Use from Python\n.*?```python\n(.*?)```", README, re.DOTALL).group(1)
    (tmp_path / "data").symlink_to(ROOT / "data")
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    assert (tmp_path / "106.docx").is_file() and len(list((tmp_path / "thu-xa").iterdir())) == 38
