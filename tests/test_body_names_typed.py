"""A body's name as she typed it, and as its capitals are read, where a letter prints it: the
Kính gửi and Nơi nhận lines keep every capital she typed, the phụ lục's note and a derived
letter name the issuer of a header in capitals with the capitals the body itself uses
(tests/data/body_names/names.tsv holds the real spellings with their sources)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
import yaml

from ntm_docgen import parse_spec, render, run_bulk
from ntm_docgen.derive import derive_file
from ntm_docgen.vietnamese.names import ten_goi

ROOT = Path(__file__).resolve().parent.parent
DAY = date(2026, 3, 2)
#: Names as a clerk types them, each as the body writes it (names.tsv: its source).
TYPED = ["Ban Thường vụ Đoàn Thanh niên xã Tân Thành", "Ban Thường vụ Tỉnh đoàn Lào Cai",
         "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Vĩnh Long",
         "Ngân hàng TMCP Công Thương Việt Nam", "Kho bạc Nhà nước khu vực I",
         "Trường Đại học Tây Đô", "Hợp tác xã Nông nghiệp Tân Phú", "Công ty TNHH MTV Duy Hiếu",
         "Công ty cổ phần Xuất nhập khẩu Sợi Phương Nam"]


@pytest.mark.parametrize("typed", TYPED, ids=[t[:30] for t in TYPED])
def test_a_name_typed_with_its_capitals_keeps_them(typed: str) -> None:
    """Before, the name was read as if in capitals: "Ban Thường vụ đoàn thanh niên xã",
    "Ngân hàng nông nghiệp và phát triển nông thôn", "Công ty TNHH MTV duy hiếu"."""
    assert ten_goi(typed) == typed


def _spec(ten: str, kinh_gui: list[str], noi_nhan: list[str]) -> dict:
    return {"loai": "KH", "co_quan": {"chu_quan": "ĐOÀN TNCS HỒ CHÍ MINH\nTỈNH LÀO CAI",
                                      "ten": ten, "viet_tat": "ĐTN"},
            "dia_danh": "Tân Thành", "trich_yeu": "Tham gia xây dựng nông thôn mới",
            "kinh_gui": kinh_gui, "noi_dung": "I. MỤC ĐÍCH\n- Tham gia.",
            "ky": {"quyen_han": ["TM. BAN THƯỜNG VỤ"], "chuc_vu": "BÍ THƯ",
                   "ho_ten": "Nguyễn Văn An"},
            "noi_nhan": noi_nhan, "luu": "VT",
            "phu_luc": [{"tieu_de": "DANH SÁCH CÔNG TRÌNH", "noi_dung": "- Đường thôn."}]}


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for cell in table._cells]
    return "\n".join([p.text for p in document.paragraphs] + cells).replace("\t", " ")


@pytest.mark.parametrize("ten", ["BAN THƯỜNG VỤ ĐOÀN THANH NIÊN XÃ TÂN THÀNH",
                                 "Ban Thường vụ Đoàn Thanh niên xã Tân Thành"],
                         ids=["in-capitals", "typed"])
def test_a_rendered_letter_names_the_bodies_as_they_write_themselves(ten, tmp_path):
    """The phụ lục's note named its issuer "Ban Thường vụ đoàn thanh niên xã Tân Thành"."""
    out = tmp_path / "ke-hoach.docx"
    render(parse_spec(_spec(ten, TYPED[2:3], TYPED[5:])), out, today=DAY)
    text = _text(out)
    assert "của Ban Thường vụ Đoàn Thanh niên xã Tân Thành)" in text
    assert f"Kính gửi: {TYPED[2]}" in text
    assert all(f"- {name};" in text for name in TYPED[5:])


def test_bulk_letters_keep_the_names_she_typed(tmp_path):
    """A plan sent to each: her name of it in the Nơi nhận, as she typed it."""
    spec = _spec("BAN THƯỜNG VỤ ĐOÀN THANH NIÊN XÃ TÂN THÀNH", ["x"], ["Đảng ủy xã (b/c)"])
    del spec["kinh_gui"], spec["phu_luc"]
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True), "utf-8")
    (tmp_path / "nhan.csv").write_text("kinh_gui\n" + "\n".join(TYPED[2:5]) + "\n", "utf-8")
    run_bulk(tmp_path / "spec.yaml", tmp_path / "out", today=DAY,
             recipients=tmp_path / "nhan.csv")
    letters = "\n".join(_text(path) for path in (tmp_path / "out").glob("**/*.docx"))
    assert [name for name in TYPED[2:5] if f"- {name};" not in letters] == []


@pytest.mark.parametrize(("header", "cited"), [
    ("  chu_quan: NGÂN HÀNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM\n"
     "  ten: CHI NHÁNH TỈNH LÀO CAI",
     "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh tỉnh Lào Cai"),
    ("  chu_quan: ĐOÀN TNCS HỒ CHÍ MINH\n  ten: BAN CHẤP HÀNH TỈNH ĐOÀN LÀO CAI",
     "Ban Chấp hành Tỉnh đoàn Lào Cai"),
    ("  chu_quan: BỘ GIÁO DỤC VÀ ĐÀO TẠO\n  ten: TRƯỜNG ĐẠI HỌC TÂY ĐÔ", "Trường Đại học Tây Đô"),
    ("  chu_quan: UBND TỈNH LÀO CAI\n  ten: CÔNG TY TNHH MTV XỔ SỐ KIẾN THIẾT LÀO CAI",
     "Công ty TNHH MTV Xổ số kiến thiết Lào Cai"),
], ids=["agribank-branch", "tinh-doan", "dai-hoc", "cong-ty"])
def test_a_derived_letter_cites_its_guidance_by_the_issuer_own_name(header, cited, tmp_path):
    """The Sở Nội vụ's guidance of data/examples (seed 003) as if these had issued it: cited
    before as "Chi nhánh tỉnh Lào Cai" (which bank?), "Ban Chấp hành tỉnh Đoàn Lào Cai",
    "Trường Đại học Tây đô", "Công ty TNHH MTV xổ số kiến thiết lào cai tỉnh Lào Cai"."""
    example = (ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml").read_text(
        encoding="utf-8")
    spec = example[example.index("loai: HD"):].replace(
        "  chu_quan: UBND TỈNH LẠNG SƠN\n  ten: SỞ NỘI VỤ", header)
    source = tmp_path / "huong-dan.yaml"
    source.write_text(spec, encoding="utf-8")
    profile = ROOT / "tests" / "data" / "derive" / "xa-bao-thang-lao-cai-2026.yaml"
    result = derive_file(source, profile, "ke-hoach", ngay=DAY, today=DAY)
    assert f"của {cited} về việc" in result.spec["noi_dung"]


def test_a_name_typed_in_small_letters_is_set_by_the_rules_of_capitals(tmp_path):
    """A company's name typed in small letters, only its first a capital, was printed so in
    the phụ lục's note ("… của Công ty cổ phần cấp nước lạng sơn)"): its field and its place
    are set with capitals, as the same name in a header's capitals is."""
    typed = "Công ty cổ phần cấp nước lạng sơn"
    assert ten_goi(typed) == ten_goi(typed.upper()) == "Công ty cổ phần Cấp nước Lạng Sơn"
    out = tmp_path / "ke-hoach.docx"
    spec = _spec(typed, TYPED[2:3], TYPED[5:])
    spec["co_quan"] = {"ten": typed, "viet_tat": "CNLS"}
    render(parse_spec(spec), out, today=DAY)
    assert "của Công ty cổ phần Cấp nước Lạng Sơn)" in _text(out)
