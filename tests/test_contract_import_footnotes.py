"""import keeps a report's footnote marks (*), (**) as written, and still drops a web page's
bold marks: the spec renders the line the letter printed."""

from __future__ import annotations

import json

from docxview import open_docx, paragraphs

from ntm_docgen.cli.main import main
from ntm_docgen.importer.cleanlines import clean_lines

LETTER = {"loai": "KH", "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ NỘI VỤ",
                                    "viet_tat": "SNV"},
          "so": 5, "ngay": "2026-01-05", "dia_danh": "Lạng Sơn", "trich_yeu": "Kế hoạch thử",
          "noi_dung": "I. MỤC ĐÍCH\nSố liệu (*) ước tính, (**) sơ bộ và (***) dự kiến.",
          "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Nguyễn Văn A"}, "noi_nhan": ["UBND tỉnh"],
          "luu": "VT"}


def test_clean_lines_drops_bold_marks_but_not_footnote_marks():
    assert clean_lines(["**I. MỤC ĐÍCH** và (**) [**] (***)"]) == ["I. MỤC ĐÍCH và (**) [**] (***)"]


def test_a_letters_footnote_marks_come_back_through_import(runner, tmp_path):
    spec = tmp_path / "kh.json"
    spec.write_text(json.dumps(LETTER, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "kh.docx")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["import", str(tmp_path / "kh.docx"), "-o",
                                  str(tmp_path / "back.yaml")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["render", str(tmp_path / "back.yaml"), "-o",
                                  str(tmp_path / "back.docx")])
    assert result.exit_code == 0, result.output
    texts = [p.text for p in paragraphs(open_docx((tmp_path / "back.docx").read_bytes()))]
    assert "Số liệu (*) ước tính, (**) sơ bộ và (***) dự kiến./." in texts
