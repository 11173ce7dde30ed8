"""Which ``--jobs`` to default to: the whole ``bulk`` command over the country with each value.

    python benchmarks/bulk_jobs.py [--jobs 1,2] [--repeat 3] [--limit N] [--pdf]

Each round runs the command once per ``--jobs`` value, in turn, into a fresh folder (so every
value meets the same moments of a shared machine's load); ``--pdf`` writes the PDFs too (one
LibreOffice per process). Figures are medians of ``--repeat`` rounds: wall time, CPU time of
the command and its workers, and the largest resident size of one of its processes. The load
average is printed before and after.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bulk import SPEC, country_csv, load  # noqa: E402


def run(args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one ``ntm-docgen`` command (workers included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "ntm_docgen", *args], capture_output=True,
                          text=True, cwd=ROOT, check=False)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"ntm-docgen {' '.join(args)} failed:\n{done.stderr}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="default: every commune")
    parser.add_argument("--pdf", action="store_true", help="write the PDFs too")
    options = parser.parse_args()
    values = [int(x) for x in options.jobs.split(",")]
    print(f"machine: {len(os.sched_getaffinity(0))} cores, load average {load()} at the start")
    with tempfile.TemporaryDirectory(prefix="ntm-bench-jobs-") as folder:
        work = Path(folder)
        spec = work / "spec.yaml"
        spec.write_text(SPEC, encoding="utf-8")
        people = work / "communes.csv"
        count = country_csv(people, options.limit)
        base = ["bulk", str(spec), "--recipients", str(people), *(["--pdf"] * options.pdf)]
        run([*base, "-o", str(work / "warm"), "-j", "1"])  # the disk cache and template cache
        walls: dict[int, list[float]] = {j: [] for j in values}
        cpus: dict[int, list[float]] = {j: [] for j in values}
        for index in range(options.repeat):
            for jobs in values:
                wall, cpu = run([*base, "-o", str(work / f"j{jobs}-{index}"), "-j", str(jobs)])
                walls[jobs].append(wall)
                cpus[jobs].append(cpu)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
        reference = statistics.median(walls[values[0]])
        for jobs in values:
            wall = statistics.median(walls[jobs])
            what = "letters and PDFs" if options.pdf else "letters"
            print(f"-j {jobs}: {count} {what}, {wall:6.2f} s wall ({reference / wall:4.2f}x the "
                  f"speed of -j {values[0]}), {statistics.median(cpus[jobs]):5.1f} s CPU "
                  f"(median of {options.repeat}: {', '.join(f'{x:.2f}' for x in walls[jobs])})")
        print(f"largest process: {peak} MB resident")
    print(f"load average {load()} at the end")


if __name__ == "__main__":
    main()
