"""A TRÍCH SAO of a scan never prints a part under another part's number (contract10 finding
10): OCR read "II NỘI DUNG" (no dot) and "II. TỔ CHỨC THỰC HIỆN", and `--trich II` certified
part III under the heading "II.". The parts are taken by their headings as the importer reads
the scan (a heading out of sequence set by its neighbours, as import and derive set it); a part
asked for whose number the reading leaves in doubt (read on two headings, set by the importer,
or a heading read without its dot or with a misread number inside it) is refused, naming the
headings read and asking the clerk to check the paper. Typed letters are not concerned.

The scan's reading is stood in for (the lines OCR gives), so no test waits for Tesseract."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from test_copy_chain import copy, pdf_letter, spec_of

from ntm_docgen.importer import build
from ntm_docgen.importer.reading import Source

HEAD = ["UBND TỈNH LẠNG SƠN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 01/KH-SNNMT",
        "Lạng Sơn, ngày 05 tháng 12 năm 2026", "KẾ HOẠCH",
        "Kiểm tra kết quả thực hiện Bộ tiêu chí xã nông thôn mới năm 2026"]
END = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT, CCPTNT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
       "Vy Văn Thành"]


def body(first: str, second: str, third: str) -> list[str]:
    return [first, "Đánh giá đúng thực chất kết quả của từng xã.", second,
            "Kiểm tra hồ sơ tại 65 xã, phường.", third,
            "Giao Chi cục Phát triển nông thôn chủ trì thực hiện Kế hoạch này./."]


NO_DOT = body("I. MỤC ĐÍCH, YÊU CẦU", "II NỘI DUNG, THỜI GIAN", "II. TỔ CHỨC THỰC HIỆN")
MENDED = body("I. MỤC ĐÍCH, YÊU CẦU", "H. NỘI DUNG, THỜI GIAN", "II. TỔ CHỨC THỰC HIỆN")
CLEAR = body("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG, THỜI GIAN", "III. TỔ CHỨC THỰC HIỆN")


@pytest.fixture
def read_as(monkeypatch):
    """The PDF's reading stood in for: its body lines, and whether OCR read them."""
    def stand_in(lines: list[str], ocr: bool) -> None:
        monkeypatch.setattr(build, "read_source", lambda path: Source(
            [*HEAD, *lines, *END], ocr_pages=(1,) if ocr else ()))
    return stand_in


def trich(runner, tmp_path: Path, parts: str):
    original = pdf_letter(tmp_path / "ke hoach quet.pdf")  # its text is stood in for
    out = tmp_path / "trich.pdf"
    return copy(runner, original, spec_of(tmp_path, "TRÍCH SAO", 4), out, "--trich", parts), out


def _text(pdf: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())


@pytest.mark.parametrize(("lines", "parts", "read"), [
    (NO_DOT, "II", "“I. MỤC ĐÍCH, YÊU CẦU”; “II NỘI DUNG, THỜI GIAN”; “II. TỔ CHỨC THỰC HIỆN”"),
    (NO_DOT, "III", "“II NỘI DUNG, THỜI GIAN”"),
    (NO_DOT, "I", "“II NỘI DUNG, THỜI GIAN”"),  # the heading without its dot stands inside I
    (NO_DOT, "I-II", "“II NỘI DUNG, THỜI GIAN”"),
    (MENDED, "II", "“I. MỤC ĐÍCH, YÊU CẦU”; “H. NỘI DUNG, THỜI GIAN”; “II. TỔ CHỨC THỰC HIỆN”"),
    (MENDED, "III", "“II. TỔ CHỨC THỰC HIỆN”"),
], ids=["no-dot-II", "no-dot-III", "no-dot-I", "no-dot-I-II", "mended-II", "mended-III"])
def test_a_part_whose_heading_the_scan_leaves_in_doubt_is_refused(runner, tmp_path, read_as,
                                                                  lines, parts, read):
    read_as(lines, ocr=True)
    refused, out = trich(runner, tmp_path, parts)
    assert refused.exit_code == 1, refused.output
    said = " ".join(refused.output.split())
    assert "--trich: OCR did not read the headings of the scan ke hoach quet.pdf beyond doubt: " \
           "it read" in said
    assert read in said
    assert f"so the part “{parts}” is not copied from this reading: check the headings " \
           "against the paper" in said
    assert not out.exists()


