"""A desk that gives up a page as it stops says so in one line of its log, in the catalog's
language: not uvicorn's English line beside its own, nor the same news twice."""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

from test_serve_stop import HELD, ROOT


def test_the_log_at_stop_is_one_line_in_vietnamese(tmp_path: Path) -> None:
    import docx
    import httpx2
    from desk_browser import free_port

    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NTM_DOCGEN_LANG": "vi",
           "XDG_DATA_HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    letter = io.BytesIO()
    docx.Document().save(letter)
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
            sent = threading.Thread(target=lambda: client.post(
                "/kiem-tra", data={"csrf_token": csrf},
                files={"tep": ("cv.docx", letter.getvalue())}))
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
    lines = [line for line in log.splitlines() if line.strip()]
    assert lines == ["Bàn làm việc đã dừng khi chưa làm xong POST /kiem-tra; trang đó không "
                     "được tạo."], log
