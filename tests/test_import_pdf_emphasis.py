"""A PDF's bold and italic come back as the body's markup (issue 15, contract §2), as a Word
file's do: read from its letters' fonts (``importer/pdfemphasis.py``), for a paragraph wrapped
over several lines too; what the layout prints bold by itself is not marked; a scan gives none;
a TRÍCH SAO of the PDF re-lays its kept parts with them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
import yaml
from pdfminer.psparser import LIT

from ntm_docgen import api
from ntm_docgen.cli.main import main
from ntm_docgen.importer import import_letter
from ntm_docgen.importer.pdfemphasis import (
    PdfEmphasis,
    _described,
    font_mark,
    pdf_emphasis,
    word_marks,
)
from ntm_docgen.importer.pdflayout import Page, Word

ROOT = Path(__file__).resolve().parent.parent
SAO_Y = ROOT / "data" / "examples" / "000-sao-y-bac-giang.yaml"
#: a paragraph long enough to wrap over three lines, a deadline bold in its middle
LONG = ("- Các phòng, ban chuyên môn và Ủy ban nhân dân các xã, phường tổ chức triển khai "
        "thực hiện nghiêm túc các nội dung của Kế hoạch này, tổng hợp kết quả và gửi báo cáo "
        "về Sở Nội vụ **trước ngày 15 tháng 12 năm 2026** để tổng hợp, báo cáo Ủy ban nhân "
        "dân tỉnh theo quy định.")
MARKED = ["**1. Mục đích**", "- Phát huy vai trò **chủ thể** của người dân, *nhất là* ở các thôn.",
          LONG, "*Ghi chú: số liệu tính đến ngày 30 tháng 11 năm 2026.*"]
SPEC = {"loai": "KH", "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ NỘI VỤ",
                                  "viet_tat": "SNV"},
        "so": 15, "dia_danh": "Lạng Sơn", "ngay": "2026-03-12",
        "trich_yeu": "Tổng kết phong trào thi đua năm 2025",
        "noi_dung": "\n".join(["I. MỤC ĐÍCH, YÊU CẦU", *MARKED[:2],
                               "- Ký hiệu \\*sao\\* in nguyên, không đậm.", "II. NỘI DUNG",
                               *MARKED[2:], "Điều này áp dụng cho mọi đơn vị."]),
        "ky": {"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC",
               "ho_ten": "Hoàng Thị Hiền"},
        "noi_nhan": ["UBND tỉnh (b/c)", "Các phòng thuộc Sở"], "luu": "VT, TH"}
TODAY = date(2026, 3, 12)


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The plan rendered and printed to PDF by LibreOffice."""
    work = tmp_path_factory.mktemp("emphasis")
    source = work / "kh.yaml"
    source.write_text(yaml.safe_dump(SPEC, allow_unicode=True), encoding="utf-8")
    written = api.render(api.load_spec(source), work / "kh.docx", today=TODAY, pdf=True)
    return next(p for p in written if p.suffix == ".pdf")


def _body(spec: dict[str, Any]) -> list[str]:
    return [x.strip() for x in str(spec["noi_dung"]).splitlines() if x.strip()]


def test_a_pdfs_bold_and_italic_come_back_as_written(printed: Path) -> None:
    body = _body(import_letter(printed).spec)
    for line in MARKED:
        assert line in body
    # the layout's own bold (a Roman heading) is not marked again; a literal star stays escaped
    assert "I. MỤC ĐÍCH, YÊU CẦU" in body and "II. NỘI DUNG" in body
    assert "- Ký hiệu \\*sao\\* in nguyên, không đậm." in body
    assert "Điều này áp dụng cho mọi đơn vị./." in body  # the closing mark render adds


def test_derive_reads_a_pdf_without_marks(printed: Path) -> None:
    """derive's rules read the text, not its marks, from a PDF as from a Word file."""
    body = _body(import_letter(printed, markup=False).spec)
    assert LONG.replace("**", "") in body and "1. Mục đích" in body


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_derive_keeps_the_marks_of_the_lines_it_carries(printed: Path, suffix: str) -> None:
    """The lines derive keeps as the source prints them keep their bold and italic, from a
    PDF as from its Word file; a literal star stays a star."""
    from ntm_docgen.derive import derive_file

    profile = ROOT / "tests" / "data" / "derive" / "xa-mau-son-2026.yaml"
    result = derive_file(printed.with_suffix(suffix), profile, "ke-hoach",
                         ngay=date(2026, 10, 1), today=date(2026, 10, 1))
    body = _body(result.spec)
    assert "**1. Mục đích**" in body and MARKED[1] in body and MARKED[3] in body
    assert "- Ký hiệu \\*sao\\* in nguyên, không đậm." in body


def test_a_trich_sao_of_a_pdf_keeps_its_bold(runner, printed: Path, tmp_path: Path) -> None:
    data = yaml.safe_load(SAO_Y.read_text(encoding="utf-8"))
    copy_spec = tmp_path / "trich.yaml"
    copy_spec.write_text(yaml.safe_dump({**data, "hinh_thuc": "TRÍCH SAO"},
                                        allow_unicode=True), encoding="utf-8")
    out = tmp_path / "trich.pdf"
    result = runner.invoke(main, ["copy", str(printed), "--spec", str(copy_spec), "-o",
                                  str(out), "--trich", "II"])
    assert result.exit_code == 0, result.output
    with pdfplumber.open(out) as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
    text = "".join(c["text"] for c in chars)
    at = text.index("trước ngày 15")
    assert all("bold" in chars[n]["fontname"].lower() for n in range(at, at + 13)
               if chars[n]["text"].strip())
    tail = text.index("để tổng hợp", at)
    assert "bold" not in chars[tail]["fontname"].lower()
    note = text.index("Ghi chú")
    assert "italic" in chars[note]["fontname"].lower()


