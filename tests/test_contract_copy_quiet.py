"""Contract §6: a copy of a PDF says what it wrote and its own warnings, nothing more (no
library notes on stderr)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from ntm_docgen.files.fonts import pdf_font_warnings
from ntm_docgen.files.pdf import pdf_bytes
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent
LETTER = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
SAO_Y = ROOT / "data" / "examples" / "000-sao-y-bac-giang.yaml"


#: A TRÍCH SAO re-lays the text read from the PDF; the original's page numbers, left out, are
#: not told (the copy prints its own).
@pytest.mark.parametrize(("hinh_thuc", "more", "said"), [
    ("TRÍCH SAO", ["--trich", "II"], ""), ("SAO Y", [], ""),
], ids=["trich-sao", "sao-y"])
def test_a_copy_of_a_pdf_as_its_own_process_leaves_stderr_empty(tmp_path, today, hinh_thuc,
                                                                 more, said):
    original = tmp_path / "hd-1741.pdf"
    original.write_bytes(pdf_bytes(render_docx(load_spec(LETTER), today)))
    data = {**yaml.safe_load(SAO_Y.read_text(encoding="utf-8")), "hinh_thuc": hinh_thuc}
    copy_spec = tmp_path / "copy.yaml"
    copy_spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "copy.pdf"
    # its own process: what a library prints as the interpreter ends is seen too
    done = subprocess.run([sys.executable, "-m", "ntm_docgen", "copy", str(original), "--spec",
                           str(copy_spec), "-o", str(out), *more],
                          capture_output=True, text=True, env={**os.environ}, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"wrote {out}\n"
    # where Times New Roman is not installed the tool says so, in its own words
    told = [f"warning: {w}\n" for w in pdf_font_warnings()]
    ours = done.stderr.removesuffix("".join(told))
    assert ours.startswith(said) and ours.count("\n") == bool(said), done.stderr
