"""Text from specs as clerks paste it: control characters, line breaks in one-line fields,
whitespace-only values. The letter must stay readable and check clean."""

from __future__ import annotations

import io
import json

import docx
import pytest
import yaml
from conftest import DATA, EXAMPLES
from docxview import paragraphs, texts

from ntm_docgen.check import check_file
from ntm_docgen.cli.main import main

BASE = {"loai": "KH", "co_quan": {"ten": "SỞ NỘI VỤ", "viet_tat": "SNV"},
        "dia_danh": "Lạng Sơn", "trich_yeu": "Sơ kết phong trào",
        "noi_dung": "I. MỤC ĐÍCH\nĐánh giá kết quả.",
        "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Hoàng Thị Hiền"}, "noi_nhan": ["Sở A"]}


def render(runner, tmp_path, data: dict):
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out.docx"
    return runner.invoke(main, ["render", str(spec), "-o", str(out)]), out


@pytest.mark.parametrize(("change", "printed"), [
    ({"trich_yeu": "Sơ kết\u000bphong trào"}, "phong trào"),  # Word's line break: two lines
    ({"noi_dung": "Đánh giá\u0001 kết quả\u0007./."}, "Đánh giá kết quả./."),
    ({"noi_nhan": ["Sở\u000bA"]}, "- Sở A;"),
    ({"ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Hoàng Thị\u000bHiền"}}, "Hoàng Thị Hiền"),
    ({"ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Hoàng Thị\nHiền"}}, "Hoàng Thị Hiền"),
    ({"noi_nhan": ["Sở A\nSở B"]}, "- Sở A Sở B;"),
    ({"dia_danh": "Lạng\tSơn"}, "Lạng Sơn, ngày"),
], ids=["vt-in-trich-yeu", "controls-in-body", "vt-in-noi-nhan", "vt-in-name", "newline-in-name",
        "newline-in-noi-nhan", "tab-in-place"])
def test_pasted_control_characters_and_line_breaks_print_cleanly(runner, tmp_path, change,
                                                                 printed):
    result, out = render(runner, tmp_path, {**BASE, **change})
    assert result.exit_code == 0, result.output
    document = docx.Document(io.BytesIO(out.read_bytes()))  # a readable package
    assert any(t.startswith(printed) for t in texts(paragraphs(document)))
    assert check_file(out) == []


def test_a_copy_spec_with_a_control_character_copies_without_a_traceback(runner, tmp_path):
    original = tmp_path / "goc.docx"
    result, letter = render(runner, tmp_path, BASE)
    letter.rename(original)
    spec = tmp_path / "sy.json"  # YAML itself refuses control characters, with a message
    data = yaml.safe_load((EXAMPLES / "000-sao-y-bac-giang.yaml").read_text(encoding="utf-8"))
    data["ky"]["ho_ten"] = "Nguyễn Đức\u000bĐăng"
    spec.write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")
    out = tmp_path / "sy.docx"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(spec), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Nguyễn Đức Đăng" in texts(paragraphs(docx.Document(str(out))))


def test_whitespace_only_required_fields_are_each_named(runner, tmp_path):
    data = {**BASE, "dia_danh": "\n\n", "co_quan": {"ten": "   "},
            "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "\n"}}
    result, out = render(runner, tmp_path, data)
    assert result.exit_code == 1
    for path in ("Place (dia_danh): required", "Issuing body (co_quan.ten): required",
                 "Signer's name (ky.ho_ten): required"):  # the form's label, the key kept
        assert path in result.output
    assert "found only spaces or line breaks" in result.output  # not Python's '\\n\\n'
    assert "(top level)" not in result.output and not out.exists()


def test_the_import_of_a_pasted_text_with_control_characters_renders(runner, tmp_path):
    text = (DATA / "letters" / "seed_000_hd_2018_btdkt_1741.txt").read_text(encoding="utf-8")
    source = tmp_path / "dan.txt"
    source.write_text(text.replace("Sơ kết", "Sơ\u000bkết", 1).replace("\n", "\u0007\n", 3),
                      encoding="utf-8")
    spec, out = tmp_path / "dan.yaml", tmp_path / "dan.docx"
    assert runner.invoke(main, ["import", str(source), "-o", str(spec)]).exit_code == 0
    result = runner.invoke(main, ["render", str(spec), "-o", str(out)])
    assert result.exit_code == 0, result.output
    docx.Document(str(out))
