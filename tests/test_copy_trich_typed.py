"""TRÍCH SAO of a Word letter typed without tables, as many commune letters are: its header
lines "issuer<TAB>Quốc hiệu" and "Số: …<TAB>place, date", its signature beside the Nơi nhận by
tabs (contract10 findings 2 and 13). The header is found as import finds it, kept above the
extract, and the paragraphs are counted from the body; a letter with no header is refused."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from copy_originals import typed_header, write_spec
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm

from ntm_docgen.cli.main import main

FIRST = ("Thực hiện Kế hoạch số 215/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh Lạng Sơn, "
         "Ủy ban nhân dân xã đề nghị Trưởng các thôn gửi báo cáo trước ngày 15/12/2026.")
SECOND = "Đề nghị các thôn quan tâm, thực hiện./."
SIGNATURE = [("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"), ("- Như trên;", "KT. CHỦ TỊCH"),
             ("- Lưu: VT, VP.", "PHÓ CHỦ TỊCH"), ("", ""), ("", "Hoàng Văn Tùng")]


def _tabbed(document, left: str, right: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(11.5), WD_TAB_ALIGNMENT.CENTER)
    paragraph.add_run(f"{left}\t{right}")


def _letter(path: Path, header: bool = True, signature_table: bool = False) -> Path:
    document = docx.Document()
    if header:
        typed_header(document)
        document.add_paragraph("V/v đôn đốc nộp báo cáo tiêu chí")
        document.add_paragraph("nông thôn mới năm 2026")
        document.add_paragraph()
        document.add_paragraph("Kính gửi: Trưởng các thôn trên địa bàn xã.").alignment = \
            WD_ALIGN_PARAGRAPH.CENTER
    for text in (FIRST, SECOND):
        document.add_paragraph(f"\t{text}").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for left, right in SIGNATURE:
        _tabbed(document, left, right)
    document.save(str(path))
    return path


def _texts(path: Path) -> list[str]:
    out = []
    for block in docx.Document(str(path)).iter_inner_content():
        if isinstance(block, docx.table.Table):
            out += [p.text for row in block.rows for c in row.cells for p in c.paragraphs]
        else:
            out.append(block.text)
    return [t for t in out if t.strip()]


@pytest.mark.parametrize(("parts", "kept", "dropped"), [("1", FIRST, SECOND),
                                                        ("2", SECOND, FIRST)])
def test_a_typed_header_is_kept_and_the_body_counted_after_it(runner, tmp_path, parts, kept,
                                                               dropped):
    out = tmp_path / "trich.docx"
    result = runner.invoke(main, ["copy", str(_letter(tmp_path / "goc.docx")), "--spec",
                                  str(write_spec(tmp_path, "TRÍCH SAO")), "-o", str(out),
                                  "--trich", parts])
    assert result.exit_code == 0, result.output
    got = _texts(out)
    assert got[:4] == ["UBND TỈNH LẠNG SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                       "ỦY BAN NHÂN DÂN\tĐộc lập - Tự do - Hạnh phúc",
                       "XÃ TÂN THÀNH\t_______________________",
                       "Số: 15/UBND-VP\tTân Thành, ngày 03 tháng 12 năm 2026"]
    assert "Kính gửi: Trưởng các thôn trên địa bàn xã." in got
    assert f"\t{kept}" in got and f"\t{dropped}" not in got
    # the signature typed beside the Nơi nhận is kept whole, in its order, under the extract
    at = got.index("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN")
    assert got[at - 1] == f"\t{kept}"
    assert got[at:at + 4] == ["Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Như trên;\tKT. CHỦ TỊCH",
                              "- Lưu: VT, VP.\tPHÓ CHỦ TỊCH", "\tHoàng Văn Tùng"]
    assert got[at + 4:at + 8] == ["UBND TỈNH BẮC GIANG", "VĂN PHÒNG", "TRÍCH SAO",
                                  "Số: 366/TrS-VP"]


def test_a_paragraph_past_the_body_names_the_body_s_paragraphs(runner, tmp_path):
    out = tmp_path / "trich.docx"
    result = runner.invoke(main, ["copy", str(_letter(tmp_path / "goc.docx")), "--spec",
                                  str(write_spec(tmp_path, "TRÍCH SAO")), "-o", str(out),
                                  "--trich", "3"])
    assert result.exit_code == 1
    assert "its body has paragraphs 1-2" in result.output
    assert not out.exists()


def test_a_letter_without_a_header_is_refused(runner, tmp_path):
    out = tmp_path / "trich.docx"
    result = runner.invoke(main, ["copy", str(_letter(tmp_path / "goc.docx", header=False)),
                                  "--spec", str(write_spec(tmp_path, "TRÍCH SAO")), "-o",
                                  str(out), "--trich", "1"])
    assert result.exit_code == 1
    assert "no header (issuer, number and date) was found" in result.output
    assert result.output.count("Error:") == 1 and "Traceback" not in result.output
    assert not out.exists()


@pytest.mark.parametrize("blank_first", [False, True], ids=["table-first", "blank-line-first"])
def test_a_typed_signature_under_a_header_table_is_kept_whole(runner, tmp_path, blank_first):
    """Finding 13's letter: the header in a borderless table, the signature set by tabs; a
    blank line typed above the table leaves the table the header, not paragraph 1."""
    document = docx.Document()
    if blank_first:
        document.add_paragraph()
    table = document.add_table(rows=2, cols=2)
    for row, (left, right) in zip(table.rows, [("ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH",
                                                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                                 "Độc lập - Tự do - Hạnh phúc"),
                                                ("Số: 15/UBND-VP",
                                                 "Tân Thành, ngày 03 tháng 12 năm 2026")],
                                  strict=True):
        row.cells[0].text, row.cells[1].text = left, right
    document.add_paragraph("Kính gửi: Trưởng các thôn trên địa bàn xã.").alignment = \
        WD_ALIGN_PARAGRAPH.CENTER
    for text in (FIRST, SECOND):
        document.add_paragraph(f"\t{text}")
    for left, right in SIGNATURE:
        document.add_paragraph(f"{left}\t\t\t\t\t{right}")
    original = tmp_path / "goc.docx"
    document.save(str(original))
    out = tmp_path / "trich.docx"
    result = runner.invoke(main, ["copy", str(original), "--spec",
                                  str(write_spec(tmp_path, "TRÍCH SAO")), "-o", str(out),
                                  "--trich", "2"])
    assert result.exit_code == 0, result.output
    got = _texts(out)
    assert got[:2] == ["ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH",
                       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"]
    assert f"\t{FIRST}" not in got
    at = got.index(f"\t{SECOND}")
    assert got[at + 1:at + 5] == [f"{left}\t\t\t\t\t{right}" for left, right in SIGNATURE
                                  if left or right]
