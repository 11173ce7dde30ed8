"""The front door (``from ntm_docgen import ...``): every job callable from Python, as the README
shows it, and cheap to import."""

from __future__ import annotations

import contextlib
import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest

import ntm_docgen
from ntm_docgen import api
from ntm_docgen.errors import OutputExistsError, SpecError

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "data" / "examples"
BULK = Path(__file__).resolve().parent / "data" / "bulk"


def test_every_api_function_is_at_the_front_door():
    """Each function of the front door's modules (``api/letters.py``, ...) is importable from
    ``ntm_docgen.api`` and from ``ntm_docgen``."""
    parts = [module for module in vars(api).values() if inspect.ismodule(module)
             and module.__name__.startswith("ntm_docgen.api.")]
    functions = {name for module in parts for name, f in vars(module).items()
                 if inspect.isfunction(f) and f.__module__ == module.__name__}
    assert set(ntm_docgen.__all__) == functions
    assert functions <= set(api.__all__)
    for name in functions:
        assert getattr(ntm_docgen, name) is getattr(api, name)


def test_import_is_cheap():
    """Importing the package loads no feature, template engine or database driver."""
    code = ("import sys, ntm_docgen; from ntm_docgen import load_spec, render; "
            "import json; print(json.dumps(sorted(sys.modules)))")
    loaded = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True,
                                       text=True, check=True, cwd=ROOT).stdout)
    heavy = [m for m in loaded if m.split(".")[0] in {"docxtpl", "docx", "sqlalchemy", "lxml",
                                                     "pypdf", "pypdfium2", "openpyxl"}
             or m.startswith(("ntm_docgen.bulk", "ntm_docgen.check", "ntm_docgen.letter"))]
    assert heavy == []


def test_load_render_check(tmp_path, today):
    letter = ntm_docgen.load_spec(EXAMPLES / "003-huong-dan-106-snv-lang-son.yaml")
    assert ntm_docgen.spec_warnings(letter) == []
    out = tmp_path / "106.docx"
    assert ntm_docgen.render(letter, out, today=today) == [out]
    assert ntm_docgen.check_file(out) == []
    with pytest.raises(OutputExistsError):
        ntm_docgen.render(letter, out, today=today)
    assert ntm_docgen.render_bytes(letter, today=today)[:2] == b"PK"


def test_parse_spec_reports_every_problem():
    with pytest.raises(SpecError) as caught:
        ntm_docgen.parse_spec({"loai": "KH"})
    assert {p.path for p in caught.value.problems} >= {"co_quan.ten", "dia_danh", "ky.ho_ten"}


def test_types_and_skeleton(today):
    codes = [t.code for t in ntm_docgen.types()]
    assert "KH" in codes and "CV" in codes
    text = ntm_docgen.skeleton(ntm_docgen.find_type("ke hoach"), today)
    assert text.splitlines()[2] == "loai: KH"


def test_run_bulk_reports_progress(tmp_path, today):
    seen: list[tuple[str, int]] = []

    @contextlib.contextmanager
    def progress(label, total):
        seen.append((label, total))
        yield lambda n: None

    report = ntm_docgen.run_bulk(BULK / "xa.yaml", tmp_path / "out", province="Lai Châu",
                                 today=today, jobs=1, progress=progress)
    assert seen == [("Letters", 38)]
    assert len(report.summary.letters) == 38 and report.failures == []


def test_copy_document(tmp_path, today):
    original = tmp_path / "goc.docx"
    ntm_docgen.render(ntm_docgen.load_spec(EXAMPLES / "000-huong-dan-1741-btdkt.yaml"),
                      original, today=today)
    ban_sao = ntm_docgen.load_copy_spec(EXAMPLES / "000-sao-y-bac-giang.yaml")
    done = ntm_docgen.copy_document(original, ban_sao, tmp_path / "sao.docx", today=today)
    assert done.result.path.is_file() and done.so_hieu is None


def test_derive_and_import(tmp_path, today):
    result = ntm_docgen.derive_file(EXAMPLES / "000-huong-dan-1741-btdkt.yaml",
                                    ROOT / "data" / "profiles" / "quang-ngai.yaml",
                                    "cong-van", today=today)
    letter = ntm_docgen.parse_spec(result.spec)
    out = tmp_path / "cv.docx"
    ntm_docgen.render(letter, out, today=today)
    back = ntm_docgen.import_letter(out)
    assert "V/v " + back.spec["trich_yeu"] == result.spec["trich_yeu"]
    text = ntm_docgen.spec_file_text(back.spec, tmp_path / "cv.json")
    assert json.loads(text)["loai"] == "CV"


def test_register(tmp_path):
    with ntm_docgen.open_register(str(tmp_path / "so.sqlite")) as register:
        given = register.allocate("UBND", "KH", nam=2026)
    assert given.so_hieu == "01/KH-UBND"


def test_shipped_profiles_are_parsed_again_only_when_a_file_changes(tmp_path, monkeypatch):
    """The desk lists them on every visit: a file is parsed once per version (its path, time
    and size), and each caller gets its own copy."""
    import yaml

    from ntm_docgen.files import resources

    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "lang-son.yaml").write_text("ten_goi: Sở Nội vụ\n", encoding="utf-8")
    monkeypatch.setattr(resources, "data_dir", lambda: tmp_path)
    parsed: list[str] = []
    real = yaml.load

    def load(text, Loader):  # type: ignore[no-untyped-def]
        parsed.append(text)
        return real(text, Loader=Loader)

    monkeypatch.setattr(resources.yaml, "load", load)
    api.profiles()["lang-son"]["ten_goi"] = "changed by a caller"
    assert api.profiles() == {"lang-son": {"ten_goi": "Sở Nội vụ"}}
    assert len(parsed) == 1
    (folder / "lang-son.yaml").write_text("ten_goi: Sở Nội vụ tỉnh\n", encoding="utf-8")
    assert api.profiles() == {"lang-son": {"ten_goi": "Sở Nội vụ tỉnh"}}
    assert len(parsed) == 2
