"""Every example spec, rendered to DOCX by `ntm-docgen render` and read back by the importer,
gives the fields it was written from (the copy-only spec 000-sao-y-bac-giang.yaml aside)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from ntm_docgen.cli import main
from ntm_docgen.context import noi_nhan_items
from ntm_docgen.importer import import_letter
from ntm_docgen.spec import Spec, load_spec

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
    trên" first in Nơi nhận after a Kính gửi and the default Lưu line."""
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
    }


def test_every_example_is_covered() -> None:
    assert len(SPECS) >= 8


@pytest.mark.parametrize("example", SPECS, ids=[p.stem for p in SPECS])
def test_render_then_import_gives_the_spec_back(example: Path, tmp_path: Path) -> None:
    out = tmp_path / f"{example.stem}.docx"
    result = CliRunner().invoke(main, ["render", str(example), "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = _written(load_spec(example))
    read = _read(import_letter(out).spec)
    wrong = {k: (_text(written[k]), _text(read[k])) for k in written
             if _text(written[k]) != _text(read[k])}
    assert not wrong, wrong
