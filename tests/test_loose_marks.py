"""Tone marks a PDF drew apart from their letters (its text gives each printed line's marks
after the line, ``tinh hình bị thiêt hai ̀ ̣ ̣``) are put back on the syllables that lack them,
chosen by the dictionary; a run that fits nowhere is left as read, and import says both."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from ntm_docgen.cli.main import main
from ntm_docgen.vietnamese.marks import attach_loose_marks

GRAVE, ACUTE, TILDE, HOOK, DOT = "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"


@pytest.mark.parametrize(("line", "want", "count"), [
    (f"bị thiêt hai {DOT} {DOT} do lũ lụt", "bị thiệt hại do lũ lụt", 2),
    (f"cua nganh Giao duc và Đao tao. {HOOK} {GRAVE} {ACUTE} {DOT} {GRAVE} {DOT}",
     "của ngành Giáo dục và Đào tạo.", 6),
    (f"Theo báo cáo tông hơp nhanh {HOOK} {DOT}", "Theo báo cáo tổng hợp nhanh", 2),
    (f"Bộ Giao duc và Đao tao. \u00b4 {DOT} \u02cb {DOT}", "Bộ Giáo dục và Đào tạo.", 4),
    (f"TINH HINH THIÊT HAI {GRAVE} {GRAVE} {DOT} {DOT}", "TÌNH HÌNH THIỆT HẠI", 4),
    (unicodedata.normalize("NFD", "Kính gửi: Ủy ban nhân dân"), None, 0),
    (f"do lũ lụt {ACUTE} {ACUTE} {ACUTE}", f"do lũ lụt {ACUTE} {ACUTE} {ACUTE}", 0),
    (f"tinh{GRAVE} hình, Gia\u00b4o duc{DOT}", "tình hình, Giáo dục", 3),
    ("tọa độ 104º45\u00b4, múi chiếu 3º", None, 0),
], ids=["dot-below", "six-in-a-run", "pair-both-lost", "spacing-marks", "capitals",
        "composed-text-untouched", "no-syllable-takes-them", "beside-in-the-word",
        "a-prime-is-no-mark"])
def test_marks_go_back_on_their_syllables(line: str, want: str | None, count: int) -> None:
    got, placed = attach_loose_marks(line)
    assert got == (line if want is None else want)
    assert placed == count


def test_import_puts_the_marks_back_and_says_so(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "cv.txt"
    source.write_text(
        "UBND TỈNH NINH THUẬN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 2917/SGDĐT-VP\nPhan Rang-Tháp Chàm, ngày 05 tháng 11 "
        f"năm 2010\nV/v báo cáo nhanh tinh hình bị thiêt hai {GRAVE} {DOT} {DOT}\n"
        f"do lũ lụt cua nganh Giao duc và Đao tao {HOOK} {GRAVE} {ACUTE} {DOT} {GRAVE} {DOT}\n"
        "Kính gửi: Ủy ban nhân dân tỉnh Ninh Thuận\nVừa qua, tỉnh bị ảnh hưởng của lũ lụt.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nGIÁM ĐỐC\nNguyễn Văn An\n", encoding="utf-8")
    out = tmp_path / "cv.yaml"
    result = runner.invoke(main, ["import", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    spec = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert spec["trich_yeu"] == ("báo cáo nhanh tình hình bị thiệt hại do lũ lụt của ngành "
                                 "Giáo dục và Đào tạo")
    assert "9 tone marks stood apart from their letters" in result.output
