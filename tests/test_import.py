"""`ntm-docgen import`: letters in the shapes clerks receive them, read back into specs."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner

from ntm_docgen.cli.main import main
from ntm_docgen.importer import NotALetterError, import_letter, import_lines
from ntm_docgen.importer.signature import read_signature
from ntm_docgen.letter.spec import load_spec, parse_spec

LETTERS = Path(__file__).parent / "data" / "letters"
SEEDS = sorted(LETTERS.glob("seed_*.txt"))

SWAPPED = """\
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
UBND TỈNH LẠNG SƠN
SỞ NỘI VỤ
Số: 106/HD-SNV          Lạng Sơn, ngày 31 tháng 5 năm 2019
HƯỚNG DẪN
Tổng kết phong trào thi đua
Căn cứ Hướng dẫn số 748/HD-BTĐKT ngày 24/4/2019 của Ban Thi đua - Khen thưởng Trung ương;
Sở Nội vụ hướng dẫn như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Đánh giá kết quả./.
KT.GIÁM ĐỐC
PHÓ GIÁM ĐỐC
(Đã ký)
Hoàng Thị Hiền
Nơi nhận:
- Ban TĐKT Trung ương;
- UBND tỉnh (b/c);
- Lưu: VT, BTĐKT.
"""

CONG_VAN = """\
Trang chủ > Văn bản
Đăng nhập
| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
| XÃ TÂN THÀNH | Độc lập - Tự do - Hạnh phúc |
|
Số: 25/UBND-VP
V/v tổng kết phong trào thi đua
xây dựng nông thôn mới năm 2025
|
Tân Thành, ngày 05 tháng 12 năm 2025
Kính gửi: Ban Chỉ đạo các thôn.
Thực hiện Kế hoạch số 76/KH-UBND ngày 01/10/2025 của UBND tỉnh, UBND xã đề nghị các thôn
báo cáo kết quả trước ngày 20/12/2025./.
Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN
- Như trên;                                CHỦ TỊCH
- Lưu: VT, VP.
Nguyễn Văn An
Trang 1/1
"""

GIAY_GIOI_THIEU = """\
ỦY BAN NHÂN DÂN
HUYỆN CAI LẬY
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/GT-UBND
Cai Lậy, ngày 03 tháng 3 năm 2015
GIẤY GIỚI THIỆU
Về việc liên hệ công tác
Trân trọng giới thiệu ông Trần Văn Bình đến liên hệ công tác./.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Lê Thị Cúc
"""

NEWS = """\
Xây dựng nông thôn mới: quyết liệt từ đầu năm
Ngay từ đầu năm, các xã đăng ký về đích đã bắt tay vào thực hiện các tiêu chí.
Nhiều phần việc đã được hoàn thành trong quý I.
"""


def _write(tmp_path: Path, text: str, name: str = "letter.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_header_in_the_other_column_order_and_signature_before_noi_nhan() -> None:
    result = import_lines(SWAPPED.splitlines())
    spec = result.spec
    assert spec["co_quan"] == {"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ NỘI VỤ",
                               "viet_tat": "SNV"}
    assert (spec["loai"], spec["so"], spec["ky_hieu"]) == ("HD", 106, "HD-SNV")
    assert (spec["dia_danh"], spec["ngay"].isoformat()) == ("Lạng Sơn", "2019-05-31")
    assert spec["trich_yeu"] == "Tổng kết phong trào thi đua"
    assert spec["can_cu"] == ["Căn cứ Hướng dẫn số 748/HD-BTĐKT ngày 24/4/2019 của Ban Thi đua - "
                              "Khen thưởng Trung ương"]
    assert spec["noi_dung"].splitlines() == ["Sở Nội vụ hướng dẫn như sau:", "I. MỤC ĐÍCH, YÊU CẦU",
                                             "- Đánh giá kết quả./."]
    assert spec["ky"] == {"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC",
                          "ho_ten": "Hoàng Thị Hiền"}
    assert spec["noi_nhan"] == ["Ban TĐKT Trung ương", "UBND tỉnh (b/c)"]
    assert spec["luu"] == "VT, BTĐKT"
    assert result.warnings == []
    parse_spec(spec)


def test_cong_van_from_a_web_page_with_table_remnants() -> None:
    spec = import_lines(CONG_VAN.splitlines()).spec
    assert spec["loai"] == "CV"
    assert spec["co_quan"] == {"ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH", "viet_tat": "UBND"}
    assert (spec["so"], spec["ky_hieu"], spec["don_vi"]) == (25, "UBND-VP", "VP")
    assert spec["trich_yeu"] == "tổng kết phong trào thi đua xây dựng nông thôn mới năm 2025"
    assert spec["kinh_gui"] == ["Ban Chỉ đạo các thôn"]
    assert spec["noi_dung"].endswith("trước ngày 20/12/2025./.")
    assert "\n" not in spec["noi_dung"]
    assert spec["ky"] == {"quyen_han": ["TM. ỦY BAN NHÂN DÂN"], "chuc_vu": "CHỦ TỊCH",
                          "ho_ten": "Nguyễn Văn An"}
    assert (spec["noi_nhan"], spec["luu"]) == (["Như trên"], "VT, VP")
    parse_spec(spec)


def test_thong_tu_01_2011_code_is_mapped_to_todays_type() -> None:
    result = import_lines(GIAY_GIOI_THIEU.splitlines())
    assert result.spec["loai"] == "GGT"
    assert result.spec["ky_hieu"] == "GT-UBND"
    assert any("Thông tư 01/2011" in w and "GGT" in w for w in result.warnings)
    without_name = GIAY_GIOI_THIEU.replace("GIẤY GIỚI THIỆU\n", "")
    assert import_lines(without_name.splitlines()).spec["loai"] == "GGT"


def test_not_a_letter_raises() -> None:
    with pytest.raises(NotALetterError, match="nothing letter-like"):
        import_lines(NEWS.splitlines())


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_seed_spec_passes_validation(seed: Path) -> None:
    result = import_letter(seed)
    parsed = parse_spec(result.spec)
    assert parsed.loai.ma == "HD"


def test_central_board_has_no_parent_line() -> None:
    spec = import_letter(LETTERS / "seed_000_hd_2018_btdkt_1741.txt").spec
    assert "chu_quan" not in spec["co_quan"]
    assert spec["co_quan"]["ten"] == "BAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG"
    assert spec["ban_sao"]["hinh_thuc"] == "SAO Y"
    assert spec["ban_sao"]["co_quan"] == {"chu_quan": "UBND TỈNH BẮC GIANG", "ten": "VĂN PHÒNG"}


def test_ocr_without_diacritics_keeps_what_is_written() -> None:
    result = import_letter(LETTERS / "seed_003_ocr_hd_2019_langson_106.txt")
    spec = result.spec
    assert any("diacritics" in w for w in result.warnings)
    assert spec["co_quan"]["chu_quan"] == "UBND TINH LANG SON"
    assert spec["dia_danh"] == "Lang Son"
    assert spec["ky"]["ho_ten"] == "Hoang Thi Hién"
    assert spec["phu_luc"][0]["tieu_de"].startswith("PE CUONG BAO CAO")
    assert spec["phu_luc"][0]["noi_dung"].startswith("I. PAC PIEM TINH HINH")
    assert not any("@" in item for item in spec["noi_nhan"])


def test_lone_attachment_names_its_letter() -> None:
    result = import_letter(LETTERS / "seed_002_decuong_2019_btdkt_748.txt")
    spec = result.spec
    assert (spec["so"], spec["ky_hieu"], spec["ngay"].isoformat()) == (748, "HD-BTĐKT",
                                                                      "2019-04-24")
    assert spec["phu_luc"][0]["ghi_chu"].startswith("(Ban hành kèm theo Hướng dẫn số 748")
    assert spec["dia_danh"] == "..."
    assert any(w.startswith("dia_danh:") for w in result.warnings)


def _docx_letter(path: Path) -> Path:
    document = docx.Document()
    header = document.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "UBND TỈNH KON TUM\nSỞ NỘI VỤ"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    header.cell(1, 0).text = "Số: 12/KH-SNV"
    header.cell(1, 1).text = "Kon Tum, ngày 09 tháng 01 năm 2026"
    for text in ("KẾ HOẠCH", "Tổ chức phong trào thi đua năm 2026", "I. MỤC ĐÍCH",
                 "- Đẩy mạnh phong trào./."):
        document.add_paragraph(text)
    footer = document.add_table(rows=1, cols=2)
    footer.cell(0, 0).text = "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT."
    footer.cell(0, 1).text = "GIÁM ĐỐC\n\n\nY Thị Hoa"
    document.save(str(path))
    return path


def test_docx_reads_paragraphs_and_table_cells_in_order(tmp_path: Path) -> None:
    spec = import_letter(_docx_letter(tmp_path / "ke-hoach.docx")).spec
    assert spec["co_quan"] == {"chu_quan": "UBND TỈNH KON TUM", "ten": "SỞ NỘI VỤ",
                               "viet_tat": "SNV"}
    assert (spec["loai"], spec["so"], spec["dia_danh"]) == ("KH", 12, "Kon Tum")
    assert spec["trich_yeu"] == "Tổ chức phong trào thi đua năm 2026"
    assert spec["ky"] == {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Y Thị Hoa"}
    assert (spec["noi_nhan"], spec["luu"]) == (["UBND tỉnh"], "VT")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_cli_writes_a_spec_that_loads(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "spec.yaml"
    result = runner.invoke(main, ["import", str(LETTERS / "seed_000_hd_2018_btdkt_1741.txt"),
                                  "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "BAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG" in text  # Unicode written as is
    assert "noi_dung: |" in text
    keys = [k for k in yaml.safe_load(text)]
    assert keys == ["loai", "co_quan", "so", "ky_hieu", "dia_danh", "ngay", "trich_yeu",
                    "noi_dung", "ky", "noi_nhan", "luu", "ban_sao"]
    assert load_spec(out).so == 1741
    assert "warning: co_quan.ten" in result.stderr
    # what it wrote on stdout, as every command says it; the warnings alone on stderr
    assert re.fullmatch(rf"wrote {re.escape(str(out))} \(\d+ warnings?\)\n", result.stdout)
    assert "wrote" not in result.stderr


def test_cli_refuses_to_overwrite_without_force(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "spec.yaml"
    out.write_text("old", encoding="utf-8")
    letter = str(LETTERS / "seed_003_ocr_hd_2019_langson_106.txt")
    result = runner.invoke(main, ["import", letter, "-o", str(out)])
    assert result.exit_code == 1
    assert "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "old"
    assert runner.invoke(main, ["import", letter, "-o", str(out), "--force"]).exit_code == 0
    assert load_spec(out).co_quan.ten == "SO NOQI VU"


@pytest.mark.parametrize(("text", "name", "message"), [
    (NEWS, "news.txt", "nothing letter-like"),
    ("x", "letter.pdf", "is not a readable PDF: the file is damaged or cut off"),
    ("x", "letter.pages", "is not a letter file this tool reads"),
    ("not a zip", "letter.docx", "not a Word document"),
    ("not a png", "scan.png", "is not an image that can be opened"),
], ids=["news-article", "broken-pdf", "pages", "broken-docx", "broken-png"])
def test_cli_errors_exit_1_and_write_nothing(runner: CliRunner, tmp_path: Path, text: str,
                                             name: str, message: str) -> None:
    out = tmp_path / "spec.yaml"
    result = runner.invoke(main, ["import", str(_write(tmp_path, text, name)), "-o", str(out)])
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()


def test_a_pdf_locked_by_a_password_is_told_as_such(runner: CliRunner, tmp_path: Path) -> None:
    """A PDF that opens only with its password is not called damaged: the clerk is told to
    ask for a copy without one, as copy tells her of the same file."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt("mat-khau", "chu-so-huu")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    out = tmp_path / "spec.yaml"
    result = runner.invoke(main, ["import", str(locked), "-o", str(out)])
    assert result.exit_code == 1
    assert "locked.pdf: is password-protected (encrypted); ask the sender for an unprotected " \
           "copy" in result.stderr
    assert "damaged" not in result.stderr and not out.exists()


