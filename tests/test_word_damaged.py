"""A Word file whose parts are whole but wrong (a root python-docx does not expect, a missing
main-document relationship, a workbook under a .docx name) is refused by every command and desk
page that opens one with the same message in the user's language: the file, what is wrong, open
it in Word and save it again; exit 1, never an internal error, nothing written."""

from __future__ import annotations

import html
import io
import logging
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from copy_originals import write_spec
from desk_support import csrf_of, desk_client

from ntm_docgen.cli.main import main
from ntm_docgen.files.wordfile import ENCRYPTED, OLE_MAGIC

EXAMPLE = Path(__file__).parent.parent / "data" / "examples" / "cong-van-ubnd-tinh-kon-tum.yaml"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _changed(good: bytes, part: str, change: Callable[[bytes], bytes | None]) -> bytes:
    """``good`` with ``part`` replaced by ``change`` of it (None: left out)."""
    source = zipfile.ZipFile(io.BytesIO(good))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name in source.namelist():
            content = source.read(name)
            content = change(content) if name == part else content
            if content is not None:
                out.writestr(name, content)
    return buffer.getvalue()


def _workbook(good: bytes) -> bytes:
    from openpyxl import Workbook

    buffer = io.BytesIO()
    Workbook().save(buffer)
    return buffer.getvalue()


#: The damage, what the message says is wrong (Vietnamese, within the parentheses).
DAMAGE: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "content-types-root": (lambda d: _changed(d, "[Content_Types].xml", lambda _: b"<x/>"),
                           "phần [Content_Types].xml bị hỏng"),
    "package-rels-root": (lambda d: _changed(d, "_rels/.rels", lambda _: b"<x/>"),
                          "phần _rels/.rels bị hỏng"),
    "document-rels-root": (lambda d: _changed(d, "word/_rels/document.xml.rels",
                                              lambda _: b"<x/>"),
                           "phần word/_rels/document.xml.rels bị hỏng"),
    "document-root": (lambda d: _changed(d, "word/document.xml", lambda _: b"<x/>"),
                      "phần word/document.xml không có thân văn bản"),
    "styles-root": (lambda d: _changed(d, "word/styles.xml", lambda _: b"<x/>"),
                    "phần word/styles.xml bị hỏng"),
    "no-document-relationship": (
        lambda d: _changed(d, "_rels/.rels", lambda _: f'<Relationships xmlns="{RELS}"/>'.encode()),
        "không có phần văn bản chính"),
    "relationship-without-target": (
        lambda d: _changed(d, "word/_rels/document.xml.rels",
                           lambda x: x.replace(b'Target="styles.xml"', b"")),
        "phần word/_rels/document.xml.rels bị hỏng"),
    "styles-part-missing": (lambda d: _changed(d, "word/styles.xml", lambda _: None),
                            "thiếu phần word/styles.xml"),
    "main-part-untyped": (
        lambda d: _changed(d, "[Content_Types].xml",
                           lambda x: x.replace(b'Default Extension="xml"', b'Default Extension="x"')
                           .replace(b' PartName="/word/document.xml"', b' PartName="/no.xml"')),
        "không ghi kiểu của phần word/document.xml"),
    "macro-enabled": (
        lambda d: _changed(d, "[Content_Types].xml", lambda x: x.replace(
            MAIN.encode(), b"application/vnd.ms-word.document.macroEnabled.main+xml")),
        "tệp Word có macro"),
    "xlsx-renamed": (_workbook, "là bảng tính Excel"),
}


