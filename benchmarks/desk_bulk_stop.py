"""How long a bulk run on the desk takes to stop once its clerk stops it while LibreOffice
makes its PDFs: the run's own LibreOffice killed (now), beside the old way in the same process
(the cancel only flagged the run, which stopped once LibreOffice had made its batch).

    PYTHONPATH=. python benchmarks/desk_bulk_stop.py [--province "Lai Châu"] [--repeat 3]
        [--after 1.0] [--cold] [--no-uno]

Each round prepares a run of one letter to each commune of the province with its PDFs on a
desk in a temporary folder, starts it, and stops it ``--after`` seconds after LibreOffice began
converting its letters; the figure is from the stop's request until the run's page says it has
stopped (its letters removed), the median of ``--repeat`` rounds, the old way and the new one
in turn so that both meet the same moments of a shared machine's load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from desk_support import XA, csrf_of, desk_client  # noqa: E402

from ntm_docgen.bulk import pdfbatch  # noqa: E402
from ntm_docgen.desk.jobs import Jobs, Queue  # noqa: E402
from ntm_docgen.files import office  # noqa: E402


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def one_stop(province: str, after: float, converting: threading.Event) -> float:
    """Seconds from a stop asked ``after`` seconds into the PDFs to the run's page saying so."""
    with tempfile.TemporaryDirectory(prefix="ntm-bench-stop-") as home, \
            desk_client(Path(home), lang="en") as client:
        csrf = csrf_of(client)
        answer = client.post("/hang-loat", data={"csrf_token": csrf, "pdf": "1",
                                                 "tinh": province},
                             files={"mau": (XA.name, XA.read_bytes())}, follow_redirects=False)
        run = answer.headers["location"]
        converting.clear()
        client.post(f"{run}/chay", data={"csrf_token": csrf})
        if not converting.wait(600):
            raise SystemExit("LibreOffice did not begin the run's PDFs")
        time.sleep(after)
        start = time.perf_counter()
        client.post(f"{run}/huy", data={"csrf_token": csrf})
        while client.get(f"{run}/tien-do").headers.get("HX-Redirect") != run:
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        if "You stopped this run" not in client.get(run).text:
            raise SystemExit("the run did not say it was stopped")
        return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--province", default="Lai Châu")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--after", type=float, default=1.0,
                        help="seconds into LibreOffice's work on the run's PDFs")
    parser.add_argument("--cold", action="store_true",
                        help="the desk's offices stopped before each run (a desk just started)")
    parser.add_argument("--no-uno", action="store_true",
                        help="no warm offices: one LibreOffice started for each batch, as "
                             "where no Python with uno is found")
    options = parser.parse_args()
    converting = threading.Event()
    convert = pdfbatch.convert

    def told(*args, **kwargs):  # type: ignore[no-untyped-def]
        converting.set()
        return convert(*args, **kwargs)

    pdfbatch.convert = told  # type: ignore[assignment]
    if options.no_uno:
        office.shared_pool = lambda size=None: None  # type: ignore[assignment]
    cancel = Jobs.cancel
    print(f"machine: {len(os.sched_getaffinity(0))} cores, load average {load()} at the start")
    figures: dict[str, list[float]] = {"old": [], "new": []}
    for _round in range(options.repeat):
        for way in ("old", "new"):
            # the old way: a cancel only flags the run, which looks at it after each batch
            Jobs.cancel = Queue.cancel if way == "old" else cancel  # type: ignore[method-assign,assignment]
            if options.cold:
                office.close_shared_pool()
            figures[way].append(one_stop(options.province, options.after, converting))
    Jobs.cancel = cancel  # type: ignore[method-assign]
    for way, label in (("old", "old way (LibreOffice makes its batch)"),
                       ("new", "now (the run's LibreOffice killed)")):
        print(f"{label}: stopped {statistics.median(figures[way]):5.2f} s after the stop "
              f"(median of {options.repeat}: {', '.join(f'{x:.2f}' for x in figures[way])})")
    print(f"load average {load()} at the end")


if __name__ == "__main__":
    main()
