"""A file under another kind's name is told as the file it is, whatever its ending: a PDF named
.docx (as a .doc already was) "is a .pdf file under another name: rename it to .pdf"; a Word file
or a PDF named .xlsx as a list of recipients says what it is, never openpyxl's "(OSError: File
contains no valid workbook part)" inside the Vietnamese message (a black-box run met both)."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from ntm_docgen import api
from ntm_docgen.cli.main import main
from ntm_docgen.files.misnamed import ending_of

DATA = Path(__file__).resolve().parent.parent / "data"
EXAMPLE = DATA / "examples" / "giay-moi-hoi-nghi.yaml"
BULK = Path(__file__).resolve().parent / "data" / "bulk" / "cong_van.yaml"
COPY = DATA / "examples" / "000-sao-y-bac-giang.yaml"
PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture(scope="module")
def word(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("word") / "gm.docx"
    api.render(api.load_spec(EXAMPLE), out, today=date.today())
    return out.read_bytes()


def _workbook() -> bytes:
    buffer = io.BytesIO()
    Workbook().save(buffer)
    return buffer.getvalue()


def _odt() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("make", "ending"), [
    (lambda word: PDF, ".pdf"), (lambda word: word, ".docx"), (lambda word: _workbook(), ".xlsx"),
    (lambda word: _odt(), ".odt"), (lambda word: b"{\\rtf1\\ansi x}", ".rtf"),
    (lambda word: b"hello", None),
], ids=["pdf", "docx", "xlsx", "odt", "rtf", "text"])
def test_a_files_kind_is_read_from_its_content(tmp_path, word, make, ending):
    assert ending_of(_write(tmp_path, "x.bin", make(word))) == ending


@pytest.mark.parametrize("command", [
    lambda path, out: ["import", str(path), "-o", str(out / "x.yaml")],
    lambda path, out: ["copy", str(path), "--spec", str(COPY), "-o", str(out / "x.docx")],
], ids=["import", "copy"])
def test_a_pdf_named_docx_is_told_to_be_renamed_pdf(runner, tmp_path, command):
    path = _write(tmp_path, "pdfas.docx", PDF)
    result = runner.invoke(main, ["--lang", "vi", *command(path, tmp_path)])
    assert result.exit_code == 1
    assert ("pdfas.docx: không phải tệp .docx mà là tệp .pdf mang tên khác: hãy đổi đuôi tên "
            "thành .pdf rồi đưa vào lại") in result.stderr, result.stderr
    assert "zip" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pdfas.docx"]  # nothing written


@pytest.mark.parametrize(("make", "said"), [
    (lambda word: word, "không phải bảng tính .xlsx mà là tệp .docx mang tên khác"),
    (lambda word: PDF, "không phải bảng tính .xlsx mà là tệp .pdf mang tên khác"),
    (lambda word: _odt(), "không phải bảng tính .xlsx mà là tệp .odt mang tên khác"),
    (lambda word: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
     "là tệp Excel 97-2003 (.xls) hoặc Word 97-2003 (.doc) kiểu cũ"),
    (lambda word: "kinh_gui;ten\nUBND xã A;A\n".encode(), "là danh sách lưu dạng chữ (.csv) "
     "mang tên khác, không phải bảng tính .xlsx: hãy đổi đuôi tên thành .csv rồi đưa vào lại"),
    (lambda word: "kinh_gui\tten\r\nUBND xã A\tA\r\n".encode("utf-16"),
     "là danh sách lưu dạng chữ (.txt) mang tên khác"),
], ids=["word", "pdf", "odt", "office-97", "csv", "unicode-text"])
def test_a_list_named_xlsx_that_is_another_file_says_what_it_is(runner, tmp_path, word, make,
                                                                said):
    people = _write(tmp_path, "danh-sach.xlsx", make(word))
    result = runner.invoke(main, ["--lang", "vi", "bulk", str(BULK), "--recipients", str(people),
                                  "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert said in result.stderr, result.stderr
    assert "Error" not in result.stderr.replace("Lỗi", "")  # no Python exception's name
    assert not (tmp_path / "out").exists()


def test_a_zip_with_no_workbook_is_told_in_words_not_python(runner, tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"/>')
    people = _write(tmp_path, "danh-sach.xlsx", buffer.getvalue())
    result = runner.invoke(main, ["--lang", "vi", "bulk", str(BULK), "--recipients", str(people),
                                  "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "trong tệp không có bảng tính nào" in result.stderr, result.stderr
    assert "OSError" not in result.stderr


@pytest.mark.parametrize(("page", "status", "said"), [
    ("/soan/mo", 400, "cong van.docx: đây là tệp .pdf mang tên khác, không phải tệp .docx: hãy "
                      "đổi đuôi tên thành .pdf rồi chọn lại."),
    ("/kiem-tra", 422, "cong van.docx là tệp PDF; trang này kiểm tra văn bản Word"),
], ids=["open", "check"])
def test_the_desk_tells_a_pdf_named_docx_as_a_pdf(tmp_path, page, status, said):
    """Mở reads a PDF: renamed, it is read; Kiểm tra checks Word files: it says so at once."""
    from desk_support import csrf_of, desk_client

    with desk_client(tmp_path, lang="vi") as client:
        answer = client.post(page, data={"csrf_token": csrf_of(client)},
                             files={"tep": ("cong van.docx", PDF)}, follow_redirects=False)
    assert answer.status_code == status
    assert said in answer.text, answer.text
