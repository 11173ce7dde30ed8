"""A scan's căn cứ citing a text the table knows (data/van_ban_can_cu.yaml), misread by OCR in a
few signs of its number or date, is written as the text is numbered and dated and the mend
said; a citation that names no known text, or may name two, is kept as read; so is every
citation of a typed letter."""

from __future__ import annotations

import pytest

from ntm_docgen.i18n import language_kept, set_language
from ntm_docgen.importer.citemend import mended
from ntm_docgen.importer.lost import lost_lines
from ntm_docgen.importer.reading import Source
from ntm_docgen.vietnamese.cited import known


@pytest.mark.parametrize(("read", "written"), [
    # the misses of the held-out scans (tests/test_import_accuracy.py)
    ("Căn cứ Nghị định số 92/201 7/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ",
     "Căn cứ Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ"),
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức Chính "
     "quyền địa phương ngày 22/11/2010", None),  # a date of the calendar: the paper's own
    ("các Nghị định của Chính phủ: Nghị định số 61//2018/NĐ-CP ngày 23/4/2018",
     "các Nghị định của Chính phủ: Nghị định số 61/2018/NĐ-CP ngày 23/4/2018"),
    ("các Nghị định của Chính phủ: Số 63/2010/NĐ-CP ngày 08/6/2010; số 61//2018/NĐ-CP ngày "
     "23/4/2018", "các Nghị định của Chính phủ: Số 63/2010/NĐ-CP ngày 08/6/2010; số "
     "61/2018/NĐ-CP ngày 23/4/2018"),
    ("Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025", None),
    ("Nghị định số Xi07/2021/NĐ-CP ngày 06/12/2021", "Nghị định số 107/2021/NĐ-CP ngày 06/12/2021"),
    ("Quyết định số 1747/QĐ-BGTTYT ngày 31/12/2024 của Bộ trưởng",
     "Quyết định số 1747/QĐ-BGTVT ngày 31/12/2024 của Bộ trưởng"),
    ("Thông tư số 02/2017/TT-YPCP ngày 31 tháng 10 năm 2017",
     "Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017"),
    ("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2019;", None),
    ("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 16 năm 2015;",  # no calendar has it
     "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 06 năm 2015;"),  # its two figures kept
    ("Nghị định số 92/2017/NĐ-CP ngày 37/8/2017", "Nghị định số 92/2017/NĐ-CP ngày 07/8/2017"),
    # the number read with a space is mended, the date the paper prints is kept (Thanh Hóa 486)
    ("Nghị định số 92/201 7/NĐ-CP ngày 08/7/2017", "Nghị định số 92/2017/NĐ-CP ngày 08/7/2017"),
    ("Nghị định số 1O7/2021/NĐ-CP ngày 06/12/2021", "Nghị định số 107/2021/NĐ-CP ngày 06/12/2021"),
    # kept: another decree well written, a law of one name with two versions a sign away, a
    # number and a date both off, a text the table does not hold, one right as read
    ("Nghị định số 322/2017/NĐ-CP ngày 07 tháng 8 năm 2017", None),
    ("Nghị định số 62/2018/NĐ-CP ngày 02/5/2018", None),
    ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2025", None),
    ("Nghị định số 61/2019/NĐ-CP ngày 23/4/2019", None),
    ("Nghị định số 37 2025/NĐ-CP ngày 26 tháng 02 năm 2025", None),
    ("Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010", None),
    ("Quyết định số 1600/QĐ-TTg ngày 16/8/2017", None),  # another year's 1600/QĐ-TTg
    ("Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2025", None),  # a decade off: the 2025 law
    # a well-formed number and date are the paper's, even when the table dates the text
    # otherwise (Thanh Hóa 486, Lạng Sơn 431): check's lưu ý tells it, import does not mend it
    ("Nghị định số 92/2017/NĐ-CP ngày 08/7/2017", None),
    ("Nghị định số 48/2013/NĐ-CP ngày 14/5/2023", None),
    # a digit read as another is another text: 1O8 is not 107 (O for 0 and 8 for 7)
    ("Nghị định số 1O8/2021/NĐ-CP ngày 06/12/2021", None),
    ("Nghị định số 108/2021/NĐ-CP ngày 06/12/2021", None),
    ("Nghị định số 10/2021/NĐ-CP ngày 06/12/2021", None),
], ids=["a-space-in-the-year", "law-year-well-formed", "two-slashes", "in-a-list-under-its-kind",
        "a-law-s-own-number", "letters-for-digits",
        "symbol-misread", "vpcp-as-ypcp", "law-year-off", "law-month-impossible",
        "day-impossible", "number-mended-date-kept", "o-for-0", "another-decree",
        "a-decree-near", "two-versions", "number-and-date-off", "unknown", "right",
        "symbol-without-year", "law-a-decade-off", "date-otherwise-kept", "year-otherwise-kept",
        "a-digit-for-another", "another-number", "a-digit-missing"])
