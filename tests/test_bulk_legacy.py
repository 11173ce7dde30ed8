"""A recipients list typed in the legacy fonts of the .VnTime years (TCVN3 ``.VnTime`` and its
capitals font ``.VnTimeH``, VNI ``VNI-Times``): an XLSX read by its cells' fonts or, where
they name none, by its text; a CSV by its text, saved as UTF-8 or as the font's own bytes. The
letters print the names in Unicode, and one warning names the file and the encoding, on the
command line and on the desk's review; never a letter reading "Kính gửi: Së Néi vô"."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import docx
import openpyxl
import pytest
from lxml import html
from openpyxl.styles import Font

from ntm_docgen.cli.main import main

BULK = Path(__file__).resolve().parent / "data" / "bulk"
#: the rows as the clerk means them
ROWS = [("Sở Nội vụ", "hạn báo cáo ngày 30"),
        ("Uỷ ban nhân dân xã Tân Thành", "đề nghị gửi đúng hạn"),  # .VnTime has no Ủ
        ("Phòng Văn hóa và Thông tin", "kèm theo biểu mẫu")]
FONTS = {"tcvn3": ".VnTime", "vni": "VNI-Times"}
NAMES = {"tcvn3": "TCVN3", "vni": "VNI"}


def typed(text: str, encoding: str) -> str:
    """``text`` as it is typed in the legacy font (viparse's tables, read backwards)."""
    from viparse.normalize.encodings import get_charmap

    charmap = get_charmap(encoding)
    assert charmap is not None
    back = {uni: old for old, uni in charmap.pairs}
    text = unicodedata.normalize("NFC", text)
    assert all(c.isascii() or c in back for c in text), text
    return "".join(back.get(c, c) for c in text)


def workbook(path: Path, encoding: str, font: str | None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["kinh_gui", "ghi_chu"])
    for row in ROWS:
        sheet.append([typed(cell, encoding) for cell in row])
        for cell in sheet[sheet.max_row]:
            cell.font = Font(name=font or "Calibri")
    book.save(path)
    return path


def run(runner, tmp_path: Path, people: Path) -> tuple[list[str], str]:  # type: ignore[no-untyped-def]
    out = tmp_path / "thu"
    result = runner.invoke(main, ["bulk", str(BULK / "cong_van.yaml"), "--recipients",
                                  str(people), "-o", str(out)])
    assert result.exit_code == 0, result.output
    letters = sorted(out.glob("*.docx"))
    assert len(letters) == len(ROWS)
    lines = [p.text for letter in letters for p in docx.Document(str(letter)).paragraphs]
    return [line for line in lines if line.startswith("Kính gửi")], result.output


def assert_read_in_unicode(lines: list[str], output: str, people: Path, encoding: str) -> None:
    assert lines == [f"Kính gửi: {to}" for to, _note in ROWS]
    warned = [line for line in output.splitlines() if NAMES[encoding] in line]
    assert len(warned) == 1, output
    assert str(people) in warned[0] and "Unicode" in warned[0]


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_an_xlsx_in_a_legacy_font_is_read_by_its_cells_font(runner, tmp_path: Path,
                                                            encoding: str) -> None:
    people = workbook(tmp_path / "ds.xlsx", encoding, FONTS[encoding])
    lines, output = run(runner, tmp_path, people)
    assert_read_in_unicode(lines, output, people, encoding)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_an_xlsx_whose_cells_name_no_legacy_font_is_read_by_its_text(runner, tmp_path: Path,
                                                                     encoding: str) -> None:
    people = workbook(tmp_path / "ds.xlsx", encoding, None)
    lines, output = run(runner, tmp_path, people)
    assert_read_in_unicode(lines, output, people, encoding)


def test_a_capitals_font_cell_is_read_in_capitals(tmp_path: Path) -> None:
    from ntm_docgen.bulk.recipients import read_recipients

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["kinh_gui", "ten"])
    sheet.append([typed("Sở Nội vụ", "tcvn3"), typed("sở nội vụ", "tcvn3")])
    sheet["B2"].font, sheet["A2"].font = Font(name=".VnTimeH"), Font(name=".VnTime")
    book.save(tmp_path / "ds.xlsx")
    people = read_recipients(tmp_path / "ds.xlsx")
    assert people.recipients[0].fields == {"kinh_gui": "Sở Nội vụ", "ten": "SỞ NỘI VỤ"}
    assert people.legacy == "tcvn3"


@pytest.mark.parametrize("saved", ["font-bytes", "utf-8"])
@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_a_csv_in_a_legacy_font_is_read_by_its_text(runner, tmp_path: Path, encoding: str,
                                                    saved: str) -> None:
    text = "kinh_gui,ghi_chu\n" + "".join(f"{typed(a, encoding)},{typed(b, encoding)}\n"
                                          for a, b in ROWS)
    people = tmp_path / "ds.csv"
    people.write_bytes(text.encode("latin-1" if saved == "font-bytes" else "utf-8"))
    lines, output = run(runner, tmp_path, people)
    assert_read_in_unicode(lines, output, people, encoding)


def test_a_unicode_list_under_a_legacy_font_is_read_as_typed(runner, tmp_path: Path) -> None:
    """A list typed in Unicode in a workbook whose cells still name .VnTime: as typed, and
    no warning."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["kinh_gui", "ghi_chu"])
    for row in ROWS:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            cell.font = Font(name=".VnTime")
    book.save(tmp_path / "ds.xlsx")
    lines, output = run(runner, tmp_path, tmp_path / "ds.xlsx")
    assert lines == [f"Kính gửi: {to}" for to, _note in ROWS]
    assert "TCVN3" not in output and "Unicode" not in output


def test_the_desk_review_reads_the_list_in_unicode_and_says_so(client, csrf,
                                                               tmp_path: Path) -> None:
    people = workbook(tmp_path / "danh-sach-cu.xlsx", "tcvn3", ".VnTime")
    answer = client.post("/hang-loat", data={"csrf_token": csrf},
                         files={"mau": ("cv.yaml", (BULK / "cong_van.yaml").read_bytes()),
                                "danh_sach": (people.name, people.read_bytes())},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    page = html.fromstring(client.get(answer.headers["location"]).text)
    assert page.xpath("//table//td[2]/text()") == [to for to, _note in ROWS]
    warned = [w for w in page.xpath("//ul[@class='warning']/li/text()")
              if "sample name" not in w]  # the spec's signer is the forms' "Nguyễn Văn A"
    assert len(warned) == 1 and warned[0].startswith(
        "danh-sach-cu.xlsx: the list is typed in the old TCVN3"), warned


def test_a_list_without_marks_under_a_legacy_font_gets_no_warning(runner, tmp_path: Path) -> None:
    """Cells that name .VnTime but hold no mark (``UBND xa Tan Thanh``) read the same either
    way: nothing was converted, so nothing is said."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["kinh_gui", "ghi_chu"])
    for to in ("UBND xa Tan Thanh", "UBND xa Dong Kinh", "UBND phuong Tam Thanh"):
        sheet.append([to, "ghi chu"])
        for cell in sheet[sheet.max_row]:
            cell.font = Font(name=".VnTime")
    book.save(tmp_path / "ds.xlsx")
    result = runner.invoke(main, ["bulk", str(BULK / "cong_van.yaml"), "--recipients",
                                  str(tmp_path / "ds.xlsx"), "-o", str(tmp_path / "thu")])
    assert result.exit_code == 0, result.output
    assert "TCVN3" not in result.output and "Unicode" not in result.output
