"""The desk's own style and script are asked for by an address that changes with their
content, so a clerk's browser does not keep an earlier desk.css or desk.js after an update."""

from __future__ import annotations

import hashlib
import re

import pytest

from ntm_docgen.desk.web import HERE


@pytest.mark.parametrize("name", ["desk.css", "desk.js"])
def test_a_static_file_is_asked_for_by_its_content(client, name):
    digest = hashlib.sha256((HERE / "static" / name).read_bytes()).hexdigest()
    found = re.search(rf'/static/{re.escape(name)}\?v=([0-9a-f]+)"', client.get("/").text)
    assert found, name
    assert digest.startswith(found[1]) and len(found[1]) >= 8
    assert client.get(f"/static/{name}?v={found[1]}").status_code == 200


def test_every_page_names_the_desks_icon_and_the_browser_gets_it(client):
    found = re.search(r'<link rel="icon" href="(/static/favicon\.ico\?v=[0-9a-f]+)"',
                      client.get("/").text)
    assert found
    for address in (found[1], "/favicon.ico"):  # named, and where browsers look by default
        answer = client.get(address)
        assert answer.status_code == 200, address
        assert answer.headers["content-type"] in ("image/x-icon", "image/vnd.microsoft.icon")
        assert answer.content[:4] == b"\x00\x00\x01\x00"  # an ICO file's header
