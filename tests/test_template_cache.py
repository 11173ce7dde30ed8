"""Compiled templates kept between runs: a later process renders without docxtpl, a template
edited in Word is compiled again, and a cache that is broken, unwritable or turned off changes
nothing but the time taken."""

from __future__ import annotations

import io
import json
import marshal
import os
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.files import cache
from ntm_docgen.files.docxzip import Package
from ntm_docgen.files.resources import template_path
from ntm_docgen.letter import layout, printed
from ntm_docgen.letter.context import phu_luc_context
from ntm_docgen.letter.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "examples" / "002-huong-dan-748-de-cuong.yaml"

RENDER = """
import json, sys
from datetime import date
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import load_spec
data = render_docx(load_spec(sys.argv[1]), date(2026, 11, 23))
open(sys.argv[2], "wb").write(data)
print(json.dumps(sorted(m for m in sys.modules
                      if m.split(".")[0] in ("docxtpl", "docx", "jinja2", "lxml", "zipfile",
                                             "tempfile"))))
"""


def render_in_new_process(folder: Path, out: Path) -> list[str]:
    """Render the example in a fresh interpreter using ``folder`` as the cache; the docxtpl,
    python-docx and Jinja modules it loaded."""
    env = {**os.environ, cache.ENVIRONMENT: str(folder)}
    done = subprocess.run([sys.executable, "-c", RENDER, str(EXAMPLE), str(out)], env=env,
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout)


def test_second_process_renders_without_docxtpl(tmp_path):
    folder = tmp_path / "cache"
    first = render_in_new_process(folder, tmp_path / "a.docx")
    assert {"docxtpl", "jinja2"} <= set(first)  # nothing cached yet: both prepare the template
    assert {p.name.split("-")[0] for p in (folder / "templates").iterdir()} == {"van_ban",
                                                                                "phu_luc"}
    assert render_in_new_process(folder, tmp_path / "b.docx") == []
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    """A cache folder of the test's own, and templates compiled afresh."""
    monkeypatch.setenv(cache.ENVIRONMENT, str(tmp_path / "cache"))
    layout.compiled.cache_clear()
    yield tmp_path / "cache" / "templates"
    layout.compiled.cache_clear()


