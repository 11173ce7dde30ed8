"""The doubt of a scan's heading set by its neighbours is the reading's data, said in one
sentence (an independent review's finding 11): importer/romans.py, copies/trich_scan.py and
derive/scanmend.py each held the sentence, and a TRÍCH SAO found the headings the importer set
by matching its warning's translated text, so a reworded sentence dropped the doubt with no
test failing, and part II, read "H." and set, was certified. derive gave a heading typed without
its dot in a Word or text letter the scan's sentence: "đọc từ bản quét bị sai thứ tự" where
nothing was scanned; the dot has a sentence of its own now."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_copy_trich_scan import END, HEAD, MENDED, trich

from ntm_docgen.copies import trich_pdf
from ntm_docgen.derive import derive_file
from ntm_docgen.i18n import language_kept, set_language
from ntm_docgen.importer import build
from ntm_docgen.importer.reading import Source

PACKAGE = Path(__file__).resolve().parent.parent / "ntm_docgen"
DATA = Path(__file__).resolve().parent / "data" / "derive"


def test_the_reading_gives_the_headings_it_set(monkeypatch):
    monkeypatch.setattr(build, "read_source", lambda path: Source(
        [*HEAD, *MENDED, *END], ocr_pages=(1,)))
    result = build.import_letter("/tmp/quet.pdf")
    assert result.headings_set == (("H. NỘI DUNG, THỜI GIAN", "II. NỘI DUNG, THỜI GIAN"),
                                   ("II. TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"))


def test_a_reworded_warning_keeps_the_doubt(runner, tmp_path, monkeypatch):
    """The copy's warnings worded otherwise (a translation changed): part II, set by the
    importer from "H.", is still refused."""
    monkeypatch.setattr(build, "read_source", lambda path: Source(
        [*HEAD, *MENDED, *END], ocr_pages=(1,)))
    told = trich_pdf._on_the_copy
    monkeypatch.setattr(trich_pdf, "_on_the_copy", lambda read: tuple(
        w.replace("is written", "now reads") for w in told(read)))
    refused, out = trich(runner, tmp_path, "II")
    assert refused.exit_code == 1, refused.output
    assert "OCR did not read the headings of the scan" in " ".join(refused.output.split())
    assert not out.exists()


def test_the_sentence_is_written_once():
    holding = [p.relative_to(PACKAGE).as_posix() for p in sorted(PACKAGE.rglob("*.py"))
               if "read out of sequence on the scan" in p.read_text(encoding="utf-8")]
    assert holding == ["importer/romans.py"]


TYPED = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 120/KH-UBND
Lạng Sơn, ngày 10 tháng 10 năm 2026
KẾ HOẠCH
Thực hiện phong trào thi đua xây dựng nông thôn mới năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Phát huy vai trò chủ thể của người dân trong xây dựng nông thôn mới.
II NỘI DUNG
1. Các xã tổ chức phát động phong trào thi đua trên địa bàn.
III. TỔ CHỨC THỰC HIỆN
Giao Sở Nông nghiệp và Môi trường theo dõi, tổng hợp./.
Nơi nhận:
- Các xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đoàn Thu Hà
"""


def test_a_typed_letter_s_missing_dot_is_told_of_no_scan(tmp_path):
    source = tmp_path / "kh.txt"
    source.write_text(TYPED, encoding="utf-8")
    with language_kept():
        set_language("vi")
        result = derive_file(source, DATA / "xa-mau-son-2026.yaml", "ke-hoach",
                             ngay=date(2026, 10, 28), today=date(2026, 10, 28))
    dots = [w for w in result.warnings if "“II NỘI DUNG”" in w]
    assert dots == ["kh.txt: một đề mục số La Mã thiếu dấu chấm sau số thứ tự nên đã được thêm "
                    "dấu chấm, theo các đề mục trước và sau nó: “II NỘI DUNG” được ghi là “II. "
                    "NỘI DUNG”; hãy đối chiếu với văn bản nhận được"]
    assert not any("bản quét" in w for w in result.warnings)
