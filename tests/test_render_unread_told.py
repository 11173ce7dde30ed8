"""A spec imported with "..." where nothing could be read renders as before, but told, naming
the fields (contract13 #12: "..., ngày 24 tháng 4 năm 2019" and "..." as signer printed without
a word, while ``--allocate`` refused it); the desk, which says it above its form, does not list
it again under it."""

from __future__ import annotations

import yaml
from conftest import EXAMPLES

from ntm_docgen.cli.main import main


def test_render_names_the_fields_still_unread(runner, tmp_path):
    data = yaml.safe_load((EXAMPLES / "cong-van-ubnd-tinh-kon-tum.yaml").read_text("utf-8"))
    data.update(dia_danh="...", ky={**data["ky"], "ho_ten": "..."})
    spec = tmp_path / "s.yaml"
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "s.docx")])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert "dia_danh, ky.ho_ten: still “...”, where reading the file gave nothing" in said, said


def test_the_desk_leaves_it_to_the_note_above_its_form():
    from ntm_docgen import api

    data = yaml.safe_load((EXAMPLES / "cong-van-ubnd-tinh-kon-tum.yaml").read_text("utf-8"))
    spec = api.parse_spec({**data, "dia_danh": "..."})
    assert any("still “...”" in w for w in api.spec_warnings(spec))
    assert not any("still “...”" in w for w in api.spec_warnings(spec, unread=False))


def test_an_empty_giay_moi_is_told(runner, tmp_path):
    """contract13 #6: a Giấy mời with no content (it has no trích yếu either) rendered without
    a word and was “complete” on the desk."""
    spec = tmp_path / "gm.yaml"
    spec.write_text(yaml.safe_dump({
        "loai": "GM", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH", "viet_tat": "UBND"},
        "dia_danh": "Tân Thành", "ngay": "2026-12-07",
        "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN"], "chuc_vu": "CHỦ TỊCH",
               "ho_ten": "Hoàng Văn Tùng"},
        "noi_nhan": ["Các thôn"]}, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "gm.docx")])
    assert result.exit_code == 0, result.output
    assert "the Giấy mời says nothing yet" in " ".join(result.stderr.split())
