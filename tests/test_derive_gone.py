"""Bodies merged away in 2025 (data/derive/doi_ten.yaml) are named by their successors in a
letter dated after the merger, outside what it cites, and told: a review found a draft of the
UBND tỉnh Lạng Sơn dated 15/12/2025 reporting to the "Bộ Lao động - Thương binh và Xã hội",
merged into the Bộ Nội vụ from 01/3/2025, and listing it in its Nơi nhận."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ntm_docgen.derive import derive_file

ROOT = Path(__file__).resolve().parent.parent
CV_1445 = ROOT / "tests" / "data" / "letters" / "held_out_36" / "cv_2022_sldtbxh_quangbinh_1445.txt"
LANG_SON = ROOT / "data" / "profiles" / "lang-son.yaml"


def _outside_citation(spec: dict) -> str:
    body = spec["noi_dung"].split("\n", 1)[1]  # the first line cites the letter implemented
    return body + "\n".join(spec["noi_nhan"])


def test_a_ministry_merged_away_is_named_by_its_successor() -> None:
    day = date(2025, 12, 15)
    result = derive_file(CV_1445, LANG_SON, "cong-van", ngay=day, han=date(2025, 12, 30),
                         today=day)
    assert "Thương binh" not in _outside_citation(result.spec)
    assert "báo cáo Bộ Nội vụ" in result.spec["noi_dung"]
    assert any(x.startswith("Bộ Nội vụ") for x in result.spec["noi_nhan"])
    # what it cites keeps the name the letter implemented was issued under
    assert "của Sở Lao động – thương binh và Xã hội" in result.spec["noi_dung"]
    told = [w for w in result.warnings if "no longer exists on 15/12/2025" in w]
    assert len(told) == 1 and "Nghị quyết số 176/2025/QH15" in told[0]


def test_before_the_merger_the_ministry_stays() -> None:
    day = date(2024, 12, 15)
    result = derive_file(CV_1445, LANG_SON, "cong-van", ngay=day, han=date(2024, 12, 30),
                         today=day)
    assert "Bộ Lao động - Thương binh và Xã hội" in _outside_citation(result.spec)
    assert not [w for w in result.warnings if "no longer exists" in w]


def test_the_units_carry_out_what_is_guided_not_the_guiding() -> None:
    """derive25: "triển khai hướng dẫn một số nội dung …" and "báo cáo kết quả hướng dẫn …" in
    the province's letter: guiding is the Sở's act, the units carry out what it guides."""
    day = date(2025, 12, 15)
    result = derive_file(CV_1445, LANG_SON, "cong-van", ngay=day, han=date(2025, 12, 30),
                         today=day)
    assert result.spec["trich_yeu"].startswith("V/v thực hiện một số nội dung thu thập")
    assert "hướng dẫn một số nội dung" not in _outside_citation(result.spec)
