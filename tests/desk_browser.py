"""A real desk server and Debian's Chromium driven by Playwright, for the browser tests."""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
#: Chromium as CI runs it: headless, no sandbox (root in a container), nothing fetched.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def need_chromium() -> None:
    """In CI a missing browser fails the test (.ci/run installs it); elsewhere it skips."""
    if CHROMIUM.is_file():
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
    pytest.skip(f"the browser tests need Debian's chromium at {CHROMIUM}")


#: The ports this process gives its desks: each worker of a run on several cores has a thousand
#: of its own below the system's ephemeral ports (32768-), so no other worker's desk, nor a
#: port the system hands out, takes one between its finding and the desk's starting on it.
_PORTS = itertools.count(20000 + 1000 * int(os.environ.get("PYTEST_XDIST_WORKER", "gw9")[2:]))


def free_port() -> int:
    while True:
        port = next(_PORTS)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue  # a desk of this worker still stopping, or another program's
            return port


@contextlib.contextmanager
def desk_server(data: Path, *args: str, port: int | None = None,
                env: dict[str, str] | None = None,
                started: list[subprocess.Popen[str]] | None = None) -> Iterator[str]:
    """``ntm-docgen serve`` in a process of its own (Vietnamese, data under ``data``); its
    address (the process added to ``started``, when given). The process is stopped
    afterwards. It warms no LibreOffice as it starts (``NTM_DOCGEN_OFFICES=0``): its first
    preview or PDF starts one, and a test that never makes one starts none; a test that wants
    the desk's warm offices passes ``env={"NTM_DOCGEN_OFFICES": "1"}``."""
    port = port or free_port()
    environ = {**os.environ, "XDG_DATA_HOME": str(data), "NTM_DOCGEN_LANG": "vi",
               "NTM_DOCGEN_OFFICES": "0", **(env or {})}
    process = subprocess.Popen(
        [sys.executable, "-m", "ntm_docgen", "serve", "--no-browser", "--port", str(port),
         *args], env=environ, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if started is not None:
        started.append(process)
    address = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                said = process.stdout.read() if process.stdout else ""
                raise AssertionError(f"the desk stopped: {said}")
            try:
                with urllib.request.urlopen(address + "static/desk.css", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield address
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout:
            process.stdout.close()


#: Playwright and the Chromium it launched, while a test module's browser tests run: each test
#: has a context of its own (cookies, storage, downloads), the browser is started once.
_RUNNING: list = []  # type: ignore[type-arg]


def _chromium():  # type: ignore[no-untyped-def]
    if _RUNNING and _RUNNING[1].is_connected():
        return _RUNNING[1]
    close_browser()  # one that crashed
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    except BaseException:
        playwright.stop()
        raise
    _RUNNING[:] = [playwright, chromium]
    return chromium


def close_browser() -> None:
    """Stop the Chromium ``browser`` started and its Playwright (whose event loop, left
    running, would refuse ``asyncio.run`` in this thread): conftest.py calls it after the last
    test of a module that uses ``browser``, and it runs at exit."""
    if not _RUNNING:
        return
    playwright, chromium = _RUNNING
    _RUNNING.clear()
    try:
        with contextlib.suppress(Exception):  # a browser that crashed is gone already
            chromium.close()
    finally:
        playwright.stop()


atexit.register(close_browser)


@contextlib.contextmanager
def browser(size: tuple[int, int] = (1366, 900), javascript: bool = True) -> Iterator[object]:
    """A Chromium page (``size``: 1366×900 unless told, Vietnamese; ``javascript`` off: the
    plain forms) in a new browser context, closed afterwards; the browser is shared by the
    module's tests (``close_browser``)."""
    need_chromium()
    context = _chromium().new_context(viewport={"width": size[0], "height": size[1]},
                                      locale="vi-VN", accept_downloads=True,
                                      java_script_enabled=javascript)
    try:
        context.set_default_timeout(90_000)
        yield context.new_page()
    finally:
        with contextlib.suppress(Exception):  # a browser that crashed: the next test starts one
            context.close()


def shot(page: object, name: str) -> None:
    """A screenshot of the whole page into $NTM_DOCGEN_DESK_SHOTS, when it is set."""
    folder = os.environ.get("NTM_DOCGEN_DESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def sign_in(page, address: str, name: str) -> None:  # type: ignore[no-untyped-def]
    """Sign in to an office desk as ``name`` (an account of desk_support.CLERKS)."""
    from desk_support import PASSWORD

    page.goto(address)
    page.get_by_label("Tên đăng nhập").fill(name)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()


#: A SAO Y form as a văn thư fills it: the desk's label -> value.
SAO_Y = {"Cơ quan sao": "VĂN PHÒNG", "Chữ viết tắt": "VP", "Địa danh": "Lạng Sơn",
         "Ngày": "06/03/2026", "Chức vụ người ký": "CHÁNH VĂN PHÒNG",
         "Họ tên người ký": "Lê Văn Bình"}


def ask_for_a_copy(page, address: str, original: Path) -> None:  # type: ignore[no-untyped-def]
    """Open the copy page, upload ``original`` and send the SAO Y form."""
    page.goto(address + "sao")
    page.locator("#tep").set_input_files(str(original))
    page.get_by_label("Hình thức sao").select_option("SAO Y")
    for label, value in SAO_Y.items():
        page.get_by_label(label).fill(value)
    page.locator('input[name="noi_nhan"]').first.fill("Các sở, ban, ngành")
    page.get_by_role("button", name="Tạo bản sao").click()


def ask_for_an_extract(page, address: str, original: Path,  # type: ignore[no-untyped-def]
                       part: str = "II", numbered: bool = False) -> None:
    """Open the copy page, upload ``original`` and send a TRÍCH SAO of ``part`` as a PDF
    (``numbered``: its number to take from the sổ)."""
    page.goto(address + "sao")
    page.locator("#tep").set_input_files(str(original))
    page.get_by_label("Hình thức sao").select_option("TRÍCH SAO")
    page.locator("#trich").fill(part)
    for label, value in SAO_Y.items():
        page.get_by_label(label).fill(value)
    page.locator('input[name="noi_nhan"]').first.fill("Các xã, phường")
    page.get_by_role("radio", name="PDF").check()
    if numbered:
        page.get_by_label("Lấy số từ sổ văn bản đi").check()
    page.get_by_role("button", name="Tạo bản sao").click()

