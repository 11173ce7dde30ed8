"""A recipients list as clerks bring it: Excel's "CSV UTF-8" (a BOM), its "Unicode Text" (UTF-16
with a BOM, tab-separated, .txt), a CSV of Vietnamese Windows (Windows-1258); a list in none of
them is refused naming the file and how to save it, on the command line and on the desk."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from ntm_docgen.bulk.recipients import read_recipients
from ntm_docgen.cli.main import main
from ntm_docgen.files.textcodec import decode_text

BULK = Path(__file__).resolve().parent / "data" / "bulk"
ROWS = [["kinh_gui", "ghi_chu"], ["Ủy ban nhân dân xã Tân Thành", "đúng hạn"],
        ["Ủy ban nhân dân phường Đông Kinh", "ghi chú"]]


def table(separator: str) -> str:
    return "".join(separator.join(row) + "\r\n" for row in ROWS)


def windows_1258(text: str) -> bytes:
    """``text`` as Vietnamese Windows writes it: a letter the code page holds whole, else its
    base letter (with a first mark if the code page has that) and the tone mark after it."""
    out = b""
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        for cut in range(len(parts), 0, -1):
            try:
                out += (unicodedata.normalize("NFC", parts[:cut]).encode("cp1258")
                        + parts[cut:].encode("cp1258"))
                break
            except UnicodeEncodeError:
                continue
    return out


SAVED = {
    "csv-utf8-bom": ("ds.csv", b"\xef\xbb\xbf" + table(",").encode()),
    "unicode-text-utf16": ("ds.txt", b"\xff\xfe" + table("\t").encode("utf-16-le")),
    "csv-utf16-be": ("ds.csv", b"\xfe\xff" + table(",").encode("utf-16-be")),
    "csv-windows-1258": ("ds.csv", windows_1258(table(","))),
    "csv-utf8-semicolon": ("ds.csv", table(";").encode()),
}


@pytest.mark.parametrize(("name", "data"), SAVED.values(), ids=SAVED)
def test_a_list_as_excel_or_windows_saves_it_is_read(tmp_path: Path, name: str,
                                                     data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    people = read_recipients(path)
    assert [[r.fields["kinh_gui"], r.fields["ghi_chu"]] for r in people.recipients] == ROWS[1:]


def test_the_windows_list_is_never_taken_for_utf8() -> None:
    assert b"\xd2" in windows_1258("Ủy")  # the tone mark after its letter, as Windows writes it
    assert decode_text(windows_1258("Ủy ban xã"), Path("ds.csv"), "x") == "Ủy ban xã"


REFUSED = {
    "utf16-without-bom": ("kinh_gui,a\nỦy ban xã A,b\n".encode("utf-16-le"),
                          "is UTF-16 text without its byte-order mark"),
    "utf16-cut-off": (b"\xff\xfe" + "kinh_gui\n".encode("utf-16-le") + b"\x00\xd8",
                      "is not readable UTF-16 text (bad or cut-off bytes at position 20)"),
    "tone-mark-on-no-vowel": (b"kinh_gui,a\n\xcc\xcc x,b\n",
                              "is neither UTF-8 nor Windows-1258 text (bad bytes at position 11)"),
    "undefined-byte": (b"kinh_gui,a\nx\x81,b\n", "is neither UTF-8 nor Windows-1258"),
}


@pytest.mark.parametrize(("data", "said"), REFUSED.values(), ids=REFUSED)
def test_a_list_in_no_encoding_read_is_refused_saying_how_to_save_it(
        runner: CliRunner, tmp_path: Path, data: bytes, said: str) -> None:
    path = tmp_path / "danh sách.csv"
    path.write_bytes(data)
    result = runner.invoke(main, ["bulk", str(BULK / "cong_van.yaml"), "--recipients",
                                  str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"danh sách.csv: {said}" in result.stderr
    assert '"CSV UTF-8 (Comma delimited)" or "Excel Workbook" (.xlsx)' in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").glob("*.docx"))


def test_bulk_writes_the_letters_of_a_unicode_text_list(runner: CliRunner,
                                                        tmp_path: Path) -> None:
    name, data = SAVED["unicode-text-utf16"]
    (tmp_path / name).write_bytes(data)
    out = tmp_path / "out"
    result = runner.invoke(main, ["bulk", str(BULK / "cong_van.yaml"), "--recipients",
                                  str(tmp_path / name), "-o", str(out)])
    assert result.exit_code == 0, result.output
    letter = docx.Document(str(out / "0001-UBND-xa-Tan-Thanh.docx"))
    text = "\n".join(p.text for p in letter.paragraphs)
    assert "Kính gửi: Ủy ban nhân dân xã Tân Thành" in text and "ghi chú: đúng hạn." in text


@pytest.mark.parametrize("key", ["unicode-text-utf16", "csv-windows-1258"])
def test_the_desk_reads_the_list_as_the_command_does(client, csrf, key: str) -> None:
    name, data = SAVED[key]
    spec = (BULK / "cong_van.yaml").read_bytes()
    answer = client.post("/hang-loat", data={"csrf_token": csrf},
                         files={"mau": ("cong_van.yaml", spec), "danh_sach": (name, data)},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    page = client.get(answer.headers["location"]).text
    assert f"2 recipients from {name}." in page, page
