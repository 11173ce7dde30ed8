"""A name pasted from a spreadsheet: a signer, an addressee or a Nơi nhận item typed "+Lê Văn
Bình", "=Nguyễn A" or "@..." (a cell Excel reads as a formula, its sign copied along) rendered
without a word. ``render`` and the desk's form now say it once per field, naming the field and
the sign; a name without one, or a Nơi nhận line's own dash, is not told."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from desk_support import CONG_VAN, csrf_of, desk_client, new_draft

from ntm_docgen.cli.main import main

CV = {"loai": "CV", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH", "viet_tat": "UBND"},
      "dia_danh": "Tân Thành", "ngay": "2026-01-05", "trich_yeu": "V/v báo cáo",
      "kinh_gui": ["Ủy ban nhân dân tỉnh Lạng Sơn"], "noi_dung": "Ủy ban nhân dân xã báo cáo./.",
      "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN"], "chuc_vu": "CHỦ TỊCH",
             "ho_ten": "Hoàng Văn Bình"}, "noi_nhan": ["Như trên"], "luu": "VT"}


def _stderr(tmp_path: Path, spec: dict, lang: str = "en") -> str:
    path = tmp_path / "vb.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(main, ["render", str(path), "-o", str(tmp_path / "vb.docx")],
                                env={"NTM_DOCGEN_LANG": lang})
    assert result.exit_code == 0, result.output
    assert (tmp_path / "vb.docx").is_file()
    return result.stderr


@pytest.mark.parametrize(("changes", "path", "sign"), [
    ({"ky": {**CV["ky"], "ho_ten": "+Lê Văn Bình"}}, "ky.ho_ten", "+"),
    ({"kinh_gui": ["=Nguyễn A"]}, "kinh_gui[0]", "="),
    ({"noi_nhan": ["Như trên", "@Văn phòng UBND"]}, "noi_nhan[1]", "@"),
], ids=["signer-plus", "addressee-equals", "noi-nhan-at"])
def test_a_name_starting_with_a_formula_sign_is_told_once(tmp_path: Path, changes: dict,
                                                          path: str, sign: str) -> None:
    stderr = _stderr(tmp_path, {**CV, **changes})
    told = [line for line in stderr.splitlines() if f"starts with “{sign}”" in line]
    assert len(told) == 1, stderr
    assert told[0].startswith(f"warning: {path}: “{sign}") and "spreadsheet" in told[0]


@pytest.mark.parametrize("changes", [
    {}, {"noi_nhan": ["Như trên", "- Lưu trữ cơ quan"]}, {"kinh_gui": ["Ông Nguyễn Văn A"]},
], ids=["plain", "dash", "addressee"])
def test_a_name_without_such_a_sign_is_not_told(tmp_path: Path, changes: dict) -> None:
    assert "starts with" not in _stderr(tmp_path, {**CV, **changes})


def test_told_in_vietnamese_as_a_clerk_reads_it(tmp_path: Path) -> None:
    stderr = _stderr(tmp_path, {**CV, "ky": {**CV["ky"], "ho_ten": "+Lê Văn Bình"}}, "vi")
    assert "ky.ho_ten: “+Lê Văn Bình” mở đầu bằng dấu “+”" in stderr, stderr
    assert "Excel" in stderr and "hãy xóa dấu này" in stderr


def test_the_desk_s_form_tells_it_on_the_signer_s_field(tmp_path: Path) -> None:
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c, "/soan")
        editor = new_draft(c, csrf)
        c.post(editor, data={**CONG_VAN, "ky.ho_ten": "+Hoàng Thị Hiền", "csrf_token": csrf})
        page = c.get(editor).text
    assert page.count("mở đầu bằng dấu “+”") == 1, page
