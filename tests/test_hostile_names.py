"""A Word or Excel file holding one part twice (the same name, or names differing only in
capitals, one part to Open Packaging Conventions): zipfile reads the last, another program may
show the first, so the letter checked or copied would not be the letter seen. Refused, naming
the file and the part, nothing written. And a PDF whose page list claims pages it does not hold,
which readers show differently. Each file is made here, small."""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from ntm_docgen.cli.main import main
from tests.hostile_files import _letter_members, pdf_file
from tests.test_hostile_set import COPY_SPEC

BULK_SPEC = Path(__file__).resolve().parent / "data" / "bulk" / "cong_van.yaml"


def twice(path: Path, members: dict[str, bytes], part: str, again: str, data: bytes) -> Path:
    """The package of ``members`` with ``part`` written again as ``again`` holding ``data``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile: "Duplicate name"
            archive.writestr(again, data)
    return path


@pytest.mark.parametrize("again", ["word/document.xml", "WORD/Document.xml"],
                         ids=["same-name", "capitals"])
def test_a_word_file_holding_its_document_twice_is_refused(runner: CliRunner, tmp_path: Path,
                                                          again: str) -> None:
    members = _letter_members(tmp_path)
    other = members["word/document.xml"].replace(
        b"<w:body>", "<w:body><w:p><w:r><w:t>Văn bản khác</w:t></w:r></w:p>".encode(), 1)
    letter = twice(tmp_path / "hai-lan.docx", members, "word/document.xml", again, other)
    copy = tmp_path / "ban-sao.docx"
    for args in (["check", str(letter)],
                 ["copy", str(letter), "--spec", str(COPY_SPEC), "-o", str(copy)],
                 ["import", str(letter), "-o", str(tmp_path / "s.yaml")]):
        result = runner.invoke(main, args)
        assert result.exit_code == 1, (args, result.output)
        assert f"hai-lan.docx: is not a Word document (.docx) that can be opened (its part " \
               f"{again} is in it twice" in result.stderr, result.stderr
        assert "Traceback" not in result.output
    assert not copy.exists() and not (tmp_path / "s.yaml").exists()


def test_a_list_holding_its_sheet_twice_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["kinh_gui", "ghi_chu"])
    book.active.append(["UBND xã A", "a"])
    book.save(tmp_path / "plain.xlsx")
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    people = twice(tmp_path / "ds.xlsx", members, sheet, sheet,
                   members[sheet].replace(b"UBND x", b"UBND huy\xe1\xbb\x87n"))
    out = tmp_path / "thu"
    result = runner.invoke(main, ["bulk", str(BULK_SPEC), "--recipients", str(people), "-o",
                                  str(out)])
    assert result.exit_code == 1, result.output
    assert f"ds.xlsx: is not a readable .xlsx workbook (its part {sheet} is in it twice" \
        in result.stderr, result.stderr
    assert not out.exists()


@pytest.mark.parametrize("claimed", [4_000, 100_000_000])
def test_a_pdf_claiming_pages_it_does_not_hold_is_not_copied(runner: CliRunner, tmp_path: Path,
                                                             claimed: int) -> None:
    """pdfium (Chrome's reader) showed the copy of such a file as 4,000 pages, pypdf as one."""
    plain = pdf_file(tmp_path, "plain.pdf").read_bytes()
    original = tmp_path / "nhieu-trang.pdf"
    original.write_bytes(plain.replace(b"/Count 1 >>", b"/Count %d >>" % claimed))
    copy = tmp_path / "ban-sao.pdf"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(COPY_SPEC), "-o",
                                  str(copy)])
    assert result.exit_code == 1, result.output
    assert f"nhieu-trang.pdf: is damaged: its page list claims {claimed:,} pages, but holds 1" \
        in result.stderr, result.stderr
    assert not copy.exists()
