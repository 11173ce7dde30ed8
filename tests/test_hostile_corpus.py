"""Every command fed hostile files (tests/hostile_files.py) in a real process capped at 1 GB of
address space and a minute: one clear message, exit 1 or 2, no traceback, nothing written, and
never the boundary's last resort ("not enough memory", "internal error").

A few hostile shapes have a correct result instead (a sheet whose <dimension> lies, a DOCX
with comments, check of odd measures): those must succeed, within the same caps."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile_files import SPECS, docx_file, pdf_file, spec_file, text_file, xlsx_file

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "data" / "examples"
MEMORY = 1 << 30
SECONDS = 60
COPY_SPEC = EXAMPLES / "000-sao-y-bac-giang.yaml"
LETTER_SPEC = EXAMPLES / "cong-van-ubnd-tinh-kon-tum.yaml"
PROFILE = ROOT / "data" / "profiles"
LAST_RESORT = ("Traceback", "not enough memory", "internal error", "nested too deeply to be read")


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NTM_DOCGEN_LANG": "en", "TMPDIR": str(cwd)}
    return subprocess.run([sys.executable, "-m", "ntm_docgen", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=SECONDS, preexec_fn=_cap,
                          check=False)


def assert_refused(result: subprocess.CompletedProcess[str], out: Path) -> None:
    said = result.stdout + result.stderr
    assert result.returncode in (1, 2), said
    assert not any(word in said for word in LAST_RESORT), said
    assert result.stderr.strip(), "no message"
    assert not out.exists() and not list(out.parent.glob(".*.part"))


def profile() -> Path:
    return next(PROFILE.glob("*.yaml"))


@pytest.mark.parametrize("name", list(SPECS), ids=list(SPECS))
def test_commands_refuse_a_hostile_spec(tmp_path: Path, name: str) -> None:
    spec = spec_file(tmp_path, name)
    out = tmp_path / "out.docx"
    for args in (["render", str(spec), "-o", str(out)],
                 ["bulk", str(spec), "--xa-cua", "Lai Châu", "-o", str(tmp_path / "bulk")],
                 ["copy", str(tmp_path / "x.docx"), "--spec", str(spec), "-o", str(out)],
                 ["derive", str(spec), "--profile", str(profile()), "--as", "cong-van", "-o",
                  str(out)],
                 ["derive", str(LETTER_SPEC), "--profile", str(spec), "--as", "cong-van", "-o",
                  str(out)]):
        assert_refused(run(args, tmp_path), out)
        assert not (tmp_path / "bulk").exists() or not list((tmp_path / "bulk").iterdir())


DOCX = ["bomb.docx", "encrypted.docx", "truncated.docx", "text.docx", "pdf.docx", "deep.docx",
        "no-body.docx", "many-parts.docx"]


@pytest.mark.parametrize("name", DOCX, ids=DOCX)
def test_commands_refuse_a_hostile_docx(tmp_path: Path, name: str) -> None:
    original = docx_file(tmp_path, name)
    out = tmp_path / "out.docx"
    spec = tmp_path / "out.yaml"
    for args, written in ((["copy", str(original), "--spec", str(COPY_SPEC), "-o", str(out)], out),
                          (["import", str(original), "-o", str(spec)], spec),
                          (["check", str(original)], out),
                          (["derive", str(original), "--profile", str(profile()), "--as",
                            "cong-van", "-o", str(out)], out)):
        assert_refused(run(args, tmp_path), written)


def test_check_refuses_200000_empty_paragraphs_at_once(tmp_path: Path) -> None:
    result = run(["check", str(docx_file(tmp_path, "empty-paragraphs.docx"))], tmp_path)
    assert_refused(result, tmp_path / "none")
    assert "NTM_DOCGEN_MAX_PARAGRAPHS" in result.stderr


PDF = ["huge-page.pdf", "flate-bomb.pdf", "huge-image.pdf", "deep-tree.pdf", "truncated.pdf",
       "encrypted.pdf"]


@pytest.mark.parametrize("name", PDF, ids=PDF)
def test_copy_refuses_a_hostile_pdf(tmp_path: Path, name: str) -> None:
    out = tmp_path / "out.pdf"
    result = run(["copy", str(pdf_file(tmp_path, name)), "--spec", str(COPY_SPEC), "-o",
                  str(out)], tmp_path)
    assert_refused(result, out)


RECIPIENTS = {"sheet-bomb.xlsx": xlsx_file, "wide-row.xlsx": xlsx_file,
              "encrypted.xlsx": xlsx_file, "zero-rows.csv": text_file, "zero.csv": text_file}


@pytest.mark.parametrize("name", list(RECIPIENTS), ids=list(RECIPIENTS))
def test_bulk_refuses_hostile_recipients(tmp_path: Path, name: str) -> None:
    recipients = RECIPIENTS[name](tmp_path, name)
    out = tmp_path / "bulk"
    result = run(["bulk", str(LETTER_SPEC), "--recipients", str(recipients), "-o", str(out),
                  "--merge", str(tmp_path / "all.docx")], tmp_path)
    assert_refused(result, tmp_path / "all.docx")
    assert not out.exists() or not list(out.iterdir())


@pytest.mark.parametrize("name", ["zero.txt", "backtracking.txt", "long-vv.txt"],
                         ids=["dev-zero", "backtracking", "long-vv"])
def test_import_of_hostile_text_ends_with_a_result_or_a_message(tmp_path: Path,
                                                                 name: str) -> None:
    result = run(["import", str(text_file(tmp_path, name)), "-o", str(tmp_path / "s.yaml")],
                 tmp_path)
    said = result.stdout + result.stderr
    assert result.returncode in (0, 1), said
    assert not any(word in said for word in LAST_RESORT), said


def test_render_of_an_80_kb_line_of_bold_marks(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    text = LETTER_SPEC.read_text(encoding="utf-8")
    spec.write_text(text + "\n" if "noi_dung" in text else text, encoding="utf-8")
    import yaml

    data = yaml.safe_load(text)
    data["noi_dung"] = "**a " * 20_000
    spec.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = run(["render", str(spec), "-o", str(tmp_path / "out.docx")], tmp_path)
    assert result.returncode == 0, result.stderr
