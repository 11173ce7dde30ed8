"""A scan uploaded to the desk: how long the upload's request is held, and when each clerk is on
her draft, for one clerk or several uploading at once.

    python benchmarks/desk_scan.py [--pages 3] [--clerks 1] [--after 0] [--office]
        [--checkout DIR]

A desk (``ntm-docgen serve``) on a temporary data folder, from this checkout or from
``--checkout`` (another checkout of the project, to time the code before a change the same
way). The scan is a printed one-page công văn rasterised by pdftoppm, its page ``--pages``
times (tests/desk_support.py); ``--pages 6,1``: the first clerk's scan has 6 pages, the
second's 1 (a clerk past the list has its last). Each clerk has a session of her own and opens
her scan with **Mở văn bản** at the same moment, or ``--after`` seconds after the clerk before
her. ``--office``: an office desk on a new schema of the PostgreSQL server of
NTM_DOCGEN_TEST_PG (``source .ci/postgres.sh``), the clerks signed in as two accounts in turn
(chuyenvien, vanthu): on one computer every session is the same clerk. The time from the
upload to the request's answer, and to the draft (following the job's page when the desk
answers with one), is printed per clerk, with a home page asked every half second meanwhile
by another session (median and max).
The load average is printed before and after: the machine is shared.
"""

from __future__ import annotations

import argparse
import contextlib
import http.cookiejar
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


#: The office desk's accounts: one to ask for the home page, two for the clerks in turn.
ACCOUNTS = ("quantri", "chuyenvien", "vanthu")


class _Stay(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


def _session() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), _Stay())


def _sign_in(session: urllib.request.OpenerDirector, base: str, name: str) -> None:
    """Sign ``name`` (an account of tests/desk_support.py) in on an office desk."""
    from desk_support import PASSWORD

    page = session.open(base + "dang-nhap").read().decode()
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token, "no CSRF token on /dang-nhap"
    form = urllib.parse.urlencode({"ten": name, "mat_khau": PASSWORD,
                                   "csrf_token": token.group(1)}).encode()
    try:
        session.open(base + "dang-nhap", data=form)
    except urllib.error.HTTPError as e:
        if e.code != 303:
            raise SystemExit(f"{name} could not sign in ({e.code})") from e


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
    parser.add_argument("--pages", default="3",
                        help="pages of each clerk's scan, comma-separated (6,1)")
    parser.add_argument("--after", type=float, default=0.0,
                        help="seconds between one clerk's upload and the next's")
    parser.add_argument("--clerks", type=int, default=1)
    parser.add_argument("--checkout", type=Path, default=ROOT)
    parser.add_argument("--office", action="store_true",
                        help="an office desk on NTM_DOCGEN_TEST_PG, two accounts in turn")
    parser.add_argument("--port", type=int, default=8741)
    args = parser.parse_args()
    from desk_support import scanned_letter

    print(f"load average {os.getloadavg()[0]:.1f}")
    with contextlib.ExitStack() as stack:
        work = stack.enter_context(tempfile.TemporaryDirectory(prefix="ntm-scan-"))
        office: list[str] = []
        if args.office:
            from desk_support import add_clerks
            from register_support import pg_schema

            url = stack.enter_context(pg_schema())
            add_clerks(url, *ACCOUNTS)
            office = ["--office", "--db", url]
        counts = [int(n) for n in args.pages.split(",")]
        scans = {}
        for count in sorted(set(counts)):
            folder = Path(work) / f"quet-{count}"
            folder.mkdir()
            scans[count] = scanned_letter(folder, pages=count)
        env = {**os.environ, "PYTHONPATH": str(args.checkout.resolve()),
               "XDG_DATA_HOME": work, "NTM_DOCGEN_LANG": "vi"}
        server = subprocess.Popen(
            [sys.executable, "-m", "ntm_docgen", "serve", "--no-browser", "--port",
             str(args.port), *office], env=env, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, cwd=work)
        base = f"http://127.0.0.1:{args.port}/"
        try:
            for _ in range(300):
                try:
                    urllib.request.urlopen(base + "static/desk.css", timeout=1)
                    break
                except OSError:
                    time.sleep(0.2)
            other, homes, done = _session(), [], threading.Event()
            if office:
                _sign_in(other, base, "quantri")

            def ask() -> None:
                while not done.is_set():
                    start = time.perf_counter()
                    other.open(base).read()
                    homes.append(time.perf_counter() - start)
                    time.sleep(0.5)

            threading.Thread(target=ask, daemon=True).start()
            found: dict[int, tuple[str, float, float]] = {}

            def clerk(n: int) -> None:
                session = _session()
                if office:
                    _sign_in(session, base, ACCOUNTS[1 + n % 2])
                found[n] = _open(session, base, scans[counts[min(n, len(counts) - 1)]])

            clerks = [threading.Thread(target=clerk, args=(n,)) for n in range(args.clerks)]
            for n, thread in enumerate(clerks):
                if n and args.after:
                    time.sleep(args.after)
                thread.start()
            for thread in clerks:
                thread.join()
            done.set()
        finally:
            server.terminate()
            server.wait()
    for n, (where, answered, landed) in sorted(found.items()):
        pages = counts[min(n, len(counts) - 1)]
        print(f"clerk {n + 1} ({pages} p.): the upload answered after {answered:.2f} s, on "
              f"the draft ({where[:6]}) after {landed:.2f} s")
    homes.sort()
    if homes:
        print(f"home page meanwhile: {len(homes)} asked, median {homes[len(homes) // 2] * 1000:.0f}"
              f" ms, max {homes[-1] * 1000:.0f} ms")
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
