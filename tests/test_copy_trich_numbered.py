"""TRÍCH SAO of a part numbered ``2.``: a công văn's parts are numbered 1., 2., 3., and the
part named with its dot is its heading and every paragraph under it. On the Lào Cai công văn
7432/UBND-XD (a real signed PDF, tests/data/derive/real_pdf) ``--trich 2`` kept the opening
sentence (a number counts paragraphs), the paragraph the tool then told to give kept only the
heading "2. Giao Sở Xây dựng", and ``2.`` was refused: no extract of part 2 could be made."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import DATA
from docx import Document

from ntm_docgen.cli.main import main

LAO_CAI = DATA / "derive" / "real_pdf" / "cv_2026_laocai_7432.pdf"
TRICH = {"hinh_thuc": "TRÍCH SAO",
         "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nXÃ BẢO THẮNG", "viet_tat": "UBND"},
         "so": 3, "dia_danh": "Bảo Thắng", "ngay": "2026-07-23",
         "ky": {"quyen_han": ["TL. CHỦ TỊCH"], "chuc_vu": "CHÁNH VĂN PHÒNG",
                "ho_ten": "Hoàng Văn Tú"},
         "noi_nhan": ["Các ban, ngành, đoàn thể xã"], "luu": "VT"}


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "trich.yaml"
    path.write_text(yaml.safe_dump(TRICH, allow_unicode=True), encoding="utf-8")
    return path


def _pdf_text(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())


def test_part_2_of_a_real_cong_van_is_kept_whole(runner, spec, tmp_path):
    out = tmp_path / "trich.pdf"
    result = runner.invoke(main, ["copy", str(LAO_CAI), "--spec", str(spec), "-o", str(out),
                                  "--trich", "2."])
    assert result.exit_code == 0, result.output
    text = _pdf_text(out)
    assert "2. Giao Sở Xây dựng Chủ trì, phối hợp với Công an tỉnh" in text
    assert "Đồng thời, chủ trì phối hợp với Công an tỉnh tăng cường" in text
    assert "1. Công an tỉnh, các sở" not in text and "3. Tổ chức thực hiện" not in text
    assert "một số nhiệm vụ sau" not in text  # the opening is not part 2
    assert "TRÍCH SAO" in text


def test_a_part_the_letter_does_not_number_is_refused_with_the_parts_it_has(runner, spec,
                                                                            tmp_path):
    out = tmp_path / "trich.pdf"
    result = runner.invoke(main, ["copy", str(LAO_CAI), "--spec", str(spec), "-o", str(out),
                                  "--trich", "4."])
    assert result.exit_code == 1
    assert "no part numbered “4.”" in result.output
    assert "its parts are numbered 1. to 3." in result.output
    assert not out.exists()


def _docx(tmp_path: Path, paragraphs: list[str]) -> Path:
    """A province's công văn as the tool issues it, its text ``paragraphs``."""
    from datetime import date

    from ntm_docgen import api

    spec = api.parse_spec({
        "loai": "CV", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "viet_tat": "UBND"},
        "don_vi": "KT", "so": 12, "dia_danh": "Lạng Sơn", "ngay": "2026-03-05",
        "trich_yeu": "Triển khai kế hoạch", "kinh_gui": ["Các sở, ngành", "UBND các xã"],
        "noi_dung": "\n".join(paragraphs),
        "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "chuc_vu": "PHÓ CHỦ TỊCH",
               "ho_ten": "Nguyễn Văn Bình"},
        "noi_nhan": ["Như trên"], "luu": "VT, KT"})
    path = tmp_path / "cv.docx"
    path.write_bytes(api.render_bytes(spec, today=date(2026, 3, 5)))
    return path


