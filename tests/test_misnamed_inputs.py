"""One rule for every input of every command (``files.misnamed.refused``): a file that is not
what its name says (a Word file named .pdf, a photo named .pdf, a PDF named .txt, a Word file
named .txt or .csv) is told as the kind it is, with the fix, never as a damaged PDF, "byte NUL"
or "not Windows-1258" (a black-box run met all three); an empty file as empty (0 bytes); a Word
file locked by a password as such, on the command line and on every desk page that takes an
upload, where both were told "không thực sự là tệp .docx"."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest
from desk_support import XA, csrf_of, desk_client

from ntm_docgen import api
from ntm_docgen.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
LETTER = ROOT / "data" / "examples" / "giay-moi-hoi-nghi.yaml"
COPY = ROOT / "data" / "examples" / "000-sao-y-bac-giang.yaml"
BULK = Path(__file__).resolve().parent / "data" / "bulk" / "cong_van.yaml"
PROFILE = ROOT / "data" / "profiles"
PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
#: A Word 2007+ file locked by a password: its package inside an Office 97 compound file.
LOCKED = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le")
          + bytes(64))


@pytest.fixture(scope="module")
def word(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("word") / "gm.docx"
    api.render(api.load_spec(LETTER), out, today=date.today())
    return out.read_bytes()


def _profile() -> Path:
    return next(p for p in sorted(PROFILE.glob("*.yaml")) if "xa" in p.stem)


#: command -> its command line for an input ``path`` and an output folder.
COMMANDS = {
    "copy": lambda path, out: ["copy", str(path), "--spec", str(COPY), "-o", str(out / "x.pdf")],
    "import": lambda path, out: ["import", str(path), "-o", str(out / "x.yaml")],
    "derive": lambda path, out: ["derive", str(path), "--profile", str(_profile()), "--as",
                                 "cong-van", "-o", str(out / "x.docx")],
    "bulk": lambda path, out: ["bulk", str(BULK), "--recipients", str(path), "-o",
                               str(out / "thu")],
    "check": lambda path, out: ["check", str(path)],
    "render": lambda path, out: ["render", str(path), "-o", str(out / "x.docx")],
}
#: (command, file given, what it holds, what is said of it)
CASES = [
    ("copy", "a.pdf", "word", "a.pdf: không phải tệp .pdf mà là tệp .docx mang tên khác: hãy đổi "
                              "đuôi tên thành .docx rồi đưa vào lại"),
    ("copy", "c.pdf", "png", "c.pdf: không phải tệp .pdf mà là ảnh (.png) mang tên khác; ở đây "
                             "chỉ đọc tệp .docx, .pdf"),
    ("copy", "b.txt", "pdf", "b.txt: không phải tệp .txt mà là tệp .pdf mang tên khác: hãy đổi "
                             "đuôi tên thành .pdf"),
    ("import", "c.pdf", "png", "c.pdf: không phải tệp .pdf mà là ảnh (.png) mang tên khác: hãy "
                               "đổi đuôi tên thành .png rồi đưa vào lại; ảnh được đọc như bản "
                               "quét (nhận dạng chữ trên bản quét)"),
    ("import", "a.pdf", "word", "a.pdf: không phải tệp .pdf mà là tệp .docx mang tên khác"),
    ("import", "d.txt", "word", "d.txt: không phải tệp .txt mà là tệp .docx mang tên khác: hãy "
                                "đổi đuôi tên thành .docx"),
    ("import", "b.txt", "pdf", "b.txt: không phải tệp .txt mà là tệp .pdf mang tên khác"),
    ("derive", "b.txt", "pdf", "b.txt: không phải tệp .txt mà là tệp .pdf mang tên khác: hãy "
                               "đổi đuôi tên thành .pdf"),
    ("derive", "a.pdf", "word", "a.pdf: không phải tệp .pdf mà là tệp .docx mang tên khác"),
    # derive reads a scan or photo of the letter from above too (contract13 #1)
    ("derive", "c.pdf", "png", "c.pdf: không phải tệp .pdf mà là ảnh (.png) mang tên khác: hãy "
                               "đổi đuôi tên thành .png rồi đưa vào lại"),
    ("bulk", "e.csv", "word", "e.csv: không phải tệp .csv mà là tệp .docx mang tên khác; ở đây "
                              "chỉ đọc tệp .csv, .txt, .xlsx"),
    ("bulk", "e.txt", "pdf", "e.txt: không phải tệp .txt mà là tệp .pdf mang tên khác"),
    ("check", "a.pdf", "word", "a.pdf: không phải tệp .pdf mà là tệp .docx mang tên khác: hãy "
                               "đổi đuôi tên thành .docx"),
    ("check", "c.docx", "png", "c.docx: không phải tệp .docx mà là ảnh (.png) mang tên khác"),
    ("render", "d.yaml", "word", "d.yaml là tệp DOCX; tệp nội dung văn bản là tệp YAML hoặc JSON"),
    ("import", "rong.docx", "empty", "rong.docx: là tệp trống (0 byte)"),
    ("copy", "rong.pdf", "empty", "rong.pdf: là tệp trống (0 byte)"),
    ("check", "rong.docx", "empty", "rong.docx: là tệp trống (0 byte)"),
    ("copy", "khoa.docx", "locked", "khoa.docx: có mật khẩu (đã mã hóa); hãy mở bằng Word hoặc "
                                    "LibreOffice, gỡ mật khẩu và lưu dưới dạng .docx"),
]


def _content(kind: str, word: bytes) -> bytes:
    return {"word": word, "png": PNG, "pdf": PDF, "empty": b"", "locked": LOCKED}[kind]


@pytest.mark.parametrize(("command", "name", "kind", "said"), CASES,
                         ids=[f"{c}-{n}-{k}" for c, n, k, _ in CASES])
def test_a_file_under_another_name_is_told_as_what_it_is(runner, tmp_path, word, command, name,
                                                         kind, said):
    given = tmp_path / name
    given.write_bytes(_content(kind, word))
    out = tmp_path / "ra"
    out.mkdir()
    result = runner.invoke(main, ["--lang", "vi", *COMMANDS[command](given, out)])
    assert result.exit_code == 1, result.output
    assert said in result.stderr, result.stderr
    for wrong in ("hỏng", "NUL", "Windows-1258", "ZIP", "Traceback"):
        assert wrong not in result.stderr, result.stderr
    assert list(out.iterdir()) == []  # nothing written


def _desk_forms(csrf: str) -> dict[str, tuple[dict[str, str], str, dict[str, tuple[str, bytes]]]]:
    """Each desk page that takes a letter or a list: its form filled but for the file."""
    sao_y = {"hinh_thuc": "SAO Y", "co_quan.ten": "VĂN PHÒNG", "co_quan.viet_tat": "VP",
             "dia_danh": "Lạng Sơn", "ngay": "06/03/2026", "ky.chuc_vu": "CHÁNH VĂN PHÒNG",
             "ky.ho_ten": "Lê Văn Bình", "noi_nhan": "Các sở, ban, ngành"}
    profile = _profile()
    return {
        "open": ({}, "/soan/mo", {}),
        "copy": (sao_y, "/sao", {}),
        "check": ({}, "/kiem-tra", {}),
        "derive": ({"hinh_thuc": "cong-van", "ngay": "06/03/2026"}, "/thuc-hien",
                   {"ho_so_tep": (profile.name, profile.read_bytes())}),
    }


#: (name, content, what is said): a Word file locked by a password, an empty one, an empty PDF
UPLOADS = {
    "password": ("văn bản có mật khẩu.docx", LOCKED, "văn bản có mật khẩu.docx: có mật khẩu (đã "
                 "mã hóa); hãy mở bằng Word hoặc LibreOffice, gỡ mật khẩu và lưu dưới dạng .docx"),
    "empty-docx": ("trống.docx", b"", "trống.docx: là tệp trống (0 byte)"),
    "empty-pdf": ("trống.pdf", b"", "trống.pdf: là tệp trống (0 byte)"),
}
#: Kiểm tra checks Word files: a .pdf is told so by its name, before it is read.
DESK = [(page, upload) for page in ("open", "copy", "check", "derive") for upload in UPLOADS
        if (page, upload) != ("check", "empty-pdf")]


@pytest.mark.parametrize(("page", "upload"), DESK, ids=[f"{p}-{u}" for p, u in DESK])
def test_every_desk_page_tells_a_locked_or_empty_upload_as_the_command_line(tmp_path, page,
                                                                             upload):
    name, data, said = UPLOADS[upload]
    with desk_client(tmp_path, lang="vi") as client:
        csrf = csrf_of(client)
        fields, address, files = _desk_forms(csrf)[page]
        answer = client.post(address, data={"csrf_token": csrf, **fields},
                             files={"tep": (name, data), **files}, follow_redirects=False)
    text = html.unescape(re.sub(r"<[^>]+>", " ", answer.text))
    assert answer.status_code in (400, 422), text
    assert said in text, text
    assert "không thực sự là tệp" not in text


def test_the_bulk_page_tells_an_empty_workbook_as_empty(tmp_path):
    with desk_client(tmp_path, lang="vi") as client:
        answer = client.post("/hang-loat", data={"csrf_token": csrf_of(client)},
                             files={"mau": (XA.name, XA.read_bytes()),
                                    "danh_sach": ("danh sách.xlsx", b"")},
                             follow_redirects=False)
    text = html.unescape(re.sub(r"<[^>]+>", " ", answer.text))
    assert "danh sách.xlsx: là tệp trống (0 byte)" in text, text