def test_a_part_the_reading_leaves_clear_is_copied_beside_a_mended_one(runner, tmp_path,
                                                                       read_as):
    """Part I of a scan whose II was read "H." and set by its neighbours: I ends where the
    mended II begins, and is certified; the mend is said, as import says it."""
    read_as(MENDED, ocr=True)
    made, out = trich(runner, tmp_path, "I")
    assert made.exit_code == 0, made.output
    text = _text(out)
    assert "I. MỤC ĐÍCH, YÊU CẦU" in text and "NỘI DUNG" not in text
    assert "“H. NỘI DUNG, THỜI GIAN” is written “II. NỘI DUNG, THỜI GIAN”" in " ".join(
        made.output.split())


def test_a_scan_read_clear_is_copied(runner, tmp_path, read_as):
    read_as(CLEAR, ocr=True)
    made, out = trich(runner, tmp_path, "II")
    assert made.exit_code == 0, made.output
    text = _text(out)
    assert "II. NỘI DUNG, THỜI GIAN" in text and "TỔ CHỨC THỰC HIỆN" not in text


def test_a_typed_letter_is_taken_as_written(runner, tmp_path, read_as):
    """A text layer is the author's typing: no heading of it is in doubt."""
    read_as(NO_DOT, ocr=False)
    made, _out = trich(runner, tmp_path, "I")
    assert made.exit_code == 0, made.output


def test_the_check_before_a_number_is_taken_refuses_too(runner, tmp_path, read_as):
    read_as(NO_DOT, ocr=True)
    db = tmp_path / "so-di.sqlite3"
    refused, out = trich(runner, tmp_path, "II")
    numbered = copy(runner, tmp_path / "ke hoach quet.pdf", spec_of(tmp_path, "TRÍCH SAO", 4),
                    out, "--trich", "II", "--allocate", "--db", str(db))
    assert refused.exit_code == numbered.exit_code == 1
    assert "OCR did not read the headings" in numbered.output and not db.exists()


#: A paper SAO Y's block under the letter, as OCR reads it on the scan (copy7's report).
SAO_Y_BLOCK = ["UBND TỈNH LẠNG SƠN", "VĂN PHÒNG", "SAO Y", "Số: 12/SY-VP",
               "Lạng Sơn, ngày 08 tháng 12 năm 2026", "Nơi nhận:", "- Các xã;", "- Lưu: VT.",
               "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Hoàng Văn Nam"]


@pytest.mark.parametrize("allocate", [False, True], ids=["copy", "before-the-number"])
def test_a_scan_whose_ocr_reads_a_sao_y_block_is_refused(runner, tmp_path, monkeypatch,
                                                         allocate):
    """The scan's text layer is empty, so the chain rule found no block; the OCR reading the
    TRÍCH SAO is made from holds it: refused naming it, not dropped in silence."""
    monkeypatch.setattr(build, "read_source", lambda path: Source(
        [*HEAD, *CLEAR, *END, *SAO_Y_BLOCK], ocr_pages=(1,)))
    original = pdf_letter(tmp_path / "sao y quet.pdf")
    out = tmp_path / "trich.pdf"
    db = tmp_path / "so-di.sqlite3"
    refused = copy(runner, original, spec_of(tmp_path, "TRÍCH SAO", 4), out, "--trich", "II",
                   *(["--allocate", "--db", str(db)] if allocate else []))
    assert refused.exit_code == 1, refused.output
    said = " ".join(refused.output.split())
    assert "sao y quet.pdf: is a copy: OCR read a SAO Y block “Số: 12/SY-VP” on the scan, and " \
           "a TRÍCH SAO is made only from the original" in said
    assert not out.exists() and not db.exists()



