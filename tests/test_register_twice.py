"""The same spec numbered a second time is told before it takes another number of the sổ (a
black-box finding: a văn thư who forgot --pdf rendered it again with --allocate, and the sổ
held two numbers for one letter); another letter of other words is not."""

from __future__ import annotations

from click.testing import CliRunner

from ntm_docgen.cli.main import main

SPEC = """loai: CV
co_quan: {{ten: "ỦY BAN NHÂN DÂN\\nXÃ TÂN THÀNH", viet_tat: UBND}}
dia_danh: Tân Thành
ngay: 2026-12-04
trich_yeu: {trich_yeu}
kinh_gui: [Ủy ban nhân dân tỉnh Lạng Sơn]
noi_dung: Ủy ban nhân dân xã báo cáo kết quả.
ky: {{chuc_vu: CHỦ TỊCH, ho_ten: Trần Văn Bình}}
noi_nhan: [Như trên]
"""


def _render(tmp_path, name: str, trich_yeu: str):
    spec = tmp_path / f"{name}.yaml"
    spec.write_text(SPEC.format(trich_yeu=trich_yeu), encoding="utf-8")
    return CliRunner().invoke(main, ["--lang", "en", "render", str(spec), "-o",
                                     str(tmp_path / f"{name}.docx"), "--allocate", "--db",
                                     str(tmp_path / "so.sqlite3")])


def test_the_same_letter_numbered_again_is_told_its_first_number(tmp_path):
    first = _render(tmp_path, "bc", "V/v báo cáo kết quả phong trào thi đua")
    assert first.exit_code == 0, first.output
    assert "number 01/UBND of the sổ was given" not in first.output
    again = _render(tmp_path, "bc-lai", "V/v báo cáo  kết quả phong trào thi đua")
    assert again.exit_code == 0, again.output
    assert ("trich_yeu: number 01/UBND of the sổ was given on " in again.output
            and "to a letter of the same trích yếu, signer and recipients" in again.output
            and "bc.docx" in again.output and "(so: 1)" in again.output), again.output
    assert "số 02/UBND from the register" in again.output  # told, never refused


def test_another_letter_is_numbered_without_a_word(tmp_path):
    assert _render(tmp_path, "bc", "V/v báo cáo kết quả phong trào thi đua").exit_code == 0
    other = _render(tmp_path, "gm", "V/v đề nghị khen thưởng")
    assert other.exit_code == 0, other.output
    assert "of the sổ was given" not in other.output


def test_a_bulk_run_numbered_again_is_told_whatever_its_recipients(tmp_path):
    """A second bulk run of the same spec taking numbers (into another folder) is told the
    numbers the first took, its recipients not compared (each letter has its own)."""
    from pathlib import Path

    spec = Path(__file__).resolve().parent / "data" / "bulk" / "cong_van.yaml"
    people = tmp_path / "ds.csv"
    people.write_text("kinh_gui,ghi_chu\nUBND xã Hữu Lũng,a\nUBND xã Tân Thành,b\n",
                      encoding="utf-8")

    def run(folder: str):
        return CliRunner().invoke(main, ["--lang", "en", "bulk", str(spec), "--recipients",
                                         str(people), "-o", str(tmp_path / folder),
                                         "--so-rieng", "--db", str(tmp_path / "so.sqlite3")])

    first = run("dot-1")
    assert first.exit_code == 0, first.output
    assert "letters of the same trích yếu and signer already" not in first.output
    again = run("dot-2")
    assert again.exit_code == 0, again.output
    assert "trich_yeu: the sổ has given numbers to letters of the same trích yếu and signer " \
           "already, the last 02/" in again.output
