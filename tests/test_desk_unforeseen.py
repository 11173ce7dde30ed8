"""A failure the desk did not foresee (a bug, a library raising what it never documented) is a
page in the clerk's language with what failed and what to do, as the command line says it."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_a_failure_the_desk_did_not_foresee_is_a_page_in_the_clerks_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not Starlette's bare 'Internal Server Error' in English."""
    from desk_support import csrf_of
    from starlette.testclient import TestClient

    from ntm_docgen import api
    from ntm_docgen.desk import DeskConfig, create_app

    def broken(path: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(api, "import_letter", broken)
    app = create_app(DeskConfig(home=tmp_path, db=str(tmp_path / "so.sqlite3"), lang="vi"))
    with TestClient(app, raise_server_exceptions=False) as client:
        answer = client.post("/soan/mo", data={"csrf_token": csrf_of(client)},
                             files={"tep": ("cong-van.pdf", b"%PDF-1.4\n")})
    assert answer.status_code == 500
    assert "<html" in answer.text.lower() and "Internal Server Error" not in answer.text
    assert "lỗi nội bộ (ZeroDivisionError: division by zero)" in answer.text, answer.text
