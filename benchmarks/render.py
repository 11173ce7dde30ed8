"""Render speed: ms per letter for single renders and for one loaded template rendered again,
against a plain docxtpl loop (load, render, save) over the same letter.

    python benchmarks/render.py [SPEC] [--count N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from docxtpl import DocxTemplate

from ntm_docgen.files.resources import data_dir, template_path
from ntm_docgen.letter import layout
from ntm_docgen.letter.context import letter_context
from ntm_docgen.letter.render import render_docx, render_spec
from ntm_docgen.letter.spec import load_spec

TODAY = date(2026, 11, 23)


def per_letter(label: str, seconds: list[float]) -> None:
    ms = [s * 1000 for s in seconds]
    print(f"{label:<58} {statistics.mean(ms):8.2f} ms/letter (median {statistics.median(ms):.2f},"
          f" n={len(ms)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("spec", nargs="?",
                        default=str(data_dir() / "examples" / "000-huong-dan-1741-btdkt.yaml"))
    parser.add_argument("--count", type=int, default=300)
    args = parser.parse_args()
    spec_path = Path(args.spec)
    spec = load_spec(spec_path)
    out = Path(tempfile.mkdtemp(prefix="ntm-bench-"))
    print(f"letter: {spec_path.name} ({spec.loai.ten}, layout {spec.loai.layout}); "
          f"{args.count} renders each; Python {sys.version.split()[0]}")

    # 1. A single render as the command does it: a new process each time (import, load, write).
    cold = []
    for i in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "ntm_docgen", "render", str(spec_path), "-o",
                        str(out / f"cold{i}.docx")], check=True, capture_output=True)
        cold.append(time.perf_counter() - start)
    per_letter("ntm-docgen render (new process per letter)", cold)

    # 2. In one process, first render: spec load + template compile + render + write.
    layout.compiled.cache_clear()
    start = time.perf_counter()
    render_spec(load_spec(spec_path), out / "first.docx", today=TODAY, force=True)
    per_letter("first render in a process (compile included)", [time.perf_counter() - start])

    # 3. Repeated renders of the loaded, compiled template: spec load + render + write.
    repeated = []
    for i in range(args.count):
        start = time.perf_counter()
        render_spec(load_spec(spec_path), out / f"r{i % 20}.docx", today=TODAY, force=True)
        repeated.append(time.perf_counter() - start)
    per_letter("repeated: load spec + render + write file", repeated)

    only = []
    for _ in range(args.count):
        start = time.perf_counter()
        render_docx(spec, TODAY)
        only.append(time.perf_counter() - start)
    per_letter("repeated: render to bytes only", only)

    # 4. The plain docxtpl loop over the same values: load, render, save.
    context = letter_context(spec, TODAY)
    source = template_path(spec.loai.layout)
    plain = []
    for i in range(max(args.count // 3, 20)):
        start = time.perf_counter()
        document = DocxTemplate(source)
        document.render(context, jinja_env=layout.ENV, autoescape=True)
        document.save(out / f"p{i % 20}.docx")
        plain.append(time.perf_counter() - start)
    per_letter("plain docxtpl loop: load + render + save", plain)
    print(f"speed-up of repeated renders over the plain loop: "
          f"{statistics.mean(plain) / statistics.mean(repeated):.1f}x (with spec load and write), "
          f"{statistics.mean(plain) / statistics.mean(only):.1f}x (render only)")


if __name__ == "__main__":
    main()
