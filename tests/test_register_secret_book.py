"""Secret documents have a series of their own (nd30-layout, Số and ký hiệu), and so a sổ of their
own: the printed sổ of a year holds the ordinary series only, and says how many secret numbers
it leaves out; ``--mat`` (the desk's own button) exports the secret documents' sổ."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from ntm_docgen.cli.main import main
from ntm_docgen.register import Register, RegisterEntry


def _two_series(db: str) -> None:
    """01/QĐ-UBND twice: the ordinary series' and the secret one's."""
    with Register(db) as reg:
        reg.allocate("UBND", "QĐ", nam=2026, entry=RegisterEntry(
            trich_yeu="Khen thưởng phong trào", ngay=date(2026, 3, 5)))
        reg.allocate("UBND", "QĐ", nam=2026, mat=True, entry=RegisterEntry(
            trich_yeu="Phương án bảo vệ bí mật", ngay=date(2026, 3, 6)))


def _cells(path_or_bytes: Path | bytes) -> list[str]:
    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    sheet = load_workbook(source).active
    return [str(c.value) for row in sheet.iter_rows() for c in row if c.value]


def test_the_sổ_leaves_the_secret_series_out_and_says_so(runner, tmp_path: Path) -> None:
    db = str(tmp_path / "so.sqlite3")
    _two_series(db)
    out = tmp_path / "so.xlsx"
    result = runner.invoke(main, ["register", "export", "--db", db, "-o", str(out),
                                  "--nam", "2026"])
    assert result.exit_code == 0, result.output
    assert "1 line of 2026" in result.stdout
    assert "1 number of the secret series is not in this sổ" in result.stderr
    cells = _cells(out)
    assert "Tên loại và trích yếu nội dung văn bản" in cells
    assert not any("bí mật" in c for c in cells)
    assert any("Khen thưởng" in c for c in cells)


def test_mat_exports_the_secret_documents_sổ(runner, tmp_path: Path) -> None:
    db = str(tmp_path / "so.sqlite3")
    _two_series(db)
    out = tmp_path / "mat.xlsx"
    result = runner.invoke(main, ["register", "export", "--db", db, "-o", str(out),
                                  "--nam", "2026", "--mat"])
    assert result.exit_code == 0, result.output
    cells = _cells(out)
    assert cells[0] == "SỔ ĐĂNG KÝ VĂN BẢN MẬT ĐI NĂM 2026"
    assert any("bí mật" in c for c in cells) and not any("Khen thưởng" in c for c in cells)


def test_the_desk_marks_secret_lines_and_exports_them_apart(tmp_path: Path) -> None:
    from desk_support import desk_client

    _two_series(str(tmp_path / "so-di.sqlite3"))
    with desk_client(tmp_path) as client:
        page = client.get("/so?nam=2026").text
        assert page.count('class="secret"') == 1 and 'id="xuat-mat"' in page
        ordinary = _cells(client.get("/so/xuat.xlsx?nam=2026").content)
        secret = client.get("/so/xuat.xlsx?nam=2026&mat=1")
    assert not any("bí mật" in c for c in ordinary)
    assert "so-van-ban-mat-di-2026.xlsx" in secret.headers["content-disposition"]
    assert any("bí mật" in c for c in _cells(secret.content))


def test_a_year_of_one_series_only_says_which(runner, tmp_path: Path) -> None:
    """No 'no number given that year' beside 'one secret number left out' (found by a review)."""
    db = str(tmp_path / "so.sqlite3")
    with Register(db) as reg:
        reg.allocate("UBND", "QĐ", nam=2026, mat=True, entry=RegisterEntry(trich_yeu="Mật"))
    ordinary = runner.invoke(main, ["register", "export", "--db", db, "-o",
                                    str(tmp_path / "a.xlsx"), "--nam", "2026"])
    assert "every number given that year is of the secret series" in ordinary.stdout
    with Register(db) as reg:
        reg.allocate("UBND", "QĐ", nam=2027, entry=RegisterEntry(trich_yeu="Thường"))
    secret = runner.invoke(main, ["register", "export", "--db", db, "-o",
                                  str(tmp_path / "b.xlsx"), "--nam", "2027", "--mat"])
    assert "no number of the secret series given that year" in secret.stdout
