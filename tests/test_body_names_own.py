"""Bodies' names written as the bodies themselves write them (data/ten_co_quan.yaml), held
against tests/data/body_names/names.tsv: 277 names of the Party, the Front and its members,
the Đoàn, the Sở of 2025, banks and their branches, Kho bạc, Bảo hiểm xã hội, Công an, Quân sự,
schools and universities, hospitals, cooperatives, companies, each with its source (a real
letter printing it, the body's charter, law or own site, or the decree's rule)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from ntm_docgen.derive import derive_file
from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.names import running_case, ten_goi

ROOT = Path(__file__).resolve().parent.parent
LIST = ROOT / "tests" / "data" / "body_names" / "names.tsv"
BAO_THANG = ROOT / "tests" / "data" / "derive" / "xa-bao-thang-lao-cai-2026.yaml"


def _rows() -> list[list[str]]:
    lines = LIST.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_every_body_of_the_list_is_named_as_it_writes_its_name() -> None:
    """96 of the first 228 came out wrong before the bodies' own names were known (``Ủy ban
    kiểm tra Huyện ủy``, ``Hội Liên hiệp phụ nữ``, ``Sở Công thương``, ``UBND tỉnh Lào Cai Sở
    Nội Vụ``); 32 of the 38 added next (``Ban Thường vụ tỉnh Đoàn``, ``Ngân hàng TMCP công
    thương Việt Nam``, ``Trường Đại học Tây đô``, ``Công ty TNHH MTV duy hiếu``)."""
    wrong = [(header, ten_goi(header.replace("\\n", "\n")), written)
             for header, written, _source in _rows()
             if ten_goi(header.replace("\\n", "\n")) != written]
    assert wrong == []


def test_the_list_is_large_and_every_name_has_its_source() -> None:
    rows = _rows()
    assert len(rows) >= 150
    assert all(len(row) == 3 and row[2].strip() for row in rows)
    assert len({row[0] for row in rows}) == len(rows)


def test_every_own_name_of_the_data_says_where_it_is_written_so() -> None:
    entries = load_data("ten_co_quan.yaml")["ten"]
    assert all(str(entry.get("nguon", "")).strip() for entry in entries)
    written = " ".join(row[1] for row in _rows())
    assert [e["ten"] for e in entries if e["ten"] not in written] == []


@pytest.mark.parametrize(("header", "written"), [
    ("ỦY BAN KIỂM TRA HUYỆN ỦY", "Ủy ban Kiểm tra Huyện ủy"),
    ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH KON TUM", "Hội Liên hiệp Phụ nữ tỉnh Kon Tum"),
    ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "Ngân hàng Chính sách xã hội"),
    ("SỞ CÔNG THƯƠNG", "Sở Công Thương"),
    ("ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ("BỘ CHỈ HUY QUÂN SỰ TỈNH", "Bộ Chỉ huy Quân sự tỉnh"),
    ("UBND TỈNH LÀO CAI\nSỞ NỘI VỤ", "Sở Nội vụ tỉnh Lào Cai"),
    ("HỘI NÔNG DÂN TỈNH LÀO CAI\nBAN THƯỜNG VỤ", "Ban Thường vụ Hội Nông dân tỉnh Lào Cai"),
    ("UBND TỈNH LÀO CAI\nVĂN PHÒNG", "Văn phòng UBND tỉnh Lào Cai"),
], ids=["ubkt", "phu-nu", "nhcsxh", "cong-thuong", "doan", "chqs", "so-under-ubnd",
        "btv-under-hoi", "van-phong-under-ubnd"])
def test_a_name_a_clerk_met_written_wrong(header: str, written: str) -> None:
    assert ten_goi(header) == written


def test_a_trich_yeu_in_capitals_names_a_body_as_it_writes_its_name() -> None:
    """A copy's line in the register and a derived letter cite a trích yếu printed in capitals
    in running text's case; a body's own name kept, a common noun left small."""
    assert running_case("KẾ HOẠCH PHỐI HỢP VỚI HỘI NÔNG DÂN XÃ TÂN THÀNH") == (
        "Kế hoạch phối hợp với Hội Nông dân xã Tân Thành")
    assert running_case("GÓP Ý DỰ THẢO CỦA SỞ CÔNG THƯƠNG") == "Góp ý dự thảo của Sở Công Thương"
    assert running_case("XÂY DỰNG TRẠM Y TẾ XÃ ĐẠT CHUẨN") == "Xây dựng trạm y tế xã đạt chuẩn"


@pytest.mark.parametrize(("header", "cited"), [
    ('  chu_quan: HỘI NÔNG DÂN VIỆT NAM\n  ten: "BAN THƯỜNG VỤ HỘI NÔNG DÂN\\nTỈNH LÀO CAI"\n'
     "  viet_tat: HNDT", "Ban Thường vụ Hội Nông dân tỉnh Lào Cai"),
    ("  chu_quan: TỈNH ỦY LÀO CAI\n  ten: ỦY BAN KIỂM TRA\n  viet_tat: UBKTTU",
     "Ủy ban Kiểm tra Tỉnh ủy Lào Cai"),
], ids=["hoi-nong-dan", "uy-ban-kiem-tra"])
def test_a_commune_derives_from_a_guidance_of_the_hoi_or_the_party(header, cited, tmp_path):
    """The Sở Nội vụ's guidance of data/examples (seed 003) as if the Hội Nông dân or the
    Party's Ủy ban Kiểm tra had issued it: cited and sent to by its own name ("Ban Thường vụ
    hội nông dân tỉnh", "Ủy ban kiểm tra Tỉnh ủy" before)."""
    example = (ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml").read_text(
        encoding="utf-8")
    spec = example[example.index("loai: HD"):].replace(
        "  chu_quan: UBND TỈNH LẠNG SƠN\n  ten: SỞ NỘI VỤ\n  viet_tat: SNV", header)
    source = tmp_path / "huong-dan.yaml"
    source.write_text(spec, encoding="utf-8")
    day = date(2026, 3, 2)
    result = derive_file(source, BAO_THANG, "ke-hoach", ngay=day, today=day)
    assert f"của {cited} về việc" in result.spec["noi_dung"]
    assert result.spec["noi_nhan"][0] == f"{cited} (b/c)"


