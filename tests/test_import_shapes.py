"""`ntm-docgen import`: a single Kính gửi, độ mật / độ khẩn lines, body tables of a Word
document and several phụ lục, each read into its own field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from ntm_docgen.cli.main import main
from ntm_docgen.importer import import_letter, import_lines
from ntm_docgen.letter.spec import parse_spec

HEADER = """\
UBND TỈNH LẠNG SƠN
SỞ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/SNV-TĐKT
V/v báo cáo kết quả thực hiện
Lạng Sơn, ngày 05 tháng 3 năm 2026
"""
FOOTER = """\
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Nguyễn Văn An
"""
BODY = "Sở Nội vụ đề nghị các đơn vị báo cáo kết quả thực hiện\nTrân trọng./.\n"


@pytest.mark.parametrize(("kinh_gui", "expected"), [
    ("Kính gửi: Ủy ban nhân dân tỉnh\n", ["Ủy ban nhân dân tỉnh"]),
    ("Kính gửi:\nỦy ban nhân dân tỉnh\n", ["Ủy ban nhân dân tỉnh"]),
    ("Kính gửi: Ủy ban nhân dân\ntỉnh Lạng Sơn\n", ["Ủy ban nhân dân tỉnh Lạng Sơn"]),
    ("Kính gửi:\n- Sở Tài chính;\n- Sở Xây dựng.\n", ["Sở Tài chính", "Sở Xây dựng"]),
], ids=["one-line", "under-the-label", "name-wrapped-lower-case", "list"])
def test_kinh_gui_ends_where_the_body_begins(kinh_gui: str, expected: list[str]) -> None:
    spec = import_lines((HEADER + kinh_gui + BODY + FOOTER).splitlines()).spec
    assert spec["kinh_gui"] == expected
    assert spec["noi_dung"].splitlines() == BODY.splitlines()


@pytest.mark.parametrize(("marks", "expected"), [
    ("MẬT KHẨN\n", {"do_mat": "MẬT", "do_khan": "KHẨN"}),
    ("TỐI MẬT\nHOẢ TỐC\n", {"do_mat": "TỐI MẬT", "do_khan": "HỎA TỐC"}),
    ("THƯỢNG KHẨN\n", {"do_khan": "THƯỢNG KHẨN"}),
], ids=["one-line", "two-lines", "khan-only"])
def test_marks_under_the_number_are_read_before_the_trich_yeu(marks: str,
                                                              expected: dict[str, str]) -> None:
    text = HEADER.replace("V/v báo cáo", marks + "V/v báo cáo") + "Kính gửi: Sở A\n" + BODY + FOOTER
    spec = import_lines(text.splitlines()).spec
    assert {k: spec.get(k) for k in ("do_mat", "do_khan") if k in spec} == expected
    assert (spec["trich_yeu"], spec["dia_danh"]) == ("báo cáo kết quả thực hiện", "Lạng Sơn")
    assert spec["ngay"].isoformat() == "2026-03-05"


LETTER = {
    "loai": "HD", "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ NỘI VỤ",
                              "viet_tat": "SNV"},
    "so": 106, "dia_danh": "Lạng Sơn", "ngay": "2019-05-31", "do_mat": "MẬT", "do_khan": "KHẨN",
    "trich_yeu": "Tổng kết phong trào thi đua",
    "noi_dung": "I. MỤC ĐÍCH\n| STT | Nội dung |\n|---|---|\n| 1 | A |\n| 2 | B \\| C |\n"
                "- Đánh giá kết quả./.",
    "ky": {"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC", "ho_ten": "Hoàng Thị Hiền"},
    "noi_nhan": ["Ban TĐKT Trung ương"], "luu": "VT",
}
APPENDICES = [
    {"tieu_de": "DANH SÁCH TẬP THỂ", "noi_dung": "| TT | Tên |\n|---|---|\n| 1 | Thôn A |"},
    {"tieu_de": "DANH SÁCH CÁ NHÂN", "noi_dung": "1. Ông A\n2. Bà B"},
    {"tieu_de": "KẾ HOẠCH KIỂM TRA", "ghi_chu": "(Kèm theo Hướng dẫn số 106/HD-SNV)",
     "noi_dung": "I. MỤC ĐÍCH\nKiểm tra."},
]


def _round_trip(data: dict, tmp_path: Path) -> dict:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "l.docx")]).exit_code == 0
    result = runner.invoke(main, ["import", str(tmp_path / "l.docx"),
                                  "-o", str(tmp_path / "b.yaml")])
    assert result.exit_code == 0, result.output
    back = yaml.safe_load((tmp_path / "b.yaml").read_text(encoding="utf-8"))
    parse_spec(back)
    return back


def test_docx_body_table_comes_back_as_pipe_markup_with_the_header(tmp_path: Path) -> None:
    back = _round_trip(LETTER, tmp_path)
    assert back["noi_dung"] == LETTER["noi_dung"]
    assert (back["do_mat"], back["do_khan"], back["trich_yeu"], back["dia_danh"]) == (
        "MẬT", "KHẨN", "Tổng kết phong trào thi đua", "Lạng Sơn")


def test_docx_appendices_are_read_one_by_one(tmp_path: Path) -> None:
    back = _round_trip({**LETTER, "phu_luc": APPENDICES}, tmp_path)
    assert [(p["tieu_de"], p["noi_dung"]) for p in back["phu_luc"]] == [
        (p["tieu_de"], p["noi_dung"]) for p in APPENDICES]
    assert back["phu_luc"][2]["ghi_chu"] == "(Kèm theo Hướng dẫn số 106/HD-SNV)"
    assert back["noi_dung"] == LETTER["noi_dung"]


SIGNED = HEADER + "Kính gửi: Sở A\n" + BODY + FOOTER


@pytest.mark.parametrize("appendices", [
    "Phụ lục I\nDANH SÁCH TẬP THỂ\n1. Thôn A\n\nPhụ lục II\nDANH SÁCH CÁ NHÂN\n1. Ông B\n"
    "Phụ lục III\nKẾ HOẠCH KIỂM TRA\nI. Kiểm tra.\n",
    "DANH SÁCH TẬP THỂ\n(Kèm theo Công văn số 12/SNV-TĐKT)\n1. Thôn A\nDANH SÁCH CÁ NHÂN\n"
    "(Kèm theo Công văn số 12/SNV-TĐKT)\n1. Ông B\nKẾ HOẠCH KIỂM TRA\n"
    "(Kèm theo Công văn số 12/SNV-TĐKT)\nI. Kiểm tra.\n",
], ids=["labels", "caps-titles-over-kem-theo"])
def test_text_appendices_are_read_one_by_one(appendices: str) -> None:
    spec = import_lines((SIGNED + appendices).splitlines()).spec
    assert [(p["tieu_de"], p["noi_dung"]) for p in spec["phu_luc"]] == [
        ("DANH SÁCH TẬP THỂ", "1. Thôn A"), ("DANH SÁCH CÁ NHÂN", "1. Ông B"),
        ("KẾ HOẠCH KIỂM TRA", "I. Kiểm tra.")]
    assert spec["ky"]["ho_ten"] == "Nguyễn Văn An"


@pytest.mark.parametrize("cell", [(0, 0), (0, 1), (1, 1)],
                         ids=["after-the-issuer", "after-the-motto", "after-the-date"])
def test_a_page_break_in_a_cell_of_the_header_table_is_no_page_of_the_body(
        tmp_path: Path, cell: tuple[int, int]) -> None:
    """Word keeps a page break typed in a cell of the two-column header; the body's flow has
    no page there, so no ``---`` reaches the header or the body."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for (row, column), lines in {
            (0, 0): ["UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ"],
            (0, 1): ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
            (1, 0): ["Số: 12/SNV-TĐKT", "V/v báo cáo kết quả thực hiện"],
            (1, 1): ["Lạng Sơn, ngày 05 tháng 3 năm 2026"]}.items():
        paragraphs = table.cell(row, column).paragraphs
        paragraphs[0].add_run(lines[0])
        for line in lines[1:]:
            table.cell(row, column).add_paragraph(line)
    table.cell(*cell).paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)
    for text in ("Kính gửi: Sở A", *BODY.splitlines(), *FOOTER.splitlines()):
        document.add_paragraph(text)
    document.save(str(tmp_path / "l.docx"))
    done = import_letter(tmp_path / "l.docx")
    assert done.spec["co_quan"] == {"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ NỘI VỤ",
                                    "viet_tat": "SNV"}
    assert (done.spec["so"], done.spec["kinh_gui"]) == (12, ["Sở A"])
    assert done.spec["noi_dung"].splitlines() == BODY.splitlines()
    assert done.warnings == []


