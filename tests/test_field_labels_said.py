"""A field named in a message as the desk's form labels it, its key kept in brackets for the
one who writes the file: a field she must fill says what to write (``Địa danh (dia_danh):
bắt buộc: ghi địa danh …``), a key the file may not hold lists the keys it may by their labels
and names the nearest (``kyhieu``: ``Ký hiệu (ky_hieu)``), on the command line and the desk."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from ntm_docgen.cli.main import main
from ntm_docgen.errors import SpecError
from ntm_docgen.letter.model import COPY_KEYS, LETTER_KEYS
from ntm_docgen.letter.spec import parse_copy_spec, parse_spec

ROOT = Path(__file__).resolve().parent.parent
SEED_003 = ROOT / "data" / "examples" / "003-huong-dan-106-snv-lang-son.yaml"
COPY_SPEC = ROOT / "tests" / "data" / "specs" / "copy.sao-y.yaml"


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


def _wrong_shape(key: str) -> object:
    """A value of the wrong shape for ``key``: a list where a block goes, a block elsewhere."""
    return [] if key in ("co_quan", "ky", "ban_sao") else {"x": 1}


@pytest.mark.parametrize("key", sorted(LETTER_KEYS))
def test_a_letter_key_of_the_wrong_shape_is_named_by_its_label(key):
    """Before: “ky: cần một nhóm mục; thấy một danh sách”, the key alone where a field to fill
    was named “Họ tên người ký (ky.ho_ten)”."""
    data = yaml.safe_load(SEED_003.read_text(encoding="utf-8"))
    data[key] = _wrong_shape(key)
    with pytest.raises(SpecError) as caught:
        parse_spec(data, "spec.yaml")
    for problem in caught.value.problems:
        assert problem.named_as.endswith(f" ({problem.path})"), problem
        assert str(problem).startswith(problem.named_as)


@pytest.mark.parametrize("key", sorted(COPY_KEYS - {"hinh_thuc"}))
def test_a_copy_key_of_the_wrong_shape_is_named_by_its_label(key):
    data = yaml.safe_load(COPY_SPEC.read_text(encoding="utf-8"))
    data[key] = _wrong_shape(key)
    with pytest.raises(SpecError) as caught:
        parse_copy_spec(data, "sao.yaml")
    assert all(p.named_as.endswith(f" ({p.path})") for p in caught.value.problems)


def test_the_command_line_names_a_signature_given_as_a_list(tmp_path):
    spec = tmp_path / "ke-hoach.yaml"
    data = yaml.safe_load(SEED_003.read_text(encoding="utf-8"))
    data["ky"] = []
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(main, ["--lang", "vi", "render", str(spec), "-o",
                                       str(tmp_path / "x.docx")])
    assert result.exit_code == 1
    assert "  - Chữ ký (ky): cần một nhóm mục; thấy một danh sách" in result.output


def test_the_desk_s_bulk_page_names_it_so_for_a_letter_uploaded(client, csrf):
    data = yaml.safe_load(SEED_003.read_text(encoding="utf-8"))
    data["ky"] = []
    letter = yaml.safe_dump(data, allow_unicode=True).encode("utf-8")
    answer = client.post("/hang-loat", data={"csrf_token": csrf, "tinh": "Lạng Sơn"},
                         files={"mau": ("ke-hoach.yaml", letter)})
    assert answer.status_code == 422
    assert "Signature (ky): expected a mapping of keys; found a list" in \
        html.unescape(answer.text)
