"""Hostile files that went past the limits: a part of a Word or Excel package declaring a DTD
(its entities a bomb, a door to the computer's files, and written back broken by check --fix),
a Word file or text of more lines than any letter, a paragraph of a great many runs. Each is
built here, small."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from ntm_docgen.check.props import Styles
from ntm_docgen.cli.main import main
from ntm_docgen.files import limits
from ntm_docgen.importer.legacy import RunFonts
from tests.hostile_files import _pdf

ROOT = Path(__file__).resolve().parent.parent
COPY_SPEC = ROOT / "data" / "examples" / "000-sao-y-bac-giang.yaml"
BULK_SPEC = ROOT / "tests" / "data" / "bulk" / "cong_van.yaml"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DTD = b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY l "lol">]>'


def _rezip(source: Path, target: Path, changes: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members.update(changes)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def _with_dtd(data: bytes) -> bytes:
    """The XML part with a DTD after its declaration, its first text an entity reference."""
    at = data.find(b"?>") + 2 if data.startswith(b"<?xml") else 0
    return data[:at] + DTD + data[at:].replace(b"<w:t>", b"<w:t>&xxe;&l;", 1)


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml"])
def test_a_word_part_declaring_a_dtd_is_refused_and_nothing_written(
        runner: CliRunner, hd: Path, tmp_path: Path, part: str) -> None:
    with zipfile.ZipFile(hd) as archive:
        original = archive.read(part)
    hostile = _rezip(hd, tmp_path / "dtd.docx", {part: _with_dtd(original)})
    for args, out in ((["check", str(hostile), "--fix", str(tmp_path / "fixed.docx")],
                       tmp_path / "fixed.docx"),
                      (["check", str(hostile), "--comments", str(tmp_path / "c.docx")],
                       tmp_path / "c.docx"),
                      (["import", str(hostile), "-o", str(tmp_path / "s.yaml")],
                       tmp_path / "s.yaml"),
                      (["copy", str(hostile), "--spec", str(COPY_SPEC), "-o",
                        str(tmp_path / "copy.docx")], tmp_path / "copy.docx")):
        result = runner.invoke(main, ["--lang", "en", *args])
        assert result.exit_code == 1, (args, result.output)
        assert "dtd.docx" in result.output and "Traceback" not in result.output
        assert not out.exists(), args
    said = runner.invoke(main, ["--lang", "en", "check", str(hostile)]).output
    assert f"its part {part} declares a DTD" in said


def test_a_recipients_sheet_declaring_a_dtd_is_refused(runner: CliRunner,
                                                        tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["kinh_gui"])
    book.active.append(["Phòng Kinh tế"])
    book.save(tmp_path / "plain.xlsx")
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").replace(b"<t>", b"<t>&xxe;", 1)
    hostile = _rezip(tmp_path / "plain.xlsx", tmp_path / "dtd.xlsx",
                     {"xl/worksheets/sheet1.xml": _with_dtd(sheet)})
    result = runner.invoke(main, ["--lang", "en", "bulk", str(BULK_SPEC), "--recipients",
                                  str(hostile), "-o", str(tmp_path / "thu")])
    assert result.exit_code == 1, result.output
    assert "xl/worksheets/sheet1.xml declares a DTD" in result.output
    assert not (tmp_path / "thu").exists() or not list((tmp_path / "thu").iterdir())


def test_a_dtd_in_text_or_in_a_picture_is_no_declaration(runner: CliRunner, hd: Path,
                                                         tmp_path: Path) -> None:
    with zipfile.ZipFile(hd) as archive:
        document = archive.read("word/document.xml")
    plain = _rezip(hd, tmp_path / "plain.docx", {
        "word/document.xml": document.replace(b"<w:t>", b"<w:t>&lt;!DOCTYPE x&gt; ", 1),
        "word/media/x.bin": b"<!DOCTYPE x>"})
    result = runner.invoke(main, ["--lang", "en", "check", str(plain)])
    assert "DTD" not in result.output and "Traceback" not in result.output


def _paragraphs(count: int) -> bytes:
    head = ["ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "Số: 12/UBND-TH", "V/v tổng kết phong trào"]
    lines = [*head, *(f"Dòng {n}" for n in range(count - len(head)))]
    return (f'<w:document xmlns:w="{W}"><w:body>'.encode()
            + b"".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>".encode() for line in lines)
            + b"</w:body></w:document>")


def test_import_refuses_a_word_file_of_more_paragraphs_than_a_letter(
        runner: CliRunner, hd: Path, tmp_path: Path) -> None:
    over = limits.IMPORT_LINES.default + 1
    hostile = _rezip(hd, tmp_path / "dai.docx", {"word/document.xml": _paragraphs(over)})
    for args in (["import", str(hostile), "-o", str(tmp_path / "s.yaml")],
                 ["derive", str(hostile), "--profile", "quang-ngai", "--as", "cong-van", "-o",
                  str(tmp_path / "d.docx")]):
        result = runner.invoke(main, ["--lang", "en", *args])
        assert result.exit_code == 1, result.output
        assert "dai.docx" in result.output and "NTM_DOCGEN_MAX_IMPORT_LINES" in result.output
        assert f"{over:,}" in result.output
    assert not (tmp_path / "s.yaml").exists() and not (tmp_path / "d.docx").exists()


def test_import_refuses_a_text_of_more_lines_than_a_letter(runner: CliRunner,
                                                           tmp_path: Path) -> None:
    text = tmp_path / "dai.txt"
    text.write_text("SỞ NỘI VỤ\nSố: 5/SNV-TH\n" + "a\n" * limits.IMPORT_LINES.default,
                    encoding="utf-8")
    result = runner.invoke(main, ["--lang", "en", "import", str(text), "-o",
                                  str(tmp_path / "s.yaml")])
    assert result.exit_code == 1 and "NTM_DOCGEN_MAX_IMPORT_LINES" in result.output
    assert not (tmp_path / "s.yaml").exists()


def test_the_line_limit_is_read_once_for_a_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = []
    value = limits.Limit.value

    def counted(self: limits.Limit) -> int:
        asked.append(self.name)
        return value(self)

    monkeypatch.setattr(limits.Limit, "value", counted)
    limits.check_lines("a\n" * 100_000, "x.txt")
    assert asked == ["LINE_CHARS"]


class _Element:
    """An element standing for a w:p or w:r of many children, counting the searches in it."""

    def __init__(self) -> None:
        self.searched = 0

    def find(self, *_args: Any) -> None:
        self.searched += 1
        return None


def test_the_runs_of_a_paragraph_ask_for_its_font_once() -> None:
    fonts, paragraph = RunFonts(None), _Element()
    for _ in range(1000):
        assert fonts.font(_Element(), paragraph) is None
    assert paragraph.searched == 1


def test_the_runs_of_a_paragraph_ask_for_its_style_once() -> None:
    styles, paragraph = Styles(None, None), _Element()
    for _ in range(1000):
        styles.para_style_id(paragraph)  # type: ignore[arg-type]
    assert paragraph.searched == 1


def _scan_pdf(side: int) -> bytes:
    """A PDF of one square page ``side`` points wide covered by a small blank image: a scan."""
    image = (b"<< /Type /XObject /Subtype /Image /Width 10 /Height 10 /ColorSpace /DeviceGray "
             b"/BitsPerComponent 8 /Length 100 >>\nstream\n" + b"\xff" * 100 + b"\nendstream")
    draw = b"q %d 0 0 %d 0 0 cm /Im1 Do Q" % (side, side)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /XObject "
               b"<< /Im1 5 0 R >> >> /Contents 4 0 R >>" % (side, side),
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(draw), draw), image]
    return _pdf(objects)


def test_a_scanned_page_too_large_to_draw_for_ocr_is_refused_before_it_is_drawn(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page of 4,999 points a side (under the page limit) drawn at OCR's 300 dpi is 434
    million pixels, 1.3 GB: the pixel limit refuses it, naming the page. Shown here on a page
    of 600 points (2,500 pixels a side) under a limit lowered to a million."""
    monkeypatch.setenv("NTM_DOCGEN_MAX_PDF_PIXELS", "1000000")
    scan = tmp_path / "rong.pdf"
    scan.write_bytes(_scan_pdf(600))
    for args in (["import", str(scan), "-o", str(tmp_path / "s.yaml")],
                 ["derive", str(scan), "--profile", "quang-ngai", "--as", "cong-van", "-o",
                  str(tmp_path / "d.docx")]):
        result = runner.invoke(main, ["--lang", "en", *args])
        assert result.exit_code == 1, result.output
        assert "rong.pdf (page 1)" in result.output, result.output
        assert "6,250,000" in result.output and "NTM_DOCGEN_MAX_PDF_PIXELS" in result.output
    assert not (tmp_path / "s.yaml").exists() and not (tmp_path / "d.docx").exists()


