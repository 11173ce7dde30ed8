"""Where the desk offers a PDF, it says when the PDF is set in a stand-in for Times New Roman
(fontconfig's answer), as the command line warns; and says nothing when the font is there."""

from __future__ import annotations

import os
import stat

import pytest
from desk_support import CONG_VAN, csrf_of, desk_client, new_draft

from ntm_docgen.files import fonts

NOTICE = "Times New Roman is not installed on the computer the desk runs on"


@pytest.fixture
def fontconfig(tmp_path, monkeypatch):
    """A fc-match of our own on the PATH giving ``answer`` for Times New Roman."""
    def answer(family: str) -> None:
        program = tmp_path / "fc-match"
        program.write_text(f"#!/bin/sh\nprintf '%s' '{family}'\n", encoding="utf-8")
        program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ.get('PATH', '')}")
    fonts.stand_in.cache_clear()
    yield answer
    fonts.stand_in.cache_clear()


@pytest.mark.parametrize(("family", "shown"), [("Liberation Serif", True),
                                               ("Times New Roman", False)],
                         ids=["stand-in", "installed"])
def test_the_editor_and_the_preview_say_the_pdf_s_font(tmp_path, fontconfig, family, shown):
    fontconfig(family)
    with desk_client(tmp_path / "desk") as client:
        csrf = csrf_of(client)
        editor = new_draft(client, csrf)
        saved = client.post(editor, data={**CONG_VAN, "csrf_token": csrf})
        assert saved.status_code == 200, saved.text
        for page in (editor, editor + "/xem-truoc"):
            text = client.get(page).text
            assert (NOTICE in text) is shown, page
            if shown:
                assert "set in Liberation Serif in its place" in text
                assert "download the DOCX and save it as PDF in Word" in text


def test_the_notice_reads_in_vietnamese(tmp_path, fontconfig):
    fontconfig("Liberation Serif")
    with desk_client(tmp_path / "desk", lang="vi") as client:
        csrf = csrf_of(client)
        editor = new_draft(client, csrf)
        text = client.get(editor).text
    assert "Máy tính chạy bàn làm việc chưa cài phông Times New Roman: tệp PDF" in text
    assert "dùng phông Liberation Serif thay thế" in text
