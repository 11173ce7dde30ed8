"""A PDF original's bookmarks (its /Outlines) in its copy: a bookmark that runs a script or a
program when the clerk clicks it loses that action, and keeps its title and its place to go to;
a link to an address is kept, as a page's link is. Each file is made here, small."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from ntm_docgen.cli.main import main
from tests.hostile_files import _pdf, _stream
from tests.test_hostile_set import COPY_SPEC


def bookmarked(folder: Path, loop: bool = False) -> Path:
    """A PDF of one page and four bookmarks: one runs JavaScript (with a child that opens an
    address), one launches a program, one goes to page 1 and then runs JavaScript by its
    /Next; with ``loop``, the last bookmark's /Next leads back to the first."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Outlines 5 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        _stream(b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET"),
        b"<< /Type /Outlines /First 6 0 R /Last 8 0 R /Count 3 >>",
        b"<< /Title (Muc 1) /Parent 5 0 R /Next 7 0 R /First 9 0 R /Last 9 0 R /Count 1 "
        b"/A << /S /JavaScript /JS (app.alert\\('harden4'\\);) >> >>",
        b"<< /Title (Muc 2) /Parent 5 0 R /Prev 6 0 R /Next 8 0 R "
        b"/A << /S /Launch /F (cmd.exe) >> >>",
        b"<< /Title (Muc 3) /Parent 5 0 R /Prev 7 0 R" + (b" /Next 6 0 R" if loop else b"")
        + b" /A << /S /GoTo /D [3 0 R /Fit] /Next << /S /JavaScript /JS (x) >> >> >>",
        b"<< /Title (Muc 1.1) /Parent 6 0 R /A << /S /URI /URI (https://dichvucong.gov.vn) >> >>",
    ]
    path = folder / "muc-luc.pdf"
    path.write_bytes(_pdf(objects))
    return path


def bookmarks(reader: PdfReader) -> dict[str, Any]:
    """Each bookmark's title and its action (None when it has none), children among them."""
    found: dict[str, Any] = {}
    waiting = [reader.trailer["/Root"]["/Outlines"].get("/First")]
    while waiting:
        value = waiting.pop()
        if value is None or value.get_object()["/Title"] in found:
            continue
        item = value.get_object()
        action = item.get("/A")
        found[item["/Title"]] = None if action is None else dict(action.get_object())
        waiting += [item.get("/Next"), item.get("/First")]
    return found


@pytest.mark.parametrize("loop", [False, True], ids=["chain", "looping"])
@pytest.mark.parametrize("dien_tu", [False, True], ids=["paper", "electronic"])
def test_a_pdf_copy_leaves_out_what_a_bookmark_runs(runner: CliRunner, tmp_path: Path,
                                                    dien_tu: bool, loop: bool) -> None:
    original = bookmarked(tmp_path, loop)
    out = tmp_path / "ban-sao.pdf"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(COPY_SPEC), "-o",
                                  str(out), *(["--dien-tu"] if dien_tu else [])])
    assert result.exit_code == 0, result.output
    assert "muc-luc.pdf holds 3 actions that run on their own" in result.stderr, result.stderr
    assert "or a bookmark clicked" in result.stderr
    kept = bookmarks(PdfReader(out))
    assert set(kept) == {"Muc 1", "Muc 2", "Muc 3", "Muc 1.1"}  # every bookmark stays
    assert kept["Muc 1"] is None and kept["Muc 2"] is None
    assert kept["Muc 3"]["/S"] == "/GoTo" and "/Next" not in kept["Muc 3"]
    assert kept["Muc 1.1"]["/URI"] == "https://dichvucong.gov.vn"
    assert bookmarks(PdfReader(original))["Muc 2"]["/S"] == "/Launch"  # the original unchanged
