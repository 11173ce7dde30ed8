"""Documentation: every command has help text and a section in the README."""

from __future__ import annotations

import re

import click
import pytest
from conftest import ROOT

from ntm_docgen.cli import main

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
    for sub in ("next", "list", "export"):
        assert runner.invoke(main, ["register", sub, "-h"]).exit_code == 0
        assert f"$ ntm-docgen register {sub}" in README


def test_readme_opens_with_the_two_commands():
    blocks = re.findall(r"```sh\n(.*?)```", README, re.DOTALL)
    assert blocks[0].strip().startswith("pip install . && ntm-docgen render data/examples/")
    assert blocks[1].strip() == "pip install -e '.[test]' && python -m pytest"
    assert "python -m pytest" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