def edited_template(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the appendix template with one text changed in its document, as if in Word."""
    source = Package(template_path("phu_luc"))
    document = source.text(layout.DOCUMENT)
    assert old in document
    target = tmp_path / "phu_luc.docx"
    target.write_bytes(source.write({layout.DOCUMENT: document.replace(old, new).encode()}))
    return target


def appendix_text(template: layout.CompiledTemplate) -> str:
    spec = load_spec(EXAMPLE)
    return template.render_body(phu_luc_context(spec, spec.phu_luc[0], 0, date(2026, 11, 23)))


def test_template_edited_in_word_is_compiled_again(tmp_path, own_cache, monkeypatch):
    original = layout.CompiledTemplate("phu_luc")
    assert "Arial" not in appendix_text(original)
    edited = edited_template(tmp_path, "Times New Roman", "Arial")
    monkeypatch.setattr(layout, "template_path", lambda name: edited)
    assert "Arial" in appendix_text(layout.CompiledTemplate("phu_luc"))
    assert len(list(own_cache.iterdir())) == 2  # one entry for each version of the template


def test_broken_entry_is_made_again(own_cache):
    layout.CompiledTemplate("phu_luc")
    (entry,) = own_cache.iterdir()
    good = entry.read_bytes()
    entry.write_bytes(good[:100])
    assert "Times New Roman" in appendix_text(layout.CompiledTemplate("phu_luc"))
    assert entry.read_bytes() == good


@pytest.mark.parametrize("setting", ["", "file"], ids=["turned-off", "not-a-folder"])
def test_cache_off_or_unwritable_changes_nothing_but_time(tmp_path, monkeypatch, setting):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv(cache.ENVIRONMENT, str(blocker) if setting else "")
    layout.compiled.cache_clear()
    try:
        assert "Times New Roman" in appendix_text(layout.CompiledTemplate("phu_luc"))
    finally:
        layout.compiled.cache_clear()
    assert blocker.read_text() == "x"
    assert list(tmp_path.iterdir()) == [blocker]


@pytest.mark.parametrize("field", ["trich_yeu", "noi_dung", "kinh_gui", "can_cu", "phu_luc",
                                   "ky"])
def test_control_characters_never_reach_the_part(field):
    """The last guard: whatever a field holds (here past the spec's own cleaning), the
    document it gives can be read."""
    from dataclasses import replace

    from lxml import etree

    from ntm_docgen.letter.render import render_docx
    from ntm_docgen.letter.spec import ChuKy, PhuLuc

    bad = "Phụ lục\x0b\x01 I\ufffe\x1f"
    spec = load_spec(EXAMPLE)
    value = {"kinh_gui": (bad,), "can_cu": (bad,), "phu_luc": (PhuLuc(tieu_de=bad,
                                                                          noi_dung=bad),),
             "ky": ChuKy(chuc_vu=bad, ho_ten=bad, quyen_han=(f"KT. {bad}",))}.get(field, bad)
    data = render_docx(replace(spec, **{field: value}), date(2026, 11, 23))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read(layout.DOCUMENT)
    etree.fromstring(xml)
    text = xml.decode()
    assert "Phụ lục I" in text or "PHỤ LỤC I" in text


@pytest.mark.parametrize("stored", [b"", b"\x00not marshal", None], ids=["empty", "garbage",
                                                                       "missing"])
def test_data_files_parsed_once_then_read_from_the_cache(tmp_path, monkeypatch, stored):
    """A data file is parsed once and kept; an edited file is parsed anew; an entry that
    cannot be read is parsed again; a value marshal cannot keep (a date) is not kept."""
    from ntm_docgen.files import resources

    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr(resources, "data_dir", lambda: data)
    monkeypatch.setenv(cache.ENVIRONMENT, str(tmp_path / "cache"))
    (data / "bang.yaml").write_text("ten: Bảng 1\nso: [1, 2]\n", encoding="utf-8")
    resources.load_data.cache_clear()
    assert resources.load_data("bang.yaml") == {"ten": "Bảng 1", "so": [1, 2]}
    [entry] = (tmp_path / "cache" / "data").iterdir()
    entry.write_bytes(marshal.dumps({"ten": "from the cache"}))
    resources.load_data.cache_clear()
    assert resources.load_data("bang.yaml") == {"ten": "from the cache"}
    if stored is None:
        entry.unlink()
    else:
        entry.write_bytes(stored)
    resources.load_data.cache_clear()
    assert resources.load_data("bang.yaml") == {"ten": "Bảng 1", "so": [1, 2]}
    (data / "bang.yaml").write_text("ten: Bảng 2\n", encoding="utf-8")
    resources.load_data.cache_clear()
    assert resources.load_data("bang.yaml") == {"ten": "Bảng 2"}
    (data / "ngay.yaml").write_text("ngay: 2026-01-05\n", encoding="utf-8")
    assert resources.load_data("ngay.yaml") == {"ngay": date(2026, 1, 5)}
    assert len(list((tmp_path / "cache" / "data").iterdir())) == 2  # bảng 1 and 2, no date
    resources.load_data.cache_clear()


def test_values_loops_and_conditions_read_back_from_the_cache_match_jinja(own_cache):
    """Every shipped template runs without Jinja once read back, and gives what Jinja gives."""
    from ntm_docgen.letter.render import render_docx

    examples = sorted((ROOT / "data" / "examples").glob("*.yaml"))
    specs = [load_spec(p) for p in examples if "loai:" in p.read_text(encoding="utf-8")]
    assert {s.loai.layout for s in specs} >= {"van_ban", "cong_van", "quyet_dinh", "giay_moi"}
    first = [render_docx(s, date(2026, 11, 23)) for s in specs]
    assert {p.name.split("-")[0] for p in own_cache.iterdir()} >= {"quyet_dinh", "ban_sao"}
    for entry in own_cache.iterdir():
        assert marshal.loads(entry.read_bytes())[0] is True, entry.name  # runs without Jinja
    layout.compiled.cache_clear()
    assert [render_docx(s, date(2026, 11, 23)) for s in specs] == first


@pytest.mark.parametrize(("values", "problem"), [
    ({"ten": "PHỤ LỤC I", "tieu_de_lines": ["A"], "ghi_chu_lines": [], "phu_luc_rule": 1},
     "'noi_dung' is undefined"),
    ({"tieu_de_lines": ["A"]}, "'ten' is undefined"),
], ids=["value-missing", "first-value-missing"])
def test_a_missing_value_is_named_as_jinja_names_it(own_cache, values, problem):
    from ntm_docgen.errors import TemplateError

    layout.CompiledTemplate("phu_luc")  # compiled by Jinja, then read back
    template = layout.CompiledTemplate("phu_luc")
    with pytest.raises(TemplateError, match=problem):
        template.render_body(values)


def test_a_template_asking_more_than_the_runtime_is_run_by_jinja(tmp_path, own_cache,
                                                                 monkeypatch):
    """An edited template with a filter and a default global keeps working, through Jinja."""
    edited = edited_template(tmp_path, "{{ line }}", "{{ line|lower }} {{ range(2)|list }}")
    monkeypatch.setattr(layout, "template_path", lambda name: edited)
    for _ in range(2):  # compiled, then read back from the cache
        layout.compiled.cache_clear()
        text = appendix_text(layout.CompiledTemplate("phu_luc"))
        assert "đề cương báo cáo [0, 1]" in text
    (entry,) = own_cache.iterdir()
    assert marshal.loads(entry.read_bytes())[0] is False


def test_loop_first_and_last_as_jinja_gives_them():
    from ntm_docgen.letter import runtime

    seen = [(item, loop.first, loop.last) for item, loop in
            runtime.LoopContext(iter("abc"), runtime.Undefined)]
    assert seen == [("a", True, False), ("b", False, False), ("c", False, True)]
    assert [(i, loop.first, loop.last) for i, loop in runtime.LoopContext([1], None)] == [
        (1, True, True)]
    assert list(runtime.LoopContext([], None)) == []


@pytest.mark.parametrize(("source", "plain"), [
    ("{% for r in items %}{{ loop.index }}. {{ r }}{% if not loop.last %}; {% endif %}{% endfor %}",
     True),
    ("{% for r in items %}{{ loop.length }}{% endfor %}", False),
    ("{% for r in items %}{% set l = loop %}{{ l.index }}{% endfor %}", False),
], ids=["index", "length", "loop-handed-on"])
def test_a_loop_asked_what_the_runtime_knows_is_run_by_it_and_matches_jinja(source, plain):
    """loop.index (a numbered Nơi nhận) runs here as Jinja runs it; a loop asked its length,
    or handed on whole, is left to Jinja."""
    from ntm_docgen.letter import runtime

    python = layout.jinja_env().compile(source, name="t", raw=True)
    code_text = "\n" + python.partition("\n")[2]  # its import line left out, as the cache does
    code = compile(code_text, "t", "exec")
    assert runtime.plain_enough(code_text, code) is plain
    if plain:
        values = {"items": ["Sở Nội vụ", "Sở Tài chính"]}
        assert runtime.load(code, printed.printed_value)(values) == \
            layout.jinja_env().from_string(source).render(values) == "1. Sở Nội vụ; 2. Sở Tài chính"


#: What a render of a letter whose template is in the cache has no use for: the template
#: compilers, the XML libraries, the zip and temporary-file modules, importlib.resources.
NOT_FOR_RENDER = {"docxtpl", "docx", "jinja2", "lxml", "zipfile", "tempfile", "babel",
                  "importlib.resources", "multiprocessing", "underthesea", "vietnam_provinces"}


def test_the_render_command_imports_only_what_it_needs(tmp_path):
    """``ntm-docgen render`` as a clerk runs it, the second time: none of NOT_FOR_RENDER."""
    env = {**os.environ, cache.ENVIRONMENT: str(tmp_path / "cache")}
    command = [sys.executable, "-X", "importtime", "-m", "ntm_docgen", "render", str(EXAMPLE),
               "-o", str(tmp_path / "a.docx"), "--force"]
    subprocess.run(command, env=env, capture_output=True, check=True, cwd=ROOT)
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True,
                          cwd=ROOT)
    imported = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines()
                if line.startswith("import time:") and "|" in line}
    assert "ntm_docgen.letter.render" in imported
    assert {m for m in imported if m in NOT_FOR_RENDER or m.split(".")[0] in NOT_FOR_RENDER} \
        == set()
