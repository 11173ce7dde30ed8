"""What a hostile file hides past the first look: a picture under another name or behind 1 MB
of a JPEG's side data, a long text in a header, links Word follows as it opens a file, a PDF's
actions that run as it is opened. Each file is made here, small."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from click.testing import CliRunner

from ntm_docgen.cli.main import main
from ntm_docgen.errors import LimitError
from ntm_docgen.files.package import read_package
from tests.hostile_files import W, _letter_members, _zip
from tests.test_hostile_set import COPY_SPEC, png_header

MB = 1 << 20


def jpeg(width: int, height: int, side: int = 0) -> bytes:
    """A JPEG whose size marker (SOF0) tells ``width`` × ``height``, after ``side`` bytes of
    comment segments."""
    body = b""
    while len(body) < side:
        body += b"\xff\xfe" + struct.pack(">H", 65535) + b"x" * 65533
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + body + sof + b"\xff\xd9"


def with_part(folder: Path, name: str, data: bytes, default: str = "") -> Path:
    members = _letter_members(folder)
    members[name] = data
    if default:
        types = members["[Content_Types].xml"].decode()
        members["[Content_Types].xml"] = types.replace(
            "</Types>", f'<Default Extension="dat" ContentType="{default}"/></Types>').encode()
    return _zip(folder / "anh.docx", members)


def test_a_picture_is_known_by_its_first_bytes_not_its_name(tmp_path: Path) -> None:
    letter = with_part(tmp_path, "word/media/big.dat", png_header(30_000, 30_000), "image/png")
    with pytest.raises(LimitError, match="900,000,000"):
        read_package(letter)


def test_a_jpeg_hiding_its_size_past_a_megabyte_is_refused(tmp_path: Path) -> None:
    letter = with_part(tmp_path, "word/media/image1.jpeg", jpeg(100, 100, side=MB + 1))
    with pytest.raises(LimitError, match="NTM_DOCGEN_MAX_PDF_PIXELS"):
        read_package(letter)


@pytest.mark.parametrize("side", [0, MB // 2])
def test_a_jpeg_is_read_on_to_its_size(tmp_path: Path, side: int) -> None:
    big = with_part(tmp_path, "word/media/image1.jpeg", jpeg(30_000, 30_000, side))
    with pytest.raises(LimitError, match="900,000,000"):
        read_package(big)
    small = with_part(tmp_path, "word/media/image1.jpeg", jpeg(4_000, 3_000, side))
    assert "word/media/image1.jpeg" in read_package(small)[1]


def test_a_small_picture_under_another_name_is_read(tmp_path: Path) -> None:
    letter = with_part(tmp_path, "word/media/small.dat", png_header(400, 300), "image/png")
    assert "word/media/small.dat" in read_package(letter)[1]


def with_header(folder: Path, chars: int) -> Path:
    members = _letter_members(folder)
    members["word/header1.xml"] = (
        f'<w:hdr xmlns:w="{W}"><w:p><w:r><w:t>{"thi đua " * (chars // 8)}</w:t></w:r></w:p>'
        "</w:hdr>").encode()
    return _zip(folder / "dau-trang.docx", members)


@pytest.mark.parametrize("command", ["check", "copy", "import"])
def test_a_long_line_in_a_header_is_told_as_the_limit(
        runner: CliRunner, tmp_path: Path, command: str) -> None:
    letter = with_header(tmp_path, 160_000)
    out = tmp_path / "out.docx"
    args = {"check": ["check", str(letter)],
            "copy": ["copy", str(letter), "--spec", str(COPY_SPEC), "-o", str(out)],
            "import": ["import", str(letter), "-o", str(tmp_path / "s.yaml")]}[command]
    result = runner.invoke(main, args)
    assert result.exit_code == 1, result.output
    named = "dau-trang.docx" if command == "check" else "dau-trang.docx (word/header1.xml)"
    assert named in result.stderr, result.stderr
    assert "the length of one line" in result.stderr and "damaged" not in result.stderr
    assert "Traceback" not in result.output and not out.exists()


def test_a_part_python_docx_cannot_parse_is_named(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the line limit raised past libxml2's own 10 MB for a text, the header is the part
    named damaged, not the main one."""
    monkeypatch.setenv("NTM_DOCGEN_MAX_LINE_CHARS", str(20 * MB))
    monkeypatch.setenv("NTM_DOCGEN_MAX_ZIP_RATIO", "100000")
    result = runner.invoke(main, ["check", str(with_header(tmp_path, 11 * MB))])
    assert result.exit_code == 1, result.output
    assert "word/header1.xml" in result.stderr and "word/document.xml" not in result.stderr