def test_a_citation_misread_is_mended_to_the_text_it_names(read: str, written: str | None):
    text, changes = mended(read)
    assert text == (written or read)
    assert bool(changes) is (written is not None)


def test_every_text_of_the_table_is_cited_so_by_the_letters_it_names():
    """Each fact of the table is as the letters it names print it: the number and date, or the
    law's name and date, in their căn cứ (two letters, else the sources its ``khac`` names)."""
    from pathlib import Path

    import yaml

    from ntm_docgen.files.resources import load_data
    from ntm_docgen.vietnamese.cited import citations, key

    letters = Path(__file__).parent / "data" / "letters"
    for entry, text in zip(load_data("van_ban_can_cu.yaml")["van_ban"], known(), strict=True):
        assert len(entry["trich"]) >= 2 or entry.get("khac"), text.label
        for name in entry["trich"]:
            truth = yaml.safe_load((letters / f"{name}.expected.yaml").read_text("utf-8"))
            cited = [(c, line) for line in truth["can_cu"] for c in citations(line)]
            assert any(int(c.day) == text.ngay.day
                       and int(c.month) == text.ngay.month and int(c.year) == text.ngay.year
                       and (line[c.so[0]:c.so[1]] == text.so if c.so else
                            text.ten and key(c.ten or "") == key(text.ten))
                       for c, line in cited), (text.label, name)


LETTER = ["ỦY BAN NHÂN DÂN", "TỈNH BẠC LIÊU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Số: 210/QĐ-UBND", "Bạc Liêu, ngày 19 tháng 02 năm 2025",
          "QUYẾT ĐỊNH", "Về việc công bố thủ tục hành chính",
          "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
          "Căn cứ Nghị định số 92/201 7/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ;",
          "QUYẾT ĐỊNH:", "Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính.",
          "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
          "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An"]


@pytest.mark.parametrize(("pages", "mended_here"), [((1,), True), ((), False), ((2,), False)],
                         ids=["scan", "typed", "only-a-later-page-scanned"])
def test_only_a_scan_read_by_ocr_has_its_citations_mended(
        monkeypatch: pytest.MonkeyPatch, pages: tuple[int, ...], mended_here: bool) -> None:
    from ntm_docgen.importer import build

    monkeypatch.setattr(build, "read_source", lambda path: Source(LETTER, ocr_pages=pages))
    with language_kept():
        set_language("en")
        result = build.import_letter("/tmp/scan.pdf")
        said = [w for w in result.warnings if w.startswith("can_cu: in")]
        set_language("vi")
        vi = build.import_letter("/tmp/scan.pdf").warnings
    number = "92/2017/NĐ-CP" if mended_here else "92/201 7/NĐ-CP"
    assert number in result.spec["can_cu"][0]
    assert said == ([
        "can_cu: in the căn cứ read on the scan “Căn cứ Nghị định số 92/201 7/NĐ-CP ngày 07 tháng "
        "8 năm 2017 của Chính phủ”, “Nghị định số 92/201 7/NĐ-CP ngày 07 tháng 8 năm 2017” is "
        "written “Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017”, as that text is numbered "
        "and dated; check it against the paper"] if mended_here else [])
    assert any("đọc từ bản quét" in w and "được ghi là" in w for w in vi) is mended_here
    assert lost_lines(LETTER, result.spec, result.warnings) == []  # the line as read is named


def test_a_trich_sao_of_a_scan_copies_its_citations_as_the_paper_prints_them(
        monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """A bản sao copies its original as it is (Điều 25): the TRÍCH SAO of a scan re-lays the
    căn cứ as OCR read it, never as the table has it; the clerk checks it against the paper."""
    import io
    import zipfile
    from datetime import date

    from pypdf import PdfWriter

    from ntm_docgen.copies import trich_pdf
    from ntm_docgen.importer import build

    scan = tmp_path / "scan.pdf"  # its pages stood in for by the reading below; no signature
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.write(scan)
    monkeypatch.setattr(build, "read_source", lambda path: Source(LETTER, ocr_pages=(1,)))
    document, _warnings, _tables = trich_pdf.relaid(scan, date(2025, 3, 1))
    xml = zipfile.ZipFile(io.BytesIO(document)).read("word/document.xml").decode("utf-8")
    assert "92/201 7/NĐ-CP" in xml and "92/2017/NĐ-CP" not in xml
