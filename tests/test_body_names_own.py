"""Bodies' names written as the bodies themselves write them (data/ten_co_quan.yaml), held
against tests/data/body_names/names.tsv: 221 names of the Party, the Front and its members,
the Sở of 2025, banks, Kho bạc, Bảo hiểm xã hội, Công an, Quân sự, schools, hospitals, each
with its source (a real letter printing it, the body's charter or law, or the decree's rule)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.names import ten_goi

LIST = Path(__file__).parent / "data" / "body_names" / "names.tsv"


def _rows() -> list[list[str]]:
    lines = LIST.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_every_body_of_the_list_is_named_as_it_writes_its_name() -> None:
    """89 of the 221 came out wrong before the bodies' own names were known (``Ủy ban kiểm
    tra Huyện ủy``, ``Hội Liên hiệp phụ nữ``, ``Sở Công thương``, ``UBND tỉnh Lào Cai Sở Nội
    Vụ``)."""
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
