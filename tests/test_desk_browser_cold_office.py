"""A desk told ``NTM_DOCGEN_OFFICES=0`` warms no LibreOffice as it starts, and its first preview
starts one: the clerk gets her preview all the same, a few seconds later. Every other value
means what it meant: that many offices warm, a negative or unreadable one the default."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from desk_browser import browser, desk_server
from test_desk_browser import fill_cong_van, start_letter

from ntm_docgen.desk import config


@pytest.mark.parametrize(("said", "offices"), [("0", 0), ("1", 1), ("3", 3), ("-2", 1)])
def test_the_offices_the_desk_warms(monkeypatch, said, offices):
    monkeypatch.setenv("NTM_DOCGEN_OFFICES", said)
    assert config.office_count() == offices


def test_an_unreadable_count_warms_the_default(monkeypatch):
    monkeypatch.setenv("NTM_DOCGEN_OFFICES", "hai")
    assert 1 <= config.office_count() <= 4


def _offices_of(desk: int) -> list[int]:
    """The office workers (``files/office.py``, one LibreOffice each) the desk ``desk`` started."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            line = (entry / "cmdline").read_bytes()
        except (OSError, ValueError, IndexError):
            continue
        if parent == desk and b"unoworker.py" in line:
            found.append(int(entry.name))
    return found


def test_a_desk_warming_no_office_starts_one_for_its_first_preview(tmp_path):
    started: list[subprocess.Popen[str]] = []
    with desk_server(tmp_path, env={"NTM_DOCGEN_OFFICES": "0"}, started=started) as address, \
            browser() as page:
        start_letter(page, address)  # the desk has served pages: a warm office would be there
        assert _offices_of(started[0].pid) == [], "no LibreOffice before a preview needs it"
        fill_cong_van(page)
        page.get_by_text("Đã lưu. Văn bản đã đủ các thành phần.").wait_for()
        image = page.locator("#preview img").first
        image.wait_for()
        assert image.evaluate("img => img.complete && img.naturalWidth > 700")
        assert len(_offices_of(started[0].pid)) == 1, "the preview started one and keeps it"
