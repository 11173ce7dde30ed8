"""A desk that gives up a page as it stops says so in one line of its log, in the catalog's
language: not uvicorn's English line beside its own, nor the same news twice."""

from __future__ import annotations

from pathlib import Path

from test_serve_stop import stopped_during_a_check


def test_the_log_at_stop_is_one_line_in_vietnamese(tmp_path: Path) -> None:
    log, _answers = stopped_during_a_check(tmp_path, "vi")
    lines = [line for line in log.splitlines() if line.strip()]
    assert lines == ["Bàn làm việc đã dừng khi chưa làm xong POST /kiem-tra; trang đó không "
                     "được tạo."], log
