"""TRÍCH SAO of a PDF letter's phụ lục (review of 6 December 2026, findings 2 and 3): a phụ lục
printed landscape in the original is laid out on landscape pages again, its wide table whole
on one page; a phụ lục whose table the reader could read only as running text is refused, as a
part of the letter holding one is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from ntm_docgen.cli.main import main
from ntm_docgen.copies.docxopen import open_docx
from ntm_docgen.copies.trich import split
from ntm_docgen.copies.trich_tables import unread_tables
from ntm_docgen.errors import FieldError
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import parse_spec

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "data" / "examples"
#: Viện Kiến trúc Quốc gia's công văn 185 (tests/data/derive/real_pdf/provenance.tsv): one
#: portrait page, then its PHỤ LỤC, a table of five columns on a landscape page.
COMMENTS = ROOT / "tests" / "data" / "derive" / "real_pdf" / "cv_2026_vktqg_185.pdf"


@pytest.fixture
def trich_spec(tmp_path: Path) -> Path:
    data = yaml.safe_load((EXAMPLES / "000-sao-y-bac-giang.yaml").read_text(encoding="utf-8"))
    data.update(hinh_thuc="TRÍCH SAO", ngay="2026-04-02")
    path = tmp_path / "trich.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_landscape_phu_luc_is_copied_on_landscape_pages(runner, tmp_path, trich_spec):
    """Before, the five columns were squeezed on to a portrait page ("Chính sách hoặc nhóm vấn
    đề, điều, khoản" wrapped in seven lines) and the last row ran on to a page of its own."""
    out = tmp_path / "trich.pdf"
    result = runner.invoke(main, ["copy", str(COMMENTS), "--spec", str(trich_spec), "-o",
                                  str(out), "--trich", "Phụ lục"])
    assert result.exit_code == 0, result.output
    pages = PdfReader(out).pages
    texts = [" ".join(page.extract_text().split()) for page in pages]
    at = next(n for n, text in enumerate(texts) if "PHỤ LỤC" in text)
    box = pages[at].mediabox
    assert float(box.width) > float(box.height)  # landscape, as the original prints it
    assert "Điều 13" in texts[at] and "doanh nghiệp và xã hội." in texts[at]  # the table whole
    assert "TRÍCH SAO" in texts[-1]


def _with_phu_luc(tmp_path: Path, today: date) -> Path:
    data = yaml.safe_load((EXAMPLES / "cong-van-ubnd-tinh-kon-tum.yaml").read_text(
        encoding="utf-8"))
    data["phu_luc"] = [{"tieu_de": "DANH MỤC THỦ TỤC HÀNH CHÍNH",
                        "noi_dung": "Tên thủ tục Cách thức thực hiện\n1 Đăng ký Nộp hồ sơ"}]
    path = tmp_path / "cv.docx"
    path.write_bytes(render_docx(parse_spec(data), today))
    return path


@pytest.mark.parametrize("parts", ["Phụ lục", "Phụ lục I", "1, Phụ lục"])
def test_a_phu_luc_holding_a_table_read_as_text_is_refused(tmp_path, today, parts):
    """Lào Cai's Quyết định 308/2025's DANH MỤC: its table, read as running text, ran its
    column heads into the phụ lục's note ("(Kèm theo Quyết định số: /QĐ-UBND ngày DANH MỤC 01
    THỦ TỤC ... Tên thủ tục Cách thức"): the TRÍCH SAO was written so, and is now refused."""
    from ntm_docgen.copies.trich import select

    layout = split(open_docx(_with_phu_luc(tmp_path, today)))
    rows = ("Tên thủ tục | Cách thức thực hiện",)
    with pytest.raises(FieldError) as refused:
        unread_tables(layout, select(layout, parts, "cv.pdf"), parts, rows,
                      tmp_path / "cv.pdf")
    told = str(refused.value)
    assert "DANH MỤC THỦ TỤC HÀNH CHÍNH" in told and "“Tên thủ tục | Cách thức" in told


def test_the_letters_parts_without_the_phu_luc_are_copied(tmp_path, today):
    """The same table does not refuse a TRÍCH SAO that keeps only the letter's own paragraphs."""
    from ntm_docgen.copies.trich import select

    layout = split(open_docx(_with_phu_luc(tmp_path, today)))
    rows = ("Tên thủ tục | Cách thức thực hiện",)
    unread_tables(layout, select(layout, "1", "cv.pdf"), "1", rows, tmp_path / "cv.pdf")



def test_a_phu_luc_read_with_nothing_but_its_heading_is_refused(runner, tmp_path, trich_spec):
    """review11 #1: Ninh Thuận's QĐ 179 repeats ô 1 and the Quốc hiệu over its phụ lục, which
    the reader took for a phụ lục of its own, empty: its TRÍCH SAO certified an empty page. A
    phụ lục read with nothing but its title and note is refused, named by its title."""
    data = yaml.safe_load((EXAMPLES / "quyet-dinh-khen-thuong.yaml").read_text("utf-8"))
    data["phu_luc"] = [{"tieu_de": "DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG", "noi_dung": ""}]
    spec = tmp_path / "qd.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "qd.docx"),
                                "--pdf"]).exit_code == 0
    out = tmp_path / "trich.pdf"
    result = runner.invoke(main, ["copy", str(tmp_path / "qd.pdf"), "--spec", str(trich_spec),
                                  "-o", str(out), "--trich", "Phụ lục I"])
    assert result.exit_code == 1, result.output
    assert "“Phụ lục I (DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG)” of qd.pdf holds nothing as read " \
        "from the PDF but its heading" in " ".join(result.output.split())
    assert not out.exists()


def test_a_phu_luc_of_items_numbered_in_brackets_is_copied(runner, tmp_path, trich_spec):
    """review12 #6: a phụ lục of “(1) Xã …” lines was read as one bracketed note running to its
    end, and refused as empty; its items are its content."""
    data = yaml.safe_load((EXAMPLES / "quyet-dinh-khen-thuong.yaml").read_text("utf-8"))
    data["phu_luc"] = [{"tieu_de": "DANH SÁCH CÁC XÃ ĐẠT CHUẨN NÔNG THÔN MỚI NĂM 2025",
                        "noi_dung": "(1) Xã Đăk Mar: đạt 19/19 tiêu chí\n"
                                    "(2) Xã Ngọk Wang: đạt 19/19 tiêu chí"}]
    spec = tmp_path / "qd.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "qd.docx"),
                                "--pdf"]).exit_code == 0
    out = tmp_path / "trich.pdf"
    result = runner.invoke(main, ["copy", str(tmp_path / "qd.pdf"), "--spec", str(trich_spec),
                                  "-o", str(out), "--trich", "Phụ lục"])
    assert result.exit_code == 0, result.output
    text = " ".join("".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "(2) Xã Ngọk Wang: đạt 19/19 tiêu chí" in text
