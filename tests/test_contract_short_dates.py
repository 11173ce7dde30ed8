"""A short date (citations of the letter implemented, the deadline for reports, the register's
CSV) follows the decree's rule for dates: a leading zero for a day under 10 and for months 1
and 2 only, as clerks write it (``29/01/2026``, ``06/3/2026``)."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from ntm_docgen import api
from ntm_docgen.derive.cite import citation
from ntm_docgen.vietnamese.text import ngay_ngan


@pytest.mark.parametrize(("day", "short"), [
    (date(2026, 1, 5), "05/01/2026"),
    (date(2026, 2, 28), "28/02/2026"),
    (date(2026, 3, 9), "09/3/2026"),
    (date(2025, 10, 10), "10/10/2025"),
    (date(2018, 7, 31), "31/7/2018"),
], ids=["january-day-5", "february", "march-day-9", "october-day-10", "july"])
def test_a_short_date_pads_as_the_decree_does(day, short):
    assert ngay_ngan(day) == short


def test_a_guidance_of_january_is_cited_with_its_month_padded():
    spec = api.parse_spec({
        "loai": "HD", "co_quan": {"ten": "BAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG",
                                  "viet_tat": "BTĐKT"},
        "so": 12, "dia_danh": "Hà Nội", "ngay": "2026-01-05",
        "trich_yeu": "Tổng kết phong trào thi đua", "noi_dung": "I. MỤC ĐÍCH",
        "ky": {"chuc_vu": "TRƯỞNG BAN", "ho_ten": "Nguyễn Văn A"}})
    assert "số 12/HD-BTĐKT ngày 05/01/2026 của" in citation(spec)


def test_the_register_csv_writes_a_january_date_as_its_page_does(tmp_path):
    from click.testing import CliRunner

    from ntm_docgen.cli.main import main

    spec = tmp_path / "cv.yaml"
    spec.write_text("""loai: CV
co_quan: {ten: SỞ NỘI VỤ, viet_tat: SNV}
dia_danh: Lạng Sơn
ngay: 2026-01-05
trich_yeu: V/v tổng kết phong trào thi đua
noi_dung: Đề nghị các đơn vị báo cáo.
ky: {chuc_vu: GIÁM ĐỐC, ho_ten: Hoàng Thị Hiền}
noi_nhan: [Như trên]
""", encoding="utf-8")
    db = tmp_path / "so.sqlite3"
    runner = CliRunner()
    made = runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "cv.docx"),
                                "--allocate", "--db", str(db)])
    assert made.exit_code == 0, made.output
    out = tmp_path / "so.csv"
    exported = runner.invoke(main, ["register", "export", "--db", str(db), "-o", str(out),
                                    "--nam", "2026"])
    assert exported.exit_code == 0, exported.output
    with out.open(encoding="utf-8-sig", newline="") as handle:
        first = next(csv.DictReader(handle))
    assert first["Ngày tháng văn bản"] == "05/01/2026"
