"""A picture given to ``import`` with a side longer than Tesseract reads (a strip of 1 × 100,000
pixels, under the pixels' limit): refused naming the file and its size before OCR is run (its
"Image too large" was told as a Tesseract to reinstall). Each picture is made here, small."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from ntm_docgen.cli.main import main


@pytest.mark.parametrize(("width", "height", "said"), [
    (1, 100_000, "1 × 100,000"), (40_000, 40, "40,000 × 40")], ids=["tall", "wide"])
def test_a_strip_is_refused_before_ocr(runner: CliRunner, tmp_path: Path, width: int,
                                       height: int, said: str) -> None:
    strip = tmp_path / "dai.png"
    Image.new("L", (width, height), 255).save(strip)
    spec = tmp_path / "dai.yaml"
    result = runner.invoke(main, ["import", str(strip), "-o", str(spec)])
    assert result.exit_code == 1, result.output
    assert f"dai.png: the picture is {said} pixels, a side longer than the 32,767 pixels OCR " \
           "reads" in result.stderr, result.stderr
    assert "Tesseract" not in result.stderr and not spec.exists()
