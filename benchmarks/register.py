"""Allocations per second with 4 concurrent writer processes, on SQLite and on PostgreSQL.

    python benchmarks/register.py [--writers 4] [--per-writer 250] [--pg URL]

PostgreSQL is measured when ``--pg`` or ``$NTM_DOCGEN_TEST_PG`` names a server (``source
.ci/postgres.sh`` starts one); the run uses a schema of its own and drops it afterwards. Each
allocation is one transaction: lock the series, take the next number, write its register line.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ntm_docgen.register.drill import DrillResult, run_drill  # noqa: E402


def check(result: DrillResult) -> str:
    """The drill's promise: numbers 1..N, no gap, no duplicate."""
    numbers = sorted(n for writer in result.numbers for n in writer)
    return "ok" if numbers == list(range(1, result.total + 1)) else "GAP OR DUPLICATE"


def sqlite_run(writers: int, per_writer: int) -> DrillResult:
    with tempfile.TemporaryDirectory() as folder:
        return run_drill(str(Path(folder) / "so-di.sqlite3"), writers, per_writer)


def postgres_run(url: str, writers: int, per_writer: int) -> DrillResult:
    import psycopg

    schema = f"ntm_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        joined = f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
        return run_drill(joined, writers, per_writer)
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--per-writer", type=int, default=250)
    parser.add_argument("--pg", default=os.environ.get("NTM_DOCGEN_TEST_PG"))
    args = parser.parse_args()
    runs = [("sqlite", lambda: sqlite_run(args.writers, args.per_writer))]
    if args.pg:
        runs.append(("postgresql", lambda: postgres_run(args.pg, args.writers, args.per_writer)))
    print(f"{args.writers} writer processes x {args.per_writer} allocations each, "
          f"{os.cpu_count()} CPUs")
    print(f"{'backend':<11} {'allocations':>11} {'seconds':>8} {'alloc/s':>8}  1..N")
    for name, run in runs:
        result = run()
        print(f"{name:<11} {result.total:>11} {result.seconds:>8.2f} "
              f"{result.per_second:>8.0f}  {check(result)}")
    if not args.pg:
        print("postgresql  not measured: give --pg URL or set NTM_DOCGEN_TEST_PG "
              "(source .ci/postgres.sh)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
