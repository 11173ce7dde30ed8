"""Render speed: a letter as a fresh process beside a bare interpreter, and one loaded template
rendered again beside a plain docxtpl loop (load, render, save) over the same letter.

    python benchmarks/render.py [SPEC] [--count N] [--runs 15]

Whole commands are timed as a clerk runs them (a new process each time, medians of ``--runs``),
with Python's bytecode cache on (as an installed package has it) and a template cache folder of
the run's own: ``render`` once with that folder empty (the first render on a machine), then
warm. Beside them, in the same run: ``python -c pass``, ``python -c "import click, yaml"`` (what
a render needs before it starts: a template read back from the cache runs without Jinja) and
``python -c "import click, jinja2, yaml"`` (what it needed before). Wall and CPU time, medians.
The goals: ``render`` at most 200 ms, ``ntm-docgen --help`` at most 150 ms.
"""

from __future__ import annotations

import argparse
import os
import resource
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


def whole(argv: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    """Median wall and CPU seconds of a command run ``runs`` times, each in a new process."""
    times, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(times), statistics.median(cpus)


def commands(spec_path: Path, out: Path, runs: int) -> None:
    """The whole-command figures, each beside the interpreter's own start."""
    python = sys.executable
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["NTM_DOCGEN_CACHE"] = str(out / "cache")
    render = [python, "-m", "ntm_docgen", "render", str(spec_path), "-o", str(out / "c.docx"),
              "--force"]
    subprocess.run([python, "-m", "ntm_docgen", "--help"], check=True, capture_output=True,
                   env={**env, "NTM_DOCGEN_CACHE": ""})  # writes the bytecode of every module
    load = "/".join(f"{x:.2f}" for x in os.getloadavg())
    empty = [whole(render, 1, {**env, "NTM_DOCGEN_CACHE": str(out / f"empty{i}")})
             for i in range(3)]
    first = (statistics.median(w for w, _ in empty), statistics.median(c for _, c in empty))
    figures = [
        ("python -c pass (the interpreter alone)", whole([python, "-c", "pass"], runs, env)),
        ("python -c 'import click, yaml' (what render needs)",
         whole([python, "-c", "import click, yaml"], runs, env)),
        ("python -c 'import click, jinja2, yaml'",
         whole([python, "-c", "import click, jinja2, yaml"], runs, env)),
        ("ntm-docgen render, template cache empty (median of 3)", first),
        ("ntm-docgen render (goal: at most 200 ms)", whole(render, runs, env)),
        ("ntm-docgen --help (goal: at most 150 ms)",
         whole([python, "-m", "ntm_docgen", "--help"], runs, env)),
    ]
    print(f"whole commands, new process each, medians of {runs} (wall, CPU); load average "
          f"{load} before them")
    for label, (seconds, cpu) in figures:
        print(f"  {label:<56} {seconds * 1000:7.0f} ms  {cpu * 1000:5.0f} ms CPU")
    print(f"load average {'/'.join(f'{x:.2f}' for x in os.getloadavg())} after them")


def per_letter(label: str, seconds: list[float]) -> None:
    ms = [s * 1000 for s in seconds]
    print(f"{label:<58} {statistics.mean(ms):8.2f} ms/letter (median {statistics.median(ms):.2f},"
          f" n={len(ms)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("spec", nargs="?",
                        default=str(data_dir() / "examples" / "000-huong-dan-1741-btdkt.yaml"))
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    spec_path = Path(args.spec)
    with tempfile.TemporaryDirectory(prefix="ntm-bench-") as folder:
        measure(spec_path, Path(folder), args.count, args.runs)


def measure(spec_path: Path, out: Path, count: int, runs: int) -> None:
    """Every figure, the files written in ``out``."""
    spec = load_spec(spec_path)
    print(f"letter: {spec_path.name} ({spec.loai.ten}, layout {spec.loai.layout}); "
          f"{count} renders each; Python {sys.version.split()[0]}")

    # 1. Whole commands, as a clerk runs them.
    commands(spec_path, out, runs)

    # 2. In one process, first render: spec load + template compile + render + write.
    layout.compiled.cache_clear()
    start = time.perf_counter()
    render_spec(load_spec(spec_path), out / "first.docx", today=TODAY, force=True)
    per_letter("first render in a process (compile included)", [time.perf_counter() - start])

    # 3. Repeated renders of the loaded, compiled template: spec load + render + write.
    repeated = []
    for i in range(count):
        start = time.perf_counter()
        render_spec(load_spec(spec_path), out / f"r{i % 20}.docx", today=TODAY, force=True)
        repeated.append(time.perf_counter() - start)
    per_letter("repeated: load spec + render + write file", repeated)

    only = []
    for _ in range(count):
        start = time.perf_counter()
        render_docx(spec, TODAY)
        only.append(time.perf_counter() - start)
    per_letter("repeated: render to bytes only", only)

    # 4. The plain docxtpl loop over the same values: load, render, save.
    context = letter_context(spec, TODAY)
    source = template_path(spec.loai.layout)
    plain = []
    for i in range(max(count // 3, 20)):
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