def test_a_line_of_capitals_made_of_roman_letters_is_no_heading(tmp_path):
    """"CHI CỤC PHÁT TRIỂN NÔNG THÔN" (C, H, I: "CIII") and "VI PHẠM HÀNH CHÍNH" inside a part
    of a clean reading were taken for headings in doubt, and the part refused (an independent
    review's finding): a number read without its dot is a heading only where the headings
    before it call for it."""
    from ntm_docgen.copies.trich_scan import check_headings, headings_read

    texts = ["I. MỤC ĐÍCH, YÊU CẦU", "Đánh giá.", "II. NỘI DUNG, THỜI GIAN",
             "CHI CỤC PHÁT TRIỂN NÔNG THÔN", "VI PHẠM HÀNH CHÍNH", "Kiểm tra.",
             "III. TỔ CHỨC THỰC HIỆN", "Giao Chi cục thực hiện./."]
    assert [h.read for h in headings_read(texts, [])] == [
        "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG, THỜI GIAN", "III. TỔ CHỨC THỰC HIỆN"]
    check_headings(texts, [], "II", tmp_path / "quet.pdf")  # not refused


#: As the báo cáo reads: its last heading without its dot, a numbered line under it.
LOST_DOT = ["I. MỤC ĐÍCH, YÊU CẦU", "Đánh giá đúng thực chất kết quả của từng xã.",
            "II NỘI DUNG, THỜI GIAN", "1. Kiểm tra hồ sơ tại 65 xã, phường.",
            "2. Giao Chi cục Phát triển nông thôn chủ trì thực hiện Kế hoạch này./."]


@pytest.mark.parametrize("parts", ["I", "II"])
def test_a_heading_that_lost_its_dot_ends_the_part_before_it(runner, tmp_path, read_as, parts):
    """Quảng Ngãi's 23/BC-UBND: OCR read "II NHIỆM VỤ TRỌNG TÂM" without its dot, part I was
    read right, and `--trich I` was refused after the whole OCR run. The heading, its number
    next in turn and borne by no other heading, is given its dot as import and derive give it,
    and said; part I ends there."""
    read_as(LOST_DOT, ocr=True)
    made, out = trich(runner, tmp_path, parts)
    assert made.exit_code == 0, made.output
    text = _text(out)
    if parts == "I":
        assert "I. MỤC ĐÍCH, YÊU CẦU" in text and "NỘI DUNG" not in text
    else:
        assert "II. NỘI DUNG, THỜI GIAN 1. Kiểm tra" in text and "MỤC ĐÍCH" not in text
    assert "“II NỘI DUNG, THỜI GIAN” is written “II. NỘI DUNG, THỜI GIAN”" in " ".join(
        made.output.split())


def test_a_numbered_trich_sao_of_a_scan_names_its_letter_in_the_register(runner, tmp_path,
                                                                        read_as, monkeypatch):
    """A scan has no text for the register's line to read its header from: the sổ said
    “Bản trích sao: (ke hoach quet.pdf)”. The TRÍCH SAO reads the whole letter by OCR to
    check its parts; that reading names it: its kind, number and trích yếu, and the file beside
    them (OCR may misread a figure)."""
    import ntm_docgen.copies as copies
    import ntm_docgen.copies.pdftext as pdftext
    from ntm_docgen import register

    read_as(CLEAR, ocr=True)
    monkeypatch.setattr(pdftext, "pdf_lines", lambda *_a, **_k: [])  # no text layer
    monkeypatch.setattr(copies, "_number_text", lambda *_a, **_k: None)
    db = tmp_path / "so-di.sqlite3"
    original = pdf_letter(tmp_path / "ke hoach quet.pdf")
    made = copy(runner, original, spec_of(tmp_path, "TRÍCH SAO", 4), tmp_path / "trich.pdf",
                "--trich", "II", "--allocate", "--db", str(db))
    assert made.exit_code == 0, made.output
    with register.Register(str(db)) as reg:
        (line,) = reg.entries()
    assert line.trich_yeu == ("Kế hoạch số 01/KH-SNNMT Kiểm tra kết quả thực hiện Bộ tiêu chí "
                              "xã nông thôn mới năm 2026 (ke hoach quet.pdf)")
