"""Exporting the register: the ten Phụ lục IV columns, one year, CSV and A4-landscape XLSX."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from register_support import register_db

from ntm_docgen.cli.main import main
from ntm_docgen.register import Register, RegisterEntry

PHU_LUC_IV = [
    "Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung văn bản",
    "Người ký", "Nơi nhận văn bản", "Đơn vị, người nhận bản lưu", "Số lượng bản",
    "Ngày chuyển", "Ký nhận", "Ghi chú",
]
EXTRA = ["Tệp", "SHA-256", "Trạng thái"]


def fill(db: str, tmp_path: Path) -> Path:
    """Three numbers in 2026 (one written, one cancelled) and one in 2027."""
    letter = tmp_path / "ke-hoach.docx"
    letter.write_bytes(b"a letter")
    with Register(db) as reg:
        kh = reg.allocate("UBND", "KH", nam=2026, entry=RegisterEntry(
            trich_yeu="Tổ chức Hội nghị sơ kết phong trào “chung sức xây dựng nông thôn mới”",
            ngay=date(2026, 3, 5), nguoi_ky="Nguyễn Hữu Tháp",
            noi_nhan=("Sở Nội vụ", "UBND các xã, phường, đặc khu"), luu="VT, KGVX",
            so_luong_ban=25, ngay_chuyen=date(2026, 3, 6), ky_nhan="Lan", ghi_chu="gửi điện tử"))
        reg.record(kh.id, letter)
        cv = reg.allocate("UBND", "CV", nam=2026, don_vi="TH",
                          entry=RegisterEntry(trich_yeu="V/v báo cáo kết quả"))
        reg.cancel(cv.id, "ký nhầm người")
        reg.allocate("VP", "SY", nam=2026, entry=RegisterEntry(trich_yeu="Sao y Hướng dẫn 1741"))
        reg.allocate("UBND", "KH", nam=2027)
    return letter


@pytest.fixture(params=["sqlite", "postgresql"])
def filled(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    with register_db(request.param, tmp_path) as db:
        fill(db, tmp_path)
        yield db


def test_csv_carries_the_ten_columns(runner, filled, tmp_path) -> None:
    out = tmp_path / "so-di-2026.csv"
    result = runner.invoke(main, ["register", "export", "--db", filled, "-o", str(out),
                                  "--nam", "2026"])
    assert result.exit_code == 0, result.output
    assert "3 lines of 2026" in result.output
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == PHU_LUC_IV + EXTRA
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["Số, ký hiệu văn bản"] == "01/KH-UBND"
    assert first["Ngày tháng văn bản"] == "05/3/2026"
    assert first["Tên loại và trích yếu nội dung văn bản"].startswith("Kế hoạch: Tổ chức Hội")
    assert first["Nơi nhận văn bản"] == "Sở Nội vụ; UBND các xã, phường, đặc khu"
    assert (first["Người ký"], first["Đơn vị, người nhận bản lưu"]) == ("Nguyễn Hữu Tháp",
                                                                         "VT, KGVX")
    assert (first["Số lượng bản"], first["Ngày chuyển"], first["Ký nhận"]) == ("25", "06/3/2026",
                                                                              "Lan")
    assert first["Tệp"].endswith("ke-hoach.docx")
    assert len(first["SHA-256"]) == 64
    assert first["Trạng thái"] == "đã phát hành"
    second = dict(zip(rows[0], rows[2], strict=True))
    assert second["Số, ký hiệu văn bản"] == "02/UBND-TH"
    assert (second["Ghi chú"], second["Trạng thái"]) == ("Hủy: ký nhầm người", "đã hủy")
    assert [r[0] for r in rows[1:]] == ["01/KH-UBND", "02/UBND-TH", "01/SY-VP"]


def test_xlsx_is_set_up_for_a4_landscape(runner, filled, tmp_path) -> None:
    out = tmp_path / "so-di.xlsx"
    result = runner.invoke(main, ["register", "export", "--db", filled, "-o", str(out),
                                  "--nam", "2027"])
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out).active
    assert sheet.page_setup.orientation == "landscape"
    assert str(sheet.page_setup.paperSize) == str(sheet.PAPERSIZE_A4)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert str(sheet.page_setup.fitToWidth) == "1"
    assert sheet.print_title_rows == "$2:$3"
    assert sheet.print_area == "'So di'!$A$1:$J$4"  # the ten columns are the printed page
    assert sheet["A1"].value == "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2027"
    assert [c.value for c in sheet[2]] == PHU_LUC_IV + EXTRA
    assert [c.value for c in sheet[3]][:3] == ["(1)", "(2)", "(3)"]
    assert [c.value for c in sheet[4]][0] == "01/KH-UBND"
    assert sheet.max_row == 4
    assert sheet["A2"].font.name == "Times New Roman"


def test_xlsx_dates_are_real_dates(runner, filled, tmp_path) -> None:
    out = tmp_path / "so-di.xlsx"
    runner.invoke(main, ["register", "export", "--db", filled, "-o", str(out), "--nam", "2026"])
    sheet = load_workbook(out).active
    cell = sheet["B4"]
    assert cell.value == datetime(2026, 3, 5)
    assert cell.number_format == "DD/MM/YYYY"


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_refuses_to_overwrite_without_force(runner, filled, tmp_path, suffix) -> None:
    out = tmp_path / f"so-di.{suffix}"
    out.write_bytes(b"keep me")
    args = ["register", "export", "--db", filled, "-o", str(out), "--nam", "2026"]
    refused = runner.invoke(main, args)
    assert refused.exit_code == 1
    assert "already exists; pass --force" in refused.output
    assert out.read_bytes() == b"keep me"
    assert runner.invoke(main, [*args, "--force"]).exit_code == 0
    assert out.read_bytes() != b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_export_by_body(runner, filled, tmp_path) -> None:
    out = tmp_path / "vp.csv"
    result = runner.invoke(main, ["register", "export", "--db", filled, "-o", str(out),
                                  "--nam", "2026", "--co-quan", "VP"])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert [r[0] for r in rows[1:]] == ["01/SY-VP"]
