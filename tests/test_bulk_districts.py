"""A bulk letter dated from 1 July 2025 whose list addresses the huyện is warned of, with the
rows, as render warns of a Kính gửi typed in the spec (found by a review)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from test_bulk import SPEC, write_csv

from ntm_docgen.cli.main import main

CITIES = [["kinh_gui", "ghi_chu"], ["Ủy ban nhân dân huyện Cao Lộc", "a"],
          ["Ủy ban nhân dân thành phố Lạng Sơn", "b"], ["UBND TP. Bắc Giang", "c"],
          ["UBND thị xã Quảng Yên", "d"], ["Ủy ban nhân dân Thành phố Hà Nội", "e"],
          ["UBND phường Lương Văn Tri (thành phố Lạng Sơn cũ)", "f"],
          ["UBND xã Tân Thành", "g"]]


def _run(tmp_path: Path, date: str, rows: list[list[str]] | None = None) -> str:
    spec = tmp_path / "cv.yaml"
    spec.write_text(SPEC.read_text(encoding="utf-8").replace("ngay: 2025-09-15", f"ngay: {date}"),
                    encoding="utf-8")
    people = write_csv(tmp_path / "ds.csv", rows or [
        ["kinh_gui", "ghi_chu"], ["UBND huyện Cao Lộc", "a"], ["UBND xã Tân Thành", "b"],
        ["UBND huyện Văn Lãng", "c"]])
    result = CliRunner().invoke(main, ["bulk", str(spec), "--recipients", str(people), "-o",
                                       str(tmp_path / "thu")])
    assert result.exit_code == 0, result.output
    return result.stderr


def test_the_huyện_of_a_2025_list_are_named_with_their_rows(tmp_path: Path) -> None:
    told = _run(tmp_path, "2025-09-15")
    assert "the addressee of rows 2, 4 names a huyện, but the letter is dated 15/09/2025" in told


def test_a_letter_of_before_the_reform_is_not_told(tmp_path: Path) -> None:
    assert "names a huyện" not in _run(tmp_path, "2025-06-15")


def test_a_provinces_former_city_or_town_is_named_as_a_huyện(tmp_path: Path) -> None:
    """Thành phố Lạng Sơn was of the huyện's level until 1 July 2025; Hà Nội is a province,
    and a phường that recalls the city it was part of ("cũ") names no huyện."""
    told = " ".join(_run(tmp_path, "2026-12-05", CITIES).split())
    assert "the addressee of rows 2-5 names a huyện, but the letter is dated 05/12/2026" in told
    (tmp_path / "before").mkdir()
    assert "names a huyện" not in _run(tmp_path / "before", "2025-06-15", CITIES)
