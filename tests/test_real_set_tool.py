"""tools/real_set.py rebuilds a set of real letters from provenance.tsv: each file taken from its
repository at its commit, its sha256 checked; a missing copy or a changed file is named."""

from __future__ import annotations

import hashlib
import importlib.util
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("real_set", ROOT / "tools" / "real_set.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def mirror(tmp_path) -> tuple[Path, str, bytes]:
    """A git copy of owner/letters under tmp/mirrors/owner+letters, one letter committed."""
    repo = tmp_path / "mirrors" / "owner+letters"
    (repo / "van-ban").mkdir(parents=True)
    data = b"PK\x03\x04 a letter"
    (repo / "van-ban" / "Kế hoạch 01.docx").write_bytes(data)
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git[:3], "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "a letter"], check=True)
    commit = subprocess.run([*git[:3], "rev-parse", "HEAD"], check=True, capture_output=True,
                            text=True).stdout.strip()
    return tmp_path / "mirrors", commit, data


def _provenance(path: Path, rows: list[tuple[str, str, str, str, str]]) -> Path:
    lines = ["name\trepository\tcommit\tpath\tsha256"] + ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_extracts_and_verifies(mirror, tmp_path, capsys):
    mirrors, commit, data = mirror
    sha = hashlib.sha256(data).hexdigest()
    tsv = _provenance(tmp_path / "p.tsv", [("kh_01.docx", "owner/letters", commit,
                                            "van-ban/Kế hoạch 01.docx", sha)])
    out = tmp_path / "files"
    assert _tool().main([str(mirrors), str(out), "--provenance", str(tsv)]) == 0
    assert (out / "kh_01.docx").read_bytes() == data
    assert "1 of 1 files" in capsys.readouterr().out
    assert _tool().main([str(mirrors), str(out), "--provenance", str(tsv)]) == 0  # kept


def test_changed_file_and_missing_copy_are_named(mirror, tmp_path, capsys):
    mirrors, commit, _data = mirror
    tsv = _provenance(tmp_path / "p.tsv", [
        ("kh_01.docx", "owner/letters", commit, "van-ban/Kế hoạch 01.docx", "0" * 64),
        ("cv_02.docx", "other/repo", commit, "cv.docx", "1" * 64)])
    out = tmp_path / "files"
    assert _tool().main([str(mirrors), str(out), "--provenance", str(tsv)]) == 1
    err = capsys.readouterr().err
    assert "kh_01.docx: sha256 " in err and "provenance.tsv says 000" in err
    assert "cv_02.docx: no copy of other/repo" in err
    assert "git clone --bare https://github.com/other/repo" in err
    assert not list(out.iterdir())  # nothing half-written, nothing unverified


def test_the_real_set_names_every_labelled_letter():
    rows = _tool().read_provenance(_tool().PROVENANCE)
    names = {row["name"].rsplit(".", 1)[0] for row in rows}  # a .docx, or a .doc
    labels = (ROOT / "tests" / "data" / "check" / "real" / "labels.yaml").read_text("utf-8")
    labelled = {line.split(":")[0] for line in labels.splitlines()
                if line and not line.startswith((" ", "#", "-"))}
    assert names == labelled
    assert all(len(row["sha256"]) == 64 and len(row["commit"]) == 40 for row in rows)