def test_a_part_under_several_headings_is_named_by_its_paragraphs(runner, spec, tmp_path):
    """Parts 1., 2. counted again under I. and II.: which "2." is meant cannot be known."""
    original = _docx(tmp_path, ["I. MỤC ĐÍCH", "1. Một", "2. Hai", "nội dung hai",
                                "II. NỘI DUNG", "1. Ba", "2. Bốn", "nội dung bốn"])
    out = tmp_path / "trich.docx"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o", str(out),
                                  "--trich", "2."])
    assert result.exit_code == 1
    assert "“2.” numbers a part under several headings" in result.output
    assert "(3-4, 7-8)" in result.output and not out.exists()
    result = runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o", str(out),
                                  "--trich", "7-8"])
    assert result.exit_code == 0, result.output
    kept = [p.text for p in Document(str(out)).paragraphs]
    assert "2. Bốn" in kept and "nội dung bốn./." in kept and "2. Hai" not in kept


def test_a_bare_number_on_parts_under_several_headings_is_told_their_paragraphs(runner, spec,
                                                                                tmp_path):
    """The note on ``--trich 2`` sent her to give "2.", which is then refused where "2."
    stands under several headings (Nghệ An's Kế hoạch 982, a review of the merges): the note
    gives each one's paragraphs instead."""
    original = _docx(tmp_path, ["I. MỤC ĐÍCH", "1. Một", "2. Hai", "nội dung hai",
                                "II. NỘI DUNG", "1. Ba", "2. Bốn", "nội dung bốn"])
    result = runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o",
                                  str(tmp_path / "trich.docx"), "--trich", "2"])
    assert result.exit_code == 0, result.output
    assert "stands under several headings, at paragraphs 3-4, 7-8" in result.stderr
    assert "give “2.”" not in result.stderr


#: The minutes of a meeting of voters, as Lương Minh's Mặt trận attaches them to its Hướng dẫn
#: (held_out_13, hd_2025_luongminh_mttq: provenance.tsv there): part 2 lists the candidates
#: 1. to 4. under it, a list counting from 1 again.
BIEN_BAN = ["1. Thành phần hội nghị gồm:", "+ …………………………",
            "- Tổng số cử tri (trong cơ quan/tổ chức/đơn vị) được mời: 07",
            "- Tổng số cử tri có mặt tại hội nghị: 07",
            "2. Họ và tên người của cơ quan, tổ chức, đơn vị giới thiệu ứng cử/người tự ứng cử:",
            "1. ……………….", "2. ………………", "3. …………………", "4. …………………",
            "3. Ý kiến nhận xét của cử tri đối với từng người được giới thiệu ứng cử/người tự "
            "ứng cử:", "1 …………………………", "2 …………………………",
            "4. Hội nghị đã quyết định biểu quyết thể hiện sự tín nhiệm đối với người được giới "
            "thiệu ứng cử/người tự ứng cử bằng hình thức giơ tay.",
            "Hội nghị kết thúc hồi:………….. giờ ………… cùng ngày."]


@pytest.mark.parametrize(("part", "first", "last"), [
    ("3.", "3. Ý kiến nhận xét của cử tri", "2 …………………………"),
    ("4.", "4. Hội nghị đã quyết định biểu quyết", "Hội nghị kết thúc hồi"),
    ("2.", "2. Họ và tên người của cơ quan", "4. …………………"),
], ids=["3-after-the-list", "4-after-the-list", "2-holding-the-list"])
def test_a_list_counting_again_inside_a_part_is_not_taken_for_the_parts(runner, spec,
                                                                          tmp_path, part,
                                                                          first, last):
    """Its "3. ………" and "4. ………" are candidates, not parts 3 and 4: ``--trich 3.`` kept the
    third candidate's line alone, where the voters' opinions were meant."""
    original = _docx(tmp_path, BIEN_BAN)
    out = tmp_path / "trich.docx"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o", str(out),
                                  "--trich", part])
    assert result.exit_code == 0, result.output
    lines = [text.rstrip("./") for text in BIEN_BAN]  # the last kept ends "./."
    kept = [p.text.rstrip("./") for p in Document(str(out)).paragraphs]
    start = next(i for i, text in enumerate(BIEN_BAN) if text.startswith(first))
    end = next(i for i, text in enumerate(BIEN_BAN) if text.startswith(last))
    assert [text for text in kept if text in lines] == lines[start:end + 1], kept