def _table(columns: int, rows: int) -> str:
    head = "| " + " | ".join(f"C{n}" for n in range(columns)) + " |"
    rule = "|" + "---|" * columns
    return "\n".join([head, rule, *(["| " + " | ".join(["x"] * columns) + " |"] * rows)])


def test_a_table_wider_than_word_or_of_too_many_cells_is_a_problem_of_its_field(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 2 MB spec of a 1,000-column table laid out to 1.3 GB (200,000 rows of two: 1 GB): a
    table is refused past Word's 63 columns and past NTM_DOCGEN_MAX_TABLE_CELLS, its field
    named; a row of bars that opens no table is text. The cell limit is lowered here to 100."""
    import yaml

    monkeypatch.setenv("NTM_DOCGEN_MAX_TABLE_CELLS", "100")
    spec = yaml.safe_load((ROOT / "data" / "examples" / "cong-van-ubnd-tinh-kon-tum.yaml")
                          .read_text(encoding="utf-8"))
    spec["noi_dung"] = _table(64, 0) + "\n\n" + "| a " * 200 + "|\n"
    spec["phu_luc"] = [{"tieu_de": "DANH SÁCH", "noi_dung": _table(2, 60)}]
    path = tmp_path / "bang.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(main, ["--lang", "en", "render", str(path), "-o",
                                  str(tmp_path / "out.docx")])
    assert result.exit_code == 1, result.output
    assert "2 problems" in result.output, result.output
    assert "Content (noi_dung): a table of 63 columns at most" in result.output
    assert "found a row of 64 cells" in result.output
    assert "Appendix content (phu_luc[0].noi_dung): tables of 100 cells at most" in result.output
    assert "NTM_DOCGEN_MAX_TABLE_CELLS; found 122 cells" in result.output
    assert not (tmp_path / "out.docx").exists()
    spec["noi_dung"] = _table(63, 0)
    spec["phu_luc"] = [{"tieu_de": "DANH SÁCH", "noi_dung": _table(2, 49)}]
    path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(main, ["--lang", "en", "render", str(path), "-o",
                                  str(tmp_path / "out.docx")])
    assert result.exit_code == 0, result.output
