"""The second hostile set (tests/hostile_set.py), its small shapes: each refused before the work
with the limit's own message naming the file, or its output freed of what it must not carry.
The large shapes (a 1 GB bomb, a million rows) are made by ``python -m tests.hostile_set``."""

from __future__ import annotations

import html
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from desk_support import csrf_of, desk_client
from pypdf import PdfReader

from ntm_docgen.cli.main import main
from ntm_docgen.vietnamese import legacy
from tests.check_letter import build_letter
from tests.hostile_files import W, _letter_members, _zip, fixable, pdf_file
from tests.hostile_set import EXAMPLES, pdf

COPY_SPEC = EXAMPLES / "000-sao-y-bac-giang.yaml"
LETTER_SPEC = EXAMPLES / "cong-van-ubnd-tinh-kon-tum.yaml"


def png_header(width: int, height: int) -> bytes:
    """A PNG telling ``width`` × ``height`` in its header, its pixel data one empty chunk."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b""))


def with_picture(folder: Path, png: bytes) -> Path:
    members = _letter_members(folder)
    members["word/media/big.png"] = png
    return _zip(folder / "anh-lon.docx", members)


def one_paragraph(folder: Path, chars: int) -> Path:
    members = _letter_members(folder)
    members["word/document.xml"] = (
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{"thi đua " * (chars // 8)}'
        "</w:t></w:r></w:p></w:body></w:document>").encode()
    return _zip(folder / "mot-doan.docx", members)


@pytest.mark.parametrize("command", ["check", "copy", "import"])
def test_a_picture_of_900_million_pixels_is_refused_from_its_header(
        runner: CliRunner, tmp_path: Path, command: str) -> None:
    letter = with_picture(tmp_path, png_header(30_000, 30_000))
    out = tmp_path / "out.docx"
    args = {"check": ["check", str(letter)],
            "copy": ["copy", str(letter), "--spec", str(COPY_SPEC), "-o", str(out)],
            "import": ["import", str(letter), "-o", str(tmp_path / "s.yaml")]}[command]
    result = runner.invoke(main, args)
    assert result.exit_code == 1, result.output
    assert "anh-lon.docx" in result.stderr and "the pixels of one image" in result.stderr
    assert "900,000,000" in result.stderr and "NTM_DOCGEN_MAX_PDF_PIXELS" in result.stderr
    assert "Traceback" not in result.output and not out.exists()


def test_a_picture_under_the_limit_is_read(runner: CliRunner, tmp_path: Path) -> None:
    letter = with_picture(tmp_path, png_header(4_000, 3_000))
    result = runner.invoke(main, ["check", str(letter)])
    assert "PIXELS" not in result.output + result.stderr


def test_the_desk_shows_the_picture_refusal_and_stays_up(tmp_path: Path) -> None:
    letter = with_picture(tmp_path, png_header(30_000, 30_000))
    with desk_client(tmp_path / "desk", lang="en") as client:
        answer = client.post("/kiem-tra", data={"csrf_token": csrf_of(client, "/kiem-tra")},
                             files={"tep": ("anh-lon.docx", letter.read_bytes())})
        assert answer.status_code == 422
        said = html.unescape(answer.text)
        assert "anh-lon.docx: the pixels of one image is 900,000,000" in said
        assert "ask the administrator to raise the limit (NTM_DOCGEN_MAX_PDF_PIXELS)" in said
        assert client.get("/kiem-tra").status_code == 200


@pytest.mark.parametrize("command", ["check", "copy", "import"])
def test_a_paragraph_past_the_line_limit_is_refused_by_that_limit(
        runner: CliRunner, tmp_path: Path, command: str) -> None:
    letter = one_paragraph(tmp_path, 160_000)
    out = tmp_path / "out.docx"
    args = {"check": ["check", str(letter)],
            "copy": ["copy", str(letter), "--spec", str(COPY_SPEC), "-o", str(out)],
            "import": ["import", str(letter), "-o", str(tmp_path / "s.yaml")]}[command]
    result = runner.invoke(main, args)
    assert result.exit_code == 1, result.output
    assert "mot-doan.docx" in result.stderr and "the length of one line" in result.stderr
    assert "NTM_DOCGEN_MAX_LINE_CHARS" in result.stderr, result.stderr
    assert "damaged" not in result.stderr and not out.exists()


def test_a_long_attribute_is_no_long_line(runner: CliRunner, tmp_path: Path) -> None:
    """Word keeps a shape's picture in an attribute (o:gfxdata, 666,443 characters in a real
    letter of check's set): a letter whose text is short is read, whatever its attributes."""
    members = _letter_members(tmp_path)
    members["word/document.xml"] = (
        f'<w:document xmlns:w="{W}" xmlns:o="urn:schemas-microsoft-com:office:office"><w:body>'
        f'<w:p o:gfxdata="{"QUJD" * 50_000}"><w:r><w:t>Kính gửi: Sở Nội vụ</w:t></w:r></w:p>'
        "</w:body></w:document>").encode()
    letter = _zip(tmp_path / "hinh-trong-thuoc-tinh.docx", members)
    result = runner.invoke(main, ["check", str(letter)])
    assert "the length of one line" not in result.output, result.output
    assert result.exit_code in (0, 1) and "Traceback" not in result.output


