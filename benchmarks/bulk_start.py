"""The fixed cost of ``bulk`` from a CSV list: a whole command over 10 communes, each run in a
fresh process and folder, beside its reference in the same run.

    python benchmarks/bulk_start.py [--runs 9] [--vs TREE]

Each round runs, one after the other: the reference ``python -c "import click, yaml"`` (what
every command needs), ``python -c "import openpyxl"`` (what a workbook list adds), the bulk
command of this tree and, with ``--vs``, the same command on the code of another tree (the
code before a change, e.g. ``git archive main | tar -x -C /tmp/before``). It prints the medians
of wall and CPU time, each command's median over the reference's, whether the command loaded
openpyxl, and the load average before and after.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tests" / "data" / "bulk" / "cong_van.yaml"
#: the bulk command in a fresh interpreter, then whether it loaded openpyxl
RUN = """\
import sys
from ntm_docgen.cli.main import main
try:
    main(sys.argv[1:], standalone_mode=False)
finally:
    print("openpyxl" in sys.modules, file=sys.stderr)
"""


def timed(argv: list[str], cwd: Path) -> tuple[float, float, str]:
    """Wall and CPU seconds of one process, and its last line on stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "NTM_DOCGEN_LANG": "en"})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{argv}: exit {done.returncode}\n{done.stderr}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, (done.stderr.strip().splitlines() or [""])[-1]


def load() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--vs", type=Path, help="another tree whose bulk command runs in turn")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from ntm_docgen.vietnamese.donvi import commune_units, find_province

    work = Path(tempfile.mkdtemp(prefix="bulk-start-"))
    people = work / "ds.csv"
    with people.open("w", encoding="utf-8-sig", newline="") as handle:
        rows = csv.writer(handle)
        rows.writerow(["kinh_gui", "ghi_chu"])
        for unit in commune_units(find_province("Lạng Sơn"))[:10]:
            rows.writerow([unit["kinh_gui"], "đúng hạn"])
    trees = {"this tree": ROOT, **({"--vs tree": args.vs.resolve()} if args.vs else {})}
    times: dict[str, list[tuple[float, float]]] = {}
    loaded: dict[str, str] = {}
    print(f"load average {load()} at the start; {args.runs} rounds; "
          f"Python {sys.version.split()[0]}")
    for n in range(args.runs):
        commands = {"reference: import click, yaml": ([sys.executable, "-c",
                                                       "import click, yaml"], ROOT),
                    "import openpyxl": ([sys.executable, "-c", "import openpyxl"], ROOT)}
        for name, tree in trees.items():
            commands[f"bulk, 10 letters, CSV ({name})"] = (
                [sys.executable, "-c", RUN, "bulk", str(SPEC), "--recipients", str(people),
                 "-o", str(work / f"out-{n}-{len(commands)}")], tree)
        for name, (argv, cwd) in commands.items():
            wall, cpu, last = timed(argv, cwd)
            times.setdefault(name, []).append((wall, cpu))
            if name.startswith("bulk"):
                loaded[name] = last
    reference = statistics.median(w for w, _c in times["reference: import click, yaml"])
    for name, runs in times.items():
        wall = statistics.median(w for w, _c in runs)
        cpu = statistics.median(c for _w, c in runs)
        said = f"; openpyxl loaded: {loaded[name]}" if name in loaded else ""
        print(f"{name:44s} {wall * 1000:6.0f} ms wall {cpu * 1000:6.0f} ms CPU "
              f"{wall / reference:5.2f}x the reference{said}")
    print(f"load average {load()} at the end")


if __name__ == "__main__":
    main()
