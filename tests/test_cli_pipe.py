"""``ntm-docgen types | head -1``: the reader stops reading, and the command ends as click ends
it (quietly, exit 1), not with "Lỗi: Broken pipe", the system's English inside a Vietnamese
message (found by a black-box run)."""

from __future__ import annotations

import click
import pytest

from ntm_docgen.cli.common import reports_errors


def test_a_closed_pipe_is_left_to_click():
    @reports_errors
    def lists() -> None:
        raise BrokenPipeError(32, "Broken pipe")

    with pytest.raises(BrokenPipeError):
        lists()


def test_click_ends_quietly_on_a_closed_pipe(capsys):
    @click.command()
    @reports_errors
    def lists() -> None:
        raise BrokenPipeError(32, "Broken pipe")

    with pytest.raises(SystemExit) as ended:
        lists.main([], standalone_mode=True)
    assert ended.value.code == 1 and capsys.readouterr().err == ""
