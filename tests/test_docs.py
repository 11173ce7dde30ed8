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


def first_screen() -> str:
    """What a newcomer sees first: the README up to its second ``##`` heading."""
    starts = [m.start() for m in re.finditer(r"^## ", README, re.MULTILINE)]
    return README[:starts[1]]


#: The two commands of the first screen: install into a virtual environment and write a letter,
#: then run the tests in it.
INSTALL = ("python3 -m venv .venv && . .venv/bin/activate && pip install . && "
           "ntm-docgen render data/examples/")
TESTS = "pip install -e '.[test]' && python -m pytest"


def test_the_first_screen_fits_40_lines():
    assert len(first_screen().rstrip("\n").splitlines()) <= 40


def test_the_first_screen_holds_the_two_commands_and_no_other_sh_block():
    blocks = [b.strip() for b in re.findall(r"```sh\n(.*?)```", first_screen(), re.DOTALL)]
    assert len(blocks) == 2
    assert blocks[0].startswith(INSTALL) and "\n" not in blocks[0]
    assert blocks[1] == TESTS
    assert "py -m venv .venv" in first_screen()
    assert "libreoffice" in first_screen().lower()


def test_ci_runs_the_readme_commands_as_written():
    blocks = [b.strip() for b in re.findall(r"```sh\n(.*?)```", first_screen(), re.DOTALL)]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert blocks[0] in ci and blocks[1] in ci
    assert ci.index(blocks[0]) < ci.index(blocks[1])


#: What a clone does not hold or a reader cannot follow.
FORBIDDEN = [r"shared/docs", r"contract ?§", r"\bissue \d", r"/work/", r"/tmp/readme",
             r"nd30-layout\.md", r"/root/"]


def _documents() -> list:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_no_reference_outside_the_repository(path):
    text = path.read_text(encoding="utf-8")
    found = [rx for rx in FORBIDDEN if re.search(rx, text)]
    assert found == []


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_every_link_leads_somewhere(path):
    text = path.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", text):
        if "://" not in target:
            assert (path.parent / target).exists(), target


@pytest.mark.parametrize("name", COMMANDS)
def test_help_refers_to_nothing_outside(runner, name):
    for lang in ("vi", "en"):
        shown = runner.invoke(main, ["--lang", lang, name, "--help"]).output
        assert [rx for rx in FORBIDDEN if re.search(rx, shown)] == []


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
