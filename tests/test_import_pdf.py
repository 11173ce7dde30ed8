"""`import` of PDF letters: the text layer laid out in columns, and scans read by OCR.

The PDFs are made here from committed letters: each is imported from its text, rendered in the
decree's layout and printed to PDF by LibreOffice; the scan is that PDF rasterised by pdftoppm
and wrapped as an image-only PDF. Reading a letter back from its PDF must give what the same
letter gives as a Word document (rendering adds what the text lacked, ``- Như trên;``, ``Lưu``).
"""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from PIL import Image

from ntm_docgen import api
from ntm_docgen.cli.main import main
from ntm_docgen.files.pdf import convert
from ntm_docgen.importer import import_letter
from ntm_docgen.importer.lost import lost_lines
from ntm_docgen.importer.reading import read_source

LETTERS = Path(__file__).parent / "data" / "letters"
CASES = ["held_out_9/cv_2014_vpcp_2948", "held_out_9/kh_2023_daknong_312",
         "held_out_9/qd_2013_hagiang_1209", "held_out_8/ttr_2015_congly_28",
         "held_out_8/tb_2025_tandoan_tcd", "cv_2024_bnv_2291"]
FIELDS = ["loai", "co_quan", "so", "ky_hieu", "dia_danh", "ngay", "trich_yeu", "kinh_gui",
          "can_cu", "tham_quyen", "ky", "noi_nhan", "luu"]
TODAY = date(2026, 11, 23)


def _paragraphs(spec: dict[str, Any]) -> list[str]:
    return [" ".join(p.split()) for p in str(spec.get("noi_dung", "")).split("\n") if p.strip()]


def _same(value: Any) -> Any:
    """A value with no space after a hyphen: a line broken after ``TT-`` cannot tell whether
    one followed it (``TT- TTCP`` in a letter typed so)."""
    if isinstance(value, str):
        return re.sub(r"-\s+", "-", value)
    if isinstance(value, list):
        return [_same(v) for v in value]
    if isinstance(value, dict):
        return {k: _same(v) for k, v in value.items()}
    return value


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[dict[str, Any], Path]]:
    """For each case: the spec its Word document gives, and its PDF."""
    work = tmp_path_factory.mktemp("printed")
    names = []
    for case in CASES:
        spec = import_letter(LETTERS / f"{case}.txt").spec
        name = case.replace("/", "-")
        data = api.render_bytes(api.parse_spec(spec), today=TODAY)
        (work / f"{name}.docx").write_bytes(data)
        names.append(name)
    convert(sorted(work.glob("*.docx")), work)
    return {name: (import_letter(work / f"{name}.docx").spec, work / f"{name}.pdf")
            for name in names}


@pytest.mark.parametrize("case", [c.replace("/", "-") for c in CASES])
def test_a_printed_letter_reads_as_its_text(printed: dict, case: str) -> None:
    spec, pdf = printed[case]
    found = import_letter(pdf).spec
    for name in FIELDS:
        assert _same(found.get(name)) == _same(spec.get(name)), name
    assert _same(_paragraphs(found)) == _same(_paragraphs(spec))


@pytest.mark.parametrize("case", [c.replace("/", "-") for c in CASES])
def test_no_line_of_a_printed_letter_is_lost(printed: dict, case: str) -> None:
    _, pdf = printed[case]
    result = import_letter(pdf)
    assert lost_lines(read_source(pdf).lines, result.spec, result.warnings) == []


def _scan(pdf: Path, out: Path) -> Path:
    """The PDF as a scanner gives it: pages of pixels (200 dpi, grey), no text layer."""
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(out / "page")],
                   check=True, capture_output=True)
    pages = [Image.open(p) for p in sorted(out.glob("page*.png"))]
    scan = out / f"{pdf.stem}.scan.pdf"
    pages[0].save(scan, save_all=True, append_images=pages[1:], resolution=200)
    return scan


def _share(found: dict[str, Any], spec: dict[str, Any]) -> float:
    names = [n for n in FIELDS if spec.get(n) is not None]
    right = sum(found.get(n) == spec.get(n) for n in names)
    paras, want = _paragraphs(found), _paragraphs(spec)
    right += bool(paras) and paras[0] == want[0]
    right += bool(paras) and paras[-1] == want[-1]
    return right / (len(names) + 2)


def test_a_scanned_letter_is_read_by_ocr(printed: dict, tmp_path: Path) -> None:
    spec, pdf = printed["held_out_9-cv_2014_vpcp_2948"]
    result = import_letter(_scan(pdf, tmp_path))
    assert _share(result.spec, spec) >= 0.85
    assert any("read by OCR" in w for w in result.warnings)


def test_a_photo_of_a_letter_is_read_by_ocr(printed: dict, tmp_path: Path) -> None:
    spec, pdf = printed["cv_2024_bnv_2291"]
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "photo")], check=True, capture_output=True)
    found = import_letter(tmp_path / "photo.png").spec
    assert found["so"] == spec["so"] and found["dia_danh"] == spec["dia_danh"]
    assert found["ngay"] == spec["ngay"] and found["ky"]["ho_ten"] == spec["ky"]["ho_ten"]


def test_without_ocr_a_scan_gets_one_clear_message(printed: dict, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import ntm_docgen.importer.ocrpage as ocrpage

    scan = _scan(printed["held_out_9-cv_2014_vpcp_2948"][1], tmp_path)
    monkeypatch.setattr(ocrpage.shutil, "which", lambda name: None)
    monkeypatch.setattr(ocrpage, "_OCR_FOUND", [])  # a process that has not found it yet
    out = tmp_path / "spec.yaml"
    result = CliRunner().invoke(main, ["import", str(scan), "-o", str(out)])
    assert result.exit_code == 1
    assert "tesseract-ocr-vie" in result.stderr and "Traceback" not in result.output
    assert not out.exists()


def test_without_the_reader_of_the_pen_a_scan_is_read_by_tesseract_alone_and_told(
        printed: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """PP-OCR (importer/penread.py) missing (Python 3.13, or OpenCV without libGL): the scan is
    read all the same, Tesseract alone reading its handwritten digits, and that is told; it
    once refused every scan (a review)."""
    import ntm_docgen.importer.penread as penread

    def missing() -> None:
        raise ImportError("rapidocr_onnxruntime")

    scan = _scan(printed["held_out_9-cv_2014_vpcp_2948"][1], tmp_path)
    monkeypatch.setattr(penread, "_recogniser", missing)
    monkeypatch.setattr(penread, "_MISSING", [])
    out = tmp_path / "spec.yaml"
    result = CliRunner().invoke(main, ["import", str(scan), "-o", str(out)],
                                env={"NTM_DOCGEN_LANG": "en"})
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert "rapidocr-onnxruntime" in said and "read by Tesseract alone" in said, said
    assert "Traceback" not in result.output and out.exists()
