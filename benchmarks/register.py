"""Allocations per second: the register beside the raw driver running the same transaction, on
SQLite and PostgreSQL, with 4 writer processes and with 1.

    python benchmarks/register.py [--writers 4] [--per-writer 250] [--repeat 5] [--pg URL]

Each allocation is one transaction: read the series mode, take the next number (the counter row
locked), write its register line. "raw" runs the statements the register sends
(``ntm_docgen/register/taking.py``) straight through sqlite3 / psycopg, with nothing of ours
around them: the floor for that transaction. PostgreSQL is measured when ``--pg`` or
``$NTM_DOCGEN_TEST_PG`` names a server (``source .ci/postgres.sh`` starts one); each run uses a
database of its own (a SQLite file, a PostgreSQL schema), dropped afterwards.

On a shared machine one run can differ from the next by more than the register differs from the
raw driver, so the figures come from ``--repeat`` rounds: in each round the register and the raw
driver run one right after the other (which goes first alternates from round to round), and
each round gives one share of raw; the figure is the median share with its spread (lowest and
highest round), beside the median rates.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ntm_docgen.register import taking  # noqa: E402
from ntm_docgen.register.model import RegisterEntry  # noqa: E402
from ntm_docgen.register.store import Register  # noqa: E402

CO_QUAN, LOAI = "DRILL", "KH"


def head(index: int, pid: int) -> tuple[dict, dict]:
    """The statement values of one allocation, as the register binds them."""
    fixed = {"co_quan": CO_QUAN, "nam": 2026, "ky_hieu": "KH-DRILL", "loai": "KH",
             "ten_loai": "Kế hoạch", "serie_chung": "CHUNG", "serie_loai": "KH",
             "cap_luc": datetime.now(timezone.utc)}
    entry = {"trich_yeu": f"Drill {pid} #{index}", "ngay": None, "nguoi_ky": "", "noi_nhan": "",
             "luu": "", "so_luong_ban": None, "ngay_chuyen": None, "ky_nhan": "", "ghi_chu": ""}
    return fixed, entry


def ours(db: str, count: int) -> Iterator[int]:
    with Register(db) as reg:
        reg.allocate("WARM", LOAI)  # connected and the tables checked, as the raw writers are
        yield 0
        for i in range(count):
            yield reg.allocate(CO_QUAN, LOAI, entry=RegisterEntry(
                trich_yeu=f"Drill {os.getpid()} #{i}")).so


def raw_sqlite(db: str, count: int) -> Iterator[int]:
    import sqlite3

    con = sqlite3.connect(db.removeprefix("sqlite:///"), timeout=120, isolation_level=None)
    mode, bump, add = (taking.for_sqlite(s) for s in (taking.MODE, taking.BUMP, taking.ADD))
    yield 0
    for i in range(count):
        fixed, entry = head(i, os.getpid())
        fixed["cap_luc"] = fixed["cap_luc"].strftime("%Y-%m-%d %H:%M:%S.%f")
        con.execute("BEGIN IMMEDIATE")
        found = con.execute(mode, fixed).fetchone()
        serie = fixed["serie_chung"] if found is None or found[0] == "chung" \
            else fixed["serie_loai"]
        so = con.execute(bump, {**fixed, "serie": serie, "n": 1}).fetchone()[0]
        con.execute(add, {**fixed, **entry, "serie": serie, "so": so}).fetchone()
        con.execute("COMMIT")
        yield so
    con.close()


def raw_postgresql(url: str, count: int) -> Iterator[int]:
    import psycopg

    with psycopg.connect(url, autocommit=True) as con:
        con.execute("SET lock_timeout = '30000ms'")
        yield 0
        for i in range(count):
            fixed, entry = head(i, os.getpid())
            params = {**fixed, "chung": "chung", "n": 1, **{k: [v] for k, v in entry.items()}}
            yield con.execute(taking.TAKE_PG, params, prepare=True).fetchone()[1]


WRITERS: dict[str, Callable[[str, int], Iterator[int]]] = {
    "ntm-docgen": ours, "raw sqlite3": raw_sqlite, "raw psycopg": raw_postgresql}


def _writer(kind: str, db: str, count: int, barrier, results) -> None:  # type: ignore[no-untyped-def]
    try:
        steps = WRITERS[kind](db, count)
        next(steps)  # connected
        barrier.wait()
        start = time.perf_counter()
        got = list(steps)
        results.put((got, start, time.perf_counter(), None))
    except BaseException as e:  # reported to the parent
        results.put(([], 0.0, 0.0, f"{type(e).__name__}: {e}"))


def run(kind: str, db: str, writers: int, count: int) -> float:
    """Allocations per second of ``writers`` processes taking ``count`` numbers each."""
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(writers)
    results = ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(kind, db, count, barrier, results))
             for _ in range(writers)]
    for proc in procs:
        proc.start()
    reports = [results.get(timeout=600) for _ in procs]
    for proc in procs:
        proc.join()
    errors = [r[3] for r in reports if r[3]]
    if errors:
        raise SystemExit(f"{kind}: {errors[0]}")
    numbers = sorted(n for r in reports for n in r[0])
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        raise SystemExit(f"{kind}: a gap or a duplicate in the numbers given")
    return len(numbers) / (max(r[2] for r in reports) - min(r[1] for r in reports))


@contextmanager
def sqlite_db() -> Iterator[str]:
    with tempfile.TemporaryDirectory() as folder:
        db = f"sqlite:///{Path(folder) / 'so-di.sqlite3'}"
        with Register(db) as reg:  # the tables, made once
            reg.allocate(CO_QUAN, LOAI)
        yield db


@contextmanager
def postgres_db(url: str) -> Iterator[str]:
    import psycopg

    schema = f"ntm_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        joined = f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
        with Register(joined) as reg:
            reg.allocate(CO_QUAN, LOAI)
        yield joined
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def rounds(make_db: Callable[[], AbstractContextManager[str]], raw: str,
           writer_counts: list[int], total: int, repeat: int
           ) -> dict[tuple[str, int], list[float]]:
    """Each kind's rate in each round, the register and the raw driver back to back."""
    figures: dict[tuple[str, int], list[float]] = {}
    for index in range(repeat):
        kinds = ["ntm-docgen", raw] if index % 2 == 0 else [raw, "ntm-docgen"]
        for writers in writer_counts:
            for kind in kinds:
                with make_db() as db:
                    figures.setdefault((kind, writers), []).append(
                        run(kind, db, writers, total // writers))
    return figures


def share_line(name: str, figures: dict[tuple[str, int], list[float]], raw: str,
               writers: int) -> str:
    """``sqlite 4 writers: ntm-docgen 250/s, raw sqlite3 300/s: 83% (rounds 70%-95%)``."""
    ours, floor = figures[("ntm-docgen", writers)], figures[(raw, writers)]
    shares = sorted(a / b for a, b in zip(ours, floor, strict=True))
    return (f"{name:<10} {writers} writer{'s' if writers > 1 else ' '}: ntm-docgen "
            f"{statistics.median(ours):6.0f}/s, {raw} {statistics.median(floor):6.0f}/s: "
            f"{statistics.median(shares):5.0%} of raw (rounds {shares[0]:.0%}-{shares[-1]:.0%})")


def load() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--per-writer", type=int, default=250)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pg", default=os.environ.get("NTM_DOCGEN_TEST_PG"))
    args = parser.parse_args()
    print(f"{len(os.sched_getaffinity(0))} cores, load average {load()} at the start; "
          f"{args.per_writer} allocations per writer; {args.repeat} rounds, each running the "
          "register and the raw driver back to back")
    backends: list[tuple[str, Callable[[], AbstractContextManager[str]], str]] = [
        ("sqlite", sqlite_db, "raw sqlite3")]
    if args.pg:
        backends.append(("postgresql", lambda: postgres_db(args.pg), "raw psycopg"))
    counts = sorted({args.writers, 1}, reverse=True)
    for name, make_db, raw in backends:
        figures = rounds(make_db, raw, counts, args.per_writer * args.writers, args.repeat)
        for writers in counts:
            print(share_line(name, figures, raw, writers))
        if args.writers > 1:
            ratios = sorted(a / b for a, b in zip(figures[("ntm-docgen", args.writers)],
                                                  figures[("ntm-docgen", 1)], strict=True))
            print(f"{name:<10} {args.writers} writers / 1 writer: "
                  f"{statistics.median(ratios):.2f}x (rounds {ratios[0]:.2f}-{ratios[-1]:.2f}x)")
    if not args.pg:
        print("postgresql not measured: give --pg URL or set NTM_DOCGEN_TEST_PG "
              "(source .ci/postgres.sh)")
    print(f"load average {load()} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