@pytest.fixture(scope="module")
def good_docx(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("docx") / "letter.docx"
    assert CliRunner().invoke(main, ["render", str(EXAMPLE), "-o", str(out)]).exit_code == 0
    return out.read_bytes()


@pytest.fixture(params=list(DAMAGE), ids=list(DAMAGE))
def damaged(request: pytest.FixtureRequest, good_docx: bytes, tmp_path: Path) -> tuple[Path, str]:
    make, told = DAMAGE[request.param]
    folder = tmp_path / "given"
    folder.mkdir()
    path = folder / "công văn hỏng.docx"
    path.write_bytes(make(good_docx))
    return path, told


def _told_well(message: str, path: Path, told: str) -> None:
    """One message, the file named, what is wrong and what to do, in Vietnamese only."""
    assert message.count(path.name) == 1, message
    assert told in message.split("(", 1)[1], message
    assert "hãy mở bằng Word và lưu lại dưới dạng .docx" in message, message
    for english in ("lỗi nội bộ", "Error", "Traceback", " is ", " the ", " part ", "content type",
                    "relationship", "Relationship_lst", "overrides", "body"):
        assert english not in message, message


def _trich_spec(folder: Path) -> Path:
    return write_spec(folder, "TRÍCH SAO")


COMMANDS: dict[str, Callable[[Path, Path], list[str]]] = {
    "check": lambda f, o: ["check", str(f)],
    "check --comments": lambda f, o: ["check", str(f), "--comments", str(o / "y-kien.docx")],
    "check --fix": lambda f, o: ["check", str(f), "--fix", str(o / "da-sua.docx")],
    "import": lambda f, o: ["import", str(f), "-o", str(o / "thu.yaml")],
    "derive": lambda f, o: ["derive", str(f), "--profile", "lang-son", "--as", "ke-hoach", "-o",
                            str(o / "ke-hoach.docx")],
    "copy": lambda f, o: ["copy", str(f), "--spec", str(write_spec(o.parent)), "-o",
                          str(o / "sao-y.docx")],
    "copy --trich": lambda f, o: ["copy", str(f), "--spec", str(_trich_spec(o.parent)),
                                  "--trich", "1", "-o", str(o / "trich-sao.docx")],
}


@pytest.mark.parametrize("command", list(COMMANDS), ids=list(COMMANDS))
def test_every_command_refuses_a_damaged_word_file_in_one_message(runner, damaged, tmp_path,
                                                                  command) -> None:
    path, told = damaged
    out = tmp_path / "out"
    out.mkdir()
    result = runner.invoke(main, ["--lang", "vi", *COMMANDS[command](path, out)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Lỗi: "), result.stderr
    _told_well(lines[0], path, told)
    assert list(out.iterdir()) == []


#: Each desk page that takes a Word file: its form, the field of the file.
PAGES: dict[str, tuple[dict[str, str | list[str]], str]] = {
    "/kiem-tra": ({}, "tep"),
    "/soan/mo": ({}, "tep"),
    "/thuc-hien": ({"hinh_thuc": "ke-hoach", "ho_so": "lang-son"}, "tep"),
    "/sao": ({"hinh_thuc": "SAO Y", "co_quan.ten": "VĂN PHÒNG", "co_quan.viet_tat": "VP",
              "dia_danh": "Lạng Sơn", "ngay": "06/03/2026", "ky.chuc_vu": "CHÁNH VĂN PHÒNG",
              "ky.ho_ten": "Lê Văn Bình", "noi_nhan": ["Các sở, ban, ngành"]}, "tep"),
}


@pytest.mark.parametrize("page", list(PAGES), ids=list(PAGES))
def test_every_desk_page_refuses_a_damaged_word_file_in_one_message(
        damaged, tmp_path, page, caplog: pytest.LogCaptureFixture) -> None:
    path, told = damaged
    form, field = PAGES[page]
    caplog.set_level(logging.INFO)
    with desk_client(tmp_path / "desk", lang="vi") as client:
        answer = client.post(page, data={**form, "csrf_token": csrf_of(client)},
                             files={field: (path.name, path.read_bytes())})
    assert answer.status_code in (400, 422), answer.text
    text = html.unescape(answer.text)
    assert "lỗi nội bộ" not in text
    start = text.index(path.name)
    _told_well(text[start:text.index(".docx", text.index("lưu lại", start)) + 5], path, told)
    assert not [r for r in caplog.records if r.exc_info], caplog.text


def test_the_bulk_page_refuses_a_word_file_given_as_its_letter(damaged, tmp_path) -> None:
    """The bulk page takes a spec, not a Word file: told so, whatever the file holds."""
    path, _told = damaged
    with desk_client(tmp_path / "desk", lang="vi") as client:
        answer = client.post("/hang-loat", data={"csrf_token": csrf_of(client)},
                             files={"mau": (path.name, path.read_bytes()),
                                    "danh_sach": ("ds.csv", "kinh_gui\nSở A\n".encode())})
    assert answer.status_code in (400, 422), answer.text
    assert "lỗi nội bộ" not in answer.text and path.name in html.unescape(answer.text)


def test_a_copy_is_written_only_of_an_original_python_docx_opens(runner, good_docx,
                                                                 tmp_path) -> None:
    """The good letter's copy opens; the check behind the refusals above lets it through."""
    import docx

    original = tmp_path / "goc.docx"
    original.write_bytes(good_docx)
    out = tmp_path / "sao-y.docx"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(write_spec(tmp_path)),
                                  "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "SAO Y" in docx.Document(str(out)).element.xml


#: An OLE compound file under a .docx name: what the message says it is, in Vietnamese.
OLE = {"locked-with-a-password": (b"\0" * 504 + ENCRYPTED + b"\0" * 64, "mật khẩu"),
       "word-97-doc": (b"\0" * 600, "Word 97-2003")}


@pytest.mark.parametrize("kind", list(OLE), ids=list(OLE))
@pytest.mark.parametrize("command", list(COMMANDS), ids=list(COMMANDS))
def test_every_command_tells_a_locked_docx_or_an_old_doc_for_what_it_is(runner, tmp_path,
                                                                        command, kind) -> None:
    rest, told = OLE[kind]
    path = tmp_path / "công văn.docx"
    path.write_bytes(OLE_MAGIC + rest)
    out = tmp_path / "out"
    out.mkdir()
    result = runner.invoke(main, ["--lang", "vi", *COMMANDS[command](path, out)])
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Lỗi: {path}: "), result.stderr
    assert told in lines[0] and "tệp nén zip" not in lines[0], lines[0]
    assert list(out.iterdir()) == []