def test_a_cell_of_megabytes_is_refused_by_the_line_limit(runner: CliRunner,
                                                          tmp_path: Path) -> None:
    sheet = tmp_path / "ds.csv"
    sheet.write_text("kinh_gui,ten\nUBND xã A," + "x" * 300_000 + "\n", encoding="utf-8")
    result = runner.invoke(main, ["bulk", str(LETTER_SPEC), "--recipients", str(sheet), "-o",
                                  str(tmp_path / "b")])
    assert result.exit_code == 1, result.output
    assert f"{sheet}: the length of one line in characters is 300,010" in result.stderr
    assert "NTM_DOCGEN_MAX_LINE_CHARS" in result.stderr
    assert not (tmp_path / "b").exists() or not list((tmp_path / "b").iterdir())


def test_a_long_text_s_encoding_is_told_from_its_first_characters(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import viparse.normalize.detector as detector

    seen: list[int] = []
    real = detector.detect_encoding_by_content

    def counted(text, candidates):  # type: ignore[no-untyped-def]
        seen.append(len(text))
        return real(text, candidates)

    monkeypatch.setattr(detector, "detect_encoding_by_content", counted)
    rows = "".join(f"UBND xã {n},{n}\n" for n in range(40_000))
    assert legacy.legacy_encoding(rows) is None
    assert seen and max(seen) <= legacy.SAMPLE_CHARS
    tcvn3 = "Uû ban nh©n d©n tØnh L¹ng S¬n, Së N«ng nghiÖp vµ Ph¸t triÓn n«ng th«n\n"
    assert legacy.legacy_encoding(tcvn3 * 5_000) == "tcvn3"


@pytest.mark.parametrize("dien_tu", [False, True], ids=["paper", "electronic"])
def test_a_pdf_copy_leaves_out_the_original_s_javascript(runner: CliRunner, tmp_path: Path,
                                                         dien_tu: bool) -> None:
    original = pdf(tmp_path, "javascript.pdf")
    out = tmp_path / "ban-sao.pdf"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(COPY_SPEC), "-o",
                                  str(out), *(["--dien-tu"] if dien_tu else [])])
    assert result.exit_code == 0, result.output
    assert "javascript.pdf holds 3 actions that run on their own" in result.stderr
    copy = PdfReader(out)
    root = copy.trailer["/Root"]
    assert "/OpenAction" not in root and "/JavaScript" not in root.get("/Names", {})
    assert all("/AA" not in page for page in copy.pages)
    assert "SAO Y" in copy.pages[-1].extract_text()


def test_a_pdf_copy_keeps_where_the_original_opens(runner: CliRunner, tmp_path: Path) -> None:
    plain = pdf_file(tmp_path, "plain.pdf").read_bytes()
    original = tmp_path / "mo-trang-1.pdf"
    original.write_bytes(plain.replace(b"/Pages 2 0 R >>",
                                       b"/Pages 2 0 R /OpenAction [3 0 R /Fit] >>", 1))
    out = tmp_path / "ban-sao.pdf"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(COPY_SPEC), "-o",
                                  str(out)])
    assert result.exit_code == 0, result.output
    assert "runs actions" not in result.stderr
    assert "/OpenAction" in PdfReader(out).trailer["/Root"]


def test_the_hostile_set_writes_its_small_files(tmp_path: Path) -> None:
    from tests import hostile_set

    made = [hostile_set.docx(tmp_path, "xxe.docx"), hostile_set.docx(tmp_path, "password.docx"),
            hostile_set.sheet(tmp_path, "cp1258.csv"), hostile_set.spec(tmp_path, "control.yaml")]
    assert all(path.stat().st_size for path in made)
    with zipfile.ZipFile(made[0]) as archive:
        assert b"/etc/passwd" in archive.read("word/document.xml")
    assert made[1].read_bytes().startswith(b"\xd0\xcf\x11\xe0")
    assert "Tân Thành".encode() not in made[2].read_bytes()


def test_right_to_left_marks_never_reach_the_letter(runner: CliRunner, tmp_path: Path) -> None:
    from tests.hostile_set import spec

    out = tmp_path / "out.docx"
    result = runner.invoke(main, ["render", str(spec(tmp_path, "control.yaml")), "-o", str(out)])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as archive:
        document = archive.read("word/document.xml").decode()
    assert "đảo" in document, "the text around the marks is kept"
    for mark in "\u202e\u202c\u200f\ufeff\x1b\x00":
        assert mark not in document, f"U+{ord(mark):04X}"


