"""A command typed under another name is pointed to the one meant: ``ntm-docgen desk`` (the
word the desk's own pages use) to ``serve``, which contract §7 names; a typo to the command it
is closest to, among every command (click alone looked among render, new and types, the
commands not imported lazily). Usage errors still: exit 2, nothing run."""

from __future__ import annotations

import pytest

from ntm_docgen.cli.main import main


@pytest.mark.parametrize(("typed", "said"), [
    ("desk", "The web desk is started with `ntm-docgen serve`."),
    ("Desk", "The web desk is started with `ntm-docgen serve`."),
    ("rendr", "Did you mean 'render'?"),
    ("regster", "(Did you mean one of: 'register', 'render'?)"),
], ids=["desk", "desk-capital", "typo-render", "typo-register"])
def test_a_command_under_another_name_is_pointed_to(runner, typed, said):
    result = runner.invoke(main, ["--lang", "en", typed])
    assert result.exit_code == 2
    assert f"No such command '{typed}'. {said}" in result.stderr, result.stderr


def test_a_word_like_no_command_gets_no_guess(runner):
    result = runner.invoke(main, ["--lang", "en", "xyz"])
    assert result.exit_code == 2
    assert "Did you mean" not in result.stderr and "No such command 'xyz'." in result.stderr


def test_the_hint_is_in_vietnamese(runner):
    result = runner.invoke(main, ["--lang", "vi", "desk"])
    assert "Bàn làm việc trên trình duyệt được mở bằng lệnh `ntm-docgen serve`." in result.stderr
