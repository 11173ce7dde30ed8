"""TRÍCH SAO of a công văn sent to several addressees: the Kính gửi list (its first line, then
one indented line a recipient) belongs to the header, whole; the paragraphs a clerk names by
number (``--trich 1``) are those of the text after it. The list's second line was taken for
the text's first paragraph: ``--trich 1`` kept "Kính gửi: - Các sở, ban, ngành;" alone and
none of the text, of a Word original and of Lào Cai's signed công văn 7432 alike."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ntm_docgen.cli.main import main

SIGNED = Path(__file__).parent / "data" / "derive" / "real_pdf" / "cv_2026_laocai_7432.pdf"
LETTER = """loai: CV
co_quan: {ten: SỞ NỘI VỤ, viet_tat: SNV}
so: 15
dia_danh: Lạng Sơn
ngay: 2026-03-05
trich_yeu: V/v tổng kết phong trào thi đua
kinh_gui: [Các sở, ban, ngành, Công an tỉnh, "UBND các xã, phường"]
noi_dung: |
  Đoạn thứ nhất của nội dung.
  - Đoạn thứ hai, một gạch đầu dòng;
  Đoạn thứ ba của nội dung.
ky: {chuc_vu: GIÁM ĐỐC, ho_ten: Hoàng Thị Hiền}
noi_nhan: [Như trên]
"""
COPY = """hinh_thuc: TRÍCH SAO
co_quan: {ten: VĂN PHÒNG, viet_tat: VP}
dia_danh: Lạng Sơn
ngay: 2026-03-06
ky: {chuc_vu: CHÁNH VĂN PHÒNG, ho_ten: Lê Văn Bình}
noi_nhan: ["Các sở, ban, ngành"]
"""


def paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


@pytest.fixture
def letter(runner, tmp_path: Path) -> Path:
    spec = tmp_path / "cv.yaml"
    spec.write_text(LETTER.replace("[Các sở, ban, ngành,", '["Các sở, ban, ngành",'),
                    encoding="utf-8")
    out = tmp_path / "cv.docx"
    result = runner.invoke(main, ["render", str(spec), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def copy(runner, original: Path, trich: str, out: Path) -> None:
    spec = out.parent / "trich.yaml"
    spec.write_text(COPY, encoding="utf-8")
    result = runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o", str(out),
                                  "--trich", trich])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(("trich", "kept", "left"), [
    ("1", ["Đoạn thứ nhất của nội dung"],
     ["- Đoạn thứ hai, một gạch đầu dòng", "Đoạn thứ ba của nội dung"]),
    ("2-3", ["- Đoạn thứ hai, một gạch đầu dòng", "Đoạn thứ ba của nội dung"],
     ["Đoạn thứ nhất của nội dung"]),
], ids=["first-paragraph", "second-and-third"])
def test_a_word_original_keeps_its_kinh_gui_and_the_paragraphs_named(runner, letter, tmp_path,
                                                                     trich, kept, left):
    out = tmp_path / "trich.docx"
    copy(runner, letter, trich, out)
    text = paragraphs(out)
    assert text[:3] == ["Kính gửi:\t- Các sở, ban, ngành;", "- Công an tỉnh;",
                        "- UBND các xã, phường."]
    assert all(any(p.startswith(k) for p in text) for k in kept)
    assert not any(p.startswith(k) for p in text for k in left)


def test_a_signed_pdf_keeps_its_kinh_gui_and_its_first_paragraph(runner, tmp_path):
    from ntm_docgen.copies.pdfcopy import pdf_lines

    out = tmp_path / "trich.pdf"
    copy(runner, SIGNED, "1", out)
    text = " ".join(pdf_lines(out))
    assert "- Công an tỉnh;" in text
    assert "- Ủy ban nhân dân các xã, phường." in text
    assert "Ngày 29/6/2026, Bộ trưởng Bộ Xây dựng" in text
    assert "Để tổ chức triển khai" not in text
