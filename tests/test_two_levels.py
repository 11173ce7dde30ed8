"""A letter dated from 1 July 2025 still naming the three levels is warned of on render (and so on
the desk): an issuer merged away or a huyện's, recipients the huyện; older letters are not."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ntm_docgen.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
KON_TUM = ROOT / "data" / "examples" / "cong-van-ubnd-tinh-kon-tum.yaml"


def _render(runner, tmp_path: Path, **changes: object):  # type: ignore[no-untyped-def]
    data = yaml.safe_load(KON_TUM.read_text(encoding="utf-8"))
    data.update(changes)
    spec = tmp_path / "cv.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "cv.docx")])


def test_a_2026_letter_of_kon_tum_to_the_huyện_is_warned_of(runner, tmp_path: Path) -> None:
    result = _render(runner, tmp_path, ngay="2026-12-05")
    assert result.exit_code == 0, result.output
    assert "co_quan: Kon Tum is no longer a province since 01/07/2025: it is part of " \
           "Quảng Ngãi" in result.stderr
    assert 'kinh_gui[1]: "Ủy ban nhân dân các huyện, thành phố" names the huyện, but the ' \
           "letter is dated 05/12/2026" in result.stderr


def test_a_draft_of_a_later_year_is_warned_of_too(runner, tmp_path: Path) -> None:
    result = _render(runner, tmp_path, nam=2026)
    assert "dated …/…/2026" in result.stderr


@pytest.mark.parametrize("changes", [{}, {"ngay": "2025-06-30"}],
                         ids=["draft-of-2025", "june-2025"])
def test_a_letter_of_before_the_reform_is_not(runner, tmp_path: Path, changes) -> None:
    result = _render(runner, tmp_path, **changes)
    assert result.exit_code == 0 and "huyện" not in result.stderr
    assert "no longer a province" not in result.stderr


def test_a_huyện_issuer_and_a_recalled_level(runner, tmp_path: Path) -> None:
    result = _render(runner, tmp_path, ngay="2026-01-05",
                     co_quan={"ten": "ỦY BAN NHÂN DÂN\\nHUYỆN ĐẮK HÀ", "viet_tat": "UBND"},
                     kinh_gui=["Ủy ban nhân dân các xã (trước đây thuộc huyện Đắk Hà cũ)"])
    assert "is a huyện's, but the letter is dated 05/01/2026" in result.stderr
    assert "kinh_gui[0]" not in result.stderr


def test_a_draft_without_a_date_or_a_year_is_of_this_year(runner, tmp_path: Path) -> None:
    """Clerks leave the date to the văn thư: the draft prints this year, and is told as one
    (found by a review)."""
    data = yaml.safe_load(KON_TUM.read_text(encoding="utf-8"))
    data.pop("nam", None)
    data.pop("ngay", None)
    spec = tmp_path / "cv.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "cv.docx")])
    assert result.exit_code == 0, result.output
    assert "no longer a province" in result.stderr and "dated …/…/20" in result.stderr
