"""A desk told to stop stops, whatever it is still doing: uvicorn gives up the answers still
being made after serve.STOP_SECONDS, and the threads making them (a check, an import of a
hostile upload, minutes long) are left unfinished, where Python would wait for each."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: ``ntm-docgen serve`` with uvicorn's run replaced: it says the grace it was given, leaves a
#: thread that never ends as a check of a hostile file would, and ends as argv[1] says.
SERVE = """
import signal, sys, threading, uvicorn
hold = threading.Event()
def run(*args, **kwargs):
    print("grace", kwargs.get("timeout_graceful_shutdown"), flush=True)
    threading.Thread(target=hold.wait, name="a check").start()
    if sys.argv[1] == "interrupted":
        raise KeyboardInterrupt
    if sys.argv[1] == "SIGTERM":  # uvicorn re-raises the signal it caught, then swallows it
        try:
            signal.raise_signal(signal.SIGTERM)
        except KeyboardInterrupt:
            pass
uvicorn.run = run
from ntm_docgen.cli.main import main
main(["serve", "--no-browser", "--port", "8999"])
"""


def _serve(tmp_path: Path, how: str, with_a_check: bool = True,
           language: str = "en") -> subprocess.CompletedProcess[str]:
    """``SERVE`` run as ``how`` says, in English, its data under ``tmp_path``; without the
    thread a check would leave when ``with_a_check`` is false."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NTM_DOCGEN_LANG": language,
           "XDG_DATA_HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    code = SERVE if with_a_check else SERVE.replace(
        'threading.Thread(target=hold.wait, name="a check").start()', "pass")
    return subprocess.run([sys.executable, "-c", code, how], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


@pytest.mark.parametrize(("how", "status"), [("stopped", 0), ("interrupted", 0),
                                              ("SIGTERM", 0)])
def test_the_desk_stops_without_waiting_for_a_page_still_made(tmp_path: Path, how: str,
                                                              status: int) -> None:
    # the guard only: without the rule the process waits for the thread without end
    done = _serve(tmp_path, how)
    assert done.returncode == status, done.stderr
    assert "grace 10" in done.stdout
    assert "The desk stopped without waiting for 1 page(s) still being made" in done.stderr


def test_a_desk_with_nothing_running_stops_as_before(tmp_path: Path) -> None:
    done = _serve(tmp_path, "stopped", with_a_check=False)
    assert done.returncode == 0, done.stderr
    assert "without waiting" not in done.stderr


@pytest.mark.parametrize(("how", "language", "notice"), [
    ("SIGTERM", "en", "The desk has stopped (SIGTERM).\n"),
    ("SIGTERM", "vi", "Bàn làm việc đã dừng (SIGTERM).\n"),
    ("interrupted", "vi", "Bàn làm việc đã dừng (SIGINT).\n")])
def test_a_desk_stopped_by_a_signal_says_so_as_a_notice(tmp_path: Path, how: str, language: str,
                                                        notice: str) -> None:
    """Ctrl+C or a service manager's SIGTERM is how a desk ends, not an error: uvicorn's run
    swallows the interrupt the signal it re-raises makes, and the desk says it has stopped,
    exit status 0 (contract §6: 1 is for errors)."""
    done = _serve(tmp_path, how, with_a_check=False, language=language)
    assert done.returncode == 0, done.stderr
    assert done.stderr == notice


#: ``ntm-docgen serve`` whose check of a letter never ends (a hostile file), given up after a
#: second: it says on stdout when the check has begun.
HELD = """
import sys, threading
from ntm_docgen import api
from ntm_docgen.cli import serve
serve.STOP_SECONDS = 1
def held(path):
    print("checking", flush=True)
    threading.Event().wait(60)
    return []
api.check_file = held
from ntm_docgen.cli.main import main
main(["serve", "--no-browser", "--port", sys.argv[1]])
"""


def stopped_during_a_check(tmp_path: Path, language: str) -> tuple[str, list]:
    """Start the desk whose check never ends (``HELD``) in ``language``, post a letter to
    Kiểm tra, stop the desk with SIGTERM once the check has begun: its log (stderr) and the
    answers the page got."""
    import io
    import re
    import signal
    import threading

    import docx
    import httpx2
    from desk_browser import free_port

    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NTM_DOCGEN_LANG": language,
           "XDG_DATA_HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    letter = io.BytesIO()
    docx.Document().save(letter)
    answers: list[httpx2.Response] = []
    with subprocess.Popen([sys.executable, "-c", HELD, str(port)], env=env, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as server, \
            httpx2.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
        try:
            for _ in range(300):
                try:
                    page = client.get("/kiem-tra")
                    break
                except httpx2.TransportError:
                    threading.Event().wait(0.1)
            csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text)[1]
            sent = threading.Thread(target=lambda: answers.append(client.post(
                "/kiem-tra", data={"csrf_token": csrf},
                files={"tep": ("cv.docx", letter.getvalue())})))
            sent.start()
            assert server.stdout is not None
            while (line := server.stdout.readline()) not in ("checking\n", ""):
                pass
            assert line, "the check never began"
            server.send_signal(signal.SIGTERM)
            _, log = server.communicate(timeout=60)
            sent.join(60)
        finally:
            if server.poll() is None:
                server.kill()
    return log, answers


def test_a_page_given_up_as_the_desk_stops_is_one_line_in_the_log(tmp_path: Path) -> None:
    """uvicorn cancels the answer still being made after its graceful timeout: the log says in
    one line which page was given up, where it printed the cancellation's traceback, and the
    clerk's browser gets a page saying to do it again, not 'Internal Server Error'."""
    log, answers = stopped_during_a_check(tmp_path, "en")
    assert "The desk stopped before it finished POST /kiem-tra; that page was not made." in log
    assert "Traceback" not in log and "CancelledError" not in log, log
    assert answers and answers[0].status_code == 503
    assert "Do it again once the desk runs again." in answers[0].text
