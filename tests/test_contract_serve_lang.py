"""Contract §6-7: `--lang` given before `serve` is the language of the desk's pages too."""

from __future__ import annotations

import socket

import pytest
from starlette.testclient import TestClient

from ntm_docgen.cli.main import main
from ntm_docgen.desk import ENV

SETTINGS = ("HOST", "PORT", "OFFICE", "DB", "BROWSER", "ADMIN", "LANG")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(("env", "args", "lang", "said"), [
    ("vi", ["--lang", "en"], "en", "What do you want to do?"),
    ("en", ["--lang", "vi"], "vi", "Bạn cần làm gì?"),
    ("vi", [], "vi", "Bạn cần làm gì?"),
], ids=["en-over-vi", "vi-over-en", "environment"])
def test_the_desk_speaks_the_language_of_the_command_line(runner, tmp_path, monkeypatch, env,
                                                          args, lang, said):
    import uvicorn

    from ntm_docgen.desk import from_environment

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    for key in SETTINGS:  # serve hands its settings on in the environment: give them back
        monkeypatch.delenv(ENV + key, raising=False)
    apps = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: apps.append(from_environment()))
    result = runner.invoke(main, [*args, "serve", "--no-browser", "--port", str(free_port())],
                           env={"NTM_DOCGEN_LANG": env})
    assert result.exit_code == 0, result.output
    monkeypatch.setenv("NTM_DOCGEN_LANG", env)  # the desk's process keeps the environment
    # no lifespan: it would start the offices the desk keeps warm, which this page needs not
    page = TestClient(apps[0]).get("/").text
    assert f'<html lang="{lang}">' in page and said in page


def test_an_ipv6_host_in_brackets_is_listened_on_without_them(runner, tmp_path, monkeypatch):
    """`serve --host "[::1]"` (the address as the desk's own URL prints it) listens on ::1,
    where uvicorn was handed the brackets, failed to resolve them and exited 3."""
    import uvicorn

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    for key in SETTINGS:
        monkeypatch.delenv(ENV + key, raising=False)
    hosts = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: hosts.append(k["host"]))
    result = runner.invoke(main, ["serve", "--no-browser", "--host", "[::1]", "--port",
                                  str(free_port())])
    assert result.exit_code == 0, result.output
    assert hosts == ["::1"]
