"""A draft that cannot become a letter, saved as a spec from the desk: the YAML says so at its
head and notes each problem above its field in the form's words (a required field it lacks
written empty to carry its note), so that the file ``ntm-docgen render`` refuses tells why and
where to type; a JSON file holds no note, so the desk gives it for a complete letter only and
says so at the form. Before, the YAML came without a word and the CLI refused it."""

from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner
from desk_support import CONG_VAN, csrf_of, desk_client, new_draft

from ntm_docgen import api
from ntm_docgen.cli.main import main

#: The required fields of a công văn (contract §1), each emptied in turn, with its label.
REQUIRED = {
    "co_quan.ten": ("ten", "Tên cơ quan ban hành"),
    "dia_danh": ("dia_danh", "Địa danh"),
    "trich_yeu": ("trich_yeu", "Trích yếu nội dung"),
    "ky.chuc_vu": ("chuc_vu", "Chức vụ người ký"),
    "ky.ho_ten": ("ho_ten", "Họ tên người ký"),
}


def _flagged(text: str, key: str) -> str:
    """The comment line right above the line of ``key``."""
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith(f"{key}:"))
    assert lines[at - 1].lstrip().startswith("#"), text
    return lines[at - 1].strip()


@pytest.mark.parametrize("path", REQUIRED)
def test_an_emptied_required_field_is_noted_above_it_in_the_saved_spec(path, tmp_path):
    key, label = REQUIRED[path]
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        editor = new_draft(c, csrf)
        c.post(editor, data={**CONG_VAN, path: "", "csrf_token": csrf})
        answer = c.get(f"{editor}/tai.yaml")
    assert answer.status_code == 200
    text = answer.text
    assert text.splitlines()[1].startswith("# Bản nháp này chưa thành văn bản được: còn 1 lỗi")
    assert _flagged(text, key).startswith(f"# {label}: bắt buộc"), text
    spec = tmp_path / "nhap.yaml"
    spec.write_text(text, encoding="utf-8")
    assert {p.path for p in api.spec_problems(yaml.safe_load(text))} == {path}
    cli = CliRunner().invoke(main, ["--lang", "vi", "render", str(spec), "-o",
                                    str(tmp_path / "x.docx")])
    assert cli.exit_code == 1 and f"{label} ({path}): bắt buộc" in cli.output, cli.output
    assert not (tmp_path / "x.docx").exists()


def test_a_fresh_draft_notes_every_field_still_to_fill(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        editor = new_draft(c, csrf_of(c))
        text = c.get(f"{editor}/tai.yaml").text
    for path, (key, label) in REQUIRED.items():
        assert _flagged(text, key).startswith(f"# {label}: bắt buộc"), (path, text)
        assert f"#   - {label}: bắt buộc" in text
    assert yaml.safe_load(text)["ky"] == {"chuc_vu": "", "ho_ten": ""}


def test_a_wrong_value_and_a_list_row_are_noted_at_their_lines(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        editor = new_draft(c, csrf)
        c.post(editor, data={**CONG_VAN, "ky.quyen_han": ["KT. GIÁM ĐỐC", "THAY MẶT"],
                             "noi_dung": "I. MỤC ĐÍCH\n- Một\n- Hai", "csrf_token": csrf})
        text = c.get(f"{editor}/tai.yaml").text
    lines = text.splitlines()
    row = lines.index("  - THAY MẶT")
    assert lines[row - 1].startswith("  # Quyền hạn ký, dòng 2: "), text
    assert yaml.safe_load(text)["noi_dung"] == "I. MỤC ĐÍCH\n- Một\n- Hai"  # the notes are no text


def test_a_complete_letters_spec_has_no_note(client, csrf):
    editor = new_draft(client, csrf)
    client.post(editor, data={**CONG_VAN, "csrf_token": csrf})
    text = client.get(f"{editor}/tai.yaml").text
    assert [line for line in text.splitlines() if line.lstrip().startswith("#")] == \
        ["# Saved from the desk of ntm-docgen."]


def test_json_of_a_draft_with_problems_is_said_no_at_the_form(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        editor = new_draft(c, csrf)
        c.post(editor, data={**CONG_VAN, "ky.ho_ten": "", "csrf_token": csrf})
        refused = c.get(f"{editor}/tai.json")
        page = c.get(editor).text
        c.post(editor, data={**CONG_VAN, "csrf_token": csrf})
        whole = c.get(f"{editor}/tai.json")
    assert refused.status_code == 422
    assert "Tệp JSON không ghi chú được lỗi của bản nháp" in refused.text
    assert 'class="problem">bắt buộc: ghi họ và tên người ký' in page  # at the field
    assert whole.status_code == 200 and whole.json()["ky"]["ho_ten"] == "Hoàng Thị Hiền"


def test_a_copy_blocks_required_field_is_noted_in_its_block(tmp_path):
    copy = {"so": "12", "ban_sao.hinh_thuc": "SAO Y", "ban_sao.co_quan.ten": "VĂN PHÒNG",
            "ban_sao.dia_danh": "Lạng Sơn", "ban_sao.ky.chuc_vu": "CHÁNH VĂN PHÒNG"}
    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        editor = new_draft(c, csrf)
        c.post(editor, data={**CONG_VAN, **copy, "csrf_token": csrf})
        text = c.get(f"{editor}/tai.yaml").text
    lines = text.splitlines()
    at = lines.index("    ho_ten: ''")
    assert lines[at - 1] == ("    # Họ tên người ký (phần hình thức sao): bắt buộc: ghi họ và "
                             "tên người ký (Hoàng Thị Hiền)"), text
    assert lines.index("ban_sao:") < at
    assert {p.path for p in api.spec_problems(yaml.safe_load(text))} == {"ban_sao.ky.ho_ten"}