def test_a_page_break_in_a_word_document_starts_an_appendix(tmp_path: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    for text in ("SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Số: 12/HD-SNV", "Lạng Sơn, ngày 05 tháng 3 năm 2026", "HƯỚNG DẪN",
                 "Tổng kết năm 2025", "Sở Nội vụ hướng dẫn./.", "Nơi nhận:", "- Lưu: VT.",
                 "GIÁM ĐỐC", "Nguyễn Văn An",
                 "BẢNG THEO DÕI", "1. Thôn A"):
        document.add_paragraph(text)
    document.paragraphs[11].runs[0].add_break(WD_BREAK.PAGE)
    document.add_paragraph("2. Thôn B").runs[0].add_break(WD_BREAK.PAGE)
    document.add_paragraph("BẢNG TỔNG HỢP CUỐI NĂM")
    document.add_paragraph("1. Xã C")
    document.save(str(tmp_path / "l.docx"))
    spec = import_letter(tmp_path / "l.docx").spec
    assert [(p["tieu_de"], p["noi_dung"]) for p in spec["phu_luc"]] == [
        ("BẢNG THEO DÕI", "1. Thôn A\n2. Thôn B"), ("BẢNG TỔNG HỢP CUỐI NĂM", "1. Xã C")]
    assert spec["ky"] == {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Nguyễn Văn An"}


def test_a_drafts_kem_theo_keeps_its_blanks_for_the_pen(tmp_path: Path) -> None:
    """A draft's phụ lục note, written by render with the number and day blank, is the
    letter's own: left to be generated, so the letter rendered from the import still leaves
    room for the pen (not ``số /KH ngày tháng năm`` run together), and prints its number there
    once it has one (tests/test_import_own_note.py)."""
    from ntm_docgen.letter.phuluc import kem_theo

    draft = {k: v for k, v in LETTER.items() if k not in ("so", "ngay")} | {"nam": 2026}
    back = _round_trip({**draft, "phu_luc": APPENDICES[:1]}, tmp_path)
    assert back.get("so") is None
    assert "ghi_chu" not in back["phu_luc"][0]
    note = kem_theo(parse_spec(back), date(2026, 1, 5))
    assert "số       /" in note and "ngày    tháng    năm 2026" in note


def test_a_drafts_month_printed_before_its_day_comes_back(tmp_path: Path) -> None:
    """A Giấy mời or a draft for signing printed ``ngày    tháng 10 năm 2025`` keeps its month
    (``thang``): it was lost, the letter rendered from the import printing ``tháng    năm``."""
    draft = {k: v for k, v in LETTER.items() if k not in ("so", "ngay")} | {"nam": 2025,
                                                                            "thang": 10}
    back = _round_trip(draft, tmp_path)
    assert (back.get("ngay"), back["nam"], back["thang"]) == (None, 2025, 10)


@pytest.mark.parametrize(("line", "month"), [
    ("Lạng Sơn, ngày    tháng 10 năm 2025", 10), ("Hà Nội, ngày … tháng 02 năm 2026", 2),
    ("Hà Nội, ngày  tháng 12 năm 2025", 12), ("Hà Nội, ngày 05 tháng 10 năm 2025", None),
    ("Hà Nội, ngày    tháng    năm 2025", None), ("Hà Nội, ngày    tháng 13 năm 2025", None),
], ids=["gap", "dots", "two-spaces", "dated", "blank", "thirteen"])
def test_a_drafts_month_is_read_only_when_its_day_is_blank(line: str, month: int | None) -> None:
    from ntm_docgen.importer.numberdate import draft_month

    assert draft_month(line) == month
