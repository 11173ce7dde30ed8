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


def test_a_ministry_whose_work_was_split_is_told_not_renamed() -> None:
    """A review: the Bộ Lao động - Thương binh và Xã hội's work went to four ministries (its
    poverty reduction to the Bộ Nông nghiệp và Môi trường, its social protection and children
    to the Bộ Y tế, its vocational training to the Bộ Giáo dục và Đào tạo, the rest to the Bộ
    Nội vụ): named "Bộ Nội vụ" in every letter, a report on poverty went to the wrong body."""
    day = date(2025, 12, 15)
    result = derive_file(CV_1445, LANG_SON, "cong-van", ngay=day, han=date(2025, 12, 30),
                         today=day)
    assert "Bộ Lao động - Thương binh và Xã hội" in _outside_citation(result.spec)
    assert "báo cáo Bộ Nội vụ" not in result.spec["noi_dung"]
    told = [w for w in result.warnings if "no longer exists on 15/12/2025" in w]
    assert len(told) == 1 and "Nghị quyết số 176/2025/QH15" in told[0], told
    assert "split" in told[0] and "Bộ Y tế (bảo trợ xã hội" in told[0], told
    assert "Bộ Nông nghiệp và Môi trường (giảm nghèo)" in told[0], told


def test_a_ministry_merged_whole_is_named_by_its_successor() -> None:
    from ntm_docgen.derive.renamed import rename_gone

    spec = {"noi_dung": "Căn cứ Công văn của Bộ Kế hoạch và Đầu tư;\nđề nghị các xã báo cáo "
                        "về Bộ Kế hoạch và Đầu tư trước ngày 20/12/2025.",
            "noi_nhan": ["- Bộ Kế hoạch và Đầu tư (b/c);", "- Lưu: VT."]}
    told = rename_gone(spec, date(2025, 12, 15))
    assert spec["noi_dung"].endswith("báo cáo về Bộ Tài chính trước ngày 20/12/2025.")
    assert spec["noi_nhan"][0] == "- Bộ Tài chính (b/c);"
    assert len(told) == 1 and "its work went to Bộ Tài chính" in told[0], told


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


def test_a_title_in_quotation_marks_keeps_the_names_it_was_issued_with() -> None:
    """A review: the renaming found its "gửi", "về" inside a title quoted after "báo cáo" and
    renamed the body the title names; a title quoted is the title as issued. (No letter of the
    sets quotes such a title: the line is written for the case.)"""
    from ntm_docgen.derive.renamed import rename_gone

    line = ("Các đơn vị gửi báo cáo “Kết quả thẩm định dự án gửi Sở Kế hoạch và Đầu tư năm "
            "2024” về Sở Kế hoạch và Đầu tư trước ngày 20/12/2025.")
    spec = {"noi_dung": line}
    told = rename_gone(spec, date(2025, 12, 15))
    assert spec["noi_dung"] == line.replace("” về Sở Kế hoạch và Đầu tư", "” về Sở Tài chính")
    assert len(told) == 1
