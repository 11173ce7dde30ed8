"""``render`` of a draft (no ``so``, no ``ngay``) with a ``ban_sao`` block warns that the copy
copies a draft, as ``copy`` refuses a draft original and the desk the same block (a black-box
run found render printing "Số: /GM-SNV" with a SAO Y block under it, exit 0, not a word)."""

from __future__ import annotations

from conftest import DATA

from ntm_docgen.cli.main import main

GOOD = DATA / "specs" / "good.minimal.yaml"
BAN_SAO = """ban_sao:
  hinh_thuc: SAO Y
  co_quan: {chu_quan: UBND TỈNH LẠNG SƠN, ten: VĂN PHÒNG, viet_tat: VP}
  dia_danh: Lạng Sơn
  ngay: 2025-08-09
  ky: {chuc_vu: CHÁNH VĂN PHÒNG, ho_ten: Nguyễn Văn B}
  noi_nhan: [Sở Nội vụ]
  luu: VT
"""
WARNED = "ban_sao: văn bản là bản dự thảo (chưa có so và ngay)"


def _spec(tmp_path, extra: str = ""):
    spec = tmp_path / "s.yaml"
    spec.write_text(GOOD.read_text(encoding="utf-8") + extra + BAN_SAO, encoding="utf-8")
    return spec


def test_a_drafts_copy_block_is_warned_of(runner, tmp_path):
    out = tmp_path / "a.docx"
    result = runner.invoke(main, ["--lang", "vi", "render", str(_spec(tmp_path)), "-o", str(out)])
    assert result.exit_code == 0 and out.exists()  # a warning: the draft is still written
    assert WARNED in result.stderr, result.stderr
    assert "--allocate" in result.stderr


def test_an_issued_letters_copy_block_is_not(runner, tmp_path):
    spec = _spec(tmp_path, "so: 12\nngay: 2025-08-01\n")
    result = runner.invoke(main, ["--lang", "vi", "render", str(spec), "-o",
                                  str(tmp_path / "a.docx")])
    assert result.exit_code == 0
    assert "dự thảo" not in result.stderr


def test_allocate_numbers_and_dates_it_so_no_warning(runner, tmp_path):
    result = runner.invoke(main, ["--lang", "vi", "render", str(_spec(tmp_path)), "-o",
                                  str(tmp_path / "a.docx"), "--allocate", "--db",
                                  str(tmp_path / "so.sqlite3")])
    assert result.exit_code == 0, result.output
    assert "dự thảo" not in result.stderr