@pytest.mark.parametrize(("name", "mark"), [
    ("ABCDEE+TimesNewRomanPS-BoldMT", "b"), ("TimesNewRomanPS-ItalicMT", "i"),
    ("TimesNewRomanPS-BoldItalicMT", "x"), ("Times New Roman,Bold", "b"),
    ("Times New Roman,BoldItalic", "x"), ("ABCDEE+Times New Roman Italic,Italic", "i"),
    ("Times-Bold", "b"), ("Helvetica-Oblique", "i"), ("*Times New Roman-Bold-11840", "b"),
    ("TimesNewRomanPSMT", "0"), ("Times New Roman", "0"), ("CIDFont+F1", "0"),
], ids=lambda v: str(v))
def test_a_fonts_name_tells_its_weight_and_slant(name: str, mark: str) -> None:
    assert font_mark(name) == mark


@pytest.mark.parametrize(("descriptor", "said"), [
    ({"Flags": 32 | 64, "ItalicAngle": 0}, (False, True)),
    ({"Flags": 32, "ItalicAngle": -12}, (False, True)),
    ({"Flags": 32 | (1 << 18)}, (True, False)),
    ({"Flags": 32, "FontWeight": 700}, (True, False)),
    ({"Flags": 6, "FontWeight": 400, "ItalicAngle": 0}, (False, False)),
], ids=["italic-flag", "slant", "force-bold", "weight-700", "plain"])
def test_a_font_without_a_telling_name_is_read_by_its_descriptor(descriptor: dict,
                                                                 said: tuple) -> None:
    font = {"BaseFont": LIT("FPBWKR+FEF4D3B4523"),
            "FontDescriptor": {"FontName": LIT("FPBWKR+FEF4D3B4523"), **descriptor}}
    assert _described(font, lambda x: x) == ("FPBWKR+FEF4D3B4523", said)
    assert font_mark("FPBWKR+FEF4D3B4523", said) == {(True, False): "b", (False, True): "i",
                                                      (False, False): "0"}[said]


def _chars(*parts: tuple[str, str]) -> list[dict[str, str]]:
    return [{"text": c, "fontname": font} for text, font in parts for c in text]


def test_a_words_letters_keep_their_own_marks() -> None:
    """``30/11`` bold and its full stop plain; a mark a PDF drew apart composed with its
    letter (NFC) keeps the letter's weight."""
    chars = _chars(("30/11", "X+Times-Bold"), (".", "X+Times-Roman"))
    assert word_marks(chars, "30/11.", {}, {}) == "bbbbb0"
    chars = _chars(("he\u0301", "Times-Italic"), ("t", "Times-Roman"))
    assert word_marks(chars, "hét", {}, {}) == "ii0"


def _lines(*lines: list[tuple[str, str]]) -> PdfEmphasis:
    return PdfEmphasis(lines)


def test_a_paragraph_joined_from_lines_is_marked_across_them() -> None:
    found = _lines([("Gửi", "000"), ("báo", "000"), ("cáo", "000"), ("trước", "bbbbb")],
                   [("ngày", "bbbb"), ("15/12.", "bbbbb0")])
    assert found.get("Gửi báo cáo trước ngày 15/12.") == "Gửi báo cáo **trước ngày 15/12**."


def test_a_line_is_marked_only_where_it_stands_whole_and_alike() -> None:
    found = _lines([("Các", "bbb"), ("xã", "bb")], [("Các", "000"), ("xã", "00")],
                   [("Tên:", "0000"), ("đậm", "bbb")])
    assert found.get("Các xã") is None  # bold in one place, plain in another: not guessed
    assert found.get("đậm") is None  # a part of a line, not a line
    assert found.get("Tên: đậm") == "Tên: **đậm**"
    assert found.get("Không có") is None


def test_a_scan_gives_no_marks() -> None:
    page = Page(1, 595, 842, [Word("đậm", 0, 20, 0, 10, 12, marks="bbb")], ocr=True)
    assert pdf_emphasis([page]).get("đậm") is None
    page.ocr = False
    assert pdf_emphasis([page]).get("đậm") == "**đậm**"


def _row(top: float, *words: tuple[str, str]) -> list[Word]:
    """A line of words at ``top``, each (text, marks), set one after another."""
    out, x = [], 70.0
    for text, marks in words:
        out.append(Word(text, x, x + 6 * len(text), top, top + 12, 13, marks=marks))
        x += 6 * len(text) + 4
    return out


def test_a_paragraph_over_a_page_break_is_marked_without_the_page_number() -> None:
    """The next page's number at its top is set apart from the letter, as the importer sets
    it apart, so a paragraph running on over it is still found and marked."""
    first = Page(1, 595, 842, [*_row(600, ("Các", "000"), ("đơn", "000"), ("vị", "00")),
                               *_row(620, ("gửi", "000"), ("báo", "000"), ("cáo", "000"))])
    second = Page(2, 595, 842, [*_row(30, ("2", "0")),
                                *_row(100, ("trước", "bbbbb"), ("ngày", "bbbb"),
                                      ("15/12.", "bbbbb0"))])
    found = pdf_emphasis([first, second])
    assert found.get("gửi báo cáo trước ngày 15/12.") == "gửi báo cáo **trước ngày 15/12**."
