"""A scan uploaded to the desk: how long the upload's request is held, and when each clerk is on
her draft, for one clerk or several uploading at once.

    python benchmarks/desk_scan.py [--pages 3] [--clerks 1] [--checkout DIR]

A desk (``ntm-docgen serve``) on a temporary data folder, from this checkout or from
``--checkout`` (another checkout of the project, to time the code before a change the same
way). The scan is a printed one-page công văn rasterised by pdftoppm, its page ``--pages``
times (tests/desk_support.py). Each clerk has a session of her own and opens the scan with
**Mở văn bản** at the same moment; the time from the upload to the request's answer, and to
the draft (following the job's page when the desk answers with one), is printed per clerk,
with a home page asked every half second meanwhile by another session (median and max).
The load average is printed before and after: the machine is shared.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


class _Stay(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


def _session() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), _Stay())


def _open(session: urllib.request.OpenerDirector, base: str, scan: Path) -> tuple[str, float,
                                                                                   float]:
    """Open ``scan`` as a clerk: where the desk answered, after how long, and when on the draft."""
    page = session.open(base + "soan").read().decode()
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token, "no CSRF token on /soan"
    mark = uuid.uuid4().hex
    body = (f"--{mark}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n"
            f"{token.group(1)}\r\n--{mark}\r\nContent-Disposition: form-data; name=\"tep\"; "
            f"filename=\"{scan.name}\"\r\nContent-Type: application/pdf\r\n\r\n").encode() \
        + scan.read_bytes() + f"\r\n--{mark}--\r\n".encode()
    request = urllib.request.Request(base + "soan/mo", data=body, headers={
        "Content-Type": f"multipart/form-data; boundary={mark}"})
    start = time.perf_counter()
    try:
        session.open(request, timeout=1800)
        where = ""
    except urllib.error.HTTPError as e:
        where = e.headers.get("location", "")
    answered = time.perf_counter() - start
    while where.startswith("/doc/"):
        try:
            session.open(base + where[1:]).read()
            time.sleep(0.5)
        except urllib.error.HTTPError as e:
            where = e.headers.get("location", "") if e.code == 303 else f"error {e.code}"
    return where, answered, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=3)
    parser.add_argument("--clerks", type=int, default=1)
    parser.add_argument("--checkout", type=Path, default=ROOT)
    parser.add_argument("--port", type=int, default=8741)
    args = parser.parse_args()
    from desk_support import scanned_letter

    print(f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(prefix="ntm-scan-") as work:
        scan = scanned_letter(Path(work), pages=args.pages)
        env = {**os.environ, "PYTHONPATH": str(args.checkout.resolve()),
               "XDG_DATA_HOME": work, "NTM_DOCGEN_LANG": "vi"}
        server = subprocess.Popen(
            [sys.executable, "-m", "ntm_docgen", "serve", "--no-browser", "--port",
             str(args.port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            cwd=work)
        base = f"http://127.0.0.1:{args.port}/"
        try:
            for _ in range(300):
                try:
                    urllib.request.urlopen(base + "static/desk.css", timeout=1)
                    break
                except OSError:
                    time.sleep(0.2)
            other, homes, done = _session(), [], threading.Event()

            def ask() -> None:
                while not done.is_set():
                    start = time.perf_counter()
                    other.open(base).read()
                    homes.append(time.perf_counter() - start)
                    time.sleep(0.5)

            threading.Thread(target=ask, daemon=True).start()
            found: dict[int, tuple[str, float, float]] = {}

            def clerk(n: int) -> None:
                found[n] = _open(_session(), base, scan)

            clerks = [threading.Thread(target=clerk, args=(n,)) for n in range(args.clerks)]
            for thread in clerks:
                thread.start()
            for thread in clerks:
                thread.join()
            done.set()
        finally:
            server.terminate()
            server.wait()
    for n, (where, answered, landed) in sorted(found.items()):
        print(f"clerk {n + 1}: the upload answered after {answered:.2f} s, on the draft "
              f"({where[:6]}) after {landed:.2f} s")
    homes.sort()
    if homes:
        print(f"home page meanwhile: {len(homes)} asked, median {homes[len(homes) // 2] * 1000:.0f}"
              f" ms, max {homes[-1] * 1000:.0f} ms")
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