@pytest.mark.parametrize("command", ["copy", "fix", "comments"])
def test_a_template_at_an_address_is_left_out_of_what_is_written(
        runner: CliRunner, tmp_path: Path, command: str) -> None:
    from tests.hostile_set import docx

    letter = docx(tmp_path, "remote-template.docx")
    out = tmp_path / "out.docx"
    args = {"copy": ["copy", str(letter), "--spec", str(COPY_SPEC), "-o", str(out)],
            "fix": ["check", str(fixable(letter)), "--fix", str(out)],
            "comments": ["check", str(letter), "--comments", str(out)]}[command]
    result = runner.invoke(main, args)
    assert out.exists(), result.output
    with zipfile.ZipFile(out) as archive:
        written = {name: archive.read(name) for name in archive.namelist()}
    assert not [name for name, data in written.items() if b"mau.dotm" in data
                or b"attachedTemplate" in data]
    with zipfile.ZipFile(letter) as archive:
        assert written["word/settings.xml"].count(b"<w:") >= 3
        assert b"mau.dotm" in archive.read("word/_rels/settings.xml.rels")


def test_a_copy_whose_pages_libreoffice_cannot_draw_is_still_given(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ntm_docgen.desk.previews import Previews
    from ntm_docgen.errors import ConversionError

    async def stuck(self, document, marks=()):  # type: ignore[no-untyped-def]
        raise ConversionError("LibreOffice stopped answering")

    monkeypatch.setattr(Previews, "pages", stuck)
    letter = tmp_path / "cong-van.docx"
    build_letter(letter)
    form = {"hinh_thuc": "SAO Y", "co_quan.ten": "VĂN PHÒNG", "co_quan.viet_tat": "VP",
            "dia_danh": "Lạng Sơn", "ngay": "06/03/2026", "ky.chuc_vu": "CHÁNH VĂN PHÒNG",
            "ky.ho_ten": "Nguyễn Đức Đăng", "noi_nhan": ["Các sở, ban, ngành"]}
    with desk_client(tmp_path / "desk", lang="en") as client:
        copied = client.post("/sao", data={**form, "csrf_token": csrf_of(client, "/sao")},
                             files={"tep": (letter.name, letter.read_bytes())})
        checked = client.post("/kiem-tra", data={"csrf_token": csrf_of(client, "/kiem-tra")},
                              files={"tep": (letter.name, letter.read_bytes())})
        assert client.get("/").status_code == 200
    for answer in (copied, checked):
        assert answer.status_code == 200, answer.text
        said = html.unescape(answer.text)
        assert "The pages cannot be shown here (LibreOffice stopped answering)" in said
    assert "/tai/" in copied.text, "the copy is there to download"


def test_16384_columns_are_told_by_the_column_limit(runner: CliRunner, tmp_path: Path) -> None:
    from tests.hostile_set import sheet

    result = runner.invoke(main, ["bulk", str(LETTER_SPEC), "--recipients",
                                  str(sheet(tmp_path, "cols-16384.csv")), "-o",
                                  str(tmp_path / "b")])
    assert result.exit_code == 1, result.output
    assert "the number of columns is 16,384, over the limit of 1,000" in result.stderr


def test_a_bulk_run_whose_letters_libreoffice_cannot_draw_can_still_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desk_support import bulk_run

    from ntm_docgen.desk.previews import Previews
    from ntm_docgen.errors import ConversionError

    async def stuck(self, document, marks=()):  # type: ignore[no-untyped-def]
        raise ConversionError("LibreOffice stopped answering")

    monkeypatch.setattr(Previews, "pages", stuck)
    with desk_client(tmp_path / "desk", lang="en") as client:
        page = client.get(bulk_run(client, csrf_of(client, "/hang-loat")))
        assert client.get("/").status_code == 200
    assert page.status_code == 200, page.text
    said = html.unescape(page.text)
    assert "The pages cannot be shown here (LibreOffice stopped answering)" in said
    assert "/chay" in page.text, "the run can still be started"


def test_a_noi_nhan_of_5001_lines_is_refused_before_the_letter_is_laid_out(
        runner: CliRunner, tmp_path: Path) -> None:
    import yaml

    data = yaml.safe_load(LETTER_SPEC.read_text(encoding="utf-8"))
    data["noi_nhan"] = [f"UBND xã {n}" for n in range(5_001)]
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out.docx"
    result = runner.invoke(main, ["render", str(spec), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "Recipients (noi_nhan): lists of 5,000 lines at most" in result.stderr, result.stderr
    assert "NTM_DOCGEN_MAX_LIST_LINES" in result.stderr and "5,001 lines" in result.stderr
    assert not out.exists()