def test_cli_usage_error_without_output(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["import", str(_write(tmp_path, SWAPPED))])
    assert result.exit_code == 2


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_imported_seed_renders(runner: CliRunner, tmp_path: Path, seed: Path) -> None:
    spec = tmp_path / "spec.yaml"
    assert runner.invoke(main, ["import", str(seed), "-o", str(spec)]).exit_code == 0
    result = runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "out.docx")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out.docx").stat().st_size > 0


@pytest.mark.parametrize(("lines", "expected"), [
    (["Nơi nhận:", "- Sở A;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình"],
     (["KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH", "Trần Văn Bình", ["Sở A"], "VT")),
    (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Đỗ Thị Đào", "Nơi nhận:", "- Sở A;",
      "- Lưu: VT, VP."],
     (["TM. ỦY BAN NHÂN DÂN"], "CHỦ TỊCH", "Đỗ Thị Đào", ["Sở A"], "VT, VP")),
    (["Noi nhin: KT. GIAM bOC", "- Ban TDKTTW; PHO GIAM POC", "- UBND tinh (b/c);",
      "- Luu: VT, BTDKT", "Nguoi ky: Hoang Thi", "Hoang Thi Hien"],
     (["KT. GIAM BOC"], "PHO GIAM POC", "Hoang Thi Hien", ["Ban TDKTTW", "UBND tinh (b/c)"],
      "VT, BTDKT")),
    (["Nơi nhận:", "Như trên;", "Lưu: VT, VP.", "CHỦ TỊCH", "Nguyễn Văn An"],
     ([], "CHỦ TỊCH", "Nguyễn Văn An", ["Như trên"], "VT, VP")),
    (["Nơi nhận:", "- Sở A;", "- Lưu: VT.", "KT.TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "NGUYỄN VĂN AN"],
     (["KT. TRƯỞNG BAN"], "PHÓ TRƯỞNG BAN", "NGUYỄN VĂN AN", ["Sở A"], "VT")),
    (["Nơi nhận:", "- Sở A;", "- Lưu: VT, VP UBND tỉnh.", "(Hg)", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
      "(đã ký)", "Trần Văn Bình"],
     (["KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH", "Trần Văn Bình", ["Sở A"], "VT, VP UBND tỉnh. (Hg)")),
    (["Nơi nhận:", "- Sở A;", "- Lưu: VT.", "(đã ký)", "CHỦ TỊCH", "Trần Văn Bình"],
     ([], "CHỦ TỊCH", "Trần Văn Bình", ["Sở A"], "VT")),
], ids=["noi-nhan-first", "signature-first", "ocr-two-columns", "no-dashes", "name-in-capitals",
        "drafter-under-luu", "signed-note-under-luu"])
def test_signature_block_shapes(lines: list[str], expected: tuple) -> None:
    sig = read_signature(lines)
    assert (sig.quyen_han, sig.chuc_vu, sig.ho_ten, sig.noi_nhan, sig.luu) == expected


ALL_LETTERS = sorted(LETTERS.rglob("*.txt"))


@pytest.mark.parametrize("letter", ALL_LETTERS, ids=[p.stem for p in ALL_LETTERS])
def test_every_imported_letter_is_a_valid_spec(letter: Path) -> None:
    result = import_letter(letter)
    parse_spec(result.spec)
    assert all(isinstance(w, str) and ":" in w for w in result.warnings)


@pytest.mark.parametrize(("form", "told"), [("TRÍCH SAO", True), ("SAO Y", False)])
def test_an_extract_says_it_holds_only_the_parts_extracted(tmp_path: Path, form: str,
                                                           told: bool) -> None:
    """A TRÍCH SAO read as a letter is told as an extract: its one article is not the whole
    decision (a black-box test imported one with no word of it)."""
    text = (LETTERS / "seed_000_hd_2018_btdkt_1741.txt").read_text(encoding="utf-8")
    path = tmp_path / "copy.txt"
    path.write_text(text.replace("SAO Y BẢN CHÍNH", form).replace("SAO Y", form),
                    encoding="utf-8")
    warnings = import_letter(path).warnings
    assert any("ban_sao: the file is a TRÍCH SAO" in w for w in warnings) is told
