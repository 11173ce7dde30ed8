"""`serve` on a busy port suggests a port found free at that moment on the same address, or
none: it suggested the next port, which was busy too (contract12 #22)."""

from __future__ import annotations

import re
import socket
from contextlib import ExitStack

from click.testing import CliRunner

from ntm_docgen.cli.main import main
from ntm_docgen.desk import config


def listening(stack: ExitStack, port: int) -> socket.socket | None:
    """A socket listening on 127.0.0.1:``port`` (0: any), None when the port is taken."""
    sock = stack.enter_context(socket.socket())
    try:
        sock.bind(("127.0.0.1", port))
    except OSError:
        return None
    sock.listen()
    return sock


def two_busy_ports(stack: ExitStack) -> int:
    """A port and the next one both listened on; the first's number."""
    while True:
        first = listening(stack, 0)
        assert first is not None
        port = first.getsockname()[1]
        if port < 65535 and listening(stack, port + 1) is not None:
            return port


def test_the_port_suggested_is_free_not_merely_the_next(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    with ExitStack() as stack:
        port = two_busy_ports(stack)
        result = CliRunner().invoke(main, ["serve", "--port", str(port), "--no-browser"])
        assert result.exit_code == 1, result.output
        found = re.search(r"--port (\d+)", result.output)
        assert found is not None, result.output
        suggested = int(found.group(1))
        assert suggested not in (port, port + 1)
        with socket.socket() as probe:  # free as she reads it
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(("127.0.0.1", suggested))


def test_no_port_is_suggested_when_none_near_is_free(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(config, "_TRIED", 1)
    with ExitStack() as stack:
        port = two_busy_ports(stack)
        result = CliRunner().invoke(main, ["serve", "--port", str(port), "--no-browser"])
    assert result.exit_code == 1, result.output
    assert f"port {port} is already used by another program" in result.output
    assert re.search(r"--port \d", result.output) is None, result.output
