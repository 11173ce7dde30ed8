"""What a hostile file hides past the first look: a picture under another name or behind 1 MB
of a JPEG's side data, a long text in a header, links Word follows as it opens a file, a PDF's
actions that run as it is opened. Each file is made here, small."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from ntm_docgen.cli.main import main
from ntm_docgen.errors import LimitError
from ntm_docgen.files.package import read_package
from tests.hostile_files import W, _letter_members, _pdf, _stream, _zip, fixable
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


def test_a_jpeg_hiding_its_size_past_a_megabyte_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    letter = with_part(tmp_path, "word/media/image1.jpeg", jpeg(100, 100, side=MB + 1))
    with pytest.raises(LimitError, match="NTM_DOCGEN_MAX_PDF_PIXELS"):
        read_package(letter)
    monkeypatch.setenv("NTM_DOCGEN_MAX_PDF_PIXELS", "200000000")  # what the message advises
    assert "word/media/image1.jpeg" in read_package(letter)[1]


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


SCRIPT = b"<< /S /JavaScript /JS (app.alert\\('harden3'\\);) >>"


def hidden_scripts(folder: Path) -> Path:
    """A PDF whose scripts hide behind a harmless first action, in a link's page-open action,
    a link's own action and a form field's actions: 5 actions that run; and a link to an
    address, kept."""
    text = _stream(b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /AcroForm << /Fields [8 0 R] >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Annots [7 0 R << /Type /Annot /Subtype /Link /Rect [0 0 9 9] /A 6 0 R >> "
        b"<< /Type /Annot /Subtype /Link /Rect [9 9 99 20] /A << /S /URI "
        b"/URI (https://dichvucong.gov.vn) >> >>] >>",
        text,
        b"<< /S /GoTo /D [3 0 R /Fit] /Next [<< /S /GoTo /D [3 0 R /Fit] /Next 6 0 R >>] >>",
        SCRIPT,
        b"<< /Type /Annot /Subtype /Link /Rect [0 0 9 9] /AA << /PO 6 0 R >> >>",
        b"<< /FT /Tx /T (a) /Kids [9 0 R] >>",
        b"<< /Parent 8 0 R /Type /Annot /Subtype /Widget /Rect [0 0 9 9] /AA << /K 6 0 R "
        b"/F 6 0 R >> >>"]
    path = folder / "an-lenh.pdf"
    path.write_bytes(_pdf(objects))
    return path


def runs(value: object, seen: set[int] | None = None) -> bool:
    """Whether a JavaScript action is reachable from ``value`` in the copy."""
    seen = set() if seen is None else seen
    if isinstance(value, IndirectObject):
        if value.idnum in seen:
            return False
        seen.add(value.idnum)
        value = value.get_object()
    if isinstance(value, dict):
        if value.get("/S") == "/JavaScript":
            return True
        return any(runs(v, seen) for k, v in value.items() if k not in ("/Parent", "/P"))
    if isinstance(value, list):
        return any(runs(v, seen) for v in value)
    return False


@pytest.mark.parametrize("dien_tu", [False, True], ids=["paper", "electronic"])
def test_a_pdf_copy_leaves_out_every_action_that_runs(runner: CliRunner, tmp_path: Path,
                                                      dien_tu: bool) -> None:
    original = hidden_scripts(tmp_path)
    out = tmp_path / "ban-sao.pdf"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(COPY_SPEC), "-o",
                                  str(out), *(["--dien-tu"] if dien_tu else [])])
    assert result.exit_code == 0, result.output
    assert "an-lenh.pdf holds 5 actions that run on their own" in result.stderr, result.stderr
    copy = PdfReader(out)
    root = copy.trailer["/Root"]
    assert not runs(root) and not any(runs(page) for page in copy.pages)
    assert root["/OpenAction"]["/D"][1] == "/Fit"  # where it opens is kept
    links = [a.get_object().get("/A", {}).get("/URI") for a in copy.pages[0]["/Annots"]]
    assert "https://dichvucong.gov.vn" in links  # a link the reader clicks is kept
    assert "SAO Y" in copy.pages[-1].extract_text()
    assert runs(PdfReader(original).trailer["/Root"])  # the original, as read, is unchanged


_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_OUTSIDE = {"rIdPic": "image", "rIdOle": "oleObject", "rIdSub": "subDocument",
            "rIdLink": "hyperlink"}


def calling_home(folder: Path) -> Path:
    """A letter with a picture linked at an address, a linked OLE object, a sub-document and
    a hyperlink, all on another computer."""
    members = _letter_members(folder)
    rels = members["word/_rels/document.xml.rels"].decode()
    members["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", "".join(
        f'<Relationship Id="{key}" Type="{_REL}/{kind}" Target="http://127.0.0.1:9/{kind}" '
        'TargetMode="External"/>' for key, kind in _OUTSIDE.items())
        + "</Relationships>").encode()
    ns = f'xmlns:r="{_REL}"'
    added = (f'<w:p><w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/'
             f'drawingml/2006/main" {ns} r:link="rIdPic"/></w:drawing></w:r></w:p>'
             f'<w:p><w:r><w:object><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office"'
             f' {ns} Type="Link" r:id="rIdOle"/></w:object></w:r></w:p>'
             f'<w:p><w:subDoc {ns} r:id="rIdSub"/></w:p>'
             f'<w:p><w:hyperlink {ns} r:id="rIdLink"><w:r><w:t>cổng</w:t></w:r></w:hyperlink>'
             "</w:p>")
    document = members["word/document.xml"].decode()
    at = document.index("<w:body>") + len("<w:body>")
    members["word/document.xml"] = (document[:at] + added + document[at:]).encode()
    return _zip(folder / "goi-ve.docx", members)


@pytest.mark.parametrize("command", ["copy", "comments", "fix"])
def test_links_word_follows_as_it_opens_are_left_out(runner: CliRunner, tmp_path: Path,
                                                     command: str) -> None:
    letter = calling_home(tmp_path)
    out = tmp_path / "out.docx"
    args = {"copy": ["copy", str(letter), "--spec", str(COPY_SPEC), "-o", str(out)],
            "comments": ["check", str(letter), "--comments", str(out)],
            "fix": ["check", str(fixable(letter)), "--fix", str(out)]}[command]
    result = runner.invoke(main, args)
    assert out.exists(), result.output
    with zipfile.ZipFile(out) as archive:
        xml = b"".join(archive.read(name) for name in archive.namelist()
                       if name.endswith((".xml", ".rels"))).decode()
    for key in ("rIdPic", "rIdOle", "rIdSub"):
        assert key not in xml and f"relationships/{_OUTSIDE[key]}\" Target=\"http" not in xml
    assert "<a:blip" in xml and "rIdLink" in xml and "127.0.0.1:9/hyperlink" in xml
