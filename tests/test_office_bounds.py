"""A .odt or .rtf letter bounded before LibreOffice converts it (LibreOffice took 11 GB, and
more than ten minutes, over a .odt of 1.2 MB inflating to 600 MB of empty paragraphs): its
package read as a Word file's is (sizes, ratio, a DTD), its paragraphs counted. Each refused
naming the file, LibreOffice never started. Each file is made here, small."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from ntm_docgen.cli.main import main
from ntm_docgen.files import officein

ODT = "application/vnd.oasis.opendocument.text"
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def odt(path: Path, body: bytes, before_root: str = "") -> Path:
    """A .odt (its mimetype first, stored) whose content.xml holds ``body`` in its text."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?>{before_root}<office:document-content '
               f'{NS}><office:body><office:text>').encode() + body + (
        b"</office:text></office:body></office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), ODT)
        archive.writestr("content.xml", content)
    path.write_bytes(out.getvalue())
    return path


def inflating_odt(path: Path, size: int) -> Path:
    """A .odt whose content.xml inflates to ``size`` bytes of empty paragraphs."""
    plain = odt(path, b"").read_bytes()
    head = f'<office:document-content {NS}><office:body><office:text>'.encode()
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = squeeze.compress(head) + squeeze.compress(b"<text:p/>" * (size // 9)) + \
        squeeze.flush()
    made = len(head) + size // 9 * 9
    crc = zlib.crc32(b"<text:p/>" * (size // 9), zlib.crc32(head))
    body = plain[:plain.find(b"PK\x03\x04", 4)]  # the mimetype's entry
    name = b"content.xml"
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), made,
                        len(name), 0) + name + data
    central = plain[plain.find(b"PK\x01\x02"):plain.find(b"PK\x01\x02", plain.find(
        b"PK\x01\x02") + 4)]
    entry = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc,
                        len(data), made, len(name), 0, 0, 0, 0, 0, len(body)) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 2, 2, len(central) + len(entry),
                      len(body) + len(local), 0)
    path.write_bytes(body + local + central + entry + end)
    return path


def rtf(path: Path, body: bytes) -> Path:
    path.write_bytes(b"{\\rtf1\\ansi " + body + b"}")
    return path


@pytest.fixture
def no_office(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The letters LibreOffice was asked to convert (none, each test says)."""
    asked: list[Path] = []
    monkeypatch.setattr(officein, "_convert", lambda source, path: asked.append(path))
    return asked


CASES = {
    "paragraphs.odt": ("the number of paragraphs is 60,000, over the limit of 50,000",
                       lambda p: odt(p, b"".join(b"<text:p>%d</text:p>" % n
                                                 for n in range(60_000)))),
    # the text namespace bound to another prefix (found by a review: only text: was counted)
    "prefixed.odt": ("the number of paragraphs is 60,000, over the limit of 50,000",
                     lambda p: odt(p, b'<t:section xmlns:t="urn:oasis:names:tc:opendocument:'
                                      b'xmlns:text:1.0">' + b"<t:p/>" * 60_000 +
                                   b"</t:section>")),
    "dtd.odt": ("its part content.xml declares a DTD",
                lambda p: odt(p, b"<text:p>&l;</text:p>", '<!DOCTYPE x [<!ENTITY l "lol">]>')),
    "bomb.odt": ("how many times one part inflates is over the limit of 200",
                 lambda p: inflating_odt(p, 20 << 20)),
    "paragraphs.rtf": ("the number of paragraphs is 60,000, over the limit of 50,000",
                       lambda p: rtf(p, b"A\\par\n" * 60_000)),
}


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("command", ["import", "check"])
def test_a_letter_past_a_bound_never_reaches_libreoffice(runner: CliRunner, tmp_path: Path,
                                                         no_office: list[Path], name: str,
                                                         command: str) -> None:
    said, make = CASES[name]
    letter = make(tmp_path / name)
    args = [command, str(letter)] + (["-o", str(tmp_path / "s.yaml")]
                                     if command == "import" else [])
    result = runner.invoke(main, args)
    assert result.exit_code == 1, result.output
    assert name in result.stderr and said in result.stderr, result.stderr
    assert "Traceback" not in result.output and not no_office
    assert not (tmp_path / "s.yaml").exists()


def test_a_letter_within_the_bounds_goes_to_libreoffice(runner: CliRunner, tmp_path: Path,
                                                        no_office: list[Path]) -> None:
    letter = odt(tmp_path / "thu.odt", b"<text:p>S\xe1\xbb\x91: 12/UBND-TH</text:p>" * 3)
    runner.invoke(main, ["import", str(letter), "-o", str(tmp_path / "s.yaml")])
    assert no_office == [letter]
