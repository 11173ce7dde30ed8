"""A Giấy mời has no trích yếu (contract §1), and one not yet written has no body either: its
closing block follows its tên loại. check took “Nơi nhận:” for the trích yếu (four false
errors) and then found no Nơi nhận (contract13 #6); it reads the Nơi nhận as such now."""

from __future__ import annotations

import yaml

from ntm_docgen.cli.main import main

GM = {"loai": "GM", "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN",
                                "ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH", "viet_tat": "UBND"},
      "dia_danh": "Tân Thành", "ngay": "2026-12-07",
      "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN"], "chuc_vu": "CHỦ TỊCH",
             "ho_ten": "Hoàng Văn Tùng"},
      "noi_nhan": ["Các thôn"]}


def test_an_empty_giay_moi_s_noi_nhan_is_no_trich_yeu(runner, tmp_path):
    spec = tmp_path / "gm.yaml"
    spec.write_text(yaml.safe_dump(GM, allow_unicode=True), encoding="utf-8")
    letter = tmp_path / "gm.docx"
    assert runner.invoke(main, ["render", str(spec), "-o", str(letter)]).exit_code == 0
    result = runner.invoke(main, ["check", str(letter)])
    assert "trich_yeu." not in result.output and "noi_nhan.missing" not in result.output, \
        result.output
    assert result.exit_code == 0, result.output
