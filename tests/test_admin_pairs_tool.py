"""tools/admin_pairs.py counts the syllables, pairs and triples real letters write, each once per
file, from the PDF and Word files of git copies, and names the files it counted."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import docx

ROOT = Path(__file__).resolve().parent.parent


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("admin_pairs", ROOT / "tools" / "admin_pairs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_words_are_counted_where_no_sign_or_digit_parts_them() -> None:
    grams = _tool().grams("Điều 1. Bố trí kinh phí, dự toán năm 2025")
    assert ("bố", "trí", "kinh") in grams and ("dự", "toán", "năm") in grams
    assert ("phí", "dự") not in grams and ("điều", "bố") not in grams


def test_a_text_in_another_language_is_no_letter() -> None:
    tool = _tool()
    assert tool.vietnamese("Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện")
    assert not tool.vietnamese("Resume: IT support specialist, Google certificate")


def test_each_file_counts_once_and_is_named(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    for name, text in (("a.docx", "Bố trí kinh phí. Bố trí kinh phí."),
                       ("b.docx", "Sở Tài chính bố trí kinh phí")):
        document = docx.Document()
        document.add_paragraph(text)
        document.save(str(work / name))
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "letters"], check=True)
    mirrors = tmp_path / "mirrors"
    mirrors.mkdir()
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(mirrors / "so+letters")],
                   check=True)
    out, files = tmp_path / "list.tsv", tmp_path / "files.tsv"
    assert _tool().main([str(mirrors), "--out", str(out), "--files", str(files),
                         "--least", "1"]) == 0
    rows = dict(line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()
                if not line.startswith("#"))
    assert rows["bố trí"] == "2" and rows["tài chính bố"] == "1"
    named = files.read_text(encoding="utf-8").splitlines()
    assert named[0] == "repository\tcommit\tpath\tsha256"
    assert sorted(row.split("\t")[2] for row in named[1:]) == ["a.docx", "b.docx"]
