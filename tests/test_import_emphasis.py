"""Import → render keeps a Word letter's bold and italic and its literal stars (contract7 item
10, contract §2): the body's bold and italic runs are read as ``**bold**`` and ``*italic*``,
a literal ``*`` is written ``\\*``, so the imported spec renders the letter it came from;
what the layout makes bold by itself (a heading, ``Điều 1.``) is not marked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
import yaml
from test_import_word_layout import BODY, _letter

from ntm_docgen import api
from ntm_docgen.cli.main import main
from ntm_docgen.importer import import_letter

LINE = "- Ký hiệu \\*sao\\* và **đậm** và *nghiêng*; việc ***rất gấp***."
SPEC = {"loai": "KH", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH", "viet_tat": "UBND"},
        "so": 7, "dia_danh": "Tân Thành", "ngay": "2025-09-03",
        "trich_yeu": "Triển khai phong trào thi đua năm 2025",
        "noi_dung": f"I. MỤC ĐÍCH, YÊU CẦU\n**1. Mục đích**\n{LINE}\nCác thôn triển khai./.",
        "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN"], "chuc_vu": "CHỦ TỊCH",
               "ho_ten": "Lương Văn Bình"},
        "noi_nhan": ["Các thôn"], "luu": "VT"}


def _runs(path: Path, start: str) -> list[tuple[str, bool, bool]]:
    """The runs of the paragraph that starts with ``start``: (text, bold, italic)."""
    paragraph = next(p for p in docx.Document(str(path)).paragraphs if p.text.startswith(start))
    return [(r.text, bool(r.bold), bool(r.italic)) for r in paragraph.runs if r.text]


def test_a_rendered_letter_imports_with_its_markup_and_renders_again_alike(
        runner, tmp_path: Path) -> None:
    source = tmp_path / "kh.yaml"
    source.write_text(yaml.safe_dump(SPEC, allow_unicode=True), encoding="utf-8")
    first = tmp_path / "kh.docx"
    api.render(api.load_spec(source), first, today=date(2025, 9, 3))
    spec = tmp_path / "nhap.yaml"
    assert runner.invoke(main, ["import", str(first), "-o", str(spec)]).exit_code == 0
    body = yaml.safe_load(spec.read_text(encoding="utf-8"))["noi_dung"].splitlines()
    assert body[:3] == ["I. MỤC ĐÍCH, YÊU CẦU", "**1. Mục đích**", LINE]
    again = tmp_path / "again.docx"
    assert runner.invoke(main, ["render", str(spec), "-o", str(again)]).exit_code == 0
    for start in ("- Ký hiệu", "1. Mục đích", "I. MỤC ĐÍCH"):
        assert _runs(again, start) == _runs(first, start)
    assert ("*sao*", False, False) in [(t[10:15], b, i) for t, b, i in _runs(again, "- Ký")]


def _typed(path: Path) -> Path:
    """A letter typed in Word: a phrase bold by a character style, one italic, a heading
    bold by its own runs, a line of stars typed as text."""
    _letter(path, BODY[:2])
    document = docx.Document(str(path))
    signature = next(p for p in document.paragraphs if p.text == "Nơi nhận:")
    heading = signature.insert_paragraph_before("")
    heading.add_run("II. NỘI DUNG").bold = True
    line = signature.insert_paragraph_before("Các xã ")
    line.add_run("báo cáo đúng hạn", style="Strong")
    line.add_run("; ")
    line.add_run("số liệu (*)").italic = True
    line.add_run(" tính đến *ngày 30/11*.")
    signature.insert_paragraph_before("Trân trọng./.")
    document.save(path)
    return path


def test_a_clerks_word_runs_are_read_as_markup(tmp_path: Path) -> None:
    body = import_letter(_typed(tmp_path / "l.docx")).spec["noi_dung"].splitlines()
    assert "II. NỘI DUNG" in body
    assert "Các xã **báo cáo đúng hạn**; *số liệu (\\*)* tính đến \\*ngày 30/11\\*." in body


def test_derive_reads_the_text_without_marks(tmp_path: Path) -> None:
    body = import_letter(_typed(tmp_path / "l.docx"), markup=False).spec["noi_dung"]
    assert "Các xã báo cáo đúng hạn; số liệu (*) tính đến *ngày 30/11*." in body.splitlines()


@pytest.mark.parametrize(("typed", "written"), [
    ("Giá trị *sao* giữ nguyên.", "Giá trị \\*sao\\* giữ nguyên."),
    ("* Đối với các xã: báo cáo (*).", "* Đối với các xã: báo cáo (*)."),
    ("Tính 2 * 3 = 6 và 4*5.", "Tính 2 * 3 = 6 và 4*5."),
], ids=["stars-round-a-word", "bullet-and-footnote", "multiplication"])
def test_a_text_letters_literal_stars_print_as_typed(tmp_path: Path, typed: str,
                                                     written: str) -> None:
    path = tmp_path / "cv.txt"
    path.write_text("\n".join([
        "UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 15/SNV-TĐKT", "Lạng Sơn, ngày 05 tháng 3 năm 2026",
        "V/v báo cáo kết quả", "Kính gửi: Ủy ban nhân dân các xã", "Sở Nội vụ đề nghị như sau:",
        typed, "Trân trọng./.", "Nơi nhận:", "- Như trên;", "- Lưu: VT, TH.", "GIÁM ĐỐC",
        "Nguyễn Văn An"]), encoding="utf-8")
    assert written in import_letter(path).spec["noi_dung"].splitlines()


@pytest.mark.parametrize("title", ["1. Mục đích", "**1. Mục đích**"], ids=["plain", "bold"])
def test_a_numbered_title_typed_bold_is_kept_with_its_text(tmp_path: Path, title: str) -> None:
    """A clerk's bold "1. Mục đích", imported as ``**1. Mục đích**``, stays on the page of the
    text under it, as the plain title does."""
    source = tmp_path / "kh.yaml"
    source.write_text(yaml.safe_dump({**SPEC, "noi_dung": f"{title}\nCác thôn triển khai./."},
                                     allow_unicode=True), encoding="utf-8")
    out = tmp_path / "kh.docx"
    api.render(api.load_spec(source), out, today=date(2025, 9, 3))
    paragraph = next(p for p in docx.Document(str(out)).paragraphs if p.text == "1. Mục đích")
    assert paragraph.paragraph_format.keep_with_next
