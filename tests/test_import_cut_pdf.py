"""A PDF cut off before its end (a download that stopped) is told as damaged, with what to do,
by import, derive and the desk's Soạn văn bản: Mở, not as a file that holds no letter; the same
file whole is still read, and told as holding no letter."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from desk_support import csrf_of, desk_client

from ntm_docgen.cli.main import main

#: A one-page PDF as a linearized file starts: its pages' skeleton first, the page's text after.
SKELETON = (b"%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
            b"2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
            b"3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
            b"/Resources<</Font<</F1 5 0 R>>>>>> endobj\n"
            b"5 0 obj <</Type/Font/Subtype/Type1/BaseFont/Helvetica>> endobj\n"
            b"trailer <</Root 1 0 R/Size 6>>\n")
_SHOWN = b"BT /F1 12 Tf 72 700 Td (Ghi chu) Tj ET"
TEXT = b"4 0 obj <</Length %d>> stream\n%s\nendstream endobj\n" % (len(_SHOWN), _SHOWN)


def whole() -> bytes:
    """SKELETON and TEXT with the cross-reference table and end a PDF writer puts after them."""
    body = SKELETON + TEXT
    offsets = {n: body.index(b"\n%d 0 obj" % n) + 1 for n in (1, 2, 3, 5)}
    offsets[4] = len(SKELETON)
    table = b"xref\n0 6\n0000000000 65535 f \n" + b"".join(
        b"%010d 00000 n \n" % offsets[n] if n != 1 else b"0000000009 00000 n \n"
        for n in range(1, 6))
    return (body + table + b"trailer <</Root 1 0 R/Size 6>>\nstartxref\n%d\n%%%%EOF\n"
            % len(body))


DAMAGED = "is not a readable PDF: the file is damaged or cut off"


@pytest.fixture(params=["cut-before-its-text", "cut-inside-its-text"])
def cut(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / "cong-van tai do.pdf"
    path.write_bytes(SKELETON + (b"" if request.param == "cut-before-its-text" else TEXT[:50]))
    return path


COMMANDS = {"import": lambda f, o: ["import", str(f), "-o", str(o / "thu.yaml")],
            "derive": lambda f, o: ["derive", str(f), "--profile", "lang-son", "--as",
                                    "cong-van", "-o", str(o / "cv.docx")]}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_cut_off_pdf_is_told_as_damaged(runner, cut, tmp_path, command) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = runner.invoke(main, ["--lang", "en", *COMMANDS[command](cut, out)])
    assert result.exit_code == 1, result.output
    assert f"{cut.name}: {DAMAGED}" in result.stderr, result.stderr
    assert "nothing letter-like" not in result.stderr
    assert list(out.iterdir()) == []


def test_the_same_pdf_whole_is_read_and_told_as_no_letter(runner, tmp_path) -> None:
    path = tmp_path / "ghi-chu.pdf"
    path.write_bytes(whole())
    result = runner.invoke(main, ["--lang", "en", "import", str(path), "-o",
                                  str(tmp_path / "thu.yaml")])
    assert result.exit_code == 1
    assert "nothing letter-like found in its 1 lines" in result.stderr, result.stderr
    assert DAMAGED not in result.stderr


def test_the_desk_tells_a_cut_off_pdf_as_damaged(cut, tmp_path) -> None:
    with desk_client(tmp_path / "desk", lang="vi") as client:
        answer = client.post("/soan/mo", data={"csrf_token": csrf_of(client)},
                             files={"tep": (cut.name, cut.read_bytes())})
    assert answer.status_code in (400, 422), answer.text
    text = html.unescape(answer.text)
    assert f"{cut.name}: không phải tệp PDF đọc được: tệp bị hỏng hoặc bị cắt cụt" in text
    assert "không thấy gì giống văn bản" not in text
