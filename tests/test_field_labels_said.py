"""A field named in a message as the desk's form labels it, its key kept in brackets for the
one who writes the file: a field she must fill says what to write (``Địa danh (dia_danh):
bắt buộc: ghi địa danh …``), a key the file may not hold lists the keys it may by their labels
and names the nearest (``kyhieu``: ``Ký hiệu (ky_hieu)``), on the command line and the desk."""

from __future__ import annotations

import html
from pathlib import Path

import yaml
from click.testing import CliRunner

from ntm_docgen.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
SEED_003 = ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"


def _mistyped(tmp_path: Path) -> Path:
    """Seed 003's guidance with two keys mistyped and its place left out."""
    data = yaml.safe_load(SEED_003.read_text(encoding="utf-8"))
    data["kyhieu"] = data.pop("ky_hieu", "HD-SNV")
    data["noi_nhann"] = data.pop("noi_nhan")
    del data["dia_danh"]
    path = tmp_path / "huong-dan.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_the_command_line_names_fields_by_their_labels(tmp_path):
    """Before: "dia_danh: bắt buộc; hãy thêm vào", "kyhieu: … (có phải là ky_hieu?). Các mục:
    ban_sao, can_cu, co_quan, …"."""
    out = tmp_path / "x.docx"
    result = CliRunner().invoke(main, ["--lang", "vi", "render", str(_mistyped(tmp_path)),
                                       "-o", str(out)])
    assert result.exit_code == 1 and not out.exists()
    said = result.output
    assert "Địa danh (dia_danh): bắt buộc: ghi địa danh in trước ngày, tháng, năm" in said
    assert "kyhieu: mục không có trong mẫu; hãy xóa đi (có phải là Ký hiệu (ky_hieu)?)" in said
    assert "(có phải là Nơi nhận (noi_nhan)?)" in said
    assert "Các mục: Khối bản sao (ban_sao), Căn cứ (can_cu), Tên cơ quan ban hành (co_quan)" \
        in said
    assert "Các mục: ban_sao, can_cu" not in said


def test_the_desk_names_them_so_for_a_guidance_uploaded(client, csrf, tmp_path):
    """A guidance with a mistyped key uploaded to make the implementing letter from."""
    spec = _mistyped(tmp_path)
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "cong-van",
                                             "ho_so": "xa-tan-thanh-lang-son",
                                             "ngay": "10/12/2026"},
                         files={"tep": (spec.name, spec.read_bytes())})
    page = html.unescape(answer.text)
    assert answer.status_code == 422
    assert "Place (dia_danh): required: write the place printed before the date" in page
    assert "(did you mean Ký hiệu (ky_hieu)?)" in page
    assert "Known keys: Copy block (ban_sao), Grounds (can_cu)" in page