@pytest.mark.parametrize(("letter", "written"), [
    ("held_out_14/kh_2026_dbk_sinhhoat", "Trường THPT Đốc Binh Kiều tỉnh Đồng Tháp"),
    ("held_out_37/qd_2025_hdtd_lamdong_10797",
     "Hội đồng Thẩm định, Đánh giá chỉ số cải cách hành chính tỉnh Lâm Đồng"),
    ("held_out_36/cv_2022_sldtbxh_quangbinh_1445",
     "Sở Lao động – Thương binh và Xã hội tỉnh Quảng Bình"),
    ("held_out_13/cv_2025_vplamdong_tgv", "Văn phòng UBND tỉnh Lâm Đồng"),
    ("held_out_15/cv_2026_cuchoachat_597", "Cục Hóa chất Bộ Công Thương"),
], ids=["school-under-so", "council-place-once", "en-dash-fields", "office-of-ubnd",
        "cuc-under-bo"])
def test_a_real_header_of_two_bodies_is_named_as_one(letter: str, written: str) -> None:
    """The parent's line and the body's of real letters (provenance beside each), read as one
    name: they ran together before ("Sở GDĐT tỉnh Đồng Tháp Trường Thpt Đốc Binh Kiều",
    "UBND tỉnh Quảng Bình Sở Lao Động – Thương Binh Và xã hội")."""
    co_quan = yaml.safe_load((ROOT / "tests" / "data" / "letters" / f"{letter}.expected.yaml")
                             .read_text(encoding="utf-8"))["co_quan"]
    assert ten_goi(f"{co_quan['chu_quan']}\n{co_quan['ten']}") == written


def test_a_joint_header_of_several_bodies_is_not_read_as_a_parent_over_a_body() -> None:
    """held_out_12/hd_2026_lienNganh_24: seven bodies over three lines, each line ending in a
    dash; its second line is no body under the first."""
    co_quan = yaml.safe_load((ROOT / "tests" / "data" / "letters" / "held_out_12"
                              / "hd_2026_lienNganh_24.expected.yaml").read_text(encoding="utf-8"))
    assert ten_goi(co_quan["co_quan"]["ten"]).startswith("Bộ Công an - Bộ ")
