"""Every example spec, rendered to DOCX by `ntm-docgen render` and read back by the importer,
gives the fields it was written from (the copy-only spec 000-sao-y-bac-giang.yaml aside); so
does each example with độ mật and độ khẩn marks added."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from click.testing import CliRunner

from ntm_docgen.cli.main import main
from ntm_docgen.importer import import_letter
from ntm_docgen.letter.context import noi_nhan_items
from ntm_docgen.letter.spec import Spec, load_spec

EXAMPLES = Path(__file__).parent.parent / "data" / "examples"
SPECS = sorted(p for p in EXAMPLES.glob("*.yaml") if p.name != "000-sao-y-bac-giang.yaml")


def _text(value: Any) -> Any:
    """NFC with whitespace collapsed (a two-line name equals the same name on one line)."""
    if value is None or value in ("", [], ()):
        return None
    if isinstance(value, (list, tuple)):
        return tuple(_text(v) for v in value)
    return " ".join(unicodedata.normalize("NFC", str(value)).split())


def _written(spec: Spec) -> dict[str, Any]:
    """The fields as the letter prints them: a công văn's "V/v" is the layout's, as are "Như
    trên" first in Nơi nhận after a Kính gửi, the default Lưu line and the mark that closes a
    căn cứ (the importer reads a căn cứ without it)."""
    printed = noi_nhan_items(spec.noi_nhan, spec.luu, spec.don_vi, bool(spec.kinh_gui))
    items = [re.sub(r"^- |;$", "", item) for item in printed[:-1]]
    luu = re.sub(r"^- Lưu: |\.$", "", printed[-1])
    trich_yeu = re.sub(r"^V/v\s+", "", spec.trich_yeu) if spec.trich_yeu else None
    return {
        "loai": spec.loai.ma or "CV", "so": spec.so, "ky_hieu": spec.ky_hieu, "ngay": spec.ngay,
        "dia_danh": spec.dia_danh, "co_quan.ten": spec.co_quan.ten,
        "co_quan.chu_quan": spec.co_quan.chu_quan, "trich_yeu": trich_yeu,
        "ky.quyen_han": spec.ky.quyen_han, "ky.chuc_vu": spec.ky.chuc_vu,
        "ky.ho_ten": spec.ky.ho_ten, "noi_nhan": items, "luu": luu,
        "do_mat": spec.do_mat, "do_khan": spec.do_khan, "tham_quyen": spec.tham_quyen,
        "can_cu": [re.sub(r"\s*[;,.]$", "", line) for line in spec.can_cu],
    }


def _read(data: dict[str, Any]) -> dict[str, Any]:
    co_quan, ky = data.get("co_quan") or {}, data.get("ky") or {}
    return {
        "loai": data.get("loai"), "so": data.get("so"), "ky_hieu": data.get("ky_hieu"),
        "ngay": data.get("ngay"), "dia_danh": data.get("dia_danh"),
        "co_quan.ten": co_quan.get("ten"), "co_quan.chu_quan": co_quan.get("chu_quan"),
        "trich_yeu": data.get("trich_yeu"), "ky.quyen_han": ky.get("quyen_han"),
        "ky.chuc_vu": ky.get("chuc_vu"), "ky.ho_ten": ky.get("ho_ten"),
        "noi_nhan": data.get("noi_nhan"), "luu": data.get("luu"),
        "do_mat": data.get("do_mat"), "do_khan": data.get("do_khan"),
        "tham_quyen": data.get("tham_quyen"), "can_cu": data.get("can_cu"),
    }


def test_every_example_is_covered() -> None:
    assert len(SPECS) >= 8


MARKS = [{}, {"do_mat": "MẬT", "do_khan": "KHẨN"}, {"do_mat": "TUYỆT MẬT"},
         {"do_mat": "TỐI MẬT", "do_khan": "HỎA TỐC"}, {"do_khan": "THƯỢNG KHẨN"}]
CASES = [(p, m) for p in SPECS for m in MARKS]


@pytest.mark.parametrize(("example", "marks"), CASES,
                         ids=[f"{p.stem}-{'-'.join(m.values()) or 'plain'}" for p, m in CASES])
def test_render_then_import_gives_the_spec_back(example: Path, marks: dict[str, str],
                                                tmp_path: Path) -> None:
    if marks:
        data = {**yaml.safe_load(example.read_text(encoding="utf-8")), **marks}
        example = tmp_path / example.name
        example.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = tmp_path / f"{example.stem}.docx"
    result = CliRunner().invoke(main, ["render", str(example), "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = _written(load_spec(example))
    read = _read(import_letter(out).spec)
    wrong = {k: (_text(written[k]), _text(read[k])) for k in written
             if _text(written[k]) != _text(read[k])}
    assert not wrong, wrong


QUYET_DINH = EXAMPLES / "quyet-dinh-khen-thuong.yaml"
AUTHORITIES = ["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH",
               "TRƯỞNG PHÒNG NỘI VỤ HUYỆN"]


@pytest.mark.parametrize("tham_quyen", AUTHORITIES, ids=["chu-tich", "hoi-dong", "truong-phong"])
def test_quyet_dinh_reads_authority_can_cu_body_and_appendices(tham_quyen: str,
                                                               tmp_path: Path) -> None:
    """Ô 5b is read whatever its words (bold capitals over the căn cứ), the generated
    "QUYẾT ĐỊNH:" stays out of noi_dung, and rendering the imported spec prints it once."""
    data = yaml.safe_load(QUYET_DINH.read_text(encoding="utf-8"))
    data.update(tham_quyen=tham_quyen, so=31, ngay="2026-03-02")
    data.pop("nam")
    spec_path = tmp_path / "qd.yaml"
    spec_path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["render", str(spec_path), "-o", str(tmp_path / "qd.docx")]) \
        .exit_code == 0
    result = runner.invoke(main, ["import", str(tmp_path / "qd.docx"), "-o",
                                  str(tmp_path / "back.yaml")])
    assert result.exit_code == 0, result.output
    back = yaml.safe_load((tmp_path / "back.yaml").read_text(encoding="utf-8"))
    assert back["tham_quyen"] == tham_quyen
    assert back["can_cu"] == data["can_cu"]
    assert back["noi_dung"] == data["noi_dung"].rstrip("\n")
    assert [p["noi_dung"] for p in back["phu_luc"]] == [data["phu_luc"][0]["noi_dung"].rstrip()]
    again = runner.invoke(main, ["render", str(tmp_path / "back.yaml"), "-o",
                                 str(tmp_path / "again.docx")])
    assert again.exit_code == 0, again.output
    lines = [p.text for p in docx.Document(str(tmp_path / "again.docx")).paragraphs]
    assert lines.count("QUYẾT ĐỊNH:") == 1
